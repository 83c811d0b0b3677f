"""The centre's web chat, reached only through the staff web app. Webhook: ``POST /webhooks/web/webhook``.

Settings: ``WEB_CHANNEL_SECRET`` (shared with the staff web app, which signs conversation tokens).

Unlike Rasa's REST channel, the sender is never taken from the request: it comes from a token the
web app signed (see bot.channels.conversation_token). Staff-mode conversations are recorded with
channel ``staff`` and the staff member's centre; public ones with channel ``web``.
"""

from __future__ import annotations

import logging
from typing import Any, Awaitable, Callable

from rasa.core.channels.channel import CollectingOutputChannel, InputChannel, UserMessage
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.channels import conversation_token, turns
from bot.channels.rate_limit import SenderRateLimit
from bot.channels.webhook import webhook_blueprint
from bot.config import Settings, load_settings

logger = logging.getLogger(__name__)


class WebInput(InputChannel):
    @classmethod
    def name(cls) -> str:
        return "web"

    @classmethod
    def from_credentials(cls, credentials: dict[str, Any] | None) -> "WebInput":
        settings = load_settings()
        settings.require("web_channel_secret")
        return cls(settings)

    def __init__(self, settings: Settings):
        self.settings = settings
        self.rate_limit = SenderRateLimit.from_settings(settings)

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        web = webhook_blueprint("web_webhook", __name__)

        @web.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @web.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            """Answers one message of the conversation named by a signed token."""
            body = request.json if isinstance(request.json, dict) else {}
            try:
                conversation = conversation_token.read(self.settings.web_channel_secret, str(body.get("token", "")))
            except conversation_token.InvalidToken:
                return response.json({"error": "invalid conversation token"}, status=403)
            sender = f"web-{conversation.id}"
            said = turns.Said(self.name(), sender, str(body.get("message") or "").strip(), input_channel=conversation.mode,
                              metadata={"mode": conversation.mode, "centre_id": conversation.centre_id})
            collector = CollectingOutputChannel()
            instead = await turns.take_turn(said, collector, on_new_message, self.rate_limit)
            return response.json([{"recipient_id": sender, "text": text} for text in instead] or collector.messages)

        return web
