"""Telegram over real HTTP: Updates built with python-telegram-bot, replies caught by a Bot API stub."""

from __future__ import annotations

import re
import subprocess
import sys
from datetime import datetime, timezone

import httpx
import pytest
from telegram import Message, Update

from bot.config import PROJECT_ROOT
from bot.contract import record_validator
from tests.support.people import TelegramUser, _ids

pytestmark = pytest.mark.model


def test_a_whole_report_by_telegram_with_typing_and_buttons(stack):
    person = TelegramUser(stack, 5550001234, "Amira", "amira_k_1990")
    assert "are you safe right now?" in person.say("/start").lower()
    # Easy words are offered with a picture; the safety question's choices are pictured too.
    assert ["📖 Easy words"] in person.keyboards()
    assert person.keyboards()[-1] == ["✅ Yes, I am safe", "❌ No, I am not safe"]
    assert "Who are you reporting for?" in person.press("Yes, I am safe")
    assert "what happened" in person.press("It happened to me").lower()
    assert "What kind of incident" in person.say("a woman pulled at my headscarf in the shop and called me a terrorist")
    assert "Why do you think" in person.press("Physical attack, spitting or pushing")
    assert "When did it happen" in person.press("My religion or belief")
    assert "Where did it happen" in person.say("on tuesday afternoon")
    assert "Which town or area" in person.press("Shop or other business")
    assert "happened to you before" in person.say("Portsmouth")
    assert "What support" in person.press("I am not sure")
    assert "What would you like" in person.say("advice and someone to speak up for me")
    assert "police" in person.press("Police action against them")
    assert "anonymous or named" in person.press("Yes")
    assert "True Vision" in person.press("Anonymous")
    link = person.press("Send me the link")
    assert "report-it.org.uk" in link and "how did you find out" in link
    assert "Shall I save" in person.press("Social media")
    saved = person.press("Yes, save it")
    reference = re.search(r"Your reference is ([A-Z0-9]{3}-[A-Z0-9]{3})", saved).group(1)

    [record] = [r for r in stack.records() if r["reference"] == reference]
    assert list(record_validator().iter_errors(record)) == []
    assert record["channel"] == "telegram"
    assert record["incident_types"] == ["physical_assault"] and record["characteristics"] == ["religion_or_belief"]
    assert record["time_band"] == "afternoon" and record["location_area"] == "Portsmouth"
    assert record["support_wanted"] == ["advice_information", "advocacy"]
    assert record["true_vision_status"] == "referred" and record["contact_route"] == "social_media"
    assert "answerCallbackQuery" in stack.telegram.methods()  # every press is acknowledged

    stored, logged = stack.database_bytes(), stack.log_bytes()
    for identifier in (b"5550001234", b"amira_k_1990", b"Amira"):
        assert identifier not in stored
        assert identifier not in logged


def test_a_press_telegram_will_not_let_us_acknowledge_is_still_answered(stack):
    # Telegram refuses to acknowledge a press answered late; the press itself must not be lost.
    person = TelegramUser(stack, 5550001299, "Sam", "sam_late")
    person.say("/start")
    stack.telegram.fail("answerCallbackQuery", 400, "Bad Request: query is too old and response timeout expired or query ID is invalid")
    try:
        assert "Who are you reporting for?" in person.press("Yes, I am safe")
    finally:
        stack.telegram.recover("answerCallbackQuery")
    assert "what happened" in person.press("It happened to me").lower()


def test_wrong_or_missing_secret_is_refused_and_nothing_is_sent(stack):
    person = TelegramUser(stack, 5550001235, "Sam", "sam_test")
    message = Message(next(_ids), datetime.now(timezone.utc), person.chat, from_user=person.user, text="hi")
    before = len(stack.telegram.sent(person.chat_id))
    assert person.post(Update(next(_ids), message=message), secret=None).status_code == 403
    assert person.post(Update(next(_ids), message=message), secret="guess").status_code == 403
    assert len(stack.telegram.sent(person.chat_id)) == before


def test_a_sticker_or_photo_gets_a_kind_reply(stack):
    person = TelegramUser(stack, 5550001236, "Jo", "jo_test")
    message = Message(next(_ids), datetime.now(timezone.utc), person.chat, from_user=person.user)
    before = len(stack.telegram.sent(person.chat_id))
    assert person.post(Update(next(_ids), message=message)).status_code == 200
    [reply] = stack.telegram.sent(person.chat_id)[before:]
    assert "only read text" in reply["text"]


def test_malformed_updates_are_refused_without_a_server_error(stack):
    headers = {"X-Telegram-Bot-Api-Secret-Token": stack.env["TELEGRAM_WEBHOOK_SECRET"]}
    for body in (b"not json", b"[1, 2]", b'{"update_id": "x", "message": 5}'):
        response = httpx.post(f"{stack.rasa_url}/webhooks/telegram/webhook", content=body, headers=headers, timeout=30)
        assert response.status_code == 400, body


def test_set_webhook_registers_the_url_with_its_secret(stack):
    env = stack.command_env(TELEGRAM_WEBHOOK_URL="https://reports.example.org/webhooks/telegram/webhook")
    result = subprocess.run(
        [sys.executable, "-m", "bot", "telegram", "set-webhook"], cwd=PROJECT_ROOT, env=env,
        capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 0, result.stderr
    [params] = [p for m, p in stack.telegram.calls if m == "setWebhook"]
    assert params["url"] == env["TELEGRAM_WEBHOOK_URL"]
    assert params["secret_token"] == stack.env["TELEGRAM_WEBHOOK_SECRET"]
    assert stack.env["TELEGRAM_BOT_TOKEN"] not in result.stdout + result.stderr


def test_set_webhook_names_the_missing_setting(stack):
    result = subprocess.run(
        [sys.executable, "-m", "bot", "telegram", "set-webhook"], cwd=PROJECT_ROOT, env=stack.command_env(),
        capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 2 and "TELEGRAM_WEBHOOK_URL" in result.stderr
