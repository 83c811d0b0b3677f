"""A crisis said at a question: the crisis lines, and the report where it was."""

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.safety import ActionCrisis, ActionEmergency
from tests.actions.conftest import make_tracker, responses, slot_events

CRISIS_BY_MEANING = {"danger": None, "crisis": True, "signs": ["near in meaning to a crisis"], "only_meaning": True}
CRISIS_AND_DANGER_BY_MEANING = {"danger": "now", "crisis": True, "signs": ["near in meaning to danger now", "near in meaning to a crisis"],
                                "only_meaning": True}


@pytest.mark.parametrize("text", ["im stood at the edge of the bridge", "yes i am done with all of it", "i am ready to go now"])
async def test_words_heard_as_a_crisis_never_send_the_report(text, domain):
    # Found by CI's sample of the cases: at "is this right?", the "i am" of a crisis heard only by the
    # learned reader read as yes, and the report was sent.
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, "crisis", requested_slot="confirmed", fill_requested=False)
    tracker.latest_message["safety"] = CRISIS_BY_MEANING
    events = slot_events(await ActionCrisis().run(dispatcher, tracker, domain))
    assert "utter_crisis" in responses(dispatcher) and "confirmed" not in events


async def test_danger_and_a_crisis_heard_together_never_send_the_report(domain):
    dispatcher = CollectingDispatcher()
    tracker = make_tracker("yes i am going now", "report_danger", requested_slot="confirmed", fill_requested=False)
    tracker.latest_message["safety"] = CRISIS_AND_DANGER_BY_MEANING
    events = slot_events(await ActionEmergency().run(dispatcher, tracker, domain))
    assert "utter_crisis" in responses(dispatcher) and "confirmed" not in events


async def test_a_crisis_heard_only_by_meaning_still_keeps_an_answer_at_other_questions(domain):
    # "never ends" at "has it happened before?": the lines, and the answer kept (see ActionCrisis).
    dispatcher = CollectingDispatcher()
    tracker = make_tracker("yes it never ends", "crisis", requested_slot="ongoing", fill_requested=False)
    tracker.latest_message["safety"] = CRISIS_BY_MEANING
    events = slot_events(await ActionCrisis().run(dispatcher, tracker, domain))
    assert "utter_crisis" in responses(dispatcher) and events.get("ongoing") == "yes"
