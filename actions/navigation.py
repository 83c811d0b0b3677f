"""Help, repeat, back, skip and stop: what a person can say at any question."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActiveLoop, AllSlotsReset, FollowupAction, Restarted, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.messages import keep_as_answer, latest_text
from actions.steps import FORM, FRESH_TRIES, SKIPPED_VALUE, active_steps, domain_order

# A message this long at "what happened?" is the person's account even if it reads like "stop"
# ("he would not stop shouting"): losing it would be worse than asking again.
ACCOUNT_MIN_WORDS = 7


class ActionExplainQuestion(Action):
    def name(self) -> str:
        return "action_explain_question"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[dict[str, Any]]:
        """Explains the question being asked; the form then asks it again."""
        requested = tracker.get_slot("requested_slot")
        response = f"utter_help_{requested}"
        dispatcher.utter_message(response=response if response in domain["responses"] else "utter_help_general")
        return []


class ActionRepeatQuestion(Action):
    def name(self) -> str:
        return "action_repeat_question"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[dict[str, Any]]:
        """Says the question is coming again; the form then asks it."""
        dispatcher.utter_message(response="utter_repeat")
        return []


class ActionGoBack(Action):
    def name(self) -> str:
        return "action_go_back"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[dict[str, Any]]:
        """Clears the previous question's answer so it is asked again; other answers stay."""
        steps = active_steps(domain_order(domain), tracker.get_slot)
        requested = tracker.get_slot("requested_slot")
        position = steps.index(requested) if requested in steps else 0
        if position == 0:
            dispatcher.utter_message(response="utter_cannot_go_back")
            return []
        dispatcher.utter_message(response="utter_go_back")
        return [SlotSet(steps[position - 1], None)] + [SlotSet(k, v) for k, v in FRESH_TRIES.items()]


class ActionSkipQuestion(Action):
    def name(self) -> str:
        return "action_skip_question"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[dict[str, Any]]:
        """Skips the question where it is optional; otherwise says how to answer it instead."""
        requested = tracker.get_slot("requested_slot")
        if requested not in SKIPPED_VALUE:
            dispatcher.utter_message(response="utter_cannot_skip")
            return []
        dispatcher.utter_message(response="utter_skipped")
        return [SlotSet(requested, SKIPPED_VALUE[requested])] + [SlotSet(k, v) for k, v in FRESH_TRIES.items()]


class ActionStopReport(Action):
    def name(self) -> str:
        return "action_stop_report"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[dict[str, Any]]:
        """Ends the conversation and forgets every unsaved answer."""
        if tracker.active_loop_name == FORM and tracker.get_slot("requested_slot") == "what_happened":
            kept = keep_as_answer("what_happened", latest_text(tracker), ACCOUNT_MIN_WORDS)
            if kept:
                return kept + [FollowupAction(FORM)]
        dispatcher.utter_message(response="utter_stopped")
        return [ActiveLoop(None), AllSlotsReset(), Restarted()]
