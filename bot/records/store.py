"""One object for a centre's records: the database they are in and the cipher for the person's own
words, given together to the command line, the dashboard and the actions instead of a database URL
and a cipher passed side by side through every call: ``Records.of(settings)``.

The functions it calls (``bot.records.repository``, ``search``, ``follow_up``, ``outbox`` and
``bot.reporting.monthly``) are the data layer; code that serves people holds a ``Records``.

The cipher is asked for only by what reads or writes the person's words, so counting, searching,
deleting old records, withdrawing one and flushing the outbox work where no key is set, and what
needs the key stops with the message naming it (``bot.config.Settings.cipher``).
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from bot.privacy.encryption import Cipher
from bot.records import follow_up, outbox, repository, search

Progress = Callable[[Iterable[dict[str, Any]], int], Iterable[dict[str, Any]]]


class Records:
    def __init__(self, database_url: str, cipher: Cipher | Callable[[], Cipher]):
        """``cipher`` is the cipher itself or what makes it when first needed (a settings object's
        ``cipher`` method, which stops with a clear message when the key is missing)."""
        self.database_url = database_url
        self._cipher = cipher

    @classmethod
    def of(cls, settings: Any) -> "Records":
        """The records the settings name (``bot.config.Settings``: its database, and its cipher made
        when first needed). Taken as any object with those two, so this module does not import the
        settings, which the records' own modules read through bot.clock."""
        return cls(settings.database_url, settings.cipher)

    def __repr__(self) -> str:
        return f"Records({self.database_url!r})"

    @property
    def cipher(self) -> Cipher:
        if not isinstance(self._cipher, Cipher):
            self._cipher = self._cipher()
        return self._cipher

    # --- saving ------------------------------------------------------------------------------
    def save(self, answers: dict[str, Any], beside: dict[str, Any] | None = None) -> dict[str, Any]:
        """Stores a report; returns the record in contract shape. Raises InvalidRecord."""
        return repository.save_incident(self.database_url, answers, self.cipher, beside=beside)

    def save_or_keep(self, answers: dict[str, Any], outbox_dir: Path, beside: dict[str, Any] | None = None) -> dict[str, Any]:
        """Stores a report, or keeps it in the outbox while the database cannot take it."""
        return outbox.save_or_keep(self.database_url, answers, self.cipher, outbox_dir, beside)

    def flush_outbox(self, outbox_dir: Path) -> int:
        """Writes the reports waiting in the outbox; returns how many were written."""
        return outbox.flush(self.database_url, outbox_dir)

    def keep_flushing_outbox(self, outbox_dir: Path, every_seconds: float) -> None:
        """Flushes the outbox every ``every_seconds`` in a background thread (the action server's)."""
        outbox.keep_flushing(self.database_url, outbox_dir, every_seconds)

    # --- reading -----------------------------------------------------------------------------
    def iter(self, first: date | None = None, last: date | None = None, centre_id: str | None = None,
             tz: str = "Europe/London") -> Iterator[dict[str, Any]]:
        """The records made between local dates ``first`` and ``last``, words decrypted."""
        return repository.iter_records(self.database_url, self.cipher, first, last, centre_id, tz)

    def count(self, first: date | None = None, last: date | None = None, centre_id: str | None = None,
              tz: str = "Europe/London") -> int:
        return repository.count_records(self.database_url, first, last, centre_id, tz)

    def find_by_reference(self, reference: str) -> dict[str, Any] | None:
        return repository.find_by_reference(self.database_url, self.cipher, reference)

    def search(self, filters: search.Filters, centre_id: str | None, tz: str = "Europe/London",
               now: datetime | None = None) -> tuple[list[search.RecordView], int]:
        """A month's records matching ``filters`` for the dashboard's list (nothing decrypted)."""
        return search.search_records(self.database_url, filters, centre_id, tz, now=now)

    def get(self, record_id: str, centre_id: str | None, now: datetime | None = None) -> search.RecordView | None:
        """One record with its words, if it is there and (for staff) their centre's."""
        return search.get_record(self.database_url, self.cipher, record_id, centre_id, now=now)

    # --- the centre's follow-up --------------------------------------------------------------
    def set_true_vision_status(self, record_id: str, status: str, police_reference: str | None, centre_id: str | None) -> None:
        follow_up.set_true_vision_status(self.database_url, record_id, status, police_reference, centre_id)

    def add_outcome_note(self, record_id: str, text: str, staff_username: str, centre_id: str | None) -> None:
        follow_up.add_outcome_note(self.database_url, self.cipher, record_id, text, staff_username, centre_id)

    def notes_for(self, record_id: str) -> list[follow_up.Note]:
        return follow_up.notes_for(self.database_url, self.cipher, record_id)

    def latest_update(self, reference: str) -> follow_up.Update:
        """The newest outcome note on the report with ``reference``, for the person to read."""
        return follow_up.latest_update(self.database_url, self.cipher, reference)

    # --- keeping, withdrawing, forgetting ----------------------------------------------------
    def withdraw(self, reference: str, days: int) -> str:
        """Deletes the report with ``reference`` if it is under ``days`` old (see withdraw_record)."""
        return repository.withdraw_record(self.database_url, reference, days)

    def delete_older_than(self, days: int) -> int:
        return repository.delete_records_older_than(self.database_url, days)

    def rotate_encryption(self) -> int:
        """Encrypts every record's words again under the newest key; returns how many."""
        return repository.rotate_encryption(self.database_url, self.cipher)

    # --- the monthly return ------------------------------------------------------------------
    def monthly_return(self, month: str, centre_id: str | None = None, tz: str = "Europe/London",
                       progress: Progress | None = None) -> dict[str, Any]:
        from bot.reporting.monthly import monthly_return

        return monthly_return(self.database_url, self.cipher, month, centre_id, tz, progress)

    def monthly_trend(self, month: str, centre_id: str | None = None, tz: str = "Europe/London") -> list[dict[str, Any]]:
        from bot.reporting.monthly import monthly_trend

        return monthly_trend(self.database_url, month, centre_id, tz)
