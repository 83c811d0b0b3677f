"""What the action server starts with: the outbox's background flush, from the moment it serves,
and idle connections held open as long as the Rasa server holds its own.

Reports kept while the database was away (bot.records.outbox) are written as soon as it returns,
whether or not anyone else reports meanwhile. Registered with rasa_sdk's own plugin hook
(``attach_sanic_app_extensions``), so it starts when the server does and not when a module is
imported (a test importing the actions starts no thread).
"""

from __future__ import annotations

import logging

import pluggy
from rasa_sdk.plugin import plugin_manager
from sanic import Sanic

from bot.config import SettingsError, load_settings
from bot.records.store import Records

logger = logging.getLogger(__name__)
hookimpl = pluggy.HookimplMarker("rasa_sdk")

# Sanic closes an idle connection after 5 s, and rasa_sdk 3.6.2 leaves it so; a load balancer
# keeps its connections to the servers behind it longer (nginx: 60 s) and can send a message on
# one the action server closed a moment before. A POST already sent is not retried (it may have
# been acted on), so the action fails and the person's turn is not kept; on a busy machine the
# window is wider. Rasa holds its own for 120 s (rasa.core.constants.DEFAULT_KEEP_ALIVE_TIMEOUT),
# and rasa-sdk later did the same (RasaHQ/rasa-sdk#1047). Our Rasa lets go of its connections to the
# action server well before (speedups.KEEP_ALIVE_SECONDS).
KEEP_ALIVE_SECONDS = 120


def start_flushing_the_outbox() -> None:
    try:
        settings = load_settings()
    except SettingsError:
        return  # the first save reports the bad setting to the person and the log
    Records.of(settings).keep_flushing_outbox(settings.outbox_dir, settings.outbox_retry_seconds)


class ActionServerStart:
    @hookimpl
    def attach_sanic_app_extensions(self, app: Sanic) -> None:
        app.config.KEEP_ALIVE_TIMEOUT = KEEP_ALIVE_SECONDS  # read for each connection

        @app.listener("after_server_start")
        async def flush_the_outbox(*_: object) -> None:
            start_flushing_the_outbox()


_PLUGIN = ActionServerStart()


def install() -> None:
    manager = plugin_manager()
    if not manager.is_registered(_PLUGIN):
        manager.register(_PLUGIN)
