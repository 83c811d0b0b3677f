"""Saves anonymised records and reads them back in the contract's shape."""

from __future__ import annotations

import uuid
from datetime import date, datetime, time, timedelta, timezone
from typing import Any, Iterator
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.engine import Row
from sqlalchemy.exc import IntegrityError
from sqlalchemy.sql import Select

from bot import clock
from bot.contract import record_validator, schema
from bot.privacy.encryption import Cipher
from bot.records.db import session_factory
from bot.records.models import Incident, OutcomeNote
from bot.records.references import new_reference

# The person's own words: stored encrypted, decrypted only when read back for staff or exports.
ENCRYPTED_FIELDS = ("what_happened", "characteristic_other", "preferred_outcome_text")


class InvalidRecord(ValueError):
    """The record does not match the contract; ``errors`` lists why, field by field."""

    def __init__(self, errors: list[str]):
        super().__init__("; ".join(errors))
        self.errors = errors


# The contract's fields in its order; the table's other columns (the centre's follow-up) stay out.
CONTRACT_FIELDS = tuple(schema("incident-record.schema.json")["properties"])
_LIST_FIELDS = ("characteristics", "incident_types", "support_wanted", "preferred_outcome", "signposted")


def to_contract(incident: Incident | Row, cipher: Cipher | None = None) -> dict[str, Any]:
    """Returns a stored incident (an ORM object or a plain row) as the contract's incident-record
    object, decrypting with ``cipher`` (without one, the fields must already be plaintext, as
    while saving)."""
    values = incident._mapping if isinstance(incident, Row) else incident.__dict__
    record = {field: values[field] for field in CONTRACT_FIELDS}
    record["created_at"] = record["created_at"].isoformat() + "Z"
    record["incident_date"] = record["incident_date"].isoformat() if record["incident_date"] else None
    for field in _LIST_FIELDS:
        record[field] = list(record[field])
    if cipher is not None:
        for field in ENCRYPTED_FIELDS:
            record[field] = cipher.decrypt(record[field])
    return record


# What is kept beside the contract's record, for staff only, never exported.
BESIDE_FIELDS = frozenset({"wellbeing_concern"})


def new_incident(answers: dict[str, Any], cipher: Cipher, beside: dict[str, Any] | None = None) -> tuple[Incident, dict[str, Any]]:
    """Validates ``answers`` against the contract and returns the row to store (free text encrypted
    with ``cipher``, a new record id, reference and time) and the record in contract shape
    (plaintext). ``beside`` holds what is kept for staff beside the record (BESIDE_FIELDS). Raises
    InvalidRecord when a value is outside the contract."""
    beside = beside or {}
    if set(beside) - BESIDE_FIELDS:
        raise ValueError(f"not kept beside a record: {sorted(set(beside) - BESIDE_FIELDS)}")
    incident = Incident(
        record_id=uuid.uuid4().hex,
        reference=new_reference(),
        created_at=clock.utc_now().replace(microsecond=0),
        **answers,
        **beside,
    )
    record = to_contract(incident)
    errors = sorted(
        f"{'/'.join(map(str, e.absolute_path)) or 'record'}: {e.message}"
        for e in record_validator().iter_errors(record)
    )
    if errors:
        raise InvalidRecord(errors)
    for field in ENCRYPTED_FIELDS:
        setattr(incident, field, cipher.encrypt(getattr(incident, field)))
    return incident, record


def insert_incident(database_url: str, incident: Incident) -> None:
    """Writes one prepared row in its own transaction."""
    with session_factory(database_url).begin() as session:
        session.add(incident)


def is_stored(database_url: str, record_id: str) -> bool:
    with session_factory(database_url)() as session:
        return session.get(Incident, record_id) is not None


def save_incident(database_url: str, answers: dict[str, Any], cipher: Cipher, attempts: int = 5,
                  beside: dict[str, Any] | None = None) -> dict[str, Any]:
    """Validates ``answers`` against the contract and stores them in one transaction.

    ``answers`` holds every contract field except record_id, reference and created_at, which are
    made here; its free text is encrypted with ``cipher`` before it is written. Returns the stored
    record in contract shape (plaintext). Raises InvalidRecord before writing anything when a
    value is outside the contract.
    """
    for attempt in range(attempts):
        incident, record = new_incident(answers, cipher, beside)
        try:
            insert_incident(database_url, incident)
            return record
        except IntegrityError:
            # A reference code collided with an existing one; draw another.
            if attempt == attempts - 1:
                raise
    raise AssertionError("unreachable")


def utc_bounds(first: date | None, last: date | None, tz: str) -> tuple[datetime | None, datetime | None]:
    """Returns naive-UTC [start, end) bounds for local dates ``first`` to ``last`` inclusive."""
    zone = ZoneInfo(tz)

    def to_utc(day: date) -> datetime:
        return datetime.combine(day, time.min, zone).astimezone(timezone.utc).replace(tzinfo=None)

    return (to_utc(first) if first else None, to_utc(last + timedelta(days=1)) if last else None)


def made_between(query: Select, start: datetime | None = None, end: datetime | None = None,
                 centre_id: str | None = None) -> Select:
    """Narrows a query to records made in naive-UTC [start, end) and, if given, one centre."""
    if start:
        query = query.where(Incident.created_at >= start)
    if end:
        query = query.where(Incident.created_at < end)
    return query.where(Incident.centre_id == centre_id) if centre_id else query


def array_values(session, column):
    """The values of a JSON array column as a table to join or query (one row per value)."""
    if session.bind.dialect.name == "postgresql":
        return func.jsonb_array_elements_text(func.cast(column, JSONB)).table_valued("value")
    return func.json_each(column).table_valued("value")


def by_reference(reference: str) -> Select:
    """The query for the record with ``reference``, however the person typed its case."""
    return select(Incident).where(Incident.reference == reference.upper())


def visible_incident(session, record_id: str, centre_id: str | None) -> Incident | None:
    """The record, if it exists and, for staff of one centre (``centre_id`` given), is that centre's."""
    incident = session.get(Incident, record_id)
    return incident if incident is not None and (centre_id is None or incident.centre_id == centre_id) else None


def iter_records(
    database_url: str,
    cipher: Cipher,
    first: date | None = None,
    last: date | None = None,
    centre_id: str | None = None,
    tz: str = "Europe/London",
) -> Iterator[dict[str, Any]]:
    """Yields contract records made between local dates ``first`` and ``last``, oldest first."""
    start, end = utc_bounds(first, last, tz)
    # Plain rows, not ORM objects: a month of a busy service is tens of thousands of records,
    # and to_contract reads rows and objects alike by attribute.
    columns = select(*Incident.__table__.columns).order_by(Incident.created_at, Incident.record_id)
    with session_factory(database_url)() as session:
        for row in session.execute(made_between(columns, start, end, centre_id).execution_options(yield_per=1000)):
            yield to_contract(row, cipher)


def count_records(database_url: str, first: date | None = None, last: date | None = None,
                  centre_id: str | None = None, tz: str = "Europe/London") -> int:
    """How many records ``iter_records`` would yield for the same arguments."""
    start, end = utc_bounds(first, last, tz)
    with session_factory(database_url)() as session:
        return session.execute(made_between(select(func.count()).select_from(Incident), start, end, centre_id)).scalar_one()


def find_by_reference(database_url: str, cipher: Cipher, reference: str) -> dict[str, Any] | None:
    with session_factory(database_url)() as session:
        incident = session.execute(by_reference(reference)).scalar_one_or_none()
        return to_contract(incident, cipher) if incident else None


def rotate_encryption(database_url: str, cipher: Cipher) -> int:
    """Re-encrypts every record's free text under the cipher's first key; returns how many."""
    with session_factory(database_url).begin() as session:
        incidents = session.execute(select(Incident)).scalars().all()
        for incident in incidents:
            for field in ENCRYPTED_FIELDS:
                setattr(incident, field, cipher.rotate(getattr(incident, field)))
        for note in session.execute(select(OutcomeNote)).scalars():
            note.note = cipher.rotate(note.note)
    return len(incidents)


def delete_records_older_than(database_url: str, days: int, now: datetime | None = None) -> int:
    """Deletes records made more than ``days`` ago (the retention policy); returns how many."""
    from sqlalchemy import delete

    cutoff = (now or clock.now()).replace(tzinfo=None) - timedelta(days=days)
    with session_factory(database_url).begin() as session:
        return session.execute(delete(Incident).where(Incident.created_at < cutoff)).rowcount


def withdraw_record(database_url: str, reference: str, days: int, now: datetime | None = None) -> str:
    """Deletes the record with ``reference`` if it was made within ``days``.

    Returns "withdrawn", "not_found" or "too_late". Its outcome notes go with it (ON DELETE CASCADE).
    """
    now = (now or clock.now()).replace(tzinfo=None)
    with session_factory(database_url).begin() as session:
        incident = session.execute(by_reference(reference)).scalar_one_or_none()
        if incident is None:
            return "not_found"
        if incident.created_at < now - timedelta(days=days):
            return "too_late"
        session.delete(incident)
    return "withdrawn"
