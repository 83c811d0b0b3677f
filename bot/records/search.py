"""Finding records for the staff dashboard: a month's records with filters, and one record with
the centre's follow-up (True Vision deadline, police reference)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import exists, func, select

from bot import clock
from bot.privacy.encryption import Cipher
from bot.records.db import session_factory
from bot.records.models import Incident
from bot.records.repository import ENCRYPTED_FIELDS, array_values, made_between, to_contract, utc_bounds, visible_incident

TRUE_VISION_DEADLINE = timedelta(hours=48)


@dataclass(frozen=True)
class RecordView:
    record: dict[str, Any]
    police_reference: str | None
    true_vision_updated_at: datetime | None
    overdue: bool  # referred for True Vision, not submitted, and past the 48-hour deadline
    wellbeing_concern: bool = False  # the conversation had crisis words (kept beside the record)


@dataclass(frozen=True)
class Filters:
    month: str  # YYYY-MM
    characteristic: str | None = None
    status: str | None = None
    overdue: bool = False


def _utc_now() -> datetime:
    return clock.utc_now()


def _is_overdue(incident: Incident, now: datetime) -> bool:
    return incident.true_vision_status == "referred" and incident.created_at + TRUE_VISION_DEADLINE < now


def _view(incident: Incident, cipher: Cipher | None, now: datetime) -> RecordView:
    record = to_contract(incident, cipher)
    if cipher is None:  # a list: the person's words stay encrypted and out of the page
        record.update(dict.fromkeys(ENCRYPTED_FIELDS))
    return RecordView(record, incident.police_reference, incident.true_vision_updated_at, _is_overdue(incident, now),
                      bool(incident.wellbeing_concern))


def _holds(session, column, value: str):
    """A condition: the JSON array ``column`` holds ``value``."""
    element = array_values(session, column)
    return exists(select(1).select_from(element).where(element.c.value == value))


def search_records(database_url: str, filters: Filters, centre_id: str | None, tz: str = "Europe/London",
                   limit: int = 500, now: datetime | None = None) -> tuple[list[RecordView], int]:
    """The month's records matching ``filters``, newest first, and how many match in all.

    Lists do not need the person's words, so nothing is decrypted here.
    """
    from bot.reporting.monthly import month_bounds

    now = now or _utc_now()
    start, end = utc_bounds(*month_bounds(filters.month), tz)
    with session_factory(database_url)() as session:
        conditions = []
        if filters.characteristic:
            conditions.append(_holds(session, Incident.characteristics, filters.characteristic))
        if filters.status:
            conditions.append(Incident.true_vision_status == filters.status)
        if filters.overdue:
            conditions += [Incident.true_vision_status == "referred", Incident.created_at < now - TRUE_VISION_DEADLINE]
        def matching(query):
            return made_between(query, start, end, centre_id).where(*conditions)

        total = session.execute(matching(select(func.count()).select_from(Incident))).scalar_one()
        found = session.execute(matching(select(Incident)).order_by(Incident.created_at.desc(), Incident.record_id).limit(limit)).scalars()
        return [_view(incident, None, now) for incident in found], total


def get_record(database_url: str, cipher: Cipher, record_id: str, centre_id: str | None,
               now: datetime | None = None) -> RecordView | None:
    """One record with its words decrypted, if it exists and (for staff) is their centre's."""
    with session_factory(database_url)() as session:
        incident = visible_incident(session, record_id, centre_id)
        return _view(incident, cipher, now or _utc_now()) if incident else None
