"""SMS through Twilio. Webhook: ``POST /webhooks/sms/webhook``.

Settings: ``TWILIO_AUTH_TOKEN`` (verifies ``X-Twilio-Signature``), ``SMS_WEBHOOK_URL`` (the public
URL Twilio posts to, exactly as configured in the Twilio console; signatures are computed over it)
and ``PSEUDONYM_KEY``.

Replies go back synchronously as TwiML, one ``<Message>`` per assistant message, so there is no
outbound API call and no phone number is ever needed after the request. The conversation id is a
keyed hash of the number; the number itself is never stored or logged.
"""

from __future__ import annotations

import logging
from typing import Any, Awaitable, Callable
from urllib.parse import parse_qsl

from rasa.core.channels.channel import CollectingOutputChannel, InputChannel, UserMessage
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse
from twilio.request_validator import RequestValidator
from twilio.twiml.messaging_response import MessagingResponse

from bot.channels import turns
from bot.channels.rate_limit import SenderRateLimit
from bot.channels.replies import ReplyOnce
from bot.channels.sms_text import render, split_for_sms
from bot.channels.webhook import webhook_blueprint
from bot.config import Settings, load_settings
from bot.identity import InvalidIdentity, normalise_phone, pseudonym

logger = logging.getLogger(__name__)

# Carrier keywords (UK operators and Twilio's own): the person's right to stop is absolute.
STOP_WORDS = {"stop", "stopall", "unsubscribe", "cancel", "end", "quit"}
HELP_WORDS = {"help", "info"}


def keyword_payload(text: str) -> str | None:
    """Returns the intent a carrier keyword stands for, sent straight past the classifier."""
    word = text.strip().lower().rstrip(".!")
    if word in STOP_WORDS:
        return "/stop"
    if word in HELP_WORDS:
        return "/help"
    return None


def twiml(messages: list[str]) -> str:
    """Returns a TwiML reply with one <Message> per text."""
    reply = MessagingResponse()
    for text in messages:
        reply.message(text)
    return str(reply)


class SmsInput(InputChannel):
    @classmethod
    def name(cls) -> str:
        return "sms"

    @classmethod
    def from_credentials(cls, credentials: dict[str, Any] | None) -> "SmsInput":
        settings = load_settings()
        settings.require("twilio_auth_token", "sms_webhook_url", "pseudonym_key")
        return cls(settings)

    def __init__(self, settings: Settings):
        self.settings = settings
        self.validator = RequestValidator(settings.twilio_auth_token)
        self.replies = ReplyOnce()
        self.rate_limit = SenderRateLimit.from_settings(settings)

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        sms = webhook_blueprint("sms_webhook", __name__)

        @sms.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @sms.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            """Checks Twilio's signature, then answers the message once, however often it is retried."""
            # Parsed here, not with request.form, which drops blank fields such as the "Body="
            # Twilio sends with a picture; the signature covers every field, blank or not.
            params = dict(parse_qsl(request.body.decode("utf-8", "replace"), keep_blank_values=True))
            signature = request.headers.get("X-Twilio-Signature", "")
            if not signature or not self.validator.validate(self.settings.sms_webhook_url, params, signature):
                logger.warning("SMS webhook: request refused, signature missing or wrong")
                return response.text("Forbidden", status=403)
            try:
                sender = pseudonym("sms", normalise_phone(params.get("From", "")), self.settings.pseudonym_key)
            except InvalidIdentity:
                return response.text("Bad Request", status=400)
            message_id = params.get("MessageSid") or params.get("SmsSid") or ""

            async def produce() -> str:
                return await self._answer(params, sender, on_new_message)

            body = await self.replies.reply(message_id, produce) if message_id else await produce()
            return response.text(body, content_type="text/xml")

        return sms

    async def _answer(self, params: dict[str, str], sender: str, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> str:
        text = (params.get("Body") or "").strip()
        said = turns.Said(self.name(), sender, keyword_payload(text) or text, not_text=int(params.get("NumMedia") or 0) > 0)
        collector = CollectingOutputChannel()
        instead = await turns.take_turn(said, collector, on_new_message, self.rate_limit)
        if instead:
            return twiml(instead)
        logger.debug("SMS turn answered for %s with %d message(s)", sender, len(collector.messages))
        return twiml([part for m in collector.messages for part in split_for_sms(render(m))])
