"""bot/rasa_patches/applied_events.py gives exactly Rasa 3.6's applied events, for any conversation."""

from __future__ import annotations

from collections import deque

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rasa.core.test import WronglyPredictedAction
from rasa.shared.core.events import (
    ActionExecuted,
    ActionExecutionRejected,
    ActionReverted,
    ActiveLoop,
    BotUttered,
    DefinePrevUserUtteredFeaturization,
    LegacyForm,
    Restarted,
    SessionStarted,
    SlotSet,
    UserUttered,
    UserUtteranceReverted,
)
from rasa.shared.core.trackers import DialogueStateTracker

from bot.rasa_patches.wrapping import original

rasas = original(DialogueStateTracker, "applied_events")  # Rasa's own; the patches are installed (tests/conftest.py)

FORMS = ["report_form", "contact_form"]
ACTIONS = ["action_listen", "utter_ask_what", "action_session_start", "validate_report_form", *FORMS]
event = st.one_of(
    st.builds(UserUttered, st.sampled_from(["hi", "1", "stop"])),
    st.builds(ActionExecuted, st.sampled_from(ACTIONS)),
    st.builds(WronglyPredictedAction, st.sampled_from(ACTIONS), st.sampled_from(ACTIONS), st.none()),
    st.builds(ActiveLoop, st.sampled_from([*FORMS, None])),
    st.builds(LegacyForm, st.sampled_from([*FORMS, None])),
    st.builds(ActionExecutionRejected, st.sampled_from(ACTIONS)),
    st.builds(SlotSet, st.sampled_from(["requested_slot", "what"]), st.sampled_from(["x", None])),
    st.builds(BotUttered, st.just("ok")),
    st.builds(DefinePrevUserUtteredFeaturization, st.booleans()),
    st.sampled_from([Restarted(), SessionStarted(), ActionReverted(), UserUtteranceReverted()]),
)


def a_form_turn(form: str) -> list:
    return [ActionExecuted("action_listen"), UserUttered("1"), ActionExecuted(form), SlotSet("what", "x"), SlotSet("requested_slot", "when"),
            BotUttered("When?")]


conversation = st.lists(st.one_of(event.map(lambda e: [e]), st.sampled_from(FORMS).map(a_form_turn)), max_size=40).map(
    lambda parts: [e for part in parts for e in part])


def tracker_of(events: list) -> DialogueStateTracker:
    tracker = DialogueStateTracker("someone", slots=[])
    tracker.events = deque(events)
    return tracker


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(conversation)
def test_the_same_events_apply_as_in_rasa(events):
    tracker = tracker_of(events)
    assert [id(e) for e in tracker.applied_events()] == [id(e) for e in rasas(tracker)]


def test_a_form_step_replaces_the_last_and_a_reverted_message_is_undone():
    turns = [ActionExecuted("action_session_start"), SessionStarted(), ActiveLoop("report_form")]
    turns += a_form_turn("report_form") + a_form_turn("report_form")
    tracker = tracker_of(turns)
    ours = tracker.applied_events()
    assert ours == rasas(tracker)
    assert [type(e).__name__ for e in ours].count("UserUttered") == 1 and ours[3] == ActionExecuted("report_form")
    assert [e for e in ours if isinstance(e, SlotSet)] == [e for e in turns if isinstance(e, SlotSet)]
    assert tracker_of([*turns, UserUtteranceReverted()]).applied_events() == [ActiveLoop("report_form")]
