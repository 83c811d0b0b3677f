"""A durable outbox for reports the database could not take when they were confirmed.

The person has finished; losing their report because the database was restarting would be the
worst failure this service can have. So a report that cannot be written is kept as one file in
``OUTBOX_DIR`` (default ``var/outbox``, readable by its owner only), exactly as the row would have
been stored: a fixed record id and reference, the free text already encrypted. The person gets
their reference at once. ``flush`` writes waiting reports in the order they were made; the
action server runs it every ``OUTBOX_RETRY_SECONDS`` (and ``python -m bot outbox flush`` runs it by
hand). A report is written exactly once: a row whose record id is already stored (a flush that
stopped between the commit and removing the file) only removes the file.

In a deployment with several action servers, give each its own outbox on a persistent volume.
"""

from __future__ import annotations

import fcntl
import json
import logging
import os
import threading
import time
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from bot.privacy.encryption import Cipher
from bot.records.models import Incident
from bot.records.repository import insert_incident, is_stored, new_incident, save_incident

logger = logging.getLogger(__name__)
_COLUMNS = tuple(column.name for column in Incident.__table__.columns)
_started: set[str] = set()
_starting = threading.Lock()


def _encode(incident: Incident) -> str:
    row = {}
    for name in _COLUMNS:
        value = getattr(incident, name)
        row[name] = value.isoformat() if isinstance(value, (date, datetime)) else value
    return json.dumps(row)


def _decode(text: str) -> Incident:
    row = json.loads(text)
    row["created_at"] = datetime.fromisoformat(row["created_at"])
    if row.get("incident_date"):
        row["incident_date"] = date.fromisoformat(row["incident_date"])
    return Incident(**{name: row.get(name) for name in _COLUMNS})


def put(directory: Path, incident: Incident) -> Path:
    """Keeps one prepared row on disk, durably (written, synced, then renamed into place)."""
    directory.mkdir(mode=0o700, parents=True, exist_ok=True)
    name = f"{incident.created_at:%Y%m%dT%H%M%S}-{incident.record_id}.json"
    temporary = directory / f".{name}.tmp"
    with open(os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "w") as out:
        out.write(_encode(incident))
        out.flush()
        os.fsync(out.fileno())
    os.replace(temporary, directory / name)
    descriptor = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(descriptor)  # the rename itself survives a power cut
    finally:
        os.close(descriptor)
    return directory / name


def pending(directory: Path) -> list[Path]:
    """The waiting reports, oldest first."""
    return sorted(directory.glob("*.json")) if directory.is_dir() else []


def save_or_keep(database_url: str, answers: dict[str, Any], cipher: Cipher, directory: Path,
                 beside: dict[str, Any] | None = None) -> dict[str, Any]:
    """Stores a report (and what is kept ``beside`` it for staff); if the database cannot take
    it, keeps it in the outbox. Returns the record (plaintext, contract shape) either way. Raises
    InvalidRecord as save_incident does."""
    try:
        return save_incident(database_url, answers, cipher, beside=beside)
    except (SQLAlchemyError, OSError) as error:
        incident, record = new_incident(answers, cipher, beside)
        put(directory, incident)
        logger.warning("Database unavailable (%s): report kept in the outbox until it returns", type(error).__name__)
        return record


def flush(database_url: str, directory: Path) -> int:
    """Writes every waiting report it can; returns how many left the outbox. Stops at the first
    database error (the rest wait for the next try). Safe to run from several threads or processes."""
    written = 0
    for path in pending(directory):
        try:
            handle = open(path, "r+")
        except FileNotFoundError:
            continue  # another flush wrote it
        with handle:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                continue  # another flush is writing it now
            if not path.exists():
                continue
            incident = _decode(handle.read())
            try:
                insert_incident(database_url, incident)
            except IntegrityError:
                if not is_stored(database_url, incident.record_id):
                    # Its reference was taken meanwhile (about one chance in 10^8): keep it for staff.
                    logger.error("Outbox report %s: its reference is already used; left in the outbox", path.name)
                    continue
            except (SQLAlchemyError, OSError) as error:
                logger.warning("Outbox: database still unavailable (%s); %d report(s) waiting",
                               type(error).__name__, len(pending(directory)))
                break
            path.unlink()
            written += 1
    if written:
        logger.info("Outbox: %d report(s) written to the database", written)
    return written


def keep_flushing(database_url: str, directory: Path, every_seconds: float) -> None:
    """Starts (once per process and outbox) a background thread that flushes every few seconds."""
    key = f"{database_url}|{directory}"
    with _starting:
        if key in _started:
            return
        _started.add(key)

    def loop() -> None:
        while True:
            try:
                flush(database_url, directory)
            except Exception:  # the thread must outlive any one bad try
                logger.exception("Outbox flush failed")
            time.sleep(every_seconds)

    threading.Thread(target=loop, name="outbox-flush", daemon=True).start()
