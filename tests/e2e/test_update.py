"""News about a saved report: the person gives their reference and hears the centre's latest note,
in easy read when the report was made in easy read; nothing identifies them."""

from __future__ import annotations

from datetime import date

import pytest

from bot.config import load_settings
from bot.records.follow_up import add_outcome_note
from bot.records.repository import save_incident
from tests.bot.records.test_repository import answers

pytestmark = pytest.mark.model


def saved(database_url: str, **changes) -> dict:
    return save_incident(database_url, answers(incident_date=date(2026, 11, 1), **changes), load_settings().cipher())


def test_update_asks_for_the_reference_then_gives_the_newest_note(conversation, e2e_database_url):
    record = saved(e2e_database_url)
    chat = conversation()
    assert "no news about report" in chat.texts(f"any update on my report {record['reference']}")
    add_outcome_note(e2e_database_url, load_settings().cipher(), record["record_id"], "We told the bus company.", "kim")
    add_outcome_note(e2e_database_url, load_settings().cipher(), record["record_id"], "The bus company has banned the man.", "kim")
    later = conversation()
    assert "tell me its reference" in later.texts("update")
    assert "Your reference was in the message" in later.texts("help")
    reply = later.texts(record["reference"].lower().replace("-", " "))
    assert f"News about your report {record['reference']} from the centre: The bus company has banned the man." == reply


def test_update_is_in_easy_read_for_an_easy_read_report(conversation, e2e_database_url):
    record = saved(e2e_database_url, easy_read=True)
    add_outcome_note(e2e_database_url, load_settings().cipher(), record["record_id"], "We spoke to the school.", "kim")
    reply = conversation().texts(f"update {record['reference']}")
    assert reply == f"Here is news about your report {record['reference']}. The centre says: We spoke to the school."


def test_a_wrong_or_unknown_reference_is_answered_kindly(conversation, e2e_database_url):
    chat = conversation()
    chat.texts("any news")
    assert "does not look like a reference" in chat.texts("my report")
    assert "could not find a report with the reference ZZZ-999" in chat.texts("ZZZ-999")


def test_news_asked_in_the_middle_of_a_report_keeps_its_answers(conversation, e2e_database_url):
    record = saved(e2e_database_url)
    add_outcome_note(e2e_database_url, load_settings().cipher(), record["record_id"], "We wrote to the landlord.", "kim")
    chat = conversation()
    chat.texts("hi")
    chat.texts("yes")
    chat.texts("me")
    assert "What kind of incident" in chat.texts("a man shouted at me on the bus about my religion")
    asked = chat.texts("any news on my report")
    assert 'send "update" and its reference' in asked and "What kind of incident" in asked
    news = chat.texts(f"update {record['reference']}")
    assert "We wrote to the landlord." in news and "What kind of incident" in news
    slots = chat.slots()
    assert slots["safe_now"] == "yes" and slots["reporter_role"] == "victim" and "shouted" in slots["what_happened"]


def test_a_reference_typed_as_people_type_it_is_always_an_answer(agent, loop):
    """Before bot/nlu/references.py about one random code in 25 was read as "stop", "help" or
    "bye", so asking for news ended the conversation instead (this test's first case failed so)."""
    from bot.records.references import new_reference

    misread = []
    for code in (new_reference() for _ in range(150)):
        for typed in (code, code.lower().replace("-", " "), f" {code.lower()} "):
            intent = loop.run_until_complete(agent.parse_message(typed))["intent"]
            if (intent["name"], intent["confidence"]) != ("inform", 1.0):
                misread.append((typed, intent["name"]))
    assert misread == []
    for words, heard in (("danger", "report_danger"), ("stop", "stop"), ("help", "help")):
        assert loop.run_until_complete(agent.parse_message(words))["intent"]["name"] == heard
