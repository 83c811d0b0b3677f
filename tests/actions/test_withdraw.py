"""A saved report can be taken back by its reference within 14 days, on a real database."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import update

from actions.follow_up import ActionFollowUpDuringReport
from actions.withdraw import ActionWithdrawReport, ValidateWithdrawForm, reference_in
from bot.records.db import session_factory
from bot.records.models import Incident
from bot.records.repository import find_by_reference, save_incident
from tests.actions.conftest import make_tracker, responses, slot_events
from tests.bot.records.test_repository import answers


@pytest.mark.parametrize(("text", "code"), [
    ("withdraw my report K7Q-M2X", "K7Q-M2X"), ("k7q m2x", "K7Q-M2X"), ("k7qm2x please", "K7Q-M2X"),
    ("delete report abc-234", "ABC-234"), ("withdraw my report", None), ("yes you can", None),
    ("djc ynx", "DJC-YNX"), ("withdraw DJC-YNX", "DJC-YNX"), ("it was on the bus", None),
])
def test_reading_a_reference(text, code):
    assert reference_in(text) == code


@pytest.mark.parametrize("text", ["update", "report", "delete", "djc ynx"])
def test_a_six_letter_word_that_asks_is_not_a_code(text):
    # Only when the code was asked for is a bare 6-letter message taken as one.
    assert reference_in(text, asked=False) is None
    assert reference_in("update K7Q M2X", asked=False) == "K7Q-M2X"


async def test_the_code_in_the_first_message_is_taken(dispatcher, domain):
    tracker = make_tracker("withdraw my report k7q-m2x", "withdraw_report", active_loop="withdraw_form", fill_requested=False)
    events = slot_events(await ValidateWithdrawForm().run(dispatcher, tracker, domain))
    assert events["withdraw_reference"] == "K7Q-M2X"


async def test_something_that_is_not_a_code_is_explained(dispatcher, domain):
    tracker = make_tracker("my name is bob", "inform", requested_slot="withdraw_reference", active_loop="withdraw_form")
    events = slot_events(await ValidateWithdrawForm().run(dispatcher, tracker, domain))
    assert events["withdraw_reference"] is None
    assert responses(dispatcher) == ["utter_wrong_withdraw_reference"]


@pytest.fixture
def saved(database_url, cipher, monkeypatch):
    monkeypatch.setenv("DATABASE_URL", database_url)
    return save_incident(database_url, answers(), cipher)


async def withdraw(dispatcher, domain, code, said_yes=True):
    tracker = make_tracker("", slots={"withdraw_reference": code, "confirm_withdraw": said_yes}, active_loop=None, fill_requested=False)
    return await ActionWithdrawReport().run(dispatcher, tracker, domain)


async def test_withdraw_within_14_days_deletes_the_record(dispatcher, domain, saved, database_url, cipher):
    events = await withdraw(dispatcher, domain, saved["reference"])
    assert responses(dispatcher) == ["utter_withdrawn"] and dispatcher.messages[0]["reference"] == saved["reference"]
    assert find_by_reference(database_url, cipher, saved["reference"]) is None
    assert slot_events(events) == {"withdraw_reference": None, "confirm_withdraw": None}


async def test_without_a_yes_the_report_is_kept(dispatcher, domain, saved, database_url, cipher):
    await withdraw(dispatcher, domain, saved["reference"], said_yes=False)
    assert responses(dispatcher) == ["utter_withdraw_kept"]
    assert find_by_reference(database_url, cipher, saved["reference"]) is not None


@pytest.mark.parametrize(("text", "said_yes"), [("yes", True), ("yes please", True), ("no", False), ("wait what", False),
                                                ('/choose{"choice": "yes"}', True)])
async def test_the_question_before_withdrawing_takes_only_a_yes(dispatcher, domain, text, said_yes):
    intent, entities = ("choose", [{"entity": "choice", "value": "yes"}]) if text.startswith("/") else ("inform", [])
    tracker = make_tracker(text, intent, entities, slots={"withdraw_reference": "K7Q-M2X"}, requested_slot="confirm_withdraw", active_loop="withdraw_form")
    events = slot_events(await ValidateWithdrawForm().run(dispatcher, tracker, domain))
    assert events["confirm_withdraw"] is said_yes


async def test_after_14_days_the_centre_must_be_asked(dispatcher, domain, saved, database_url, cipher):
    with session_factory(database_url).begin() as session:
        session.execute(update(Incident).values(created_at=datetime.utcnow() - timedelta(days=15)))
    await withdraw(dispatcher, domain, saved["reference"])
    assert responses(dispatcher) == ["utter_withdraw_too_late"]
    assert find_by_reference(database_url, cipher, saved["reference"]) is not None


async def test_an_unknown_reference(dispatcher, domain, saved, database_url):
    await withdraw(dispatcher, domain, "ZZZ-999")
    assert responses(dispatcher) == ["utter_withdraw_not_found"]


async def test_an_answer_the_classifier_took_for_a_withdrawal_is_kept_as_the_answer(dispatcher, domain):
    """Blind set 18: "my manager to take action" at "what would you like to happen?" was read as
    a withdrawal with no code, so the answer was lost and the person asked for a reference."""
    tracker = make_tracker("my manager to take action", "withdraw_report", requested_slot="preferred_outcome", fill_requested=False)
    events = slot_events(await ActionFollowUpDuringReport().run(dispatcher, tracker, domain))
    assert events["preferred_outcome"] == ["landlord_or_council_action"]
    assert "utter_withdraw_needs_reference" not in responses(dispatcher)


async def test_asking_to_withdraw_in_the_words_taught_still_asks_for_the_code(dispatcher, domain):
    tracker = make_tracker("i want to withdraw my report", "withdraw_report", requested_slot="preferred_outcome", fill_requested=False)
    events = slot_events(await ActionFollowUpDuringReport().run(dispatcher, tracker, domain))
    assert "preferred_outcome" not in events
    assert responses(dispatcher) == ["utter_withdraw_needs_reference"]
