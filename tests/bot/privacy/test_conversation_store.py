"""The conversation store keeps only redacted text, forgets stopped and idle conversations,
on a real SQLite file, the real PostgreSQL and the real Redis (when configured)."""

from __future__ import annotations

import json
import os
import time
import uuid

import pytest
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, BotUttered, Restarted, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from bot.config import PROJECT_ROOT
from bot.privacy.conversation_store import PrivateTrackerStore

REDIS_URL = os.environ.get("TEST_REDIS_URL")
ACCOUNT = "my neighbour John Smith at 12 High Street rang me on 07700 900123"


@pytest.fixture(scope="module")
def domain() -> Domain:
    return Domain.load(str(PROJECT_ROOT / "domain.yml"))


@pytest.fixture(params=["sqlite", "postgres", "redis", "memory"])
def store_url(request, tmp_path):
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'conversations.db'}"
    if request.param == "postgres":
        return request.getfixturevalue("postgres_url")
    if request.param == "redis":
        if not REDIS_URL:
            pytest.skip("Redis tests need TEST_REDIS_URL (e.g. redis://127.0.0.1:6379/0); .ci/run sets it")
        return REDIS_URL
    return "memory://"


def raw_bytes(store: PrivateTrackerStore, sender: str) -> bytes:
    """What the store actually keeps for one conversation, as bytes."""
    inner = store.inner
    if hasattr(inner, "session_scope"):
        with inner.session_scope() as session:
            return json.dumps([e.data for e in session.query(inner.SQLEvent).filter(inner.SQLEvent.sender_id == sender)]).encode()
    if hasattr(inner, "red"):
        kept = inner.red.get(inner.key_prefix + sender) or b""
        return kept.encode() if isinstance(kept, str) else kept
    return str(inner.store.get(sender, "")).encode()


def conversation(sender: str, domain: Domain, *more) -> DialogueStateTracker:
    return DialogueStateTracker.from_events(sender, [
        ActionExecuted("action_listen"),
        UserUttered(ACCOUNT, {"name": "describe_incident", "confidence": 0.9}),
        SlotSet("what_happened", ACCOUNT),
        BotUttered(f"What happened: {ACCOUNT}"),
        *more,
    ], domain.slots)


async def test_nothing_identifying_is_kept(store_url, domain):
    store = PrivateTrackerStore(domain, url=store_url)
    sender = uuid.uuid4().hex
    await store.save(conversation(sender, domain))
    kept = raw_bytes(store, sender)
    assert kept, "nothing was saved"
    for planted in (b"John Smith", b"12 High Street", b"07700 900123", b"07700900123"):
        assert planted not in kept
    assert b"[NAME]" in kept and b"[PHONE]" in kept
    tracker = await store.retrieve(sender)
    assert tracker.get_slot("what_happened") == "my neighbour [NAME] at [ADDRESS] rang me on [PHONE]"


async def test_after_a_stop_nothing_from_before_is_kept(store_url, domain):
    store = PrivateTrackerStore(domain, url=store_url)
    sender = uuid.uuid4().hex
    await store.save(conversation(sender, domain))
    await store.save(conversation(sender, domain, Restarted(), ActionExecuted("action_listen")))
    kept = raw_bytes(store, sender)
    assert b"[NAME]" not in kept and b"neighbour" not in kept
    tracker = await store.retrieve(sender)
    assert tracker.get_slot("what_happened") is None


async def test_idle_conversations_are_forgotten(store_url, domain):
    store = PrivateTrackerStore(domain, url=store_url, ttl_hours=1)
    sender = uuid.uuid4().hex
    old = conversation(sender, domain)
    for event in old.events:
        event.timestamp = time.time() - 2 * 3600
    await store.save(old)
    if store_url.startswith("redis"):
        assert 0 < store.inner.red.ttl(store.inner.key_prefix + sender) <= 3600  # Redis expires it itself
        return
    assert await store.retrieve(sender) is None
    assert raw_bytes(store, sender) in (b"", b"[]")


async def test_purge_deletes_only_idle_conversations(tmp_path, domain):
    store = PrivateTrackerStore(domain, url=f"sqlite:///{tmp_path / 'c.db'}", ttl_hours=1)
    idle, active = uuid.uuid4().hex, uuid.uuid4().hex
    old = conversation(idle, domain)
    for event in old.events:
        event.timestamp = time.time() - 2 * 3600
    await store.save(old)
    await store.save(conversation(active, domain))
    assert await store.purge_idle() == 1
    assert set(await store.keys()) == {active}
