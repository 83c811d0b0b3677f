"""Every setting the project reads, read here only, from the environment.

Defaults run everything on one machine with nothing to install (an SQLite file under ``var/``).
Secrets never print: ``Settings.__repr__`` masks them.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, fields
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
_SECRET_FIELDS = {"database_url"}


class SettingsError(RuntimeError):
    """A setting is missing or malformed; the message names it."""


@dataclass(frozen=True)
class Settings:
    database_url: str
    centre_id: str | None
    timezone: str
    data_dir: Path

    def __repr__(self) -> str:
        shown = []
        for f in fields(self):
            value = getattr(self, f.name)
            shown.append(f"{f.name}={'***' if f.name in _SECRET_FIELDS and value else value!r}")
        return f"Settings({', '.join(shown)})"


def load_settings(environ: dict[str, str] | None = None) -> Settings:
    """Reads settings from ``environ`` (default: the process environment)."""
    env = os.environ if environ is None else environ
    data_dir = Path(env.get("SAFE_TO_SAY_DATA_DIR") or PROJECT_ROOT / "var")
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
    )
