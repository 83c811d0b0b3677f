"""What the centre does after the conversation: True Vision status with the police reference, and
outcome notes in plain words that the person can read back with their reference code."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from bot import clock
from bot.privacy.encryption import Cipher
from bot.privacy.redact import redact
from bot.records.db import session_factory
from bot.records.models import Incident, OutcomeNote
from bot.records.repository import by_reference, visible_incident

STATUSES = ("not_discussed", "declined", "referred", "submitted")
MAX_NOTE = 1000
_POLICE_REFERENCE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 /-]{2,39}$")


class FollowUpError(ValueError):
    """The change cannot be made; the message says why, in words for staff."""


@dataclass(frozen=True)
class Note:
    text: str
    staff_username: str
    created_at: datetime  # UTC


def _now() -> datetime:
    return clock.utc_now()


def _incident(session, record_id: str, centre_id: str | None) -> Incident:
    incident = visible_incident(session, record_id, centre_id)
    if incident is None:
        raise FollowUpError("There is no such record for your centre.")
    return incident


def set_true_vision_status(database_url: str, record_id: str, status: str, police_reference: str | None = None,
                           centre_id: str | None = None) -> None:
    """Records the True Vision status; "submitted" needs the reference True Vision gave."""
    if status not in STATUSES:
        raise FollowUpError("Choose a True Vision status from the list.")
    reference = (police_reference or "").strip()
    if status == "submitted" and not reference:
        raise FollowUpError("Add the reference number True Vision gave when the report was submitted.")
    if reference and not _POLICE_REFERENCE.match(reference):
        raise FollowUpError("A police reference is 3 to 40 letters, digits, spaces, dashes or slashes.")
    with session_factory(database_url).begin() as session:
        incident = _incident(session, record_id, centre_id)
        incident.true_vision_status = status
        incident.police_reference = (reference or None) if status == "submitted" else None
        incident.true_vision_updated_at = _now()


def add_outcome_note(database_url: str, cipher: Cipher, record_id: str, text: str, staff_username: str,
                     centre_id: str | None = None) -> None:
    """Adds a note for the person: redacted like everything stored (no names, numbers or
    addresses reach the database, even typed by staff), then encrypted."""
    text = redact(" ".join((text or "").split()))
    if not text:
        raise FollowUpError("Write the note before saving it.")
    if len(text) > MAX_NOTE:
        raise FollowUpError(f"Keep the note under {MAX_NOTE} characters; the person reads it on a phone.")
    with session_factory(database_url).begin() as session:
        _incident(session, record_id, centre_id)
        session.add(OutcomeNote(id=uuid.uuid4().hex, record_id=record_id, note=cipher.encrypt(text),
                                staff_username=staff_username, created_at=_now()))


def notes_for(database_url: str, cipher: Cipher, record_id: str) -> list[Note]:
    """Every note on a record, newest first."""
    query = select(OutcomeNote).where(OutcomeNote.record_id == record_id).order_by(OutcomeNote.created_at.desc(), OutcomeNote.id)
    with session_factory(database_url)() as session:
        return [Note(cipher.decrypt(n.note), n.staff_username, n.created_at) for n in session.execute(query).scalars()]


@dataclass(frozen=True)
class Update:
    """What the person hears back when they ask with their reference code."""

    found: bool
    note: str | None = None
    easy_read: bool = False


def latest_update(database_url: str, cipher: Cipher, reference: str) -> Update:
    """The newest note on the record with ``reference``; found with no note when there is none yet."""
    with session_factory(database_url)() as session:
        incident = session.execute(by_reference(reference)).scalar_one_or_none()
        if incident is None:
            return Update(found=False)
        note = session.execute(
            select(OutcomeNote.note).where(OutcomeNote.record_id == incident.record_id)
            .order_by(OutcomeNote.created_at.desc(), OutcomeNote.id.desc()).limit(1)
        ).scalar_one_or_none()
        return Update(found=True, note=cipher.decrypt(note) if note else None, easy_read=incident.easy_read)
