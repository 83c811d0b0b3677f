"""The report's questions: their order, which can be skipped, and which are asked at all."""

from __future__ import annotations

from typing import Any, Callable

from rasa_sdk.events import SlotSet

FORM = "report_form"

# Questions whose answer is the person's own words rather than a choice.
FREE_TEXT = ("what_happened", "characteristic_other")

# Questions the safety layer asks before the report's own (see pending_check in domain.yml).
CHECKS = ("confirm_danger", "confirm_stop", "confirm_withdraw")


def clear_checks() -> list[dict[str, Any]]:
    """Forgets a question the safety layer was asking: what was just said comes first."""
    return [SlotSet("pending_check", None)] + [SlotSet(check, None) for check in CHECKS]

# What a skipped question stores. Questions not listed here need an answer ("not sure" is one).
SKIPPED_VALUE: dict[str, Any] = {
    "what_happened": "",
    "characteristic_other": "",
    "incident_date": "unknown",
    "time_band": "unknown",
    "location_type": "unknown",
    "location_area": "",
    "ongoing": "unknown",
    "support_wanted": [],
    "preferred_outcome": [],
    "anonymous": "anonymous",
    "true_vision": "not_discussed",
    "contact_route": "unknown",
}


# Slot values that clear the count of missed tries when a question is answered, skipped or reopened.
FRESH_TRIES: dict[str, Any] = {"failed_attempts": 0, "offer_choices": False}


def domain_order(domain: dict[str, Any]) -> list[str]:
    """Returns every question of the report form, in the order the domain lists them."""
    return list(domain["forms"][FORM]["required_slots"])


def active_steps(order: list[str], slot: Callable[[str], Any]) -> list[str]:
    """Returns the questions to ask given the answers so far.

    A question of the safety layer is asked, before the others, only while it is pending;
    "What was it about?" is asked only when "something else" was chosen as the reason, and the
    True Vision offer is not pressed on someone who has said they want no police involvement.
    """
    steps = [step for step in order if step not in CHECKS or step == slot("pending_check")]
    if "other" not in (slot("characteristics") or []):
        steps.remove("characteristic_other")
    if slot("police_involvement") == "no":
        steps.remove("true_vision")
    return steps
