"""Whole conversations typed as real people type, through the trained model and the action server."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.config import PROJECT_ROOT
from bot.contract import record_validator
from tests.e2e.conftest import CLOCK

pytestmark = pytest.mark.model


def export(database_url: str) -> list[dict]:
    result = subprocess.run(
        [sys.executable, "-m", "bot", "export", "--format", "jsonl"],
        cwd=PROJECT_ROOT, env={**os.environ, "DATABASE_URL": database_url},
        capture_output=True, text=True, timeout=120, check=True,
    )
    return [json.loads(line) for line in result.stdout.splitlines()]


def saved_with_reference(database_url: str, reply: str) -> dict:
    [record] = [r for r in export(database_url) if r["reference"] in reply]
    assert list(record_validator().iter_errors(record)) == []
    return record


def local_day(days_ago: int) -> str:
    """The day ``days_ago`` before the action server's clock (tests/e2e/conftest.py)."""
    today = datetime.fromisoformat(CLOCK.replace("Z", "+00:00")).astimezone(ZoneInfo("Europe/London")).date()
    return (today - timedelta(days=days_ago)).isoformat()


def test_a_whole_report_typed_as_a_person_would(conversation, e2e_database_url):
    chat = conversation()
    opening = chat.texts("hiya")
    assert "anonymous" in opening and "are you safe right now?" in opening.lower()
    assert "Who are you reporting for?" in chat.texts("yeh im ok")
    assert "what happened" in chat.texts("it happend to me").lower()
    assert "What kind of incident" in chat.texts("a man on the bus was shoutin at me and said go back to ur country, near SO14 3AB")
    assert "Why do you think" in chat.texts("he was shouting n threatening me")
    assert "When did it happen" in chat.texts("cos im black and muslim")
    assert "Where did it happen" in chat.texts("yesterday evening")
    assert "Which town or area" in chat.texts("on the bus")
    assert "happened to you before" in chat.texts("southampton")
    assert "What support" in chat.texts("its happened b4, all the time")
    assert "What would you like" in chat.texts("someone to talk to and advice")
    assert "police to be involved" in chat.texts("i just want it to stop")
    assert "anonymous or named" in chat.texts("not sure")
    assert "True Vision" in chat.texts("anonymous pls")
    reply = chat.texts("help me report it")
    assert "Centre staff will help you" in reply and "how did you find out about us" in reply
    summary = chat.texts("saw a poster at the library")
    assert "Here is what you told me" in summary and "Southampton" in summary
    assert "Shall I save" in summary
    saved = chat.texts("yes thats right")
    assert "Your reference is" in saved and "These services can help" in saved

    record = saved_with_reference(e2e_database_url, saved)
    assert record["reporter_role"] == "victim"
    assert record["what_happened"] == "a man on the bus was shoutin at me and said go back to ur country, near SO14"
    assert record["incident_types"] == ["verbal_abuse", "threats"]
    assert record["characteristics"] == ["race", "religion_or_belief"]
    assert record["incident_date"] == local_day(1) and record["time_band"] == "evening"
    assert (record["location_type"], record["location_area"]) == ("public_transport", "Southampton")
    assert record["ongoing"] == "yes"
    assert record["support_wanted"] == ["someone_to_talk_to", "advice_information"]
    assert record["preferred_outcome"] == ["stop_it_happening"]
    assert record["police_involvement_wanted"] == "not_sure"
    assert record["anonymous"] is True
    assert record["true_vision_status"] == "referred"
    assert record["contact_route"] == "poster_or_leaflet"
    assert record["immediate_danger"] is False
    assert record["channel"] == "web"
    assert "tell_mama" in record["signposted"]


def test_what_happened_told_at_are_you_safe_is_not_asked_for_again(conversation, e2e_database_url):
    chat = conversation()
    chat.say("hello")
    told = "yes im ok now but yesterday a man spat at me on the bus and called me a paki"
    reply = chat.texts(told)
    assert "kept what you told me about what happened" in reply and "Who are you reporting for?" in reply
    assert "What kind of incident" in chat.texts("me")  # "what happened?" is not asked again
    for answer in ("spat at me and called me names", "race", "yesterday", "afternoon", "on the bus", "skip", "first time", "no thanks",
                   "just record it", "no", "anonymous"):
        chat.say(answer)
    summary = chat.texts("a friend told me")
    assert "Here is what you told me" in summary and "a man spat at me on the bus" in summary
    record = saved_with_reference(e2e_database_url, chat.texts("yes"))
    assert record["what_happened"] == told and record["immediate_danger"] is False


def test_what_happened_told_instead_of_are_you_safe_is_kept_and_the_question_asked_once(conversation):
    chat = conversation()
    chat.say("hello")
    reply = chat.texts("a man spat at me on the bus yesterday and called me names")
    assert "kept what you told me about what happened" in reply and reply.lower().count("are you safe right now") == 1
    assert "Who are you reporting for?" in chat.texts("yes")
    assert "What kind of incident" in chat.texts("me")  # "what happened?" is not asked again


def test_help_back_skip_and_a_change_at_the_summary(conversation, e2e_database_url):
    chat = conversation()
    chat.say("i want to report something")
    assert "safety matters most" in chat.texts("what do u mean")
    chat.say("yes")
    chat.say("i saw it")
    assert "OK, we will skip" in chat.texts("id rather not say")
    chat.say("graffiti")
    assert "OK, let us go back" in chat.texts("go back")  # back to the kind of incident
    assert "Why do you think" in chat.texts("graffiti and damage to my car")
    assert "When did it happen" in chat.texts("1 3")  # race and sexual orientation, by number
    reply = chat.texts("purple")
    assert "could not work out the date" in reply
    reply = chat.texts("the day after the thing")
    assert "Let us try it another way" in reply  # two misses: choices offered
    assert "What time of day" in chat.texts("2")  # "Yesterday"
    chat.say("night")
    chat.say("at home")
    assert "street address" in chat.texts("14 acacia avenue")
    chat.say("skip")
    chat.say("no first time")
    chat.say("no support")
    chat.say("just record it")
    chat.say("no")  # no police: True Vision is not pressed on them
    assert "how did you find out" in chat.texts("anonymous")
    assert "Here is what you told me" in chat.texts("dunno")
    assert "When did it happen" in chat.texts("change the date")
    summary = chat.texts("3 days ago")
    assert "Shall I save" in summary
    record = saved_with_reference(e2e_database_url, chat.texts("yes"))
    assert record["reporter_role"] == "witness" and record["what_happened"] == ""
    assert record["incident_types"] == ["written_or_graffiti", "damage_to_property"]
    assert record["characteristics"] == ["race", "sexual_orientation"]
    assert record["incident_date"] == local_day(3) and record["time_band"] == "night"
    assert record["location_area"] is None and record["true_vision_status"] == "not_discussed"
    assert record["contact_route"] == "unknown"


def test_danger_is_answered_at_any_point_and_recorded(conversation, e2e_database_url):
    chat = conversation()
    first = chat.texts("help theyre outside my house")
    assert "call 999" in first and "18000" in first
    assert "are you safe" in chat.texts("report").lower()
    chat.say("yes")
    chat.say("me")
    # Said as the answer to "what happened?": advice at once, and the words kept as the account.
    mid = chat.texts("theyre going to hurt me")
    assert "call 999" in mid and "What kind of incident" in mid
    assert chat.slots()["what_happened"] == "theyre going to hurt me"
    chat.say("threats")
    chat.say("my religion")
    # Said at a choice question: advice at once, then the same question again.
    later = chat.texts("hes outside now")
    assert "call 999" in later and "When did it happen" in later
    assert chat.slots()["immediate_danger"] is True
    assert chat.slots()["characteristics"] == ["religion_or_belief"]  # nothing lost


def test_stop_forgets_the_answers_and_saves_nothing(conversation, e2e_database_url):
    before = len(export(e2e_database_url))
    chat = conversation()
    chat.say("hello")
    chat.say("yes")
    chat.say("me")
    chat.say("someone keeps leaving notes on my car")
    reply = chat.texts("stop")
    assert "deleted" in reply and "nothing was saved" in reply
    assert {k: v for k, v in chat.slots().items() if v not in (None, False, 0, 0.0)} == {}
    assert len(export(e2e_database_url)) == before


def test_are_you_a_robot_gets_an_honest_answer_then_the_question(conversation):
    chat = conversation()
    chat.say("hi")
    reply = chat.texts("r u a bot")
    assert "automated assistant" in reply and "are you safe right now?" in reply.lower()


def test_off_topic_gets_an_honest_answer_but_an_odd_account_is_kept(conversation):
    chat = conversation()
    chat.say("hi")
    chat.say("yes")
    chat.say("me")
    chat.say("a bloke in a van kept beeping and shouting")
    reply = chat.texts("whats the weather like")
    assert "I can only help you report" in reply and "What kind of incident" in reply
    assert chat.slots()["what_happened"] == "a bloke in a van kept beeping and shouting"


def test_a_saved_report_can_be_withdrawn_by_its_reference(conversation, e2e_database_url):
    chat = conversation()
    for answer in ("hi", "yes", "me", "skip", "threats", "not sure", "dont know", "dont know", "skip",
                   "dont know", "no", "no support", "just record it", "no", "anonymous", "dont know"):
        chat.say(answer)
    saved = chat.texts("yes")
    reference = saved.split("Your reference is ")[1][:7]
    assert any(r["reference"] == reference for r in export(e2e_database_url))

    later = conversation()
    assert "What is your reference" in later.texts("i want to take back my report")
    assert "Sorry, that does not look like a reference" in later.texts("my name is sam")
    asked = later.texts(reference.lower().replace("-", " "))
    assert f"Do you want to take back report {reference}? It will be deleted." in asked
    assert any(r["reference"] == reference for r in export(e2e_database_url))  # nothing deleted on the code alone
    assert f"Your report {reference} has been deleted" in later.texts("yes")
    assert all(r["reference"] != reference for r in export(e2e_database_url))
    gone = conversation()
    gone.texts(f"withdraw my report {reference}")
    assert "could not find" in gone.texts("yes")


def test_a_withdrawal_not_confirmed_keeps_the_report(conversation, e2e_database_url):
    chat = conversation()
    for answer in ("hi", "yes", "me", "skip", "threats", "not sure", "dont know", "dont know", "skip",
                   "dont know", "no", "no support", "just record it", "no", "anonymous", "dont know"):
        chat.say(answer)
    reference = chat.texts("yes").split("Your reference is ")[1][:7]
    later = conversation()
    assert "Do you want to take back report" in later.texts(f"withdraw {reference}")
    assert f"report {reference} is kept" in later.texts("actually no leave it")
    assert any(r["reference"] == reference for r in export(e2e_database_url))
