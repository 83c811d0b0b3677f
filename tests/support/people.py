"""People using the assistant over real HTTP: a phone texting through Twilio (requests signed with
twilio's RequestValidator) and a Telegram user (Updates built with python-telegram-bot). ``stack``
is anything with ``rasa_url``, ``env``, ``sms_webhook_url`` and ``telegram`` (a TelegramStub):
one Rasa server, or the load balancer in front of several."""

from __future__ import annotations

import itertools
import re
import urllib.parse
import xml.etree.ElementTree as ET
from datetime import datetime, timezone

import httpx
from telegram import CallbackQuery, Chat, Message, Update, User
from twilio.request_validator import RequestValidator

from bot.channels.sms_text import is_gsm7, segments

_sids = itertools.count(1)
_ids = itertools.count(1000)
MAX_SEGMENTS_PER_MESSAGE = 3


class Phone:
    """A phone texting the reporting number through Twilio."""

    def __init__(self, stack, number: str):
        self.stack, self.number = stack, number
        self.validator = RequestValidator(stack.env["TWILIO_AUTH_TOKEN"])

    def post(self, params: dict[str, str], signature: str | None) -> httpx.Response:
        headers = {"Content-Type": "application/x-www-form-urlencoded"}
        if signature is not None:
            headers["X-Twilio-Signature"] = signature
        return httpx.post(
            f"{self.stack.rasa_url}/webhooks/sms/webhook", content=urllib.parse.urlencode(params),
            headers=headers, timeout=60,
        )

    def params(self, body: str, sid: str | None = None, media: int = 0) -> dict[str, str]:
        return {
            "MessageSid": sid or f"SM{next(_sids):032d}", "AccountSid": "AC" + "0" * 32,
            "From": self.number, "To": "+447700900000", "Body": body, "NumMedia": str(media),
        }

    def text(self, body: str, sid: str | None = None, media: int = 0) -> list[str]:
        params = self.params(body, sid, media)
        response = self.post(params, self.validator.compute_signature(self.stack.sms_webhook_url, params))
        assert response.status_code == 200, response.text
        assert response.headers["content-type"].startswith("text/xml")
        messages = [m.text or "" for m in ET.fromstring(response.text).iter("Message")]
        for message in messages:
            assert is_gsm7(message), message
            assert segments(message) <= MAX_SEGMENTS_PER_MESSAGE, (segments(message), message)
        return messages

    def reply(self, body: str) -> str:
        return "\n".join(self.text(body))


class TelegramUser:
    """A person messaging the bot: sends messages and presses the buttons of the last reply."""

    def __init__(self, stack, chat_id: int, first_name: str, username: str):
        self.stack, self.chat_id = stack, chat_id
        self.user = User(id=chat_id, first_name=first_name, is_bot=False, username=username)
        self.chat = Chat(id=chat_id, type=Chat.PRIVATE, first_name=first_name, username=username)

    def post(self, update: Update, secret: str | None = "default") -> httpx.Response:
        headers = {}
        if secret is not None:
            headers["X-Telegram-Bot-Api-Secret-Token"] = self.stack.env["TELEGRAM_WEBHOOK_SECRET"] if secret == "default" else secret
        return httpx.post(f"{self.stack.rasa_url}/webhooks/telegram/webhook", json=update.to_dict(), headers=headers, timeout=60)

    def _replies_after(self, before: int) -> list[dict]:
        return self.stack.telegram.sent(self.chat_id)[before:]

    def say(self, text: str) -> str:
        before = len(self.stack.telegram.sent(self.chat_id))
        message = Message(next(_ids), datetime.now(timezone.utc), self.chat, from_user=self.user, text=text)
        assert self.post(Update(next(_ids), message=message)).status_code == 200
        return "\n".join(r["text"] for r in self._replies_after(before))

    def _buttons(self) -> list[list[dict]]:
        """The buttons of every reply with buttons, oldest first."""
        sent = self.stack.telegram.sent(self.chat_id)
        return [[b for row in r["reply_markup"]["inline_keyboard"] for b in row] for r in sent if "reply_markup" in r]

    def keyboards(self) -> list[list[str]]:
        return [[b["text"] for b in buttons] for buttons in self._buttons()]

    def press(self, title: str) -> str:
        """Presses the button called ``title`` (after its picture, if it has one) in the latest reply with buttons."""
        [button] = [b for b in self._buttons()[-1] if b["text"] == title or b["text"].endswith(f" {title}")]
        before = len(self.stack.telegram.sent(self.chat_id))
        shown = Message(next(_ids), datetime.now(timezone.utc), self.chat, text="(question)")
        query = CallbackQuery(str(next(_ids)), self.user, chat_instance="ci-1", data=button["callback_data"], message=shown)
        assert self.post(Update(next(_ids), callback_query=query)).status_code == 200
        return "\n".join(r["text"] for r in self._replies_after(before))


# A whole report by SMS (numbers and words) and by Telegram (typing and buttons): each step is
# what the person sends and words the reply must contain.
SMS_REPORT = [
    ("hi", "Reply with a number"), ("1", "Who are you reporting for?"), ("1.", "what happened"),
    ("some lads followed me home shouting abuse cos im gay", "What kind of incident"),
    ("1 4", "Why do you think"), ("three", "When did it happen"), ("last night", "Where did it happen"),
    ("2", "Which town or area"), ("so14 3ab", "happened to you before"), ("2", "What support"),
    ("1 5", "What would you like"), ("make it stop", "police"), ("no", "anonymous or named"),
    ("1", "how did you find out"), ("5", "Here is what you told me"), ("1", "Your reference is"),
]
TELEGRAM_REPORT = [
    ("say", "/start", "safe right now"), ("press", "Yes, I am safe", "Who are you reporting for?"),
    ("press", "It happened to me", "what happened"),
    ("say", "a woman pulled at my headscarf in the shop and called me a terrorist", "What kind of incident"),
    ("press", "Physical attack, spitting or pushing", "Why do you think"),
    ("press", "My religion or belief", "When did it happen"), ("say", "on tuesday afternoon", "Where did it happen"),
    ("press", "Shop or other business", "Which town or area"), ("say", "Portsmouth", "happened to you before"),
    ("press", "I am not sure", "What support"), ("say", "advice and someone to speak up for me", "What would you like"),
    ("press", "Police action against them", "police"), ("press", "Yes", "anonymous or named"),
    ("press", "Anonymous", "True Vision"), ("press", "Send me the link", "how did you find out"),
    ("press", "Social media", "Shall I save"), ("press", "Yes, save it", "Your reference is"),
]
REFERENCE = re.compile(r"Your reference is ([A-Z0-9]{3}-[A-Z0-9]{3})")


def report_by_sms(phone: "Phone", steps=SMS_REPORT) -> str | None:
    """Sends ``steps`` (by default a whole report), checking every reply; returns the reference
    once the report is saved."""
    reply = ""
    for text, expected in steps:
        reply = phone.reply(text)
        assert expected.lower() in reply.lower(), (text, expected, reply)
    saved = REFERENCE.search(reply)
    return saved.group(1) if saved else None


def report_by_telegram(person: "TelegramUser", steps=TELEGRAM_REPORT) -> str | None:
    reply = ""
    for how, text, expected in steps:
        reply = person.press(text) if how == "press" else person.say(text)
        assert expected.lower() in reply.lower(), (text, expected, reply)
    saved = REFERENCE.search(reply)
    return saved.group(1) if saved else None
