"""Easy-read mode on and off ("easy words", "usual words", the staff page's switch), and talking
to a person at the centre. The current question is asked again in the new wording by the form.
A message the classifier took for one of these that answers the question being asked ("earlier
today" at "when did it happen?") is kept as the answer instead (actions/answer_first.py)."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.answer_first import answered
from bot.config import load_settings


class ActionSetEasyRead(Action):
    def name(self) -> str:
        return "action_set_easy_read"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[dict[str, Any]]:
        kept = await answered(tracker, domain, dispatcher, free_text_too=True)
        if kept:
            return kept
        on = (tracker.latest_message.get("intent") or {}).get("name") == "easy_read_on"
        dispatcher.utter_message(response="utter_easy_read_on" if on else "utter_easy_read_off")
        return [SlotSet("easy_read", on)]


class ActionTalkToPerson(Action):
    def name(self) -> str:
        return "action_talk_to_person"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[dict[str, Any]]:
        """The centre's phone number and opening hours from settings; never a made-up number."""
        kept = await answered(tracker, domain, dispatcher, free_text_too=True)
        if kept:
            return kept
        settings = load_settings()
        if settings.centre_phone:
            dispatcher.utter_message(response="utter_talk_to_person", phone=settings.centre_phone,
                                     hours=settings.centre_hours or "in opening hours")
        else:
            dispatcher.utter_message(response="utter_talk_to_person_unset")
        return []
