"""Staff follow-up: True Vision status with the police reference, and notes the person reads back."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from bot.records.db import session_factory
from bot.records.follow_up import (FollowUpError, add_outcome_note, latest_update, notes_for,
                                   set_true_vision_status)
from bot.records.repository import find_by_reference, save_incident, withdraw_record
from tests.bot.records.test_repository import answers


def test_submitted_needs_the_police_reference_and_keeps_it(database_url, cipher):
    record = save_incident(database_url, answers(centre_id="soton"), cipher)
    with pytest.raises(FollowUpError, match="reference number True Vision gave"):
        set_true_vision_status(database_url, record["record_id"], "submitted")
    set_true_vision_status(database_url, record["record_id"], "submitted", " TV-2026/448812 ")
    assert find_by_reference(database_url, cipher, record["reference"])["true_vision_status"] == "submitted"
    with session_factory(database_url)() as session:
        stored = session.execute(text("SELECT police_reference, true_vision_updated_at FROM incidents")).one()
    assert stored[0] == "TV-2026/448812" and stored[1] is not None


def test_staff_cannot_change_another_centres_record(database_url, cipher):
    record = save_incident(database_url, answers(centre_id="soton"), cipher)
    with pytest.raises(FollowUpError, match="no such record"):
        set_true_vision_status(database_url, record["record_id"], "declined", centre_id="portsmouth")
    with pytest.raises(FollowUpError, match="no such record"):
        add_outcome_note(database_url, cipher, record["record_id"], "Hello", "kim", centre_id="portsmouth")
    assert find_by_reference(database_url, cipher, record["reference"])["true_vision_status"] == "referred"


def test_unknown_status_and_odd_reference_are_refused(database_url, cipher):
    record = save_incident(database_url, answers(), cipher)
    with pytest.raises(FollowUpError, match="from the list"):
        set_true_vision_status(database_url, record["record_id"], "done")
    with pytest.raises(FollowUpError, match="3 to 40"):
        set_true_vision_status(database_url, record["record_id"], "submitted", "<script>")


def test_the_person_reads_the_newest_note_with_their_reference(database_url, cipher):
    record = save_incident(database_url, answers(easy_read=True), cipher)
    assert latest_update(database_url, cipher, record["reference"]).note is None
    add_outcome_note(database_url, cipher, record["record_id"], "We passed your report to the council.", "kim")
    add_outcome_note(database_url, cipher, record["record_id"], "The council  moved the bus stop\ncamera.", "kim")
    update = latest_update(database_url, cipher, record["reference"].lower())
    assert update.found and update.easy_read
    assert update.note == "The council moved the bus stop camera."
    assert [n.text for n in notes_for(database_url, cipher, record["record_id"])][1] == "We passed your report to the council."
    assert not latest_update(database_url, cipher, "ZZZ-999").found


def test_notes_are_redacted_and_encrypted_at_rest(database_url, cipher):
    record = save_incident(database_url, answers(), cipher)
    add_outcome_note(database_url, cipher, record["record_id"], "Call Sarah on 07700 900123 about it.", "kim")
    with session_factory(database_url)() as session:
        raw = session.execute(text("SELECT note FROM outcome_notes")).scalar_one()
    assert "Call" not in raw and "07700" not in raw
    note = latest_update(database_url, cipher, record["reference"]).note
    assert "07700" not in note and "Sarah" not in note and note.startswith("Call")


def test_empty_or_very_long_notes_are_refused(database_url, cipher):
    record = save_incident(database_url, answers(), cipher)
    with pytest.raises(FollowUpError, match="Write the note"):
        add_outcome_note(database_url, cipher, record["record_id"], "   ", "kim")
    with pytest.raises(FollowUpError, match="under 1000"):
        add_outcome_note(database_url, cipher, record["record_id"], "word " * 300, "kim")


def test_withdrawing_a_report_deletes_its_notes(database_url, cipher):
    record = save_incident(database_url, answers(), cipher)
    add_outcome_note(database_url, cipher, record["record_id"], "We have read your report.", "kim")
    assert withdraw_record(database_url, record["reference"], 14) == "withdrawn"
    with session_factory(database_url)() as session:
        assert session.execute(text("SELECT count(*) FROM outcome_notes")).scalar_one() == 0
