"""One production-shaped cluster per test session (tests/support/cluster.py): nginx, two Rasa
servers, two action servers, PostgreSQL (reached by the action servers through a relay the fault
tests can cut) and Redis. Needs TEST_DATABASE_URL, TEST_REDIS_URL and Debian's nginx; .ci/run has all three."""

from __future__ import annotations

import os

import pytest
from sqlalchemy.engine import make_url

from bot.training import ensure_model
from tests.channels.conftest import SECRETS
from tests.conftest import POSTGRES_URL, postgres_schema
from tests.support.cluster import NGINX_SKIP, Cluster, TcpProxy, nginx_available
from tests.support.telegram_stub import TelegramStub

REDIS_URL = os.environ.get("TEST_REDIS_URL")


def _skip_reason() -> str | None:
    if not POSTGRES_URL or not REDIS_URL:
        return ("the scale-out, fault and load tests run the production layout, so they need TEST_DATABASE_URL "
                "and TEST_REDIS_URL (.ci/run sets both)")
    if not nginx_available():
        return NGINX_SKIP
    return None


@pytest.fixture(scope="session")
def database_relay():
    reason = _skip_reason()
    if reason:
        pytest.skip(reason)
    relay = TcpProxy(make_url(POSTGRES_URL).port or 5432).open()
    yield relay
    relay.cut()


@pytest.fixture(scope="session")
def cluster(database_relay, tmp_path_factory):
    root = tmp_path_factory.mktemp("cluster")
    model = str(ensure_model())
    with postgres_schema() as records_url, TelegramStub() as telegram:
        through_relay = str(make_url(records_url).set(port=database_relay.port))
        env = {
            **SECRETS,
            "DATABASE_URL": through_relay,
            "CONVERSATION_STORE_URL": records_url,
            "LOCK_STORE_URL": REDIS_URL,
            "SMS_WEBHOOK_URL": "https://reports.example.org/webhooks/sms/webhook",
            "TELEGRAM_API_BASE_URL": telegram.base_url,
            "OUTBOX_RETRY_SECONDS": "1",
        }
        running = Cluster(root, model, env, telegram).start()
        running.records_url = records_url
        try:
            yield running
        finally:
            running.stop()


def stored_records(cluster) -> list[dict]:
    from bot.config import load_settings
    from bot.records.repository import iter_records

    return list(iter_records(cluster.records_url, load_settings().cipher()))


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """A failed test with the cluster shows what its servers logged as going wrong: the cluster's
    folder is gone by the time anyone reads CI's output."""
    report = (yield).get_result()
    cluster = item.funcargs.get("cluster") if hasattr(item, "funcargs") else None
    if report.when == "call" and report.failed and cluster is not None:
        report.sections.append(("what the cluster logged as going wrong", "\n".join(cluster.problems()) or "(nothing)"))

