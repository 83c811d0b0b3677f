"""Telegram through python-telegram-bot. Webhook: ``POST /webhooks/telegram/webhook``.

Settings: ``TELEGRAM_BOT_TOKEN``, ``TELEGRAM_WEBHOOK_SECRET`` (checked against the
``X-Telegram-Bot-Api-Secret-Token`` header Telegram sends), ``PSEUDONYM_KEY``, and
``TELEGRAM_API_BASE_URL`` (Telegram's by default; tests point it at a local stub of the Bot API).
Register the webhook with ``python -m bot telegram set-webhook`` (needs ``TELEGRAM_WEBHOOK_URL``).

The conversation id is a keyed hash of the chat id. The chat id is held only while a message is
being answered, to send the replies, and is never stored or logged.
"""

from __future__ import annotations

import asyncio
import hmac
import logging
from typing import Any, Awaitable, Callable

from rasa.core.channels.channel import InputChannel, OutputChannel, UserMessage
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse
from telegram import Bot, CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.error import BadRequest, NetworkError, TelegramError
from telegram.request import HTTPXRequest

from bot.channels import turns
from bot.channels.rate_limit import SenderRateLimit
from bot.channels.webhook import webhook_blueprint
from bot.config import Settings, load_settings
from bot.identity import pseudonym
from bot.wording.pictures import picture_for

logger = logging.getLogger(__name__)

# Bot commands a person may tap, mapped to intents sent straight past the classifier.
COMMANDS = {"/start": "/start_report", "/report": "/start_report", "/stop": "/stop", "/help": "/help"}
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
RESEND_AFTER_SECONDS = 0.5
CONNECTIONS = 256  # one Bot sends the replies of every chat a Rasa server answers at once


def make_bot(settings: Settings) -> Bot:
    """Returns a Bot whose every API call has a timeout."""
    request = HTTPXRequest(
        connection_pool_size=CONNECTIONS, connect_timeout=5.0, read_timeout=10.0, write_timeout=10.0, pool_timeout=5.0,
    )
    return Bot(settings.telegram_bot_token, base_url=settings.telegram_api_base_url, request=request)


def _pictured(button: dict[str, Any]) -> str:
    """The button's words with its symbol as an emoji (Telegram's buttons cannot hold images)."""
    picture = picture_for(button)
    return f"{picture.emoji} {button['title']}" if picture else button["title"]


class TelegramOutput(OutputChannel):
    """Sends replies to the one chat being answered; buttons become an inline keyboard."""

    @classmethod
    def name(cls) -> str:
        return "telegram"

    def __init__(self, bot: Bot, chat_id: int):
        self.bot, self.chat_id = bot, chat_id

    async def send_text_message(self, recipient_id: str, text: str, **kwargs: Any) -> None:
        await _sent_again_if_lost(self.bot.send_message, self.chat_id, text)

    async def send_text_with_buttons(self, recipient_id: str, text: str, buttons: list[dict[str, Any]], **kwargs: Any) -> None:
        keyboard = InlineKeyboardMarkup([[InlineKeyboardButton(_pictured(b), callback_data=b["payload"])] for b in buttons])
        await _sent_again_if_lost(self.bot.send_message, self.chat_id, text, reply_markup=keyboard)

    async def send_image_url(self, recipient_id: str, image: str, **kwargs: Any) -> None:
        await _sent_again_if_lost(self.bot.send_photo, self.chat_id, image)


async def _sent_again_if_lost(send: Callable[..., Awaitable[Any]], *args: Any, **kwargs: Any) -> None:
    """Sends once more, after a moment, when the network lost the first try: the turn is already
    kept, so a reply lost now would leave the person waiting for an answer that never comes. A reply
    Telegram refused (BadRequest, Forbidden) is not sent again."""
    try:
        await send(*args, **kwargs)
    except NetworkError as error:
        if isinstance(error, BadRequest):  # python-telegram-bot counts a refusal as a network error
            raise
        logger.warning("Telegram: a reply was lost on the way (%s); sending it again", type(error).__name__)
        await asyncio.sleep(RESEND_AFTER_SECONDS)
        await send(*args, **kwargs)


class TelegramInput(InputChannel):
    @classmethod
    def name(cls) -> str:
        return "telegram"

    @classmethod
    def from_credentials(cls, credentials: dict[str, Any] | None) -> "TelegramInput":
        settings = load_settings()
        settings.require("telegram_bot_token", "telegram_webhook_secret", "pseudonym_key")
        return cls(settings)

    def __init__(self, settings: Settings):
        self.settings = settings
        self.bot = make_bot(settings)
        self.rate_limit = SenderRateLimit.from_settings(settings)

    def _secret_ok(self, request: Request) -> bool:
        given = request.headers.get(SECRET_HEADER, "")
        return bool(given) and hmac.compare_digest(given.encode(), self.settings.telegram_webhook_secret.encode())

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        telegram = webhook_blueprint("telegram_webhook", __name__)

        @telegram.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @telegram.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            """Checks the secret token, then answers a message or a button press."""
            if not self._secret_ok(request):
                logger.warning("Telegram webhook: request refused, secret token missing or wrong")
                return response.text("Forbidden", status=403)
            try:
                payload = request.json
                update = Update.de_json(payload, self.bot) if isinstance(payload, dict) else None
            except Exception:  # malformed JSON or an object that is not an Update
                update = None
            if update is None:
                return response.text("Bad Request", status=400)
            try:
                await self._answer(update, on_new_message)
            except TelegramError as error:
                # Telegram retries deliveries that fail; a reply we could not send is logged, not retried.
                logger.error("Telegram: could not send a reply (%s)", type(error).__name__)
            return response.text("ok")

        return telegram

    async def _answer(self, update: Update, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> None:
        await self.bot.initialize()
        query = update.callback_query
        message = query.message if query is not None else update.effective_message
        chat = message.chat if message else None
        if chat is None:
            return  # an update kind the assistant does not take part in
        sender = pseudonym("telegram", str(chat.id), self.settings.pseudonym_key)
        if query is not None:
            await _acknowledge(query)
            if not query.data:
                return  # a button with nothing on it
            text = query.data
        else:
            text = (message.text or "").strip()
        command = text.split()[0].split("@")[0].lower() if text.startswith("/") and query is None else None
        if command:
            text = COMMANDS.get(command, text.lstrip("/"))
        said = turns.Said(self.name(), sender, text, not_text=query is None and message.text is None)
        for reply in await turns.take_turn(said, TelegramOutput(self.bot, chat.id), on_new_message, self.rate_limit):
            await self.bot.send_message(chat.id, reply)


async def _acknowledge(query: CallbackQuery) -> None:
    """Stops the button's spinner. Only a courtesy: when Telegram refuses it (a press answered
    late is "too old") or cannot be reached, the press is still answered."""
    try:
        await query.answer()
    except TelegramError as error:
        logger.warning("Telegram: a button press could not be acknowledged (%s); answering it anyway", type(error).__name__)
