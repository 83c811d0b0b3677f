"""Shared test fixtures: real databases (an SQLite file; PostgreSQL when TEST_DATABASE_URL names one)."""

from __future__ import annotations

import os
import uuid
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator
from urllib.parse import quote

import pytest
from sqlalchemy import create_engine, text

from bot import rasa_patches
from bot.config import load_settings
from bot.records.migrate import upgrade

# The test process loads models and serves channels itself: with the Rasa `make run` runs.
rasa_patches.install()

# One records key for the whole test session, inherited by every process the tests start.
if not os.environ.get("RECORDS_ENCRYPTION_KEY"):
    from cryptography.fernet import Fernet

    os.environ["RECORDS_ENCRYPTION_KEY"] = Fernet.generate_key().decode()

POSTGRES_URL = os.environ.get("TEST_DATABASE_URL")
POSTGRES_SKIP = (
    "PostgreSQL tests need TEST_DATABASE_URL (e.g. postgresql://postgres@127.0.0.1:5432/test); "
    ".ci/run sets it, so these run in CI"
)


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'records.db'}"
    upgrade(url)
    return url


@contextmanager
def postgres_schema(server_url: str | None = None) -> Iterator[str]:
    """A migrated, empty schema of its own in the test PostgreSQL (or ``server_url``), dropped
    afterwards; yields its URL."""
    server_url = server_url or POSTGRES_URL
    schema = f"test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(server_url, future=True)
    with admin.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    separator = "&" if "?" in server_url else "?"
    url = f"{server_url}{separator}options={quote(f'-csearch_path={schema}')}"
    try:
        upgrade(url)
        yield url
    finally:
        from bot.records.db import engine_for

        engine_for(url).dispose()
        with admin.begin() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture
def postgres_url():
    if not POSTGRES_URL:
        pytest.skip(POSTGRES_SKIP)
    with postgres_schema() as url:
        yield url


@pytest.fixture(params=["sqlite", "postgres"])
def database_url(request) -> str:
    """Each records test runs on a real SQLite file and on the real PostgreSQL."""
    return request.getfixturevalue(f"{request.param}_url")


@pytest.fixture
def cipher():
    return load_settings().cipher()


# Session fixtures that start something costly (the channels' whole stack of servers, the production
# layout): when pytest-xdist runs the suite on every core (Makefile: test-python), the tests that share
# one run on the same worker, so each starts once. The rest are shared out one by one; a worker loads
# the model for itself the first time it needs it.
_SHARED_SESSION_FIXTURES = (("cluster", "cluster"), ("database_relay", "cluster"), ("stack", "stack"))


def pytest_collection_modifyitems(config, items):
    groups = {}
    for item in items:
        used = set(getattr(item, "fixturenames", ()))
        groups[item.nodeid] = next((name for fixture, name in _SHARED_SESSION_FIXTURES if fixture in used), None)
        if groups[item.nodeid]:
            item.add_marker(pytest.mark.xdist_group(groups[item.nodeid]))
    # The long groups first, so the other worker shares out the rest meanwhile rather than wait at the end.
    order = {name: rank for rank, (_, name) in enumerate(_SHARED_SESSION_FIXTURES)}
    items.sort(key=lambda item: order.get(groups[item.nodeid], len(order)))
