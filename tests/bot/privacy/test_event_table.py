"""The conversation store reads and writes Rasa's SQL events table itself (bot.privacy.event_table):
what it writes, Rasa's SQLTrackerStore reads back the same, and the other way round, on a real
SQLite file and the real PostgreSQL (when configured)."""

from __future__ import annotations

import uuid

import pytest
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, BotUttered, SessionStarted, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from sqlalchemy.engine import make_url

from bot.config import PROJECT_ROOT
from bot.privacy.conversation_store import PrivateTrackerStore


@pytest.fixture(scope="module")
def domain() -> Domain:
    return Domain.load(str(PROJECT_ROOT / "domain.yml"))


@pytest.fixture(params=["sqlite", "postgres"])
def store_url(request, tmp_path):
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'conversations.db'}"
    return request.getfixturevalue("postgres_url")


def rasa_store(url: str, domain: Domain) -> SQLTrackerStore:
    parsed = make_url(url)
    return SQLTrackerStore(domain, dialect=parsed.drivername, host=parsed.host, port=parsed.port, db=parsed.database,
                           username=parsed.username, password=parsed.password, query=dict(parsed.query))


def two_sessions(sender: str, domain: Domain) -> list:
    """A first session, then a second started later: only the second is the conversation now."""
    first = [ActionExecuted("action_session_start", timestamp=100.0), SessionStarted(timestamp=100.1),
             ActionExecuted("action_listen", timestamp=100.2),
             UserUttered("hello", {"name": "greet", "confidence": 0.9}, timestamp=101.0),
             SlotSet("characteristics", ["race"], timestamp=101.1), BotUttered("Hello", timestamp=101.2)]
    second = [ActionExecuted("action_session_start", timestamp=200.0), SessionStarted(timestamp=200.1),
              ActionExecuted("action_listen", timestamp=200.2),
              UserUttered("it happened again", {"name": "describe_incident", "confidence": 0.8}, timestamp=201.0),
              BotUttered("I am sorry that happened", timestamp=201.1)]
    return first + second


def as_dicts(tracker: DialogueStateTracker | None) -> list[dict]:
    assert tracker is not None, "the conversation was not found"
    return [event.as_dict() for event in tracker.events]


async def test_rasa_reads_what_the_store_writes(store_url, domain):
    ours, rasas = PrivateTrackerStore(domain, url=store_url, ttl_hours=10**7), rasa_store(store_url, domain)
    sender = uuid.uuid4().hex
    await ours.save(DialogueStateTracker.from_events(sender, two_sessions(sender, domain), domain.slots))
    from_rasa = as_dicts(await rasas.retrieve(sender))
    assert [e["event"] for e in from_rasa] == ["session_started", "action", "user", "bot"]
    assert from_rasa == as_dicts(await ours.retrieve(sender))
    with rasas.session_scope() as session:
        rows = session.query(rasas.SQLEvent).filter(rasas.SQLEvent.sender_id == sender).order_by(rasas.SQLEvent.id).all()
    assert [(r.type_name, r.intent_name, r.action_name) for r in rows][:4] == [
        ("action", None, "action_session_start"), ("session_started", None, None),
        ("action", None, "action_listen"), ("user", "greet", None)]


async def test_the_store_reads_what_rasa_writes(store_url, domain):
    ours, rasas = PrivateTrackerStore(domain, url=store_url, ttl_hours=10**7), rasa_store(store_url, domain)
    sender = uuid.uuid4().hex
    await rasas.save(DialogueStateTracker.from_events(sender, two_sessions(sender, domain), domain.slots))
    assert as_dicts(await ours.retrieve(sender)) == as_dicts(await rasas.retrieve(sender))


async def test_a_turn_adds_only_its_own_events(store_url, domain):
    ours, rasas = PrivateTrackerStore(domain, url=store_url, ttl_hours=10**7), rasa_store(store_url, domain)
    sender = uuid.uuid4().hex
    events = two_sessions(sender, domain)
    await ours.save(DialogueStateTracker.from_events(sender, events[:8], domain.slots))
    tracker = await ours.retrieve(sender)
    for event in events[8:10]:
        tracker.update(event)
    await ours.save(tracker)
    await ours.save(tracker)  # nothing new: nothing added
    # A tracker the store did not hand out (the latest session built whole, as Rasa's HTTP API
    # can): only what is not stored yet is added, as Rasa's own store does.
    await ours.save(DialogueStateTracker.from_events(sender, events[7:], domain.slots))
    with rasas.session_scope() as session:
        stored = session.query(rasas.SQLEvent).filter(rasas.SQLEvent.sender_id == sender).count()
    assert stored == len(events)
    assert as_dicts(await ours.retrieve(sender)) == as_dicts(await rasas.retrieve(sender))
