"""Saves the confirmed report as an anonymised record and tells the person what happens next."""

from __future__ import annotations

import logging
from datetime import date
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import AllSlotsReset, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict
from sqlalchemy.exc import SQLAlchemyError

from actions.messages import message_metadata
from bot.config import SettingsError, load_settings
from bot.records.repository import InvalidRecord
from bot.records.store import Records
from bot.services import choose_services
from bot.services.local import local_services

logger = logging.getLogger(__name__)

# Rasa's name for the input channel -> the contract's channel. Anything else (the terminal
# chat, the REST channel used in development) is the public web channel.
CHANNELS = {"sms": "sms", "telegram": "telegram", "staff": "staff", "web": "web", "whatsapp": "whatsapp"}
TRUE_VISION_STATUS = {"help_now": "referred", "self": "referred", "not_now": "declined", "not_discussed": "not_discussed"}


def record_answers(tracker: Tracker, centre_id: str | None, signposted: list[str]) -> dict[str, Any]:
    """Maps the conversation's answers to the contract's record fields."""
    slot = tracker.get_slot
    day = slot("incident_date")
    police = slot("police_involvement")
    true_vision = slot("true_vision") if police != "no" else None
    return {
        "channel": CHANNELS.get(tracker.get_latest_input_channel() or "", "web"),
        "reporter_role": slot("reporter_role"),
        "characteristics": list(slot("characteristics") or []),
        "characteristic_other": slot("characteristic_other") or None,
        "incident_types": list(slot("incident_types") or []),
        "what_happened": slot("what_happened") or "",
        "incident_date": None if day in (None, "unknown") else date.fromisoformat(day),
        "time_band": slot("time_band") or "unknown",
        "location_area": slot("location_area") or None,
        "location_type": slot("location_type") or "unknown",
        "ongoing": slot("ongoing") or "unknown",
        "police_involvement_wanted": police,
        "anonymous": slot("anonymous") != "named",
        "true_vision_status": TRUE_VISION_STATUS.get(true_vision or "not_discussed", "not_discussed"),
        "support_wanted": list(slot("support_wanted") or []),
        "preferred_outcome": list(slot("preferred_outcome") or []),
        "preferred_outcome_text": slot("preferred_outcome_text") or None,
        "contact_route": slot("contact_route") or "unknown",
        "immediate_danger": bool(slot("immediate_danger")),
        "signposted": signposted,
        "easy_read": bool(slot("easy_read")),
        "language": "en",
        "centre_id": centre_id,
    }


def _local_services(database_url: str, centre_id: str | None) -> list:
    """The centre's own services; the national ones alone while the database is unavailable."""
    try:
        return local_services(database_url, centre_id)
    except SQLAlchemyError as error:
        logger.warning("Local services unavailable (%s); offering national services", type(error).__name__)
        return []


class ActionSaveReport(Action):
    def name(self) -> str:
        return "action_save_report"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[dict[str, Any]]:
        """Stores the report in one transaction; on failure keeps every answer for a retry."""
        if tracker.get_slot("confirmed") is not True:
            if tracker.get_slot("reference"):
                dispatcher.utter_message(response="utter_already_saved", reference=tracker.get_slot("reference"))
            else:
                dispatcher.utter_message(response="utter_nothing_to_save")
            return []
        settings = load_settings()
        # A signed-in staff member's centre comes from the web channel; SMS and Telegram use the setting.
        centre_id = message_metadata(tracker).get("centre_id") or settings.centre_id
        try:
            services = choose_services(
                tracker.get_slot("characteristics") or [], tracker.get_slot("support_wanted") or [],
                easy_read=bool(tracker.get_slot("easy_read")), local=_local_services(settings.database_url, centre_id),
            )
            answers = record_answers(tracker, centre_id, [s.id for s in services])
            beside = {"wellbeing_concern": bool(tracker.get_slot("wellbeing_concern"))}
            record = Records.of(settings).save_or_keep(answers, settings.outbox_dir, beside)
        except InvalidRecord as error:
            # Field names and rule text only: never the answers themselves.
            logger.error("Report did not match the contract: %s", "; ".join(e.split(":")[0] for e in error.errors))
            dispatcher.utter_message(response="utter_save_failed")
            return []
        except (SQLAlchemyError, OSError, SettingsError) as error:
            logger.error("Could not save a report: %s", type(error).__name__)
            dispatcher.utter_message(response="utter_save_failed")
            return []
        dispatcher.utter_message(response="utter_saved", reference=record["reference"])
        dispatcher.utter_message(response="utter_next_steps")
        dispatcher.utter_message(response="utter_signpost", services="\n".join(s.line() for s in services))
        return [AllSlotsReset(), SlotSet("reference", record["reference"])]
