"""The conversation lock on the real Redis: the upstream race (RasaHQ/rasa#9213) and our guard."""

from __future__ import annotations

import asyncio
import os
import uuid
from concurrent.futures import ProcessPoolExecutor

import pytest
from rasa.core.lock_store import InMemoryLockStore, RedisLockStore

from bot.lock_store import AtomicRedisLockStore, LockStoreFromSettings

REDIS_URL = os.environ.get("TEST_REDIS_URL")
needs_redis = pytest.mark.skipif(
    not REDIS_URL, reason="Redis tests need TEST_REDIS_URL (e.g. redis://127.0.0.1:6379/0); .ci/run sets it, so these run in CI"
)


def _turns_in_one_process(url: str, conversation_id: str, turns: int) -> tuple[int, list[int]]:
    """Runs ``turns`` concurrent turns of one conversation in this process, each holding the lock
    while it counts how many turns are inside at once; returns the most seen and the order served."""

    async def main() -> tuple[int, list[int]]:
        store = AtomicRedisLockStore(url)
        red = store.red
        inside_key = f"test-inside:{conversation_id}"
        most = 0
        served: list[int] = []

        async def turn() -> None:
            nonlocal most
            async with store.lock(conversation_id) as lock:
                most = max(most, red.incr(inside_key))
                served.append(lock.now_serving)
                await asyncio.sleep(0.002)  # the turn's work: others must wait, not enter
                red.decr(inside_key)

        await asyncio.gather(*(turn() for _ in range(turns)))
        return most, served

    return asyncio.run(main())


@needs_redis
def test_the_stock_redis_lock_store_lets_two_servers_hold_one_lock():
    """Why we do not use Rasa's RedisLockStore: both servers read the lock before either writes."""
    conversation = f"race-{uuid.uuid4().hex}"
    server_a, server_b = RedisLockStore(host="127.0.0.1", db=0), RedisLockStore(host="127.0.0.1", db=0)
    lock_a, lock_b = server_a.get_or_create_lock(conversation), server_b.get_or_create_lock(conversation)
    ticket_a, ticket_b = lock_a.issue_ticket(60), lock_b.issue_ticket(60)
    server_a.save_lock(lock_a)
    server_b.save_lock(lock_b)
    stored = server_a.get_lock(conversation)
    assert ticket_a == ticket_b and not stored.is_locked(ticket_a) and not stored.is_locked(ticket_b)
    server_a.delete_lock(conversation)


@needs_redis
def test_tickets_from_two_servers_interleaved_are_distinct_and_served_in_order():
    conversation = f"order-{uuid.uuid4().hex}"
    server_a, server_b = AtomicRedisLockStore(REDIS_URL), AtomicRedisLockStore(REDIS_URL)
    tickets = [server.issue_ticket(conversation) for server in (server_a, server_b, server_a, server_b)]
    assert tickets == [0, 1, 2, 3]
    lock = server_b.get_lock(conversation)
    assert [lock.is_locked(t) for t in tickets] == [False, True, True, True]
    server_a.cleanup(conversation, 0)
    assert not server_b.get_lock(conversation).is_locked(1)
    for ticket in tickets[1:]:
        server_b.cleanup(conversation, ticket)
    assert server_a.get_lock(conversation) is None  # nothing left behind in Redis


@needs_redis
def test_two_processes_never_run_two_turns_of_one_conversation_at_once():
    conversation = f"exclusive-{uuid.uuid4().hex}"
    with ProcessPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(_turns_in_one_process, [REDIS_URL] * 2, [conversation] * 2, [40, 40]))
    assert [most for most, _ in results] == [1, 1]
    served = sorted(ticket for _, tickets in results for ticket in tickets)
    assert len(served) == 80 and len(set(served)) == 80  # every turn had its own ticket
    assert AtomicRedisLockStore(REDIS_URL).get_lock(conversation) is None


def test_settings_choose_the_lock_store(monkeypatch):
    monkeypatch.delenv("LOCK_STORE_URL", raising=False)
    assert isinstance(LockStoreFromSettings(), InMemoryLockStore)
    monkeypatch.setenv("LOCK_STORE_URL", "postgresql://nope")
    with pytest.raises(ValueError, match="redis://"):
        LockStoreFromSettings()
    if REDIS_URL:
        monkeypatch.setenv("LOCK_STORE_URL", REDIS_URL)
        assert isinstance(LockStoreFromSettings(), AtomicRedisLockStore)
