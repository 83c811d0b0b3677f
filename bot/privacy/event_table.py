"""Rasa's SQL ``events`` table, read and appended with two plain statements.

SQLTrackerStore builds an ORM query with a subquery and an ORM object per event on every read,
and counts the stored events before every write, then adds one ORM object per new event: under
load a third of the Rasa server's time (bench/turns.py, profiled with py-spy). The conversation
store knows which events are new, so here a write is one INSERT of those rows and a read one
SELECT of the latest session's JSON. The table, the rows and the query's meaning are
SQLTrackerStore's own, so each can read what the other wrote.
"""

from __future__ import annotations

from typing import Any, Iterable

import sqlalchemy as sa
import ujson
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.events import SessionStarted

# SQLTrackerStore._event_query(fetch_events_from_all_sessions=False): every event from the latest
# session start on (or all of them before the first), in the order they were stored.
_LATEST_SESSION = (
    "FROM events, "
    "(SELECT max(timestamp) AS session_start FROM events"
    " WHERE sender_id = :sender AND type_name = :session_started) AS latest "
    "WHERE events.sender_id = :sender"
    " AND (events.timestamp >= latest.session_start OR latest.session_start IS NULL) "
)
_READ = sa.text(f"SELECT events.data {_LATEST_SESSION} ORDER BY events.id")
_COUNT = sa.text(f"SELECT count(*) {_LATEST_SESSION}")


def _row(sender_id: str, event: dict[str, Any]) -> dict[str, Any]:
    """The row SQLTrackerStore.save writes for a serialised event."""
    return {
        "sender_id": sender_id,
        "type_name": event["event"],
        "timestamp": event.get("timestamp"),
        "intent_name": (event.get("parse_data") or {}).get("intent", {}).get("name"),
        "action_name": event.get("name"),
        "data": ujson.dumps(event),
    }


class EventTable:
    """The events of SQLTrackerStore ``store``'s table, as serialised events (dicts)."""

    def __init__(self, store: SQLTrackerStore):
        self.engine = store.engine
        self.table = store.SQLEvent.__table__

    def latest_session(self, sender_id: str) -> list[dict[str, Any]]:
        with self.engine.connect() as connection:
            rows = connection.execute(_READ, {"sender": sender_id, "session_started": SessionStarted.type_name})
            return [ujson.loads(data) for (data,) in rows]

    def count_latest_session(self, sender_id: str) -> int:
        with self.engine.connect() as connection:
            return connection.execute(_COUNT, {"sender": sender_id, "session_started": SessionStarted.type_name}).scalar()

    def append(self, sender_id: str, events: Iterable[dict[str, Any]]) -> None:
        rows = [_row(sender_id, event) for event in events]
        if rows:
            with self.engine.begin() as connection:
                connection.execute(self.table.insert(), rows)

    def delete(self, sender_id: str) -> None:
        with self.engine.begin() as connection:
            connection.execute(self.table.delete().where(self.table.c.sender_id == sender_id))
