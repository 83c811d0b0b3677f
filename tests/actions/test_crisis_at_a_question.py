"""A crisis said at a question: the crisis lines, and the report where it was."""

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.safety import ActionCrisis, ActionEmergency
from bot.safety import read
from tests.actions.conftest import make_tracker, responses, slot_events

CRISIS_BY_MEANING = {"danger": None, "crisis": True, "signs": ["near in meaning to a crisis"], "only_meaning": True}
CRISIS_AND_DANGER_BY_MEANING = {"danger": "now", "crisis": True, "signs": ["near in meaning to danger now", "near in meaning to a crisis"],
                                "only_meaning": True}


async def said_at(question: str, text: str, safety: dict, domain) -> tuple[list[str], dict]:
    """What the person is told, and what is stored, when ``text`` read as ``safety`` is said at ``question``."""
    action, intent = (ActionEmergency(), "report_danger") if safety["danger"] == "now" else (ActionCrisis(), "crisis")
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, intent, requested_slot=question, fill_requested=False)
    tracker.latest_message["safety"] = safety
    events = slot_events(await action.run(dispatcher, tracker, domain))
    return responses(dispatcher), events


@pytest.mark.parametrize("text", ["im stood at the edge of the bridge", "yes i am done with all of it", "i am ready to go now"])
async def test_words_heard_as_a_crisis_never_send_the_report(text, domain):
    # Found by CI's sample of the cases: at "is this right?", the "i am" of a crisis heard only by the
    # learned reader read as yes, and the report was sent.
    told, stored = await said_at("confirmed", text, CRISIS_BY_MEANING, domain)
    assert "utter_crisis" in told and "confirmed" not in stored


async def test_danger_and_a_crisis_heard_together_never_send_the_report(domain):
    told, stored = await said_at("confirmed", "yes i am going now", CRISIS_AND_DANGER_BY_MEANING, domain)
    assert "utter_crisis" in told and "confirmed" not in stored


async def test_a_crisis_heard_only_by_meaning_still_keeps_an_answer_at_other_questions(domain):
    # "never ends" at "has it happened before?": the lines, and the answer kept (see ActionCrisis).
    told, stored = await said_at("ongoing", "yes it never ends", CRISIS_BY_MEANING, domain)
    assert "utter_crisis" in told and stored.get("ongoing") == "yes"


@pytest.mark.parametrize("text", ["my girlfriend has cut her wrists and she is bleeding", "my son says he is going to kill himself",
                                  "my sister keeps cutting herself", "my brother is on the roof saying he will jump"])
async def test_a_crisis_told_of_someone_close_is_answered_as_theirs(text, domain):
    # Blind set 99: "I am sorry you are feeling like this" was said to someone frightened for their girlfriend.
    reading = read(text).as_dict()
    told, stored = await said_at("location_type", text, reading, domain)
    assert "utter_crisis_someone_close" in told and "utter_crisis" not in told and stored.get("wellbeing_concern") is True


@pytest.mark.parametrize("text", ["my brother cut his wrists last year and now i want to die too", "i am going to kill myself",
                                  "i have been cutting myself since it started"])
async def test_a_crisis_of_the_persons_own_is_answered_as_theirs_even_beside_someone_elses(text, domain):
    told, _ = await said_at("location_type", text, read(text).as_dict(), domain)
    assert "utter_crisis" in told and "utter_crisis_someone_close" not in told


def test_both_crisis_replies_give_the_lines_and_999_in_both_wordings(domain):
    for name in ("utter_crisis", "utter_crisis_someone_close"):
        for variant in domain["responses"][name]:
            assert all(number in variant["text"] for number in ("999", "116 123", "85258")), (name, variant["text"])
