"""News about a saved report: the person gives their reference code and hears the centre's latest
outcome note, in easy read when the report was made in easy read. No identity is needed or kept."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.forms import FormValidationAction
from rasa_sdk.types import DomainDict

from actions.messages import latest_text
from actions.withdraw import reference_in
from bot.config import load_settings
from bot.records.follow_up import latest_update


class ValidateUpdateForm(FormValidationAction):
    def name(self) -> str:
        return "validate_update_form"

    async def extract_update_reference(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> dict[str, Any]:
        """Takes the code from the message that asked ("update K7Q-M2X") too."""
        if tracker.get_slot("update_reference"):
            return {}
        code = reference_in(latest_text(tracker), asked=False)
        return {"update_reference": code} if code else {}

    def validate_update_reference(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> dict[str, Any]:
        code = reference_in(str(value or ""))
        if code is None:
            dispatcher.utter_message(response="utter_wrong_update_reference")
        return {"update_reference": code}


class ActionGiveUpdate(Action):
    def name(self) -> str:
        return "action_give_update"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[dict[str, Any]]:
        settings = load_settings()
        code = tracker.get_slot("update_reference")
        update = latest_update(settings.database_url, settings.cipher(), code)
        easy = "_easy_read" if update.easy_read or tracker.get_slot("easy_read") else ""
        if not update.found:
            dispatcher.utter_message(response="utter_update_not_found", reference=code)
        elif update.note is None:
            dispatcher.utter_message(response=f"utter_no_update_yet{easy}", reference=code)
        else:
            dispatcher.utter_message(response=f"utter_update{easy}", reference=code, note=update.note)
        return [SlotSet("update_reference", None)]
