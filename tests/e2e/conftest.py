"""A trained model loaded once per test session, talking to a real action server subprocess."""

from __future__ import annotations

import asyncio
import logging
import os
import socket
import subprocess
import sys
import time
import urllib.request
import uuid
from pathlib import Path
from typing import Any

import pytest

from bot.config import PROJECT_ROOT
from bot.records.migrate import upgrade


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def e2e_database_url(tmp_path_factory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('e2e') / 'records.db'}"
    upgrade(url)
    return url


@pytest.fixture(scope="session")
def action_server(e2e_database_url, tmp_path_factory):
    """Starts `rasa run actions` on a free port with the test database; stops it afterwards."""
    port = _free_port()
    log = tmp_path_factory.mktemp("logs") / "actions.log"
    env = {**os.environ, "DATABASE_URL": e2e_database_url, "RASA_TELEMETRY_ENABLED": "false"}
    rasa = Path(sys.executable).parent / "rasa"
    with open(log, "wb") as out:
        process = subprocess.Popen(
            [str(rasa), "run", "actions", "--actions", "actions", "--port", str(port)],
            cwd=PROJECT_ROOT, env=env, stdout=out, stderr=subprocess.STDOUT,
        )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 90
    while True:
        try:
            urllib.request.urlopen(f"{url}/health", timeout=2)
            break
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                pytest.fail(f"action server did not start:\n{log.read_text()[-3000:]}")
            time.sleep(0.5)
    yield f"{url}/webhook"
    process.terminate()
    process.wait(timeout=20)


@pytest.fixture(scope="session")
def loop():
    loop = asyncio.new_event_loop()
    yield loop
    loop.close()


@pytest.fixture(scope="session")
def agent(action_server, loop):
    """Loads the model for the current training files (training it first if needed)."""
    from rasa.core.agent import Agent
    from rasa.utils.endpoints import EndpointConfig
    from rasa.utils.log_utils import configure_structlog

    from bot.training import ensure_model

    configure_structlog(logging.WARNING)
    model = ensure_model()

    async def load():
        return Agent.load(str(model), action_endpoint=EndpointConfig(action_server))

    return loop.run_until_complete(load())


class Conversation:
    """One person's conversation: ``say`` sends a message and returns the assistant's replies."""

    def __init__(self, agent, loop, input_channel: str | None = None):
        self.agent, self.loop = agent, loop
        self.sender = uuid.uuid4().hex
        self.input_channel = input_channel
        self.transcript: list[str] = []

    def say(self, text: str) -> list[dict[str, Any]]:
        from rasa.core.channels.channel import CollectingOutputChannel, UserMessage

        output = CollectingOutputChannel()
        message = UserMessage(text, output, self.sender, input_channel=self.input_channel)
        self.loop.run_until_complete(self.agent.handle_message(message))
        self.transcript.append(f"> {text}")
        self.transcript.extend(f"< {m.get('text', '')}" for m in output.messages)
        return output.messages

    def texts(self, text: str) -> str:
        """Sends ``text`` and returns every reply's text joined, for reading assertions."""
        return "\n".join(m.get("text") or "" for m in self.say(text))

    def slots(self) -> dict[str, Any]:
        tracker = self.loop.run_until_complete(self.agent.tracker_store.retrieve(self.sender))
        return tracker.current_slot_values()


@pytest.fixture
def conversation(agent, loop):
    return lambda input_channel=None: Conversation(agent, loop, input_channel)
