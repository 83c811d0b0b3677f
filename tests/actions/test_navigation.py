"""Help, repeat, back, skip and stop work at any question and never lose other answers."""

from __future__ import annotations

from actions.navigation import ActionExplainQuestion, ActionGoBack, ActionRepeatQuestion, ActionSkipQuestion, ActionStopReport
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


async def test_back_reopens_the_previous_question_only(dispatcher, domain):
    slots = {"safe_now": "yes", "reporter_role": "victim", "what_happened": "they shouted"}
    tracker = make_tracker("go back", "go_back", slots=slots, requested_slot="incident_types", fill_requested=False)
    events = slot_events(await ActionGoBack().run(dispatcher, tracker, domain))
    assert events == {"what_happened": None, "failed_attempts": 0, "offer_choices": False}
    assert responses(dispatcher) == ["utter_go_back"]


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


async def test_a_long_account_that_mentions_stopping_is_kept_as_the_account(dispatcher, domain):
    text = "he would not stop shouting at me and my friend on the bus"
    tracker = make_tracker(text, "stop", requested_slot="what_happened", fill_requested=False)
    events = await ActionStopReport().run(dispatcher, tracker, domain)
    assert slot_events(events) == {"what_happened": text}
    assert events[-1] == {"event": "followup", "name": "report_form", "timestamp": None}
    assert responses(dispatcher) == []
