"""Opens a report: the welcome and privacy promise, then the first question."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import AllSlotsReset, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.messages import keep_as_answer, latest_text, message_metadata


class ActionStartReport(Action):
    def name(self) -> str:
        return "action_start_report"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[dict[str, Any]]:
        """Welcomes the person and starts a fresh report.

        Someone whose first message already tells what happened is not asked to tell it again
        (danger that is unclear in it is asked about by the report's first question, "are you
        safe right now?"), and danger or a crisis said before the report started stays on it. In the staff web chat the
        report is recorded by centre staff, so "who is reporting" starts as that (and can be
        changed at the summary). Easy words, once chosen (by the person or the staff page's switch), stay on for
        the new report; otherwise they are offered straight after the welcome.
        """
        easy = bool(tracker.get_slot("easy_read"))
        events: list[dict[str, Any]] = [AllSlotsReset(), SlotSet("easy_read", easy)]
        dispatcher.utter_message(response="utter_welcome")
        if not easy:
            dispatcher.utter_message(response="utter_offer_easy_read")
        # What the safety layer heard before the report started stays with it.
        events += [SlotSet(flag, True) for flag in ("immediate_danger", "wellbeing_concern") if tracker.get_slot(flag)]
        if message_metadata(tracker).get("mode") == "staff":
            events.append(SlotSet("reporter_role", "on_behalf_staff"))
        intent = (tracker.latest_message.get("intent") or {}).get("name")
        if intent in ("describe_incident", "check_danger"):
            events += keep_as_answer("what_happened", latest_text(tracker), min_words=5)
        return events
