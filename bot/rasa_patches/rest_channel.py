"""Rasa's REST channel (``make chat``, ``rasa shell``) answers a turn the action server could not
run with the same words as our channels, instead of letting ``ActionServerUnavailable`` (a
``BaseException``, bot.rasa_patches.action_guard) escape its handler and drop the connection."""

from __future__ import annotations

from typing import Any, Awaitable, Callable

from rasa.core.channels.channel import UserMessage
from rasa.core.channels.rest import RestInput

from bot.rasa_patches.action_guard import ActionServerUnavailable
from bot.rasa_patches.wrapping import replace


def install() -> None:
    from bot.channels.wording import ACTIONS_UNAVAILABLE

    serves = RestInput.blueprint

    def blueprint(self: RestInput, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Any:
        async def whole_turn_or_a_reply(message: UserMessage) -> None:
            try:
                await on_new_message(message)
            except ActionServerUnavailable:  # nothing of the turn was kept: ask for it again
                await message.output_channel.send_text_message(message.sender_id, ACTIONS_UNAVAILABLE)

        return serves(self, whole_turn_or_a_reply)

    replace(RestInput, "blueprint", blueprint)
