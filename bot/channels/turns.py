"""One turn of a conversation, the same on every channel: the checks every channel shares, then
the assistant, answered whole or not at all.

A channel verifies the request, reads who sent what (``Said``), and renders the replies; between,
``take_turn`` applies what is the same everywhere: the sender's rate limit, an empty message, a
message with no words, one too long, text typed as a button press (``as_typed``), and the reply
when the assistant cannot answer. The wording of those replies is in ``bot.channels.wording``.

When the action server cannot run a custom action (stopped, restarting, overloaded), Rasa 3.6
logs the error, drops that action's events and carries on predicting, so the person gets half a
turn and the form can lose their answer. Here such a failure ends the turn instead, before the
conversation is saved: the message is not kept, every earlier answer is, and the person is told
to try again. When they do, the turn runs as if the first attempt had never happened.

A custom action that cannot run raises ``ActionServerUnavailable`` (bot.rasa_patches.action_guard);
``answer(on_new_message, message)`` runs a turn and reports whether it completed.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Awaitable, Callable

import yaml
from rasa.core.channels.channel import OutputChannel, UserMessage
from rasa.core.lock_store import LockError

from bot.channels import wording
from bot.channels.rate_limit import Decision, SenderRateLimit
from bot.config import PROJECT_ROOT
from bot.rasa_patches.action_guard import ActionServerUnavailable

logger = logging.getLogger(__name__)


async def answer(on_new_message: Callable[[UserMessage], Awaitable[Any]], message: UserMessage) -> bool:
    """Runs one turn; returns False, with nothing kept, when it could not be completed now."""
    try:
        await on_new_message(message)
        return True
    except ActionServerUnavailable:
        return False
    except LockError:
        # The conversation's previous message is still being answered past the lock's lifetime.
        logger.error("Conversation lock not acquired; the turn is not kept")
        return False


@lru_cache(maxsize=1)
def _our_intents() -> frozenset[str]:
    domain = yaml.safe_load((PROJECT_ROOT / "domain.yml").read_text(encoding="utf-8"))
    return frozenset(intent if isinstance(intent, str) else next(iter(intent)) for intent in domain["intents"])


def as_typed(text: str) -> str:
    """Text a person sent, made safe to pass on. Rasa reads "/name{...}" as a button press naming
    an intent directly; our buttons name only the domain's own intents, so anything else typed
    that way ("/restart", "/session_start": Rasa's built-ins, which reset the conversation
    without a word) is read as the words it is."""
    named = re.match(r"/+([A-Za-z_]+)", text)
    if text.startswith("/") and not (named and named.group(1) in _our_intents()):
        return text.lstrip("/").strip() or "?"
    return text


@dataclass(frozen=True)
class Said:
    """A message as a channel received it, before the checks every channel shares."""

    channel: str  # the channel's name, which the rate limit counts by
    sender: str  # the conversation's pseudonym, never a number or a chat id
    text: str  # the words sent, stripped; "" when there were none
    not_text: bool = False  # a picture, a sticker, a voice note or a file came instead of words
    input_channel: str | None = None  # the channel the record names, when not ``channel`` ("staff" on the web)
    metadata: dict[str, Any] | None = None


async def take_turn(said: Said, output: OutputChannel, on_new_message: Callable[[UserMessage], Awaitable[Any]],
                    rate_limit: SenderRateLimit) -> list[str]:
    """Runs ``said`` through the checks every channel shares, then the assistant.

    Returns what the channel must send instead of the assistant's replies, or [] when the assistant
    answered (its replies went to ``output``) or when a sender over the rate limit, told once, is
    not told again.
    """
    decision = rate_limit.check(said.channel, said.sender)
    if decision is not Decision.ALLOW:
        return [wording.RATE_LIMITED] if decision is Decision.TELL else []
    if not said.text:
        return [wording.NOT_TEXT if said.not_text else wording.EMPTY]
    if len(said.text) > wording.MAX_TEXT:
        return [wording.TOO_LONG]
    message = UserMessage(as_typed(said.text), output, said.sender, input_channel=said.input_channel or said.channel,
                          metadata=said.metadata)
    if not await answer(on_new_message, message):
        return [wording.ACTIONS_UNAVAILABLE]
    return []
