"""News about a saved report: the person gives their reference code and hears the centre's latest
outcome note, in easy read when the report was made in easy read. No identity is needed or kept."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.forms import FormValidationAction
from rasa_sdk.types import DomainDict

from actions.answer_first import answered
from actions.messages import latest_text
from actions.withdraw import reference_in
from bot.config import load_settings
from bot.records.store import Records


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


def tell_update(dispatcher: CollectingDispatcher, tracker: Tracker, code: str) -> None:
    """Says the newest note on the report with ``code`` (or that there is none, or no such report)."""
    settings = load_settings()
    update = Records.of(settings).latest_update(code)
    # Easy read when the report was made in easy read, or this conversation is in easy read.
    easy = update.easy_read or bool(tracker.get_slot("easy_read"))
    if not update.found:
        dispatcher.utter_message(response="utter_update_not_found", reference=code)
    elif update.note is None:
        dispatcher.utter_message(response="utter_no_update_yet_easy_read" if easy else "utter_no_update_yet", reference=code)
    else:
        dispatcher.utter_message(response="utter_update_easy_read" if easy else "utter_update", reference=code, note=update.note)


class ActionGiveUpdate(Action):
    def name(self) -> str:
        return "action_give_update"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[dict[str, Any]]:
        tell_update(dispatcher, tracker, tracker.get_slot("update_reference"))
        return [SlotSet("update_reference", None)]


class ActionFollowUpDuringReport(Action):
    """"Update K7Q-M2X" or "withdraw K7Q-M2X" while a report is under way (the web page starts one
    at once): news is given there and then; a withdrawal is asked about first ("Do you want to
    take back report K7Q-M2X?"); the report carries on with every answer kept. With no code, a
    message that answers the question being asked is that answer: the classifier took "my manager
    to take action" for a withdrawal."""

    def name(self) -> str:
        return "action_follow_up_during_report"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[dict[str, Any]]:
        wants_news = (tracker.latest_message.get("intent") or {}).get("name") == "ask_update"
        code = reference_in(latest_text(tracker), asked=False)
        if code is None:
            kept = await answered(tracker, domain, dispatcher)
            if kept:
                return kept
            dispatcher.utter_message(response="utter_update_needs_reference" if wants_news else "utter_withdraw_needs_reference")
        elif wants_news:
            tell_update(dispatcher, tracker, code)
        else:
            # The report asks "Do you want to take back report ...?" before its own question.
            return [SlotSet("withdraw_reference", code), SlotSet("pending_check", "confirm_withdraw")]
        return []
