"""Danger is answered at once wherever it is said; a report starts with the privacy promise."""

from __future__ import annotations

import pytest

from actions.safety import ActionCheckDanger, ActionEmergency
from actions.start_report import ActionStartReport
from bot.safety import read
from rasa_sdk.executor import CollectingDispatcher
from tests.actions.conftest import make_tracker, responses, slot_events


async def test_danger_mid_report_gets_999_advice_and_is_recorded(dispatcher, domain):
    tracker = make_tracker("hes outside now", "report_danger", requested_slot="location_type", fill_requested=False)
    events = slot_events(await ActionEmergency().run(dispatcher, tracker, domain))
    assert events == {"immediate_danger": True}
    assert responses(dispatcher) == ["utter_emergency"]


async def test_emergency_reply_names_999_text_relay_and_emergency_sms(domain):
    text = domain["responses"]["utter_emergency"][0]["text"]
    assert "999" in text and "18000" in text and "register" in text


async def test_danger_said_while_telling_what_happened_is_kept_as_the_account(dispatcher, domain):
    text = "they are outside my door right now shouting"
    tracker = make_tracker(text, "report_danger", requested_slot="what_happened", fill_requested=False)
    assert slot_events(await ActionEmergency().run(dispatcher, tracker, domain))["what_happened"] == text


async def test_a_short_easy_read_account_said_in_danger_is_kept_but_a_cry_is_not(domain):
    # "man hit me" tells what happened in three words; "help me now" tells nothing to keep.
    kept = {}
    for text in ("man hit me", "help me now"):
        tracker = make_tracker(text, "report_danger", requested_slot="what_happened", fill_requested=False)
        kept[text] = slot_events(await ActionEmergency().run(CollectingDispatcher(), tracker, domain)).get("what_happened")
    assert kept == {"man hit me": "man hit me", "help me now": None}


async def test_danger_at_the_safety_question_answers_it(dispatcher, domain):
    tracker = make_tracker("help he is here", "report_danger", requested_slot="safe_now", fill_requested=False)
    assert slot_events(await ActionEmergency().run(dispatcher, tracker, domain))["safe_now"] == "no"


@pytest.mark.parametrize(("text", "answer"), [
    ("im not sure if they are still out there", "not_sure"),  # blind set 49 stored no: the emergency reply, and the person's own answer
    ("dont know if hes still outside", "not_sure"),
    ("no he is still outside", "no"),
    ("they are still out there and i dont know what to do", "no"),
])
async def test_not_knowing_said_first_at_the_safety_question_is_not_sure_with_the_emergency_reply(text, answer, domain):
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, "report_danger", requested_slot="safe_now", fill_requested=False)
    events = slot_events(await ActionEmergency().run(dispatcher, tracker, domain))
    assert (events["safe_now"], events["immediate_danger"]) == (answer, True)
    assert "utter_emergency" in responses(dispatcher)


async def test_start_welcomes_and_keeps_an_opening_account(dispatcher, domain):
    text = "someone shouted at me on the bus because im gay"
    tracker = make_tracker(text, "describe_incident", active_loop=None, fill_requested=False)
    events = await ActionStartReport().run(dispatcher, tracker, domain)
    assert events[0]["event"] == "reset_slots"
    assert slot_events(events) == {"easy_read": False, "what_happened": text}
    assert responses(dispatcher) == ["utter_welcome", "utter_offer_easy_read"]


async def test_start_keeps_danger_said_before_the_report(dispatcher, domain):
    tracker = make_tracker("report", "start_report", slots={"immediate_danger": True}, active_loop=None, fill_requested=False)
    assert slot_events(await ActionStartReport().run(dispatcher, tracker, domain)) == {"easy_read": False, "immediate_danger": True}


async def test_easy_words_chosen_before_stay_on_for_a_new_report_and_are_not_offered_again(dispatcher, domain):
    tracker = make_tracker("report", "start_report", slots={"easy_read": True}, active_loop=None, fill_requested=False)
    assert slot_events(await ActionStartReport().run(dispatcher, tracker, domain)) == {"easy_read": True}
    assert responses(dispatcher) == ["utter_welcome"]


async def test_welcome_promises_what_is_and_is_not_kept(domain):
    text = next(v for v in domain["responses"]["utter_welcome"] if not v.get("condition"))["text"].lower()
    for promise in ("anonymous", "never keep your name or phone number", '"stop"', '"help"', '"back"'):
        assert promise in text


ONLY_MEANING = {"danger": "now", "crisis": False, "signs": ["near in meaning to danger now"], "only_meaning": True}


async def _answered_with_no_alarm(question, text, safety, slot, answer, domain):
    """Said as danger or as unclear danger, the message is kept as the answer, with no emergency
    reply and no danger question."""
    for action, intent in ((ActionEmergency(), "report_danger"), (ActionCheckDanger(), "check_danger")):
        dispatcher = CollectingDispatcher()
        tracker = make_tracker(text, intent, requested_slot=question, fill_requested=False)
        tracker.latest_message["safety"] = {**safety, "danger": "now" if intent == "report_danger" else "check"}
        events = slot_events(await action.run(dispatcher, tracker, domain))
        assert events[slot] == answer and "immediate_danger" not in events and "pending_check" not in events
        assert "utter_emergency" not in responses(dispatcher)


@pytest.mark.parametrize(("question", "text", "slot", "answer"), [
    ("characteristics", "im blind", "characteristics", ["disability"]),  # the answer tables through the model
    ("police_involvement", "please tell the police", "police_involvement", "yes"),
    ("reporter_role", "im the victim here", "reporter_role", "victim"),
    ("location_type", "right outside my own front door by the bins", "location_type", "home"),
])
async def test_an_answer_only_the_learned_reader_took_for_danger_is_the_answer_with_no_alarm(question, text, slot, answer, domain):
    await _answered_with_no_alarm(question, text, ONLY_MEANING, slot, answer, domain)


@pytest.mark.parametrize(("question", "text"), [
    ("incident_types", "a brick just came through my window"),  # a moment: danger now, whatever the question makes of it
    ("preferred_outcome", "the bouncers are dragging my friend into the alley"),  # something going on
    ("incident_types", "im under attack"),  # a danger word
    ("support_wanted", "help feeling safe"),  # help asked for
    ("ongoing", "it keeps happening and im scared"),  # fear
    ("what_happened", "im blind"),  # the account takes any words: the alarm stands
])
async def test_danger_only_the_learned_reader_heard_still_gets_the_emergency_reply_where_it_may_be_danger(question, text, domain):
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, "report_danger", requested_slot=question, fill_requested=False)
    tracker.latest_message["safety"] = ONLY_MEANING
    events = slot_events(await ActionEmergency().run(dispatcher, tracker, domain))
    assert events["immediate_danger"] is True and "utter_emergency" in responses(dispatcher)


STILL_GOING_ON = {"danger": "now", "crisis": False, "signs": ["it is still going on", "near in meaning to danger now"], "only_meaning": False}
HELP_ME_NOW = {"danger": "now", "crisis": False, "signs": ["help me now"], "only_meaning": False}
UNCLEAR_WORDS = {"danger": "now", "crisis": False, "signs": [], "only_meaning": False}  # a danger word, no sign; the classifier heard danger


@pytest.mark.parametrize(("question", "text", "safety", "slot", "answer"), [
    # Blind set 67: what the question asks about, said back, is the answer, not danger.
    ("ongoing", "yes it is still going on now", STILL_GOING_ON, "ongoing", "yes"),
    ("ongoing", "yeah its still happening now every day", STILL_GOING_ON, "ongoing", "yes"),
    ("police_involvement", "no not the police they wont do anything", ONLY_MEANING, "police_involvement", "no"),
    # Blind set 68: "still" says it goes on, as the question asks.
    ("ongoing", "yes its still happening now", {**STILL_GOING_ON, "signs": ["it is happening now"]}, "ongoing", "yes"),
    # Blind set 70: what being known would bring is why the person asks not to be named.
    ("anonymous", "anonymous please i dont want them coming after me", ONLY_MEANING, "anonymous", "anonymous"),
    ("anonymous", "keep my name off it in case they come round", ONLY_MEANING, "anonymous", "anonymous"),
    # The kind of thing done, in a word or three, at "what did they do?" (the classifier heard danger in "push").
    ("incident_types", "push", UNCLEAR_WORDS, "incident_types", ["physical_assault"]),
    ("incident_types", "punched and kicked", UNCLEAR_WORDS, "incident_types", ["physical_assault"]),
    # Found by talking: the kind named by its -ing word, with no one it is done to ("spitting" got the 999 reply).
    ("incident_types", "spitting", UNCLEAR_WORDS, "incident_types", ["physical_assault"]),
    ("incident_types", "kicking and punching", UNCLEAR_WORDS, "incident_types", ["physical_assault"]),
    # Blind set 90: what would help, as the support question is answered.
    ("support_wanted", "help getting a security light put up by the back door", UNCLEAR_WORDS, "support_wanted", ["practical_help"]),
    # Blind set 82: a wish for how it ends, at the question that asks it.
    ("preferred_outcome", "i want them to leave me alone and stop knocking", UNCLEAR_WORDS, "preferred_outcome", ["stop_it_happening"]),
    # Blind set 104: what should happen to them, said without "i want".
    ("preferred_outcome", "them to get charged", ONLY_MEANING, "preferred_outcome", ["police_action"]),
    ("preferred_outcome", "for the lads who did it to be arrested", ONLY_MEANING, "preferred_outcome", ["police_action"]),
    # Blind set 80: what the police do, told without naming them, at the police question.
    ("police_involvement", "no they never do anything anyway round here", ONLY_MEANING, "police_involvement", "no"),
    ("police_involvement", "no they are useless", ONLY_MEANING, "police_involvement", "no"),
    # Blind set 109: fear given as why the person is not to be named.
    ("anonymous", "keep my name off it please im really frightened", UNCLEAR_WORDS, "anonymous", "anonymous"),
    # Blind set 107: sending the report off, said as people say it, at "is this right?".
    ("confirmed", "yes please fire it off to the centre", ONLY_MEANING, "confirmed", True),
    # Blind set 77: help with the report now, said with yes at the True Vision offer.
    ("true_vision", "yes help me now while i have time", HELP_ME_NOW, "true_vision", "help_now"),
    ("true_vision", "yes please can you help me now", HELP_ME_NOW, "true_vision", "help_now"),
])
async def test_words_the_question_asks_about_are_the_answer_with_no_alarm(question, text, safety, slot, answer, domain):
    await _answered_with_no_alarm(question, text, safety, slot, answer, domain)


@pytest.mark.parametrize(("question", "text", "safety"), [
    ("ongoing", "yes it is still going on now and im scared", STILL_GOING_ON),  # fear told
    ("ongoing", "yes its still going on they are outside now", {**STILL_GOING_ON, "signs": ["it is still going on", "someone is here"]}),
    ("what_happened", "it is still going on now", STILL_GOING_ON),  # asked about elsewhere
    ("ongoing", "yes its happening now", {**STILL_GOING_ON, "signs": ["it is happening now"]}),  # this moment, not that it goes on
    ("anonymous", "anonymous please he is outside my house now", {**ONLY_MEANING, "only_meaning": False, "signs": ["someone is here"]}),
    ("police_involvement", "no the police cant help me he is at my door", {**ONLY_MEANING, "only_meaning": False, "signs": ["someone is here"]}),
    ("true_vision", "help me now", HELP_ME_NOW),  # a cry, with no yes to the offer
    ("preferred_outcome", "i want them to stop knocking they are at my door now", {**ONLY_MEANING, "only_meaning": False, "signs": ["someone is here"]}),
    ("preferred_outcome", "i want them to leave me alone i am so scared", UNCLEAR_WORDS),  # fear told
    ("preferred_outcome", "i want them to stop knocking right now", UNCLEAR_WORDS),  # now
    ("preferred_outcome", "them to get arrested they are outside now", {**ONLY_MEANING, "only_meaning": False, "signs": ["someone is here"]}),
    ("true_vision", "yes help me now i am so scared", HELP_ME_NOW),  # fear told after it
    ("true_vision", "yes help me now he is at the door", {**HELP_ME_NOW, "signs": ["help me now", "someone is here"]}),
    ("incident_types", "kicking me", UNCLEAR_WORDS),  # what is being done may be happening as it is typed
    ("support_wanted", "help getting them away from my door now", UNCLEAR_WORDS),  # now
    ("incident_types", "punched me now", UNCLEAR_WORDS),  # now
    ("incident_types", "punched scared", UNCLEAR_WORDS),  # fear told
])
async def test_danger_beside_what_the_question_asks_about_still_gets_the_emergency_reply(question, text, safety, domain):
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, "report_danger", requested_slot=question, fill_requested=False)
    tracker.latest_message["safety"] = safety
    events = slot_events(await ActionEmergency().run(dispatcher, tracker, domain))
    assert events["immediate_danger"] is True and "utter_emergency" in responses(dispatcher)


@pytest.mark.parametrize(("text", "kept"), [
    # Found by talking: danger said at "what would you like to happen?" was stored as "Something else".
    ("he is outside my house now with a knife", None),
    ("they are at my door now", None),
    # A wish for how it ends, said with danger, is still that answer.
    ("i want them to stop knocking right now", ["stop_it_happening"]),
])
async def test_danger_at_the_outcome_question_is_no_something_else(text, kept, domain):
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, "report_danger", requested_slot="preferred_outcome", fill_requested=False)
    tracker.latest_message["safety"] = read(text).as_dict()
    stored = slot_events(await ActionEmergency().run(dispatcher, tracker, domain))
    assert "utter_emergency" in responses(dispatcher) and stored["immediate_danger"] is True
    assert stored.get("preferred_outcome") == kept
