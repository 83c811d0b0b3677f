"""The summary reads the answers back in the questions' own words; saving stores a valid record."""

from __future__ import annotations

import pytest

from actions.save_report import ActionSaveReport
from actions.summary import ActionAskConfirmed
from bot.config import load_settings
from bot.records import outbox
from bot.records.repository import iter_records
from tests.actions.conftest import make_tracker, responses, slot_events

ANSWERS = {
    "safe_now": "yes",
    "reporter_role": "victim",
    "what_happened": "a man on the bus called me names",
    "incident_types": ["verbal_abuse", "threats"],
    "characteristics": ["race", "other"],
    "characteristic_other": "my football shirt",
    "incident_date": "2026-11-20",
    "time_band": "evening",
    "location_type": "public_transport",
    "location_area": "SO14",
    "ongoing": "no",
    "support_wanted": ["someone_to_talk_to"],
    "preferred_outcome": ["record_only"],
    "police_involvement": "not_sure",
    "anonymous": "anonymous",
    "true_vision": "help_now",
    "contact_route": "poster_or_leaflet",
    "confirmed": True,
}


async def test_summary_reads_back_every_answer_in_plain_words(dispatcher, domain):
    tracker = make_tracker("a poster", slots=ANSWERS, requested_slot="confirmed", fill_requested=False)
    await ActionAskConfirmed().run(dispatcher, tracker, domain)
    assert responses(dispatcher) == ["utter_summary", "utter_ask_confirmed"]
    summary = dispatcher.messages[0]
    assert summary["who"] == "It happened to me"
    assert summary["kinds"] == "Name calling or verbal abuse; Threats"
    assert summary["why"] == "My race, ethnicity, nationality or colour; Something else (my football shirt)"
    assert summary["when"] == "Friday 20 November 2026, evening"
    assert summary["where"] == "Bus, train, taxi or station, SO14"
    assert summary["true_vision"] == "Help me report it"


@pytest.fixture
def saving_to(database_url, monkeypatch):
    monkeypatch.setenv("DATABASE_URL", database_url)
    monkeypatch.setenv("CENTRE_ID", "soton")
    return database_url


async def test_saving_stores_a_contract_record_and_gives_a_reference(dispatcher, domain, saving_to):
    tracker = make_tracker("yes", slots=ANSWERS, active_loop=None, input_channel="sms", fill_requested=False)
    events = await ActionSaveReport().run(dispatcher, tracker, domain)
    [record] = list(iter_records(saving_to, load_settings().cipher()))
    assert slot_events(events) == {"reference": record["reference"]}
    assert events[0]["event"] == "reset_slots"  # answers leave the conversation once saved
    assert responses(dispatcher) == ["utter_saved", "utter_next_steps", "utter_signpost"]
    assert dispatcher.messages[0]["reference"] == record["reference"]
    assert record["channel"] == "sms" and record["centre_id"] == "soton"
    assert record["true_vision_status"] == "referred"
    assert record["characteristic_other"] == "my football shirt"
    assert record["signposted"] and "stop_hate_uk" in record["signposted"]
    assert dispatcher.messages[2]["services"].count("\n") == len(record["signposted"]) - 1


async def test_no_police_means_true_vision_was_not_discussed(dispatcher, domain, saving_to):
    slots = {**ANSWERS, "police_involvement": "no", "true_vision": None}
    await ActionSaveReport().run(dispatcher, make_tracker("yes", slots=slots, active_loop=None, fill_requested=False), domain)
    [record] = list(iter_records(saving_to, load_settings().cipher()))
    assert record["true_vision_status"] == "not_discussed"
    assert record["channel"] == "web"


async def test_a_report_the_database_cannot_take_waits_in_the_outbox_and_is_written_once(
        dispatcher, domain, monkeypatch, tmp_path, database_url):
    # A database that cannot be opened: a directory where the file should be.
    (tmp_path / "db").mkdir()
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'db'}")
    monkeypatch.setenv("OUTBOX_DIR", str(tmp_path / "outbox"))
    events = await ActionSaveReport().run(dispatcher, make_tracker("yes", slots=ANSWERS, active_loop=None, fill_requested=False), domain)
    assert responses(dispatcher) == ["utter_saved", "utter_next_steps", "utter_signpost"]
    reference = dispatcher.messages[0]["reference"]
    assert slot_events(events) == {"reference": reference}
    [waiting] = outbox.pending(tmp_path / "outbox")
    assert b"football" not in waiting.read_bytes()  # the person's words wait encrypted, like the table
    assert outbox.flush(database_url, tmp_path / "outbox") == 1
    assert outbox.flush(database_url, tmp_path / "outbox") == 0
    [record] = list(iter_records(database_url, load_settings().cipher()))
    assert record["reference"] == reference and record["characteristic_other"] == "my football shirt"


async def test_a_failed_save_keeps_every_answer_for_a_retry(dispatcher, domain, monkeypatch, tmp_path):
    # Neither the database nor the outbox can be written: a file where the outbox folder should be.
    (tmp_path / "db").mkdir()
    (tmp_path / "outbox").write_text("")
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'db'}")
    monkeypatch.setenv("OUTBOX_DIR", str(tmp_path / "outbox"))
    events = await ActionSaveReport().run(dispatcher, make_tracker("yes", slots=ANSWERS, active_loop=None, fill_requested=False), domain)
    assert events == []
    assert responses(dispatcher) == ["utter_save_failed"]


async def test_nothing_is_saved_twice(dispatcher, domain):
    tracker = make_tracker("try again", "try_again", slots={"reference": "ABC-234"}, active_loop=None, fill_requested=False)
    assert await ActionSaveReport().run(dispatcher, tracker, domain) == []
    assert responses(dispatcher) == ["utter_already_saved"]
