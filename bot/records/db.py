"""Database engines and sessions, made on demand (never at import time) from DATABASE_URL."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import ujson  # list columns are read back in bulk for returns and exports; ujson parses them faster
from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker


@lru_cache(maxsize=8)
def engine_for(database_url: str) -> Engine:
    """Returns one shared engine per database URL."""
    if database_url.startswith("sqlite:///"):
        Path(database_url[len("sqlite:///"):]).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(database_url, future=True, connect_args={"timeout": 15}, json_deserializer=ujson.loads)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(database_url, future=True, pool_pre_ping=True, json_deserializer=ujson.loads)


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    # WAL lets the action server write while an export reads.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def session_factory(database_url: str) -> sessionmaker:
    return sessionmaker(engine_for(database_url), future=True, expire_on_commit=False, class_=Session)
