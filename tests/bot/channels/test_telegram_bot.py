"""The Bot that sends every Telegram reply, against a local stub of the Bot API."""

from __future__ import annotations

import asyncio

import pytest
from telegram.error import BadRequest

from bot.channels.telegram import TelegramOutput, make_bot
from bot.config import load_settings
from tests.support.telegram_stub import TelegramStub

CHATS = 40


def test_replies_to_many_chats_at_once_are_all_sent_when_telegram_is_slow():
    # Each call takes 0.3 s, as Telegram can when busy. One connection would queue the 40 replies
    # for 12 s, past the 5 s a reply may wait for a connection, and most would be dropped.
    with TelegramStub() as telegram:
        telegram.slow("sendMessage", 0.3)
        settings = load_settings({"TELEGRAM_BOT_TOKEN": "7000000001:TEST-token", "TELEGRAM_API_BASE_URL": telegram.base_url})

        async def send_all() -> None:
            async with make_bot(settings) as bot:
                await asyncio.gather(*(bot.send_message(1000 + chat, f"reply {chat}") for chat in range(CHATS)))

        asyncio.run(send_all())
        assert sorted(int(m["chat_id"]) for m in telegram.sent()) == list(range(1000, 1000 + CHATS))


def _reply(telegram: TelegramStub, chat_id: int, text: str) -> None:
    settings = load_settings({"TELEGRAM_BOT_TOKEN": "7000000001:TEST-token", "TELEGRAM_API_BASE_URL": telegram.base_url})

    async def send() -> None:
        async with make_bot(settings) as bot:
            await TelegramOutput(bot, chat_id).send_text_with_buttons("ignored", text, [{"title": "Yes", "payload": "/affirm"}])

    asyncio.run(send())


def test_a_reply_lost_on_the_way_is_sent_again():
    with TelegramStub() as telegram:
        telegram.lose("sendMessage")
        _reply(telegram, 42, "Who are you reporting for?")
        [sent] = telegram.sent(42)
        assert sent["text"] == "Who are you reporting for?" and "reply_markup" in sent


def test_a_reply_telegram_refuses_is_not_sent_again():
    with TelegramStub() as telegram:
        telegram.fail("sendMessage", 400, "Bad Request: chat not found")
        with pytest.raises(BadRequest):
            _reply(telegram, 42, "Who are you reporting for?")
        assert telegram.methods().count("sendMessage") == 1
