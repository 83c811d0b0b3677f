"""Danger and crisis said in the middle of a report, on every channel, through the whole stack:
the emergency reply (999, text relay, emergencySMS) or the crisis lines (Samaritans, Shout) come at
once, the report carries on at the question it was at with every answer kept, and the saved record
says someone was in danger; a crisis is noted beside the record for staff. Answers that the
classifier once read as "stop" keep the report."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import text

from bot.contract import record_validator
from bot.records.db import session_factory
from tests.channels.test_web import answer, bot_says, page, browser  # noqa: F401  (fixtures)
from tests.support.people import REFERENCE, Phone, TelegramUser, report_by_sms

pytestmark = pytest.mark.model


def concern_of(stack, reference: str) -> bool:
    with session_factory(stack.database_url)() as session:
        return bool(session.execute(text("SELECT wellbeing_concern FROM incidents WHERE reference = :r"), {"r": reference}).scalar_one())


def saved(stack, reference: str) -> dict:
    [record] = [r for r in stack.records() if r["reference"] == reference]
    assert list(record_validator().iter_errors(record)) == []
    return record


def test_danger_and_crisis_mid_report_by_sms_and_the_report_carries_on(stack):
    phone = Phone(stack, "07700 900311")
    steps = [("hi", "Reply with a number"), ("1", "Who are you reporting for?"), ("1", "what happened"),
             ("a group of men shouted at me outside the mosque", "What kind of incident"), ("1", "Why do you think"),
             ("2", "When did it happen"), ("yesterday evening", "Where did it happen")]
    assert report_by_sms(phone, steps) is None
    danger = phone.reply("they are back outside my house now")
    assert "999" in danger and "18000" in danger and "Where did it happen" in danger  # the same question again
    crisis = phone.reply("i cant go on like this, i want to end it all")
    assert "116 123" in crisis and "85258" in crisis and "Where did it happen" in crisis
    rest = [("shop", "Which town or area"), ("Stopsley", "happened to you before"), ("yes", "What support"),
            ("advice", "What would you like"), ("make it stop", "police"), ("no", "anonymous or named"),
            ("anonymous", "how did you find out"), ("stop hate uk told me about you", "Here is what you told me"),
            ("yes", "Your reference is")]
    reference = report_by_sms(phone, rest)
    record = saved(stack, reference)
    assert record["immediate_danger"] is True and record["channel"] == "sms"
    assert (record["location_type"], record["location_area"]) == ("shop_or_business", "Stopsley")
    assert record["characteristics"] == ["religion_or_belief"] and record["contact_route"] == "referral_from_agency"
    assert concern_of(stack, reference) is True


def test_danger_and_crisis_mid_report_by_telegram_and_the_report_carries_on(stack):
    person = TelegramUser(stack, 5550311, "Sam", "sam_reports")
    assert "safe right now" in person.say("/start")
    assert "Who are you reporting for?" in person.press("Yes, I am safe")
    assert "what happened" in person.press("It happened to me")
    assert "What kind of incident" in person.say("my neighbour keeps calling me names because im disabled")
    assert "Why do you think" in person.press("Name calling or verbal abuse")
    assert "When did it happen" in person.press("My disability")
    assert "Where did it happen" in person.say("monday just gone in the evening")
    assert "Which town or area" in person.press("At or near home")
    reply = person.say("hes banging on my door right now")
    assert "999" in reply and "Which town or area" in reply
    reply = person.say("i have been cutting myself since it started")
    assert "116 123" in reply and "Which town or area" in reply
    steps = [("Southampton", "happened to you before"), ("yes he do it lots", "What support"), ("someone to talk to", "What would you like"),
             ("i want it to stop", "police"), ("not sure", "anonymous or named"), ("anonymous", "True Vision"),
             ("not now", "how did you find out"), ("google", "Shall I save"), ("yes", "Your reference is")]
    for message, expected in steps:
        reply = person.say(message)
        assert expected.lower() in reply.lower(), (message, reply)
    reference = REFERENCE.search(reply).group(1)
    record = saved(stack, reference)
    assert record["immediate_danger"] is True and record["channel"] == "telegram" and record["ongoing"] == "yes"
    assert record["location_type"] == "home" and record["location_area"] == "Southampton"
    assert concern_of(stack, reference) is True


def test_unclear_danger_is_asked_about_and_a_no_carries_on(stack):
    phone = Phone(stack, "07700 900312")
    steps = [("hi", "Reply with a number"), ("1", "Who are you reporting for?")]
    report_by_sms(phone, steps)
    asked = phone.reply("they threatened to stab me")  # danger words, but not when: asked, not guessed
    assert "Are you in danger right now?" in asked and "999" not in asked
    # It also answers "who are you reporting for?" (it happened to them): kept, and the report goes on.
    assert "what happened" in phone.reply("no")
    asked = phone.reply("they threatened to stab me")
    assert "Are you in danger right now?" in asked
    reply = phone.reply("yes")
    assert "999" in reply and "18000" in reply and "What kind of incident" in reply  # the account was kept


def test_stopping_in_other_words_asks_first_and_keeps_every_answer(stack):
    phone = Phone(stack, "07700 900313")
    report_by_sms(phone, [("hi", "Reply with a number"), ("1", "Who are you reporting for?"), ("1", "what happened"),
                          ("they laughed at my hijab", "What kind of incident")])
    asked = phone.reply("i want to stop now")
    assert "Do you want to stop? Your answers will be deleted." in asked
    carried_on = phone.reply("no")
    assert "Your answers are kept" in carried_on and "What kind of incident" in carried_on
    assert "Why do you think" in phone.reply("1")
    assert "Do you want to stop?" in phone.reply("i want to stop now")
    assert "deleted" in phone.reply("yes")


def test_danger_mid_report_on_the_web_page(page, stack):  # noqa: F811
    page.goto(f"{stack.web_url}/public")
    bot_says(page, "are you safe right now?")
    page.focus("#chat-input")
    answer(page, "yes", "Who are you reporting for?")
    answer(page, "me", "what happened")
    answer(page, "a man spat at me at the station", "What kind of incident")
    answer(page, "spitting", "Why do you think")
    answer(page, "because im black", "When did it happen")
    answer(page, "someone is following me right now", "call 999")
    bot_says(page, "When did it happen")
    answer(page, "i dont want to be alive anymore after this", "116 123")
    bot_says(page, "When did it happen")
    for message, expected in [("this morning", "Where did it happen"), ("station", "Which town or area"), ("Eastleigh", "happened to you before"),
                              ("no", "What support"), ("advice", "What would you like"), ("record it", "police"),
                              ("yes", "anonymous or named"), ("anonymous", "True Vision"), ("not now", "how did you find out"),
                              ("online", "Shall I save"), ("yes", "Your reference is")]:
        answer(page, message, expected)
    reference = re.search(r"[A-Z0-9]{3}-[A-Z0-9]{3}", page.locator(".msg.bot", has_text="Your reference is").last.inner_text()).group(0)
    record = saved(stack, reference)
    assert record["immediate_danger"] is True and record["channel"] == "web" and record["location_area"] == "Eastleigh"
    assert concern_of(stack, reference) is True
