"""Sends a chat message to the Rasa server's web channel, server to server."""

from __future__ import annotations

from typing import Any

import httpx

TIMEOUT = httpx.Timeout(30.0, connect=5.0)


class AssistantUnavailable(RuntimeError):
    """The Rasa server could not be reached or failed."""


async def send(rasa_url: str, token: str, message: str) -> list[dict[str, Any]]:
    """Returns the assistant's replies to ``message`` in the conversation ``token`` names."""
    try:
        async with httpx.AsyncClient(timeout=TIMEOUT) as client:
            reply = await client.post(f"{rasa_url}/webhooks/web/webhook", json={"token": token, "message": message})
    except httpx.HTTPError as error:
        raise AssistantUnavailable(type(error).__name__) from None
    if reply.status_code != 200:
        raise AssistantUnavailable(f"status {reply.status_code}")
    return reply.json()
