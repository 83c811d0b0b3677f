"""Per-sender rate limits: in one process, and shared through the real Redis."""

from __future__ import annotations

import os
import uuid

import pytest

from bot.channels.rate_limit import Decision, SenderRateLimit

REDIS_URL = os.environ.get("TEST_REDIS_URL")


@pytest.fixture(params=["memory", "redis"])
def limits(request):
    if request.param == "redis" and not REDIS_URL:
        pytest.skip("Redis tests need TEST_REDIS_URL (e.g. redis://127.0.0.1:6379/0); .ci/run sets it, so these run in CI")
    url = REDIS_URL if request.param == "redis" else None
    return lambda per_minute: SenderRateLimit(per_minute, url)


def test_a_sender_over_the_limit_is_told_once_then_not_answered(limits):
    limit = limits(5)
    sender, other = uuid.uuid4().hex, uuid.uuid4().hex
    decisions = [limit.check("sms", sender) for _ in range(8)]
    assert decisions == [Decision.ALLOW] * 5 + [Decision.TELL, Decision.DROP, Decision.DROP]
    assert limit.check("sms", other) is Decision.ALLOW  # one person's flood never slows another
    assert limit.check("telegram", sender) is Decision.ALLOW


@pytest.mark.skipif(not REDIS_URL, reason="needs TEST_REDIS_URL; .ci/run sets it")
def test_servers_sharing_redis_share_the_count():
    sender = uuid.uuid4().hex
    server_a, server_b = SenderRateLimit(4, REDIS_URL), SenderRateLimit(4, REDIS_URL)
    decisions = [(server_a if n % 2 else server_b).check("sms", sender) for n in range(5)]
    assert decisions[-1] is Decision.TELL


def test_with_redis_unreachable_it_counts_in_the_process():
    limit = SenderRateLimit(2, "redis://127.0.0.1:9/0")
    sender = uuid.uuid4().hex
    assert [limit.check("sms", sender) for _ in range(3)] == [Decision.ALLOW, Decision.ALLOW, Decision.TELL]
