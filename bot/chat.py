"""Talks to the running assistant from a terminal, through the Rasa server's REST channel.

Usage: ``python -m bot.chat`` (or ``make chat``) while ``make run`` is running. Choices are shown
numbered; reply with the number(s) or in your own words, as on SMS.
"""

from __future__ import annotations

import json
import os
import sys
import uuid
import urllib.error
import urllib.request

TIMEOUT_SECONDS = 30


def send(url: str, sender: str, text: str) -> list[dict]:
    body = json.dumps({"sender": sender, "message": text}).encode()
    request = urllib.request.Request(url, data=body, headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS) as response:
        return json.load(response)


def show(replies: list[dict]) -> None:
    for reply in replies:
        if reply.get("text"):
            print(f"Safe to Say: {reply['text']}")
        for number, button in enumerate(reply.get("buttons") or [], start=1):
            print(f"   {number}. {button['title']}")


def main() -> int:
    port = os.environ.get("RASA_PORT", "5005")
    url = f"http://127.0.0.1:{port}/webhooks/rest/webhook"
    sender = uuid.uuid4().hex  # a fresh, random conversation: nothing about you
    print("Type your message and press Enter. Ctrl-D to leave.\n")
    try:
        for line in sys.stdin if not sys.stdin.isatty() else iter(lambda: input("You: "), None):
            if line.strip():
                show(send(url, sender, line.strip()))
    except (EOFError, KeyboardInterrupt):
        print()
    except urllib.error.URLError as error:
        print(f"Cannot reach the assistant at {url} ({error.reason}). Start it with: make run", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
