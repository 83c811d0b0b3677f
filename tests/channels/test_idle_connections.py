"""The Rasa server and the action server keep an idle connection open for as long as what is in
front of them may reuse it (bot/rasa_patches/action_server.py): a connection closed by the server
just as a load balancer or Rasa sends a person's message on it loses that message."""

from __future__ import annotations

import http.client
import time
from urllib.parse import urlsplit

import pytest


pytestmark = pytest.mark.model
SANIC_DEFAULT_SECONDS = 5  # what Sanic holds an idle connection for unless told otherwise


def _still_answers_on_the_same_connection(url: str, path: str) -> bool:
    where = urlsplit(url)
    connection = http.client.HTTPConnection(where.hostname, where.port, timeout=10)
    try:
        connection.request("GET", path)
        assert connection.getresponse().read() is not None
        first = connection.sock
        time.sleep(SANIC_DEFAULT_SECONDS + 1.5)  # idle, as a kept connection waits between people's messages
        connection.request("GET", path)
        answered = connection.getresponse().status == 200
        return answered and connection.sock is first
    except (http.client.RemoteDisconnected, ConnectionError):
        return False
    finally:
        connection.close()


@pytest.mark.parametrize("server", ["rasa", "actions"])
def test_an_idle_connection_is_still_open_after_sanics_five_seconds(stack, server):
    url, path = (stack.rasa_url, "/webhooks/sms/") if server == "rasa" else (stack.action_url, "/health")
    assert _still_answers_on_the_same_connection(url, path)
