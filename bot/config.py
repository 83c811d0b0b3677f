"""Every setting the project reads, read here only: from the environment, and under it the local
settings file ``var/secrets.env`` (``<data dir>/secrets.env``) that ``make run`` makes with random
local keys, so every command run in another terminal finds them. Values in the environment win.

Defaults run everything on one machine with nothing to install (an SQLite file under ``var/``).
Secrets never print: ``Settings.__repr__`` masks them.
"""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass, fields
from functools import lru_cache
from pathlib import Path

from bot.errors import SettingsError
from bot.privacy.encryption import cipher_for

PROJECT_ROOT = Path(__file__).resolve().parent.parent
_SECRET_FIELDS = {
    "database_url", "pseudonym_key", "twilio_auth_token", "telegram_bot_token", "telegram_webhook_secret",
    "web_channel_secret", "session_secret", "records_encryption_key", "conversation_store_url", "lock_store_url",
}


@dataclass(frozen=True)
class Settings:
    database_url: str
    centre_id: str | None
    timezone: str
    data_dir: Path
    pseudonym_key: str | None = None
    twilio_auth_token: str | None = None
    sms_webhook_url: str | None = None
    telegram_bot_token: str | None = None
    telegram_webhook_secret: str | None = None
    telegram_api_base_url: str = "https://api.telegram.org/bot"
    telegram_webhook_url: str | None = None
    web_channel_secret: str | None = None
    session_secret: str | None = None
    rasa_url: str = "http://127.0.0.1:5005"
    web_port: int = 8000
    quick_exit_url: str = "https://www.bbc.co.uk/weather"
    records_encryption_key: str | None = None
    conversation_store_url: str = ""
    conversation_ttl_hours: float = 24.0
    record_retention_days: int = 2190
    withdrawal_days: int = 14
    centre_phone: str | None = None  # said when someone asks to talk to a person
    centre_hours: str | None = None  # e.g. "Monday to Friday, 10am to 4pm"
    outbox_dir: Path | None = None  # reports the database could not take wait here (bot.records.outbox)
    outbox_retry_seconds: float = 30.0
    lock_store_url: str | None = None  # redis://... when several Rasa servers share conversations (bot.lock_store)
    rate_limit_per_minute: int = 30  # messages one sender may send a webhook in a minute
    clock_start: str | None = None  # an ISO 8601 instant the clock starts at (bot.clock); unset: the system's

    def cipher(self):
        """Returns the cipher for records' free text; stops with a clear message if no key is set."""
        return cipher_for(self.records_encryption_key)

    def require(self, *names: str) -> None:
        """Stops start-up with a message naming every missing setting among ``names``."""
        missing = [name for name in names if not getattr(self, name)]
        if missing:
            variables = ", ".join(name.upper() for name in missing)
            raise SettingsError(f"Missing required setting(s): {variables}. Set them in the environment (see README, Settings).")

    def __repr__(self) -> str:
        shown = []
        for f in fields(self):
            value = getattr(self, f.name)
            shown.append(f"{f.name}={'***' if f.name in _SECRET_FIELDS and value else value!r}")
        return f"Settings({', '.join(shown)})"


LOCAL_SETTINGS_FILE = "secrets.env"
# The keys a machine of its own makes once (``python -m bot secrets``), and how.
_LOCAL_KEYS = {
    "PSEUDONYM_KEY": lambda: secrets.token_urlsafe(32),
    "SESSION_SECRET": lambda: secrets.token_urlsafe(32),
    "WEB_CHANNEL_SECRET": lambda: secrets.token_urlsafe(32),
    "RECORDS_ENCRYPTION_KEY": lambda: _fernet_key(),
}


def _fernet_key() -> str:
    from cryptography.fernet import Fernet

    return Fernet.generate_key().decode()


def _data_dir(env) -> Path:
    return Path(env.get("SAFE_TO_SAY_DATA_DIR") or PROJECT_ROOT / "var")


@lru_cache(maxsize=8)
def _read_local(path: Path, modified: float) -> dict[str, str]:
    values = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        name, sep, value = line.partition("=")  # keys may end in "=" (base64 padding)
        if sep and name.strip() and not name.lstrip().startswith("#"):
            values[name.strip()] = value.strip()
    return values


def local_settings(data_dir: Path) -> dict[str, str]:
    """The settings in ``data_dir/secrets.env``, or none when there is no such file."""
    path = data_dir / LOCAL_SETTINGS_FILE
    try:
        return dict(_read_local(path, path.stat().st_mtime))
    except FileNotFoundError:
        return {}


def ensure_local_secrets(data_dir: Path | None = None) -> Path:
    """Makes ``secrets.env`` in the data directory (owner-only) with each local key it lacks."""
    data_dir = data_dir or _data_dir(os.environ)
    data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    path = data_dir / LOCAL_SETTINGS_FILE
    have = local_settings(data_dir)
    with open(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600), "a", encoding="utf-8") as out:
        for name, make in _LOCAL_KEYS.items():
            if name not in have:
                out.write(f"{name}={make()}\n")
    path.chmod(0o600)
    return path


def load_settings(environ: dict[str, str] | None = None) -> Settings:
    """Reads settings from ``environ`` (default: the process environment, over the local settings
    file; an ``environ`` given is read alone)."""
    env = os.environ if environ is None else environ
    data_dir = _data_dir(env)
    if environ is None:
        env = {**local_settings(data_dir), **os.environ}
    database_url = env.get("DATABASE_URL") or f"sqlite:///{data_dir / 'safe_to_say.db'}"
    if "://" not in database_url:
        raise SettingsError("DATABASE_URL must be a URL such as sqlite:///var/app.db or postgresql://host/db")
    if database_url.startswith("postgres://"):
        database_url = "postgresql://" + database_url[len("postgres://"):]
    return Settings(
        database_url=database_url,
        centre_id=env.get("CENTRE_ID") or None,
        timezone=env.get("CENTRE_TIMEZONE", "Europe/London"),
        data_dir=data_dir,
        pseudonym_key=env.get("PSEUDONYM_KEY") or None,
        twilio_auth_token=env.get("TWILIO_AUTH_TOKEN") or None,
        sms_webhook_url=env.get("SMS_WEBHOOK_URL") or None,
        telegram_bot_token=env.get("TELEGRAM_BOT_TOKEN") or None,
        telegram_webhook_secret=env.get("TELEGRAM_WEBHOOK_SECRET") or None,
        telegram_api_base_url=env.get("TELEGRAM_API_BASE_URL") or "https://api.telegram.org/bot",
        telegram_webhook_url=env.get("TELEGRAM_WEBHOOK_URL") or None,
        web_channel_secret=env.get("WEB_CHANNEL_SECRET") or None,
        session_secret=env.get("SESSION_SECRET") or None,
        rasa_url=(env.get("RASA_URL") or "http://127.0.0.1:5005").rstrip("/"),
        web_port=_port(env.get("WEB_PORT"), 8000, "WEB_PORT"),
        quick_exit_url=env.get("QUICK_EXIT_URL") or "https://www.bbc.co.uk/weather",
        records_encryption_key=env.get("RECORDS_ENCRYPTION_KEY") or None,
        conversation_store_url=env.get("CONVERSATION_STORE_URL") or f"sqlite:///{data_dir / 'conversations.db'}",
        conversation_ttl_hours=_positive(env.get("CONVERSATION_TTL_HOURS"), 24.0, "CONVERSATION_TTL_HOURS"),
        record_retention_days=int(_positive(env.get("RECORD_RETENTION_DAYS"), 2190, "RECORD_RETENTION_DAYS")),
        withdrawal_days=int(_positive(env.get("WITHDRAWAL_DAYS"), 14, "WITHDRAWAL_DAYS")),
        centre_phone=env.get("CENTRE_PHONE") or None,
        centre_hours=env.get("CENTRE_HOURS") or None,
        outbox_dir=Path(env.get("OUTBOX_DIR") or data_dir / "outbox"),
        outbox_retry_seconds=_positive(env.get("OUTBOX_RETRY_SECONDS"), 30.0, "OUTBOX_RETRY_SECONDS"),
        lock_store_url=env.get("LOCK_STORE_URL") or None,
        rate_limit_per_minute=int(_positive(env.get("RATE_LIMIT_PER_MINUTE"), 30, "RATE_LIMIT_PER_MINUTE")),
        clock_start=env.get("CLOCK_START") or None,
    )


def _positive(value: str | None, default: float, name: str) -> float:
    if not value:
        return default
    try:
        number = float(value)
    except ValueError:
        number = -1
    if number <= 0:
        raise SettingsError(f"{name} must be a positive number, not {value!r}")
    return number


def _port(value: str | None, default: int, name: str) -> int:
    if not value:
        return default
    if not value.isdigit() or not 0 < int(value) < 65536:
        raise SettingsError(f"{name} must be a port number, not {value!r}")
    return int(value)
