"""Bad input, generated (hypothesis) and sent over real HTTP to every webhook and the staff pages:
malformed and oversized bodies, invalid UTF-8, control characters, emoji, SQL and HTML injection.
Never a server error; a message that gets through the checks gets a kind reply; the servers keep
answering afterwards."""

from __future__ import annotations

import itertools
import json
import re
import subprocess
import sys
import urllib.parse
import xml.etree.ElementTree as ET
from datetime import datetime, timezone

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from telegram import Message, Update
from twilio.request_validator import RequestValidator

from bot.channels import conversation_token
from bot.config import PROJECT_ROOT
from tests.bot.web.test_dashboard import browser_like, csrf_of
from tests.support.people import TelegramUser, _ids

pytestmark = pytest.mark.model
FUZZ = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
INJECTIONS = [
    "'; DROP TABLE incidents; --", "\" OR 1=1 --", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
    "{{7*7}}", "${jndi:ldap://x}", "../../etc/passwd", "%00", "\x00\x01\x1b[31m", "🏳️‍🌈🧕🏿👨‍👩‍👧", "\u202e\u200b",
    "/choose{\"choice\": \"<b>\"}", "/stop", "/restart", "a" * 4001,
]
TEXT = st.one_of(st.sampled_from(INJECTIONS), st.text(max_size=300),
                 st.builds(lambda a, b: a + b, st.sampled_from(INJECTIONS), st.text(max_size=40)))
JSONISH = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | TEXT,
                       lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4),
                       max_leaves=12)
_numbers = itertools.count(1)


def not_a_server_error(reply: httpx.Response) -> None:
    assert reply.status_code < 500, (reply.status_code, reply.text[:300])


def new_number() -> str:
    return f"+44 7911 9{next(_numbers):05d}"  # numbers no other test uses


@FUZZ
@given(body=st.binary(max_size=2000),
       signature=st.one_of(st.none(), st.text(st.characters(min_codepoint=33, max_codepoint=126), max_size=40)))
def test_sms_webhook_refuses_unsigned_or_garbled_posts_without_an_error(stack, body, signature):
    headers = {"Content-Type": "application/x-www-form-urlencoded"}
    if signature is not None:
        headers["X-Twilio-Signature"] = signature
    reply = httpx.post(f"{stack.rasa_url}/webhooks/sms/webhook", content=body, headers=headers, timeout=60)
    assert reply.status_code in (400, 403)


@FUZZ
@given(text=TEXT, raw=st.binary(max_size=40))
def test_sms_webhook_answers_any_signed_text_kindly(stack, text, raw):
    # The Body carries text and raw bytes (often invalid UTF-8), percent-encoded as Twilio posts them.
    body = urllib.parse.quote_from_bytes(text.encode("utf-8", "surrogatepass") + raw)
    form = f"MessageSid=SMff{next(_numbers):030d}&From={urllib.parse.quote(new_number())}&To=%2B447700900000&NumMedia=0&Body={body}"
    params = dict(urllib.parse.parse_qsl(form, keep_blank_values=True, errors="replace"))
    signature = RequestValidator(stack.env["TWILIO_AUTH_TOKEN"]).compute_signature(stack.sms_webhook_url, params)
    reply = httpx.post(f"{stack.rasa_url}/webhooks/sms/webhook", content=form,
                       headers={"Content-Type": "application/x-www-form-urlencoded", "X-Twilio-Signature": signature}, timeout=60)
    assert reply.status_code == 200, reply.text[:300]
    messages = [m.text for m in ET.fromstring(reply.text).iter("Message")]
    assert messages and all(messages)  # always something to read back


@FUZZ
@given(payload=JSONISH)
def test_telegram_webhook_takes_any_json_without_an_error(stack, payload):
    reply = httpx.post(f"{stack.rasa_url}/webhooks/telegram/webhook", content=json.dumps(payload),
                       headers={"X-Telegram-Bot-Api-Secret-Token": stack.env["TELEGRAM_WEBHOOK_SECRET"],
                                "Content-Type": "application/json"}, timeout=60)
    assert reply.status_code in (200, 400)


@FUZZ
@given(text=TEXT)
def test_telegram_webhook_answers_any_text_kindly(stack, text):
    chat_id = 770_000_000 + next(_numbers)
    person = TelegramUser(stack, chat_id, "Fuzz", "fuzz")
    message = Message(next(_ids), datetime.now(timezone.utc), person.chat, from_user=person.user, text=text)
    assert person.post(Update(next(_ids), message=message)).status_code == 200
    assert stack.telegram.sent(chat_id)  # every message got an answer


@FUZZ
@given(payload=JSONISH, text=TEXT, signed=st.booleans())
def test_web_channel_takes_any_json_without_an_error(stack, payload, text, signed):
    if signed:
        payload = {"token": conversation_token.issue(stack.env["WEB_CHANNEL_SECRET"], "web", None), "message": text}
    reply = httpx.post(f"{stack.rasa_url}/webhooks/web/webhook", content=json.dumps(payload),
                       headers={"Content-Type": "application/json"}, timeout=60)
    not_a_server_error(reply)
    if signed and text.strip() and len(text.strip()) <= 4000:
        assert reply.status_code == 200 and reply.json()


@pytest.mark.parametrize("path", ["/webhooks/sms/webhook", "/webhooks/telegram/webhook", "/webhooks/web/webhook"])
def test_webhook_bodies_over_a_megabyte_are_refused_before_they_are_read(stack, path):
    reply = httpx.post(f"{stack.rasa_url}{path}", content=b"x" * (1024 * 1024 + 1), timeout=60)
    assert reply.status_code == 413
    assert httpx.get(f"{stack.rasa_url}/webhooks/sms/", timeout=10).status_code == 200


def test_malformed_json_and_invalid_utf8_get_a_client_error(stack):
    for path in ("/webhooks/telegram/webhook", "/webhooks/web/webhook"):
        for body in (b"{", b"\xff\xfe{\"a\": 1}", b"[1, 2", b"\x00" * 100):
            reply = httpx.post(f"{stack.rasa_url}{path}", content=body, timeout=30,
                               headers={"Content-Type": "application/json",
                                        "X-Telegram-Bot-Api-Secret-Token": stack.env["TELEGRAM_WEBHOOK_SECRET"]})
            assert 400 <= reply.status_code < 500, (path, body, reply.status_code)


# The staff pages ---------------------------------------------------------------------------------

PASSWORD = "correct horse battery staple"


@pytest.fixture(scope="module")
def staff_client(stack):
    subprocess.run([sys.executable, "-m", "bot", "staff", "add", "fuzzy", "--centre", "soton", "--password-stdin"],
                   input=PASSWORD + "\n", cwd=PROJECT_ROOT, env=stack.command_env(), capture_output=True, text=True, timeout=60)
    client = browser_like(stack.web_url)
    client.post("/sign-in", data={"csrf": csrf_of(client.get("/sign-in").text), "username": "fuzzy", "password": PASSWORD})
    assert client.get("/records").status_code == 200
    client.csrf = csrf_of(client.get("/records").text)
    yield client
    client.close()


@FUZZ
@given(query=st.dictionaries(st.sampled_from(["month", "characteristic", "status", "overdue", "centre", "from", "to", "format"]),
                             TEXT, max_size=4))
def test_staff_pages_take_any_query_without_an_error(staff_client, query):
    for path in ("/records", "/downloads/monthly", "/downloads/records", "/services"):
        not_a_server_error(staff_client.get(path, params=query))


@FUZZ
@given(form=st.dictionaries(st.sampled_from(["status", "police_reference", "note", "name", "contact", "serves", "needs", "access"]),
                            TEXT, max_size=5), with_csrf=st.booleans())
def test_staff_forms_take_any_fields_without_an_error(staff_client, stack, form, with_csrf):
    record = staff_client.get("/records").text
    found = re.search(r'href="(/records/[0-9a-f]{32})"', record)
    targets = ["/services"] + ([f"{found.group(1)}/true-vision", f"{found.group(1)}/notes"] if found else [])
    for path in targets:
        reply = staff_client.post(path, data={**form, **({"csrf": staff_client.csrf} if with_csrf else {})})
        not_a_server_error(reply)
        if not with_csrf:  # refused: sent back with "Your session expired", nothing changed
            assert reply.status_code in (302, 403) and "/sign-in" not in reply.headers.get("location", "")


@FUZZ
@given(username=TEXT, password=TEXT, message=JSONISH)
def test_sign_in_and_chat_take_any_input_without_an_error(stack, username, password, message):
    with browser_like(stack.web_url) as client:
        csrf = csrf_of(client.get("/sign-in").text)
        client.get("/public")  # starts this browser's conversation
        not_a_server_error(client.post("/chat/message", content=json.dumps(message),
                                       headers={"X-CSRF-Token": csrf, "Content-Type": "application/json"}))
        reply = client.post("/sign-in", data={"csrf": csrf, "username": username, "password": password})
        assert reply.status_code in (401, 429)


def test_staff_pages_refuse_oversized_bodies(stack):
    reply = httpx.post(f"{stack.web_url}/sign-in", content=b"x" * (1024 * 1024 + 1), timeout=30)
    assert reply.status_code == 413
