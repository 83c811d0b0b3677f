"""Help, repeat, back, skip and stop work at any question and never lose other answers."""

from __future__ import annotations

import pytest

from actions.navigation import (ActionExplainQuestion, ActionGoBack, ActionOffTopic, ActionRepeatQuestion, ActionSkipQuestion,
                                ActionStopReport)
from tests.actions.conftest import make_tracker, responses, slot_events


async def test_help_explains_the_question_being_asked(dispatcher, domain):
    tracker = make_tracker("what do you mean", "help", requested_slot="incident_date", fill_requested=False)
    assert await ActionExplainQuestion().run(dispatcher, tracker, domain) == []
    assert responses(dispatcher) == ["utter_help_incident_date"]


async def test_every_question_has_its_own_help(domain):
    for slot in domain["forms"]["report_form"]["required_slots"]:
        assert f"utter_help_{slot}" in domain["responses"], slot


async def test_repeat_says_the_question_comes_again(dispatcher, domain):
    tracker = make_tracker("say that again", "repeat", requested_slot="ongoing", fill_requested=False)
    assert await ActionRepeatQuestion().run(dispatcher, tracker, domain) == []
    assert responses(dispatcher) == ["utter_repeat"]


async def test_something_off_topic_gets_an_honest_short_answer(dispatcher, domain):
    tracker = make_tracker("whats the weather like", "out_of_scope", requested_slot="contact_route", fill_requested=False)
    assert await ActionOffTopic().run(dispatcher, tracker, domain) == []
    assert responses(dispatcher) == ["utter_out_of_scope"]


@pytest.mark.parametrize(("slot", "text", "value"), [
    ("contact_route", "my neighbour recommended you", "friend_or_family"),  # blind set 30: the classifier said off-topic
    ("preferred_outcome", "just to have it recorded somewhere", ["record_only"]),
])
async def test_an_answer_taken_for_off_topic_is_the_answer(dispatcher, domain, slot, text, value):
    tracker = make_tracker(text, "out_of_scope", requested_slot=slot, fill_requested=False)
    events = slot_events(await ActionOffTopic().run(dispatcher, tracker, domain))
    assert events[slot] == value and "utter_out_of_scope" not in responses(dispatcher)


@pytest.mark.parametrize(("text", "value"), [
    ("no idea what area that is", ""),  # blind set 52: the classifier said help
    ("i honestly could not tell you the area", ""),
    ("what do you mean by area", None), ("why do you need to know the area", None),
    ("I Want To Stop Now", None),  # a sentence is no town
])
async def test_a_sentence_at_the_area_question_is_its_answer_only_when_it_gives_no_area(dispatcher, domain, text, value):
    tracker = make_tracker(text, "help", requested_slot="location_area", fill_requested=False)
    events = slot_events(await ActionExplainQuestion().run(dispatcher, tracker, domain))
    assert events.get("location_area") == value
    assert ("utter_help_location_area" in responses(dispatcher)) == (value is None)


async def test_back_reopens_the_previous_question_only(dispatcher, domain):
    slots = {"safe_now": "yes", "reporter_role": "victim", "what_happened": "they shouted"}
    tracker = make_tracker("go back", "go_back", slots=slots, requested_slot="incident_types", fill_requested=False)
    events = slot_events(await ActionGoBack().run(dispatcher, tracker, domain))
    assert events == {"what_happened": None, "failed_attempts": 0, "offer_choices": False}
    assert responses(dispatcher) == ["utter_go_back"]


@pytest.mark.parametrize("text", ["can i answer in bengali", "can my mum fill this in"])
async def test_going_back_guessed_by_the_classifier_clears_nothing(dispatcher, domain, text):
    # Blind set 35: "can i answer in bengali", taken for going back, cleared the answer before.
    slots = {"safe_now": "yes", "reporter_role": "victim", "what_happened": "they shouted"}
    tracker = make_tracker(text, "go_back", slots=slots, requested_slot="incident_types", fill_requested=False)
    events = slot_events(await ActionGoBack().run(dispatcher, tracker, domain))
    assert "what_happened" not in events and responses(dispatcher) == ["utter_help_incident_types"]


async def test_back_skips_questions_that_were_not_asked(dispatcher, domain):
    slots = {"characteristics": ["race"], "police_involvement": "no"}
    tracker = make_tracker("back", "go_back", slots=slots, requested_slot="contact_route", fill_requested=False)
    events = slot_events(await ActionGoBack().run(dispatcher, tracker, domain))
    assert events["anonymous"] is None  # true_vision was never asked, so back goes to anonymous


async def test_back_at_the_first_question(dispatcher, domain):
    tracker = make_tracker("back", "go_back", requested_slot="safe_now", fill_requested=False)
    assert await ActionGoBack().run(dispatcher, tracker, domain) == []
    assert responses(dispatcher) == ["utter_cannot_go_back"]


async def test_skip_an_optional_question(dispatcher, domain):
    tracker = make_tracker("skip", "skip", requested_slot="what_happened", fill_requested=False)
    events = slot_events(await ActionSkipQuestion().run(dispatcher, tracker, domain))
    assert events["what_happened"] == ""
    assert responses(dispatcher) == ["utter_skipped"]


async def test_a_question_that_needs_an_answer_says_how_instead(dispatcher, domain):
    tracker = make_tracker("skip", "skip", requested_slot="characteristics", fill_requested=False)
    assert await ActionSkipQuestion().run(dispatcher, tracker, domain) == []
    assert responses(dispatcher) == ["utter_cannot_skip"]


async def test_stop_forgets_everything_and_says_so(dispatcher, domain):
    tracker = make_tracker("stop", "stop", slots={"reporter_role": "victim"}, requested_slot="ongoing", fill_requested=False)
    events = await ActionStopReport().run(dispatcher, tracker, domain)
    assert [e["event"] for e in events] == ["active_loop", "reset_slots", "restart"]
    assert responses(dispatcher) == ["utter_stopped"]


@pytest.mark.parametrize("text", ["he would not stop shouting at me and my friend on the bus", "he told me to stop", "stoop"])
async def test_an_account_that_mentions_stopping_is_kept_as_the_account(dispatcher, domain, text):
    tracker = make_tracker(text, "stop", slots={"reporter_role": "victim"}, requested_slot="what_happened", fill_requested=False)
    events = await ActionStopReport().run(dispatcher, tracker, domain)
    assert slot_events(events)["what_happened"] == text and "reset_slots" not in [e["event"] for e in events]
    assert events[-1] == {"event": "followup", "name": "report_form", "timestamp": None}
    assert responses(dispatcher) == []


@pytest.mark.parametrize(("question", "text", "value"), [
    ("location_type", "shop", "shop_or_business"),
    ("location_type", "stopped at the shops", "shop_or_business"),
    ("contact_route", "stop hate uk told me about you", "referral_from_agency"),
    ("location_area", "Stopsley", "Stopsley"),
])
async def test_an_answer_the_question_can_take_is_its_answer_not_stop(dispatcher, domain, question, text, value):
    tracker = make_tracker(text, "stop", slots={"reporter_role": "victim"}, requested_slot=question, fill_requested=False)
    events = await ActionStopReport().run(dispatcher, tracker, domain)
    assert slot_events(events)[question] == value
    assert [e["event"] for e in events if e["event"] in ("reset_slots", "restart")] == []
    assert events[-1]["name"] == "report_form"


@pytest.mark.parametrize(("question", "text"), [("location_type", "i want to stop now"), ("what_happened", "can we stop please"),
                                                ("support_wanted", "i dont want to do this anymore")])
async def test_stopping_in_other_words_is_asked_about_first_and_deletes_nothing(dispatcher, domain, question, text):
    tracker = make_tracker(text, "stop", slots={"reporter_role": "victim"}, requested_slot=question, fill_requested=False)
    events = await ActionStopReport().run(dispatcher, tracker, domain)
    assert slot_events(events)["pending_check"] == "confirm_stop" and "reporter_role" not in slot_events(events)
    assert [e["event"] for e in events if e["event"] in ("reset_slots", "restart")] == []
    assert responses(dispatcher) == []  # the form asks "Do you want to stop?" next


@pytest.mark.parametrize("text", ["stop", "STOP", "Stop.", "cancel", "quit", "end", "delete my answers", "/stop"])
async def test_an_exact_command_stops_at_any_question(dispatcher, domain, text):
    tracker = make_tracker(text, "stop", slots={"reporter_role": "victim"}, requested_slot="location_type", fill_requested=False)
    events = await ActionStopReport().run(dispatcher, tracker, domain)
    assert [e["event"] for e in events] == ["active_loop", "reset_slots", "restart"]


async def test_back_of_the_bus_is_a_place_not_back(dispatcher, domain):
    slots = {"incident_date": "2026-11-17", "time_band": "evening"}
    tracker = make_tracker("at the back of the bus", "go_back", slots=slots, requested_slot="location_type", fill_requested=False)
    events = slot_events(await ActionGoBack().run(dispatcher, tracker, domain))
    assert events["location_type"] == "public_transport" and "time_band" not in events
