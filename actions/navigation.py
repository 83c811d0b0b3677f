"""Help, repeat, back, skip and stop, and something off-topic: what a person can say at any question.

The classifier's reading of a message as one of these is a guess. At a question that can take the
message as its answer ("shop" or "back of the bus" at "Where did it happen?", "more than once" at
"has it happened before?"), it is read as that answer first (actions/answer_first.py), unless it is
one of the very examples the command was taught ("say that again" is no answer, though it holds
"again"). Stopping deletes the answers, so it follows only from an
exact command (bot/safety/commands.py) or a yes to "Do you want to stop? Your answers will be
deleted."; anything else keeps every answer."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActiveLoop, AllSlotsReset, FollowupAction, Restarted, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.answer_first import answered, as_answer
from actions.messages import latest_text
from actions.steps import FORM, FRESH_TRIES, SKIPPED_VALUE, active_steps, clear_checks, domain_order
from bot.safety.commands import is_stop_command, sounds_like_going_back


def _explain(dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> None:
    """Says what the question being asked means."""
    response = f"utter_help_{tracker.get_slot('requested_slot')}"
    dispatcher.utter_message(response=response if response in domain["responses"] else "utter_help_general")


class ActionExplainQuestion(Action):
    def name(self) -> str:
        return "action_explain_question"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[dict[str, Any]]:
        """Explains the question being asked; the form then asks it again."""
        kept = await answered(tracker, domain, dispatcher)
        if kept:
            return kept
        _explain(dispatcher, tracker, domain)
        return []


class ActionRepeatQuestion(Action):
    def name(self) -> str:
        return "action_repeat_question"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[dict[str, Any]]:
        """Says the question is coming again; the form then asks it."""
        kept = await answered(tracker, domain, dispatcher)
        if kept:
            return kept
        dispatcher.utter_message(response="utter_repeat")
        return []


class ActionOffTopic(Action):
    def name(self) -> str:
        return "action_off_topic"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[dict[str, Any]]:
        """Says what the assistant is for; the form then asks its question again. A message the
        classifier took for off-topic that the question can take ("my neighbour recommended you"
        at how-you-found-us, blind set 30) is that answer."""
        kept = await answered(tracker, domain, dispatcher)
        if kept:
            return kept
        dispatcher.utter_message(response="utter_out_of_scope")
        return []


class ActionGoBack(Action):
    def name(self) -> str:
        return "action_go_back"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[dict[str, Any]]:
        """Clears the previous question's answer so it is asked again; other answers stay. Only words
        that ask to go back do it: a message the classifier alone took for it ("can i answer in
        bengali") clears nothing, and the question is explained and asked again."""
        kept = await answered(tracker, domain, dispatcher)
        if kept:
            return kept
        if not latest_text(tracker).startswith("/") and not sounds_like_going_back(latest_text(tracker)):
            _explain(dispatcher, tracker, domain)
            return []
        if tracker.get_slot("pending_check"):
            # "Back" from a question the safety layer asked: back to the report's own question.
            dispatcher.utter_message(response="utter_go_back")
            return clear_checks()
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
        kept = await answered(tracker, domain, dispatcher)
        if kept:
            return kept
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
        """Ends the conversation and forgets every unsaved answer, on an exact command or a yes to
        "Do you want to stop?". Any other message the classifier took for "stop" is read as the
        answer to the question if it is one, and otherwise that question is asked first."""
        if tracker.get_slot("confirm_stop") == "yes" or is_stop_command(latest_text(tracker)):
            dispatcher.utter_message(response="utter_stopped")
            return [ActiveLoop(None), AllSlotsReset(), Restarted()]
        if tracker.active_loop_name == FORM:
            kept = await as_answer(tracker, domain, dispatcher)
            if kept:
                return kept + [FollowupAction(FORM)]
            return clear_checks() + [SlotSet("pending_check", "confirm_stop"), FollowupAction(FORM)]
        if tracker.active_loop_name:
            return [FollowupAction(tracker.active_loop_name)]  # news or withdrawal: asked again
        dispatcher.utter_message(response="utter_offer_report")
        return []
