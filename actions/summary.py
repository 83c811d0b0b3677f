"""Reads the answers back before saving, in the same words the questions offered."""

from __future__ import annotations

from datetime import date
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.messages import button_options, shown_variation


def _response_text(domain: DomainDict, name: str, tracker: Tracker) -> str:
    """The words of a response as Rasa would say them now (easy read or not)."""
    return shown_variation(domain, name, tracker)["text"]


def _titles(domain: DomainDict, slot: str, values: Any, tracker: Tracker) -> list[str]:
    """The words of the choices as they were offered: the easy-read list's words where it has
    them (it offers fewer choices), the full list's words for the rest."""
    titles = {**dict(button_options(domain, slot)), **dict(button_options(domain, slot, tracker))}
    values = values if isinstance(values, list) else [values]
    return [titles.get(str(v), str(v)) for v in values if v not in (None, "")]


def _when(tracker: Tracker, domain: DomainDict, not_known: str) -> str:
    day = tracker.get_slot("incident_date")
    parts = [date.fromisoformat(day).strftime("%A %-d %B %Y") if day and day != "unknown" else not_known]
    band = tracker.get_slot("time_band")
    if band and band != "unknown":
        parts.append("; ".join(_titles(domain, "time_band", band, tracker)).lower())
    return ", ".join(parts)


def summary_fields(tracker: Tracker, domain: DomainDict) -> dict[str, str]:
    """Returns the summary's placeholders filled from the answers so far."""
    slot = tracker.get_slot
    not_said = _response_text(domain, "utter_summary_not_said", tracker)
    not_known = _response_text(domain, "utter_summary_not_known", tracker)

    def _joined(question: str, values: Any, empty: str) -> str:
        return "; ".join(_titles(domain, question, values, tracker)) or empty

    why = _joined("characteristics", slot("characteristics"), not_said)
    if slot("characteristic_other"):
        why += f" ({slot('characteristic_other')})"
    outcome = _joined("preferred_outcome", slot("preferred_outcome"), not_said)
    if slot("preferred_outcome_text"):
        outcome += f" ({slot('preferred_outcome_text')})"
    where = _titles(domain, "location_type", slot("location_type"), tracker) + [slot("location_area") or not_known]
    return {
        "who": _joined("reporter_role", slot("reporter_role"), not_said),
        "account": slot("what_happened") or _response_text(domain, "utter_summary_skipped_account", tracker),
        "kinds": _joined("incident_types", slot("incident_types"), not_said),
        "why": why,
        "when": _when(tracker, domain, not_known),
        "where": ", ".join(where),
        "ongoing": _joined("ongoing", slot("ongoing"), not_said),
        "support": _joined("support_wanted", slot("support_wanted"), not_said),
        "outcome": outcome,
        "police": _joined("police_involvement", slot("police_involvement"), not_said),
        "anonymity": _joined("anonymous", slot("anonymous"), not_said),
        "true_vision": _joined("true_vision", slot("true_vision"), not_said),
        "route": _joined("contact_route", slot("contact_route"), not_said),
    }


class ActionAskConfirmed(Action):
    def name(self) -> str:
        return "action_ask_confirmed"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[dict[str, Any]]:
        """Reads back every answer, then asks whether to save or change something."""
        fields = summary_fields(tracker, domain)
        dispatcher.utter_message(response="utter_summary", **fields)
        if tracker.get_slot("easy_read"):
            dispatcher.utter_message(response="utter_summary_more", **fields)
        dispatcher.utter_message(response="utter_ask_confirmed")
        return []
