"""The outbox keeps reports the database could not take and writes each exactly once."""

from __future__ import annotations

import subprocess
import sys
import threading
import time

from bot import rasa_patches
from bot.config import PROJECT_ROOT
from bot.records import outbox
from bot.records.repository import insert_incident, iter_records, new_incident
from tests.bot.records.test_repository import answers as valid_answers
from tests.support.processes import Process, free_port

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


def test_the_action_server_writes_what_waits_in_the_outbox_from_the_moment_it_starts(database_url, cipher, tmp_path):
    """Started as `make run` starts it (python -m bot.rasa_patches run actions), with no report
    saved meanwhile; importing the actions alone starts nothing (no thread in a test's process)."""
    kept = outbox.save_or_keep(UNREACHABLE, valid_answers(what_happened="kept while away"), cipher, tmp_path / "outbox")
    subprocess.run([sys.executable, "-c", "import threading, actions.save_report; "
                    "assert threading.active_count() == 1, threading.enumerate()"], cwd=PROJECT_ROOT, check=True)
    assert len(outbox.pending(tmp_path / "outbox")) == 1
    port = free_port()
    server = Process([*rasa_patches.command(), "run", "actions", "--actions", "actions", "--port", str(port)],
                     {"DATABASE_URL": database_url, "OUTBOX_DIR": str(tmp_path / "outbox"), "OUTBOX_RETRY_SECONDS": "0.2"},
                     tmp_path / "actions.log")
    try:
        server.wait_until_ready(f"http://127.0.0.1:{port}/health", 90)
        deadline = time.monotonic() + 30
        while outbox.pending(tmp_path / "outbox") and time.monotonic() < deadline:
            time.sleep(0.1)  # waits on the file leaving the outbox, as the staff would
        assert outbox.pending(tmp_path / "outbox") == []
        assert [r["reference"] for r in iter_records(database_url, cipher)] == [kept["reference"]]
    finally:
        server.stop()
