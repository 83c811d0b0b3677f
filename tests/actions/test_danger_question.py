"""The safety layer's own question, "Are you in danger right now?", answered in the person's words."""

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.report_form import ValidateReportForm
from tests.actions.conftest import make_tracker, responses, slot_events


async def answered(text: str, domain) -> tuple[list[str], dict]:
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, "inform", slots={"pending_check": "confirm_danger"}, requested_slot="confirm_danger")
    events = slot_events(await ValidateReportForm().run(dispatcher, tracker, domain))
    return responses(dispatcher), events


@pytest.mark.parametrize("text", [
    # Found by talking (December 2026): the "ok" after the no read as yes, and got the emergency reply.
    "no its ok its my mum", "no im fine", "no i am ok now thanks", "nah its just my sister", "no", "no its only the postman",
])
async def test_a_no_with_reassurance_after_it_carries_on_with_no_emergency_reply(text, domain):
    said, events = await answered(text, domain)
    assert "utter_not_in_danger" in said and "utter_emergency" not in said
    assert not events.get("immediate_danger")


@pytest.mark.parametrize("text", ["yes", "yes he is at the door", "no i am not ok", "no they are outside now"])
async def test_yes_danger_after_a_no_or_not_being_all_right_gets_the_emergency_reply(text, domain):
    said, _ = await answered(text, domain)
    assert "utter_emergency" in said and "utter_not_in_danger" not in said
