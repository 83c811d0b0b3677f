"""Answers danger at once, wherever in the conversation it is said."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.messages import keep_as_answer, latest_text
from actions.steps import FORM, FREE_TEXT


class ActionEmergency(Action):
    def name(self) -> str:
        return "action_emergency"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[dict[str, Any]]:
        """Gives the 999 advice and marks the report as one where someone was in danger.

        Said while answering "what happened?", the message is also kept as the answer, so the
        person does not have to type it twice.
        """
        dispatcher.utter_message(response="utter_emergency")
        events: list[dict[str, Any]] = [SlotSet("immediate_danger", True)]
        requested = tracker.get_slot("requested_slot") if tracker.active_loop_name == FORM else None
        text = latest_text(tracker)
        if requested == "safe_now":
            events.append(SlotSet("safe_now", "no"))
        elif requested in FREE_TEXT:
            events += keep_as_answer(requested, text, min_words=4)
        return events
