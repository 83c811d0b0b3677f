"""The blueprint each channel serves its webhook from, set up as a Rasa server needs it."""

from __future__ import annotations

from sanic import Blueprint

from bot import speedups
from bot.channels import turns
from bot.channels.rate_limit import limit_request_size


def webhook_blueprint(name: str, import_name: str) -> Blueprint:
    """A channel's blueprint, with what every channel needs: a turn is answered whole or not at
    all and Rasa's hot spots are fixed (``turns.install``); the loaded model is frozen once the
    server starts and kept HTTP sessions are closed when it stops (``speedups.attach``); bodies
    over 1 MB are refused (``limit_request_size``)."""
    turns.install()
    blueprint = Blueprint(name, import_name)
    speedups.attach(blueprint)
    limit_request_size(blueprint)
    return blueprint
