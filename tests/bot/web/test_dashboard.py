"""The staff dashboard over real HTTP: sign in, filter a month's records, open one, set True Vision
with the police reference, add an outcome note, download the return and the records; staff see
only their centre, an admin sees every centre, and changes without the CSRF token are refused."""

from __future__ import annotations

import re
from contextlib import contextmanager
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from io import BytesIO
from pathlib import Path
from typing import Iterator
from zoneinfo import ZoneInfo

import httpx
import pytest
from openpyxl import load_workbook

from bot.config import PROJECT_ROOT
from bot.records.follow_up import latest_update
from bot.records.repository import find_by_reference
from bot.records.search import get_record
from bot.reporting.synthetic import insert_records, synthetic_records
from tests.support.processes import Process, free_port

PASSWORD = "correct horse battery staple"
ENV = {"WEB_CHANNEL_SECRET": "test-web-channel-secret-0123456789", "SESSION_SECRET": "test-session-secret-0123456789abcdef"}


# The web app's clock is set (CLOCK_START, bot.clock), so "this month" and "overdue" never depend
# on the day the tests run. MID_MONTH is the usual instant; CALENDAR holds the instants where months,
# years and the clocks turn, which the filters are also checked at.
MID_MONTH = datetime(2026, 6, 17, 10, 0)  # UTC
CALENDAR = {
    "1st, 00:10 in London, still the 30th in UTC": datetime(2026, 6, 30, 23, 10),
    "2nd": datetime(2026, 12, 2, 9, 0),
    "28th of February": datetime(2027, 2, 28, 12, 0),
    "29th of February, a leap day": datetime(2028, 2, 29, 12, 0),
    "30th": datetime(2026, 9, 30, 15, 0),
    "31st of December, 23:50": datetime(2026, 12, 31, 23, 50),
    "the night the clocks go forward": datetime(2026, 3, 29, 1, 30),
    "the night the clocks go back": datetime(2026, 10, 25, 1, 30),
}


@contextmanager
def web_app(database_url: str, cipher, log: Path, now: datetime) -> Iterator[tuple[str, list[dict]]]:
    """The web app on its own (no assistant needed), its clock at ``now``, over 120 synthetic
    records made in the 20 days before ``now``."""
    records = synthetic_records(seed=3, count=120, first=now - timedelta(days=20), last=now, centres=["soton", "portsmouth"])
    insert_records(database_url, cipher, records)
    env = {**ENV, "DATABASE_URL": database_url, "CLOCK_START": now.isoformat() + "Z"}
    for name, extra in (("kim", ["--centre", "soton"]), ("pat", ["--centre", "portsmouth"]), ("ada", ["--admin"])):
        subprocess.run([sys.executable, "-m", "bot", "staff", "add", name, *extra, "--password-stdin"], input=PASSWORD + "\n",
                       cwd=PROJECT_ROOT, env=env, check=True, capture_output=True, text=True, timeout=60)
    port = free_port()
    web = Process([sys.executable, "-m", "bot", "web", "--port", str(port)], env, log)
    web.wait_until_ready(f"http://127.0.0.1:{port}/health", 60)
    try:
        yield f"http://127.0.0.1:{port}", records
    finally:
        web.stop()


@pytest.fixture
def site(database_url, cipher, tmp_path):
    with web_app(database_url, cipher, tmp_path / "web.log", MID_MONTH) as running:
        yield running


def browser_like(url: str) -> httpx.Client:
    """A client that, like a browser on localhost, sends back the Secure session cookie over http."""
    client = httpx.Client(base_url=url, timeout=60)

    def keep_cookie(reply: httpx.Response) -> None:
        for header in reply.headers.get_list("set-cookie"):
            if header.startswith("sts_session="):
                client.headers["Cookie"] = header.split(";", 1)[0]

    client.event_hooks["response"] = [keep_cookie]
    return client


@contextmanager
def signed_in(url: str, username: str) -> Iterator[httpx.Client]:
    with browser_like(url) as client:
        csrf = re.search(r'name="csrf" value="([^"]+)"', client.get("/sign-in").text).group(1)
        reply = client.post("/sign-in", data={"csrf": csrf, "username": username, "password": PASSWORD})
        assert reply.status_code == 302
        yield client


def csrf_of(html: str) -> str:
    return re.search(r'name="csrf" value="([^"]+)"', html).group(1)


def month_of(utc: datetime) -> str:
    return utc.replace(tzinfo=timezone.utc).astimezone(ZoneInfo("Europe/London")).strftime("%Y-%m")


def this_month() -> str:
    return month_of(MID_MONTH)


def shown_records(html: str) -> set[str]:
    """The record ids a list links to by their reference."""
    return set(re.findall(r'<a href="/records/([0-9a-f]{32})">[A-Z0-9]{3}-[A-Z0-9]{3}</a>', html))


def check_filters(url: str, records: list[dict], now: datetime) -> None:
    """This month's and last month's lists, filtered by characteristic and by overdue, show exactly
    the matching records of the centre; between them, each filter matched something."""
    cutoff = now - timedelta(hours=48)
    months = {month_of(now), month_of(now - timedelta(days=20))}
    matched = {"disability": 0, "overdue": 0}
    with signed_in(url, "kim") as kim:
        for month in months:
            ours = [r for r in records if month_of(r["created_at"]) == month and r["centre_id"] == "soton"]
            page = kim.get("/records", params={"month": month, "characteristic": "disability"}).text
            want = {r["record_id"] for r in ours if "disability" in r["characteristics"]}
            assert f'<h2 id="list-heading">{len(want)} record' in page and shown_records(page) == want, month
            overdue = kim.get("/records", params={"month": month, "overdue": "1"}).text
            late = {r["record_id"] for r in ours if r["true_vision_status"] == "referred" and r["created_at"] < cutoff}
            assert shown_records(overdue) == late and overdue.count("Overdue</strong>") == len(late), month
            matched["disability"] += len(want)
            matched["overdue"] += len(late)
        assert "That month was not understood" in kim.get("/records", params={"month": "2026-13"}).text
        assert f'value="{month_of(now)}"' in kim.get("/records").text  # the list opens on the clock's month
    assert matched["disability"] > 0 and matched["overdue"] > 0, matched


def test_filters_show_exactly_the_matching_records_of_the_centre(site):
    check_filters(*site, MID_MONTH)


@pytest.mark.parametrize("now", CALENDAR.values(), ids=CALENDAR.keys())
def test_filters_hold_on_the_days_months_and_clocks_turn(sqlite_url, cipher, tmp_path, now):
    with web_app(sqlite_url, cipher, tmp_path / "web.log", now) as (url, records):
        check_filters(url, records, now)


def test_a_record_shows_the_account_and_takes_true_vision_and_a_note(site, database_url, cipher):
    url, records = site
    with signed_in(url, "kim") as kim:
        listing = kim.get("/records", params={"month": this_month(), "status": "referred"}).text
        record_id, reference = re.search(r'<a href="/records/([0-9a-f]{32})">([A-Z0-9-]{7})</a>', listing).groups()
        detail = kim.get(f"/records/{record_id}").text
        original = next(r for r in records if r["record_id"] == record_id)
        assert original["what_happened"] in detail and "True Vision hand-off" in detail and "Complete by" in detail
        token = csrf_of(detail)
        refused = kim.post(f"/records/{record_id}/true-vision", data={"csrf": token, "status": "submitted"})
        assert "reference number True Vision gave" in kim.get(refused.headers["location"]).text
        kim.post(f"/records/{record_id}/true-vision", data={"csrf": token, "status": "submitted", "police_reference": "HC/2026/0042"})
        kim.post(f"/records/{record_id}/notes", data={"csrf": token, "note": "The council has cleaned the graffiti."})
        after = kim.get(f"/records/{record_id}").text
        assert "HC/2026/0042" in after and "The council has cleaned the graffiti." in after
    assert find_by_reference(database_url, cipher, reference)["true_vision_status"] == "submitted"
    assert latest_update(database_url, cipher, reference).note == "The council has cleaned the graffiti."


def test_a_wellbeing_concern_is_marked_in_the_list_and_explained_on_the_record(site):
    url, records = site
    ours = [r for r in records if r["centre_id"] == "soton" and month_of(r["created_at"]) == this_month()]
    concerned = {r["record_id"] for r in ours if r["wellbeing_concern"]}
    with signed_in(url, "kim") as kim:
        listing = kim.get("/records", params={"month": this_month()}).text
        rows = re.findall(r'<tr[^>]*>\s*<th scope="row"><a href="/records/([0-9a-f]{32})">.*?</tr>', listing, re.S)
        marked = {rid for rid, row in zip(rows, re.findall(r'<tr[^>]*>\s*<th scope="row">.*?</tr>', listing, re.S)) if "Wellbeing concern" in row}
        assert marked == concerned and concerned
        one = next(iter(concerned))
        page = kim.get(f"/records/{one}").text
        assert 'id="wellbeing-concern"' in page and "116 123" in page
        other = next(r["record_id"] for r in ours if not r["wellbeing_concern"])
        assert 'id="wellbeing-concern"' not in kim.get(f"/records/{other}").text


def test_changes_without_the_csrf_token_are_refused(site, database_url, cipher):
    url, records = site
    mine = next(r for r in records if r["centre_id"] == "soton")
    with signed_in(url, "kim") as kim:
        kim.post(f"/records/{mine['record_id']}/notes", data={"note": "Forged"})
        kim.post(f"/records/{mine['record_id']}/true-vision", data={"status": "declined"})
    stored = get_record(database_url, cipher, mine["record_id"], "soton").record
    assert latest_update(database_url, cipher, stored["reference"]).note is None
    assert stored["true_vision_status"] == mine["true_vision_status"]


def test_staff_see_only_their_centre_and_an_admin_sees_all(site):
    url, records = site
    theirs = next(r for r in records if r["centre_id"] == "portsmouth")
    with signed_in(url, "kim") as kim:
        assert kim.get(f"/records/{theirs['record_id']}").status_code == 404
        assert kim.post(f"/records/{theirs['record_id']}/notes", data={"csrf": csrf_of(kim.get("/records").text), "note": "x"}).status_code == 302
    with signed_in(url, "ada") as ada:
        assert ada.get(f"/records/{theirs['record_id']}").status_code == 200
        everyone = ada.get("/records", params={"month": this_month()}).text
        assert "Every centre" in everyone
    assert httpx.get(f"{url}/records").status_code == 302  # not signed in: to the sign-in page


def test_downloads_are_the_centres_own(site):
    url, records = site
    month = this_month()
    with signed_in(url, "kim") as kim:
        sheet = load_workbook(BytesIO(kim.get("/downloads/records", params={"month": month, "format": "xlsx"}).content))["Records"]
        centres = {row[-1] for row in sheet.iter_rows(min_row=2, values_only=True)}
        assert centres == {"soton"}
        pdf = kim.get("/downloads/monthly", params={"month": month, "format": "pdf"})
        assert pdf.headers["content-type"] == "application/pdf" and pdf.content.startswith(b"%PDF-")
        assert 'filename="monthly-return-' in pdf.headers["content-disposition"]
        assert kim.get("/downloads/monthly", params={"month": month, "format": "json", "centre": "portsmouth"}).json()["centre_id"] == "soton"
        assert kim.get("/downloads/monthly", params={"month": "soon", "format": "pdf"}).status_code == 400


def test_a_centre_adds_and_removes_a_local_service(site, database_url):
    from bot.services.local import local_services

    url, _ = site
    with signed_in(url, "kim") as kim:
        token = csrf_of(kim.get("/services").text)
        kim.post("/services", data={"csrf": token, "name": "Soton Hate Crime Cafe", "contact": "023 8000 0000",
                                    "serves": ["all"], "needs": ["someone_to_talk_to"], "access": ["easy_read"]})
        assert "Soton Hate Crime Cafe added" in kim.get("/services").text
        assert [s.name for s in local_services(database_url, "soton")] == ["Soton Hate Crime Cafe"]
        kim.post("/services/soton.soton_hate_crime_cafe/remove", data={"csrf": token})
    assert local_services(database_url, "soton") == []


def test_sign_in_waits_after_five_wrong_passwords(site):
    url, _ = site
    with browser_like(url) as client:
        csrf = csrf_of(client.get("/sign-in").text)
        wrong = [client.post("/sign-in", data={"csrf": csrf, "username": "kim", "password": "guess"}).status_code for _ in range(5)]
        assert wrong == [401] * 5
        right = client.post("/sign-in", data={"csrf": csrf, "username": "kim", "password": PASSWORD})
        assert right.status_code == 429 and "Please wait 15 minutes" in right.text
    with signed_in(url, "pat"):  # other staff are not locked out
        pass


def test_the_session_cookie_is_httponly_secure_and_strict(site):
    url, _ = site
    [cookie] = [c for c in httpx.get(f"{url}/sign-in").headers.get_list("set-cookie") if c.startswith("sts_session=")]
    flags = {part.strip().split("=")[0].lower(): part.strip() for part in cookie.split(";")[1:]}
    assert "httponly" in flags and "secure" in flags
    assert flags["samesite"].lower() == "samesite=strict"
