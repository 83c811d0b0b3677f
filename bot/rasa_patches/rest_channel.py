"""Rasa's REST channel (``make chat``, ``rasa shell``) answers a turn the action server could not
run with the same words as our channels, instead of letting ``ActionServerUnavailable`` (a
``BaseException``, bot.rasa_patches.action_guard) escape its handler and drop the connection.

It also keeps, as our channels do, only a pseudonym of the sender it is given (bot.identity): the
terminal chat sends a random id, but anything posting a phone number or a name to the channel on
localhost would otherwise have it stored in the conversation store as the conversation's id."""

from __future__ import annotations

import secrets
from typing import Any, Awaitable, Callable

from rasa.core.channels.channel import UserMessage
from rasa.core.channels.rest import RestInput

from bot.rasa_patches.action_guard import ActionServerUnavailable
from bot.rasa_patches.wrapping import replace


def install() -> None:
    from bot.channels.wording import ACTIONS_UNAVAILABLE
    from bot.config import load_settings
    from bot.identity import pseudonym

    serves = RestInput.blueprint

    def blueprint(self: RestInput, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Any:
        key = load_settings().pseudonym_key or secrets.token_urlsafe(32)  # without a key, one for this run

        async def whole_turn_or_a_reply(message: UserMessage) -> None:
            message.sender_id = pseudonym("rest", str(message.sender_id), key)
            try:
                await on_new_message(message)
            except ActionServerUnavailable:  # nothing of the turn was kept: ask for it again
                await message.output_channel.send_text_message(message.sender_id, ACTIONS_UNAVAILABLE)

        return serves(self, whole_turn_or_a_reply)

    replace(RestInput, "blueprint", blueprint)
