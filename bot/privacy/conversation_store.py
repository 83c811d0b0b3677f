"""The conversation store: Rasa's own SQL, Redis or in-memory store behind a privacy wrapper.

Configured in endpoints.yml (``tracker_store: type: bot.privacy.conversation_store.PrivateTrackerStore``)
with ``CONVERSATION_STORE_URL``: ``sqlite:///var/conversations.db`` (default),
``postgresql://...``, ``redis://host:6379/0`` or ``memory://``. Before anything is kept:

- every message the person sent, every slot value and every reply is redacted
  (bot.privacy.redact), so no raw text is persisted;
- a conversation that was stopped keeps nothing from before the stop;
- a conversation idle for ``CONVERSATION_TTL_HOURS`` (default 24) is forgotten when next touched,
  and ``python -m bot purge`` deletes every idle one.
"""

from __future__ import annotations

import asyncio
import time
from typing import Any, Iterable

from rasa.core.tracker_store import InMemoryTrackerStore, RedisTrackerStore, SQLTrackerStore, TrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import deserialise_events
from rasa.shared.core.trackers import DialogueStateTracker
from sqlalchemy.engine import make_url

from bot.config import load_settings
from bot.privacy.event_table import EventTable
from bot.privacy.redact import redact


# Set on a tracker this store handed out or saved: how many of its first events are stored, redacted.
_KEPT = "_safe_to_say_events_kept"

# Slots whose validated value is a place: town names are often first names (Shirley, Stanley),
# so only the other kinds of identifier are redacted there.
PLACE_SLOTS = frozenset({"location_area"})


def redact_event(event: dict[str, Any]) -> dict[str, Any]:
    """Returns a copy of a serialised event with every piece of free text redacted."""
    event = dict(event)
    kind = event.get("event")
    if kind in ("user", "bot") and event.get("text"):
        event["text"] = redact(event["text"])
    if kind == "user" and isinstance(event.get("parse_data"), dict):
        parse = dict(event["parse_data"])
        if parse.get("text"):
            parse["text"] = redact(parse["text"])
        parse.pop("text_tokens", None)  # token offsets would describe the unredacted text
        event["parse_data"] = parse
    if kind == "slot":
        value = event.get("value")
        if isinstance(value, str):
            event["value"] = redact(value, names=event.get("name") not in PLACE_SLOTS)
        elif isinstance(value, list):
            event["value"] = [redact(v) if isinstance(v, str) else v for v in value]
    return event


def _inner_store(url: str, domain: Domain | None, ttl_seconds: int) -> TrackerStore:
    if url.startswith("memory://"):
        return InMemoryTrackerStore(domain)
    if url.startswith(("redis://", "rediss://")):
        parsed = make_url(url)
        return RedisTrackerStore(
            domain, host=parsed.host or "localhost", port=parsed.port or 6379, db=int(parsed.database or 0),
            password=parsed.password, record_exp=ttl_seconds, use_ssl=url.startswith("rediss://"),
            key_prefix="safe_to_say",
        )
    parsed = make_url(url)
    dialect = parsed.drivername.split("+")[0]
    if dialect == "sqlite":
        from pathlib import Path

        Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
    return SQLTrackerStore(
        domain, dialect=parsed.drivername, host=parsed.host, port=parsed.port, db=parsed.database,
        username=parsed.username, password=parsed.password, query=dict(parsed.query),
    )


class PrivateTrackerStore(TrackerStore):
    """Keeps conversations redacted, forgets stopped and idle ones. See the module docstring."""

    def __init__(self, domain: Domain | None = None, event_broker: Any = None, url: str | None = None,
                 ttl_hours: float | None = None, **kwargs: Any) -> None:
        super().__init__(domain, event_broker, **kwargs)
        settings = load_settings()
        self.url = url or settings.conversation_store_url
        self.ttl_seconds = int(3600 * (ttl_hours if ttl_hours is not None else settings.conversation_ttl_hours))
        self.inner = _inner_store(self.url, domain, self.ttl_seconds)
        # SQL conversations are read and written directly (bot.privacy.event_table), in a thread
        # so the server answers other people while the database works; the others through
        # Rasa's store.
        self.table = EventTable(self.inner) if isinstance(self.inner, SQLTrackerStore) else None

    @property
    def domain(self) -> Domain:
        return self.inner.domain

    @domain.setter
    def domain(self, domain: Domain | None) -> None:
        self.inner.domain = domain or Domain.empty()

    async def save(self, tracker: DialogueStateTracker) -> None:
        # Events this store handed out (see retrieve) are stored and redacted already; only the
        # turn's new events are redacted here, not the whole conversation again every turn. Of a
        # tracker it did not hand out, SQL keeps what is not stored yet (as SQLTrackerStore does),
        # the other stores all of it.
        kept = getattr(tracker, _KEPT, None)
        if kept is None:
            kept = await asyncio.to_thread(self.table.count_latest_session, tracker.sender_id) if self.table else 0
        events = list(tracker.events)
        new = [event.as_dict() for event in events[kept:]]
        restarts = [i for i, e in enumerate(new) if e.get("event") == "restart"]
        old = events[:kept]
        if restarts:
            await self.forget(tracker.sender_id)
            old, new = [], new[restarts[-1] + 1:]
        new = [redact_event(e) for e in new]
        if self.table:
            await asyncio.to_thread(self.table.append, tracker.sender_id, new)
        else:
            redacted = DialogueStateTracker(tracker.sender_id, self.domain.slots)
            redacted.events.extend(old + deserialise_events(new))  # events are all a store keeps
            await self.inner.save(redacted)
        setattr(tracker, _KEPT, len(events))

    async def retrieve(self, sender_id: str) -> DialogueStateTracker | None:
        if self.table:
            events = await asyncio.to_thread(self.table.latest_session, sender_id)
            tracker = DialogueStateTracker.from_dict(sender_id, events, self.domain.slots) if events else None
        else:
            tracker = await self.inner.retrieve(sender_id)
        if tracker is not None and tracker.events and self._idle(tracker):
            await self.forget(sender_id)
            return None
        if tracker is not None:
            setattr(tracker, _KEPT, len(tracker.events))
        return tracker

    async def retrieve_full_tracker(self, conversation_id: str) -> DialogueStateTracker | None:
        return await self.retrieve(conversation_id)

    async def keys(self) -> Iterable[str]:
        return await self.inner.keys()

    def _idle(self, tracker: DialogueStateTracker) -> bool:
        return time.time() - tracker.events[-1].timestamp > self.ttl_seconds

    async def forget(self, sender_id: str) -> None:
        """Deletes everything kept about one conversation."""
        inner = self.inner
        if isinstance(inner, InMemoryTrackerStore):
            inner.store.pop(sender_id, None)
        elif isinstance(inner, RedisTrackerStore):
            inner.red.delete(inner.key_prefix + sender_id)
        else:
            await asyncio.to_thread(self.table.delete, sender_id)

    async def purge_idle(self) -> int:
        """Deletes every conversation idle for longer than the time-to-live; returns how many."""
        if isinstance(self.inner, RedisTrackerStore):
            return 0  # Redis expires them itself (record_exp)
        forgotten = 0
        for sender_id in list(await self.keys()):
            tracker = await self.inner.retrieve(sender_id)
            if tracker is None or not tracker.events or self._idle(tracker):
                await self.forget(sender_id)
                forgotten += 1
        return forgotten
