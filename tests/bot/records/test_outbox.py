"""The outbox keeps reports the database could not take and writes each exactly once."""

from __future__ import annotations

import threading

from bot.records import outbox
from bot.records.repository import insert_incident, iter_records, new_incident
from tests.bot.records.test_repository import answers as valid_answers

UNREACHABLE = "postgresql://postgres@127.0.0.1:9/none?connect_timeout=2"  # nothing listens on port 9


def test_reports_kept_while_the_database_is_away_are_written_in_order_once(database_url, cipher, tmp_path):
    kept = [outbox.save_or_keep(UNREACHABLE, valid_answers(what_happened=f"report {n}"), cipher, tmp_path) for n in range(3)]
    assert len(outbox.pending(tmp_path)) == 3
    assert outbox.flush(UNREACHABLE, tmp_path) == 0  # still away: nothing lost, nothing written
    assert len(outbox.pending(tmp_path)) == 3
    assert outbox.flush(database_url, tmp_path) == 3
    stored = list(iter_records(database_url, cipher))
    assert sorted(r["reference"] for r in stored) == sorted(r["reference"] for r in kept)
    assert sorted(r["what_happened"] for r in stored) == ["report 0", "report 1", "report 2"]
    assert outbox.pending(tmp_path) == []


def test_a_report_stored_just_before_a_crash_is_not_written_twice(database_url, cipher, tmp_path):
    incident, record = new_incident(valid_answers(), cipher)
    outbox.put(tmp_path, incident)
    insert_incident(database_url, outbox._decode(outbox.pending(tmp_path)[0].read_text()))  # committed, file not yet removed
    assert outbox.flush(database_url, tmp_path) == 1
    assert [r["reference"] for r in iter_records(database_url, cipher)] == [record["reference"]]


def test_flushes_running_at_once_write_each_report_once(database_url, cipher, tmp_path):
    for n in range(20):
        outbox.put(tmp_path, new_incident(valid_answers(what_happened=f"report {n}"), cipher)[0])
    written: list[int] = []
    threads = [threading.Thread(target=lambda: written.append(outbox.flush(database_url, tmp_path))) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sum(written) == 20
    assert len(list(iter_records(database_url, cipher))) == 20


def test_the_outbox_is_private_to_its_owner(cipher, tmp_path):
    path = outbox.put(tmp_path / "outbox", new_incident(valid_answers(), cipher)[0])
    assert (tmp_path / "outbox").stat().st_mode & 0o077 == 0
    assert path.stat().st_mode & 0o077 == 0
