"""A custom action that cannot run ends the turn.

When the action server cannot run a custom action (stopped, restarting, overloaded), Rasa 3.6
logs the error, drops that action's events and carries on predicting, so the person gets half a
turn and the form can lose their answer. Here such a failure raises ``ActionServerUnavailable``,
which ends the turn before the conversation is saved. Our channels catch it
(``bot.channels.turns.answer``) and ask the person to send their message again; Rasa's REST
channel, which does not know it, answers with the same words (``bot.rasa_patches.rest_channel``).
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from rasa.core.actions.action import ActionExecutionRejection, RemoteAction
from rasa.shared.exceptions import RasaException

from bot.rasa_patches.wrapping import replace

logger = logging.getLogger(__name__)


class ActionServerUnavailable(BaseException):
    """A custom action could not run. A BaseException on purpose: Rasa's processor catches every
    Exception from an action and carries on, and this must end the turn before it is saved."""


def install() -> None:
    unguarded = RemoteAction.run

    async def run(self: RemoteAction, *args: Any, **kwargs: Any):
        try:
            return await unguarded(self, *args, **kwargs)
        except ActionExecutionRejection:
            raise  # a form rejecting an answer is ordinary dialogue, not a failure
        except (RasaException, asyncio.TimeoutError, OSError) as error:
            logger.error("Custom action %s could not run (%s); the turn is not kept", self.name(), type(error).__name__)
            raise ActionServerUnavailable(self.name()) from error

    replace(RemoteAction, "run", run)
