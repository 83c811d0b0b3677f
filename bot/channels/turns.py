"""One turn of a conversation, answered whole or not at all.

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
from functools import lru_cache
from typing import Any, Awaitable, Callable

import yaml
from rasa.core.channels.channel import UserMessage
from rasa.core.lock_store import LockError

from bot.config import PROJECT_ROOT
from bot.rasa_patches.action_guard import ActionServerUnavailable

logger = logging.getLogger(__name__)

# Said with every reply that is not the assistant's own: danger is answered at once, whatever happens.
IN_DANGER = ('If you are in danger now, call 999. If you are deaf, you can text 999. First sign up. '
             'Text "register" to 999. Or call 18000 with the Relay app.')  # the easy-read danger words in domain.yml
ACTIONS_UNAVAILABLE = (
    "Sorry, I cannot answer just now. Your answers are safe. "
    f"Please send your last message again in a minute. {IN_DANGER}"
)


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
