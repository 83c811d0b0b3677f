"""The blueprint each channel serves its webhook from, set up as a Rasa server needs it."""

from __future__ import annotations

from sanic import Blueprint

from bot import rasa_patches
from bot.channels.rate_limit import limit_request_size
from bot.rasa_patches import speedups


def webhook_blueprint(name: str, import_name: str) -> Blueprint:
    """A channel's blueprint, with what every channel needs: a Rasa with our changes (a turn is
    answered whole or not at all, the hot spots fixed: bot.rasa_patches, refused without them);
    the loaded model is frozen once the server starts and kept HTTP sessions are closed when it
    stops (``speedups.attach``); bodies over 1 MB are refused (``limit_request_size``)."""
    rasa_patches.require_installed(f"The {name} channel")
    blueprint = Blueprint(name, import_name)
    speedups.attach(blueprint)
    limit_request_size(blueprint)
    return blueprint
