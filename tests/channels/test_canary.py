"""The canary: 50 whole conversations over SMS, Telegram and the web chat, with identifiers planted
in every free-text answer and in the channel metadata. Afterwards every byte the system wrote
(records database, conversation store, logs, an export) is searched for every planted value in
raw, lower-case, digits-only, URL-encoded and JSON-escaped forms. None may be found, and the words
that describe what happened must survive in the decrypted records."""

from __future__ import annotations

import itertools
import json
import re
import subprocess
import sys
import urllib.parse
from dataclasses import dataclass
from datetime import datetime, timezone

import httpx
import pytest
from telegram import Chat, Message, Update, User

from bot.config import PROJECT_ROOT
from tests.support.people import Phone

pytestmark = pytest.mark.model
PEOPLE = [("John", "Smith"), ("Priya", "Patel"), ("Mohammed", "Khan"), ("Siobhan", "Murphy"), ("Kwame", "Mensah"),
          ("Aisha", "Begum"), ("Dariusz", "Nowak"), ("Chloe", "Roberts"), ("Wei", "Zhang"), ("Gary", "Wilson")]
STREETS = ["Elm Road", "High Street", "Acacia Avenue", "Mill Lane", "Church Road"]
POSTCODES = ["SO14 3AB", "SO16 4GH", "PO1 2DX", "M1 1AE", "B33 8TH"]
_ids = itertools.count(9_000)


@dataclass
class Planted:
    number: int
    first: str
    last: str

    @property
    def values(self) -> list[str]:
        """Every identifier this conversation plants."""
        n = self.number
        phone = [f"07700 900{n:03d}", f"+44 7700 900{n:03d}", f"07700-900-{n:03d}", f"07700900{n:03d}"][n % 4]
        return [f"{self.first} {self.last}", phone, f"{self.first.lower()}.{self.last.lower()}{n}@example.com",
                f"{10 + n} {STREETS[n % 5]}", POSTCODES[n % 5], f"{1 + n % 28}/0{1 + n % 9}/19{50 + n}", f"@{self.first.lower()}_{n}x"]

    def answers(self) -> list[str]:
        phone, email, address, postcode, dob, handle = self.values[1:]
        return [
            "hello", "yes", "me",
            f"My neighbour {self.first} {self.last} shouted abuse at me at the bus stop. He lives at {address} {postcode}. "
            f"His number is {phone}, his email is {email}, he posts as {handle} and he was born on {dob}.",
            "shouting and threats", "race and something else",
            f"because {self.first} {self.last} hates my family",
            "yesterday evening", "on the bus", postcode, "no", "someone to talk to",
            f"I want {self.first} to leave us alone, call me on {phone}", "not sure", "anonymous", "not now",
            "a friend told me", "yes",
        ]


def forms(value: str) -> set[bytes]:
    """The ways a value could have been written down."""
    found = {value, value.lower(), urllib.parse.quote(value), urllib.parse.quote_plus(value), json.dumps(value)[1:-1]}
    digits = re.sub(r"\D", "", value)
    # Digits alone identify a phone number or a chat id (10+ digits). A date's 7 or 8 digits turn
    # up by chance inside stored timestamps, so for those the raw and encoded forms are searched.
    if len(digits) >= 10:
        found.add(digits)
    return {f.encode() for f in found}


def by_sms(stack, planted: Planted) -> list[str]:
    phone = Phone(stack, f"+44 7700 901{planted.number:03d}")
    return [phone.reply(answer) for answer in planted.answers()]


def by_telegram(stack, planted: Planted) -> list[str]:
    chat_id = 8_100_000_000 + planted.number
    user = User(id=chat_id, first_name=planted.first, last_name=planted.last, is_bot=False, username=f"{planted.first.lower()}_{planted.number}_tg")
    chat = Chat(id=chat_id, type=Chat.PRIVATE, first_name=planted.first, last_name=planted.last, username=user.username)
    replies = []
    for answer in planted.answers():
        before = len(stack.telegram.sent(chat_id))
        message = Message(next(_ids), datetime.now(timezone.utc), chat, from_user=user, text=answer)
        response = httpx.post(f"{stack.rasa_url}/webhooks/telegram/webhook", json=Update(next(_ids), message=message).to_dict(),
                              headers={"X-Telegram-Bot-Api-Secret-Token": stack.env["TELEGRAM_WEBHOOK_SECRET"]}, timeout=60)
        assert response.status_code == 200
        replies.append("\n".join(r["text"] for r in stack.telegram.sent(chat_id)[before:]))
    return replies


def by_web(stack, planted: Planted) -> list[str]:
    with httpx.Client(base_url=stack.web_url, timeout=60) as client:
        page = client.get("/public")
        csrf = re.search(r'data-csrf="([^"]+)"', page.text).group(1)
        cookie = page.headers["set-cookie"].split(";")[0]  # Secure cookie: sent by hand over plain http
        replies = []
        for answer in planted.answers():
            reply = client.post("/chat/message", json={"message": answer}, headers={"X-CSRF-Token": csrf, "Cookie": cookie})
            assert reply.status_code == 200, reply.text
            replies.append("\n".join(m.get("text") or "" for m in reply.json()["messages"]))
        return replies


CHANNELS = [("sms", by_sms)] * 20 + [("telegram", by_telegram)] * 15 + [("web", by_web)] * 15


def test_fifty_conversations_leave_no_identifier_anywhere(stack):
    planted_all: list[Planted] = []
    references: dict[str, Planted] = {}
    for number, (channel, talk) in enumerate(CHANNELS):
        planted = Planted(number, *PEOPLE[number % len(PEOPLE)])
        replies = talk(stack, planted)
        saved = re.search(r"Your reference is ([A-Z0-9]{3}-[A-Z0-9]{3})", replies[-1])
        assert saved, f"{channel} conversation {number} did not end saved:\n" + "\n---\n".join(replies[-3:])
        references[saved.group(1)] = planted
        planted_all.append(planted)

    export = stack.logs / "export.jsonl"
    with open(export, "w") as out:
        subprocess.run([sys.executable, "-m", "bot", "export"], cwd=PROJECT_ROOT, env=stack.command_env(),
                       stdout=out, check=True, timeout=120)
    stack.database_bytes()  # checkpoints the SQLite write-ahead logs into the files
    written = {path: path.read_bytes() for path in stack.logs.rglob("*") if path.is_file()}
    assert any(p.name == "records.db" for p in [stack.database_file]) and len(written) >= 5

    metadata = [f"+447700901{p.number:03d}" for p in planted_all] + [
        value for p in planted_all if p.number >= 20
        for value in (str(8_100_000_000 + p.number), f"{p.first.lower()}_{p.number}_tg")
    ]
    leaks = [
        (value, form.decode(), path.name, content[max(0, content.find(form) - 40): content.find(form) + 40])
        for value in [v for p in planted_all for v in p.values] + metadata
        for form in forms(value)
        for path, content in written.items()
        if form in content
    ]
    assert leaks == [], f"{len(leaks)} planted value(s) found, e.g. {leaks[:5]}"
    logged = b"".join(content for path, content in written.items() if path.suffix == ".log")
    for words in (b"shouted abuse at me", b"hates my family", b"to leave us alone", b"[NAME]"):
        assert words not in logged, f"message text reached the logs: {words!r}"

    records = {json.loads(line)["reference"]: json.loads(line) for line in export.read_text().splitlines()}
    for reference, planted in references.items():
        record = records[reference]
        assert "shouted abuse at me at the bus stop" in record["what_happened"]
        assert "[NAME]" in record["what_happened"] and "[PHONE]" in record["what_happened"]
        assert record["location_area"] == planted.values[4].split()[0]  # the district survives
        assert record["characteristic_other"] == "because [NAME] hates my family"
    assert len({r["channel"] for r in records.values() if r["reference"] in references}) == 3
