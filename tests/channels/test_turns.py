"""One turn pipeline (bot.channels.turns.take_turn): every channel answers a message it cannot pass
on with the same words, over real HTTP with each vendor's own request format."""

from __future__ import annotations

import httpx
import pytest

from bot.channels import conversation_token, wording
from tests.support.people import Phone, TelegramUser

pytestmark = pytest.mark.model

TOO_LONG = "x" * (wording.MAX_TEXT + 1)


def _web(stack, text: str) -> list[str]:
    token = conversation_token.issue(stack.env["WEB_CHANNEL_SECRET"], "web", None)
    reply = httpx.post(f"{stack.rasa_url}/webhooks/web/webhook", json={"token": token, "message": text}, timeout=60)
    assert reply.status_code == 200
    return [message["text"] for message in reply.json()]


def test_an_overlong_or_empty_message_gets_the_same_kind_reply_on_every_channel(stack):
    sms = Phone(stack, "+447700900131")
    telegram = TelegramUser(stack, 5550001301, "Sam", "sam_turns")
    assert sms.text(TOO_LONG) == [wording.TOO_LONG]
    assert telegram.say(TOO_LONG) == wording.TOO_LONG
    assert _web(stack, TOO_LONG) == [wording.TOO_LONG]
    assert "999" in wording.TOO_LONG
    assert sms.text("   ") == [wording.EMPTY] and _web(stack, "  ") == [wording.EMPTY]


def test_a_message_of_the_longest_length_is_passed_on(stack):
    # At the limit the message reaches the assistant, which answers it in its own words.
    replies = _web(stack, "a" * wording.MAX_TEXT)
    assert replies and wording.TOO_LONG not in replies


def test_the_terminal_chat_channel_keeps_only_a_pseudonym_of_the_sender_it_is_given(stack):
    """Rasa's REST channel (``make chat``) on localhost stores a pseudonym, as our channels do, even
    when whatever posts to it names the sender by a phone number."""
    def say(text: str) -> list[str]:
        reply = httpx.post(f"{stack.rasa_url}/webhooks/rest/webhook", json={"sender": "+447700900198", "message": text}, timeout=60)
        assert reply.status_code == 200
        return [message.get("text") or "" for message in reply.json()]

    assert any("are you safe" in text.lower() for text in say("hi i want to report something"))
    assert any("who are you reporting for" in text.lower() for text in say("yes"))  # the same conversation goes on
    stored, logged = stack.database_bytes(), stack.log_bytes()
    assert b"rest-" in stored
    for form in ("+447700900198", "447700900198", "7700900198"):
        assert form.encode() not in stored and form.encode() not in logged
