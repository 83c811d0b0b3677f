"""Taking back a saved report by its reference code, within the withdrawal period.

Taking a report back deletes it, so it is done only after the person says yes to "Do you want to
take back report K7Q-M2X? It will be deleted.": never on the classifier's reading of a message
as a request to withdraw, nor on a code alone."""

from __future__ import annotations

import re
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.forms import FormValidationAction
from rasa_sdk.types import DomainDict

from actions.messages import latest_text, pressed_choices
from bot.answers.choices import match_one
from bot.config import load_settings
from bot.records.store import Records

OUTCOME_RESPONSES = {
    "withdrawn": "utter_withdrawn",
    "not_found": "utter_withdraw_not_found",
    "too_late": "utter_withdraw_too_late",
}
_REFERENCE = re.compile(r"\b([A-Z0-9]{3})[\s-]?([A-Z0-9]{3})\b", re.IGNORECASE)


def reference_in(text: str, asked: bool = True) -> str | None:
    """Returns the reference code in ``text`` (any case, with or without the dash), if one.

    Written with a dash, a code is taken from anywhere in the message; without one ("k7q m2x"),
    only if it has a digit or, when the code was ``asked`` for, is the whole message; so "my
    report", or "update" said to ask for news, is never read as a code.
    """
    text = (text or "").strip()
    for match in _REFERENCE.finditer(text):
        code = f"{match.group(1)}-{match.group(2)}".upper()
        dashed = "-" in match.group(0)
        if dashed or any(ch.isdigit() for ch in code) or (asked and match.group(0) == text):
            return code
    return None


class ValidateWithdrawForm(FormValidationAction):
    def name(self) -> str:
        return "validate_withdraw_form"

    async def extract_withdraw_reference(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> dict[str, Any]:
        """Takes the code from the message that asked to withdraw ("withdraw K7Q-M2X") too."""
        if tracker.get_slot("withdraw_reference"):
            return {}
        code = reference_in(latest_text(tracker), asked=False)
        return {"withdraw_reference": code} if code else {}

    def validate_withdraw_reference(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> dict[str, Any]:
        code = reference_in(str(value or ""))
        if code is None:
            dispatcher.utter_message(response="utter_wrong_withdraw_reference")
        return {"withdraw_reference": code}

    def validate_confirm_withdraw(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> dict[str, Any]:
        """Yes takes the report back; any other answer keeps it."""
        answer = (pressed_choices(tracker) or [match_one("yes_no", latest_text(tracker))])[0]
        return {"confirm_withdraw": answer == "yes"}


def withdraw_and_tell(dispatcher: CollectingDispatcher, code: str) -> None:
    """Deletes the report if it was made within the withdrawal period, and says what happened."""
    settings = load_settings()
    outcome = Records.of(settings).withdraw(code, settings.withdrawal_days)
    dispatcher.utter_message(response=OUTCOME_RESPONSES[outcome], reference=code)


class ActionWithdrawReport(Action):
    def name(self) -> str:
        return "action_withdraw_report"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[dict[str, Any]]:
        """Takes the report back if the person said yes; otherwise says it is kept."""
        code = tracker.get_slot("withdraw_reference")
        if tracker.get_slot("confirm_withdraw") is True:
            withdraw_and_tell(dispatcher, code)
        else:
            dispatcher.utter_message(response="utter_withdraw_kept", withdraw_reference=code)
        return [SlotSet("withdraw_reference", None), SlotSet("confirm_withdraw", None)]
