"""Easy words: switched on and off at any question, offered after two misses, numbers read against
the shorter easy-read lists, the summary in the words offered, and a person to talk to."""

from __future__ import annotations

import pytest

from actions.easy_read import ActionSetEasyRead, ActionTalkToPerson
from actions.summary import ActionAskConfirmed
from tests.actions.conftest import make_tracker, responses, slot_events
from tests.actions.test_report_form import validate


@pytest.mark.parametrize(("intent", "on", "said"), [("easy_read_on", True, "utter_easy_read_on"), ("easy_read_off", False, "utter_easy_read_off")])
async def test_easy_words_switch_on_and_off(dispatcher, domain, intent, on, said):
    tracker = make_tracker("easy words", intent, requested_slot="location_type", fill_requested=False)
    assert slot_events(await ActionSetEasyRead().run(dispatcher, tracker, domain)) == {"easy_read": on}
    assert responses(dispatcher) == [said]


async def test_easy_words_are_offered_after_two_misses_unless_on(dispatcher, domain):
    await validate(dispatcher, domain, "time_band", "purple", slots={"failed_attempts": 1})
    assert "utter_offer_easy_read" in responses(dispatcher)
    dispatcher.messages.clear()
    await validate(dispatcher, domain, "time_band", "purple", slots={"failed_attempts": 1, "easy_read": True})
    assert "utter_offer_easy_read" not in responses(dispatcher)
    dispatcher.messages.clear()
    await validate(dispatcher, domain, "time_band", "purple")  # one miss: not yet
    assert responses(dispatcher) == ["utter_wrong_time_band"]


@pytest.mark.parametrize(("question", "reply", "easy", "expected"), [
    ("characteristics", "4", True, ["sexual_orientation"]),   # 4 on the easy list
    ("characteristics", "4", False, ["transgender_identity"]),  # 4 on the full list
    ("location_type", "3", True, "public_transport"),
    ("support_wanted", "2 3", True, ["practical_help", "advocacy"]),
])
async def test_numbers_mean_the_list_the_person_was_shown(dispatcher, domain, question, reply, easy, expected):
    assert (await validate(dispatcher, domain, question, reply, slots={"easy_read": easy}))[question] == expected


async def test_words_not_on_the_short_list_are_still_understood(dispatcher, domain):
    events = await validate(dispatcher, domain, "characteristics", "cos im trans", slots={"easy_read": True})
    assert events["characteristics"] == ["transgender_identity"]


async def test_something_else_that_names_a_listed_reason_records_that_reason(dispatcher, domain):
    slots = {"easy_read": True, "characteristics": ["religion_or_belief", "other"]}
    events = await validate(dispatcher, domain, "characteristic_other", "because i am trans", slots=slots)
    assert events["characteristics"] == ["religion_or_belief", "transgender_identity"]
    assert events["characteristic_other"] is None
    kept = await validate(dispatcher, domain, "characteristic_other", "my football shirt", slots=slots)
    assert kept["characteristic_other"] == "my football shirt"


async def test_the_summary_uses_the_words_of_the_list_shown(dispatcher, domain):
    slots = {"easy_read": True, "reporter_role": "victim", "incident_types": ["verbal_abuse", "harassment"],
             "characteristics": ["race"], "what_happened": None, "location_type": "home", "location_area": "Portswood"}
    tracker = make_tracker("yes", "affirm", slots=slots, requested_slot="confirmed", fill_requested=False)
    await ActionAskConfirmed().run(dispatcher, tracker, domain)
    fields = dispatcher.messages[0]
    assert fields["response"] == "utter_summary"
    assert fields["kinds"] == "Called me names or shouted; Harassment or being followed"
    assert fields["why"] == "My skin colour or where I am from" and fields["account"] == "you did not say"
    assert fields["where"] == "At home, Portswood"


async def test_talk_to_a_person_gives_the_centres_number_and_hours(dispatcher, domain, monkeypatch):
    monkeypatch.setenv("CENTRE_PHONE", "023 8000 0000")
    monkeypatch.setenv("CENTRE_HOURS", "Monday to Friday, 10am to 4pm")
    tracker = make_tracker("can i talk to a person", "talk_to_person", requested_slot="location_type", fill_requested=False)
    assert await ActionTalkToPerson().run(dispatcher, tracker, domain) == []
    assert dispatcher.messages[0]["response"] == "utter_talk_to_person"
    assert dispatcher.messages[0]["phone"] == "023 8000 0000" and "10am" in dispatcher.messages[0]["hours"]


async def test_talk_to_a_person_without_a_number_set_never_invents_one(dispatcher, domain, monkeypatch):
    monkeypatch.delenv("CENTRE_PHONE", raising=False)
    tracker = make_tracker("human please", "talk_to_person", fill_requested=False)
    await ActionTalkToPerson().run(dispatcher, tracker, domain)
    assert responses(dispatcher) == ["utter_talk_to_person_unset"]
