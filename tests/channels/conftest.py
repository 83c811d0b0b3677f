"""The whole stack over real HTTP: action server, Rasa server with our channels, the staff web app,
and a local stub of the Telegram Bot API. Started once per test session."""

from __future__ import annotations

import os
import sqlite3
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from bot.records.migrate import upgrade
from bot.training import ensure_model
from tests.support.cluster import action_server, rasa_server, write_rasa_config
from tests.support.processes import Process, free_port
from tests.support.telegram_stub import TelegramStub


SECRETS = {
    "PSEUDONYM_KEY": "test-pseudonym-key-0123456789abcdef",
    "TWILIO_AUTH_TOKEN": "test-twilio-auth-token-0123456789",
    "TELEGRAM_BOT_TOKEN": "7000000001:TEST-token-abcdefghijklmnopqrstuvw",
    "TELEGRAM_WEBHOOK_SECRET": "test-telegram-secret-0123456789",
    "WEB_CHANNEL_SECRET": "test-web-channel-secret-0123456789",
    "SESSION_SECRET": "test-session-secret-0123456789abcdef",
    "CENTRE_ID": "soton",
}


@dataclass
class Stack:
    rasa_url: str
    web_url: str
    action_url: str  # the action server, as the Rasa server reaches it
    sms_webhook_url: str
    database_url: str
    database_file: Path
    telegram: TelegramStub
    env: dict[str, str]
    logs: Path

    def records(self) -> list[dict]:
        from bot.config import load_settings
        from bot.records.repository import iter_records

        return list(iter_records(self.database_url, load_settings().cipher()))

    def command_env(self, **extra: str) -> dict[str, str]:
        """The environment for running one of the project's commands against this stack."""
        return {**os.environ, **self.env, **extra}

    def log_bytes(self) -> bytes:
        """Everything the action server, the Rasa server and the web app have logged so far."""
        return b"".join(p.read_bytes() for p in self.logs.glob("*.log"))

    def database_bytes(self) -> bytes:
        """Every byte the records database and the conversation store hold (WAL files included)."""
        kept = b""
        for database in (self.database_file, self.logs / "conversations.db"):
            connection = sqlite3.connect(database)
            connection.execute("PRAGMA wal_checkpoint(FULL)")
            connection.close()
            kept += b"".join(p.read_bytes() for p in database.parent.glob(database.name + "*"))
        return kept


@pytest.fixture(scope="session")
def stack(tmp_path_factory):
    root = tmp_path_factory.mktemp("stack")
    database_file = root / "records.db"
    database_url = f"sqlite:///{database_file}"
    upgrade(database_url)
    rasa_port, action_port, web_port = free_port(), free_port(), free_port()
    endpoints, credentials = write_rasa_config(root, f"http://127.0.0.1:{action_port}/webhook")
    model = str(ensure_model())
    with TelegramStub() as telegram:
        env = {
            **SECRETS,
            "DATABASE_URL": database_url,
            "SMS_WEBHOOK_URL": "https://reports.example.org/webhooks/sms/webhook",
            "TELEGRAM_API_BASE_URL": telegram.base_url,
            "RASA_URL": f"http://127.0.0.1:{rasa_port}",
            "QUICK_EXIT_URL": f"http://127.0.0.1:{web_port}/health",
            "CONVERSATION_STORE_URL": f"sqlite:///{root / 'conversations.db'}",
        }
        actions = action_server(action_port, env, root / "actions.log")
        server = rasa_server(rasa_port, model, endpoints, credentials, env, root / "rasa.log")
        web = Process([sys.executable, "-m", "bot", "web", "--port", str(web_port)], env, root / "web.log")
        try:
            actions.wait_until_ready(f"http://127.0.0.1:{action_port}/health", 90)
            web.wait_until_ready(f"http://127.0.0.1:{web_port}/health", 60)
            server.wait_until_ready(f"http://127.0.0.1:{rasa_port}/webhooks/sms/", 180)
            yield Stack(
                rasa_url=f"http://127.0.0.1:{rasa_port}", web_url=f"http://localhost:{web_port}", action_url=f"http://127.0.0.1:{action_port}",
                sms_webhook_url=env["SMS_WEBHOOK_URL"], database_url=database_url, database_file=database_file,
                telegram=telegram, env=env, logs=root,
            )
        finally:
            for process in (web, server, actions):
                process.stop()
