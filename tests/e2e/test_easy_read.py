"""A whole report in easy words through the trained model: every message the person gets follows
the easy-read rules, short misspelt answers are understood, and nothing given is lost."""

from __future__ import annotations

import pytest

from bot.wording.readability import check
from tests.e2e.test_conversation import export

pytestmark = pytest.mark.model


def easy_problems(messages: list[dict]) -> list[str]:
    """Every easy-read rule our words break. The person's own account read back is theirs, and a
    service's name and contact details (lines starting "- ") are the service's own."""
    problems = []
    for message in messages:
        lines = (message.get("text") or "").splitlines()
        text = "\n".join(line for line in lines if not line.startswith(("What happened: ", "- ")))
        problems += [f"{text!r}: {p}" for p in check(text, easy=True, choices=len(message.get("buttons") or []))]
    return problems


def test_a_whole_report_in_easy_words(conversation, e2e_database_url):
    chat = conversation()
    opening = chat.texts("hi")
    assert 'Do you want easy words? Say "easy words".' in opening
    switched = chat.say("easy wrds pls")
    assert [m.get("text") for m in switched] == ["OK. I will use easy words now.", "Are you safe now?"]
    said = []
    for answer in ("yes", "me", "a man shoutd at me in the shop cos i am black", "1", "1", "yestday", "evenin",
                   "2", "southampton", "no", "someone 2 talk 2", "make it stop", "no", "dont use my name", "a freind"):
        said += chat.say(answer)
    assert easy_problems(said) == []
    summary = "\n".join(m.get("text") or "" for m in said[-3:])
    assert "Here is what you told me." in summary and "What they did: Called me names or shouted" in summary
    assert "Why: My skin colour or where I am from" in summary and "Where: In the street, Southampton" in summary
    saved = chat.say("yes")
    assert easy_problems(saved) == []
    reference = next(m["text"] for m in saved if "Your reference is" in (m.get("text") or "")).split("Your reference is ")[1][:7]
    [record] = [r for r in export(e2e_database_url) if r["reference"] == reference]
    assert record["easy_read"] is True and record["characteristics"] == ["race"] and record["incident_types"] == ["verbal_abuse"]
    assert record["location_type"] == "street" and record["anonymous"] is True
    assert "Your name: No, do not use my name" in summary


def test_easy_words_are_offered_again_after_two_answers_not_understood(conversation):
    chat = conversation()
    chat.texts("hello")
    chat.texts("yes")
    chat.texts("me")
    chat.texts("someone shouted at me in the park")
    chat.texts("1")
    assert "When did it happen?" in chat.texts("1")
    first = chat.texts("when it rained")
    assert "easy words" not in first
    second = chat.texts("the rainy day")
    assert 'Do you want easy words? Say "easy words".' in second
    easier = chat.say("easy words")
    assert [m.get("text") for m in easier] == ["OK. I will use easy words now.", "When did it happen?"]
    assert [b["title"] for b in easier[1]["buttons"]][:2] == ["Today", "Yesterday"] and chat.slots()["easy_read"] is True


def test_talk_to_a_person_at_any_question_then_carry_on(conversation):
    chat = conversation()
    chat.texts("hi")
    chat.texts("easy words")
    chat.texts("yes")
    reply = chat.texts("can i talk to sum1 real")
    assert "Call 023 8000 0000. They are there Monday to Friday, 10am to 4pm." in reply
    assert "Who did it happen to?" in reply and chat.slots()["safe_now"] == "yes"
