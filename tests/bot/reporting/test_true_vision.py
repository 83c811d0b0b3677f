"""The True Vision hand-off follows True Vision's order and gives the 48-hour deadline."""

from __future__ import annotations

import os
import subprocess
import sys

from bot.config import PROJECT_ROOT
from bot.records.repository import save_incident
from bot.reporting.true_vision import handoff_text
from tests.bot.records.test_repository import answers

RECORD = {
    "reference": "K7Q-M2X", "created_at": "2026-03-28T10:15:00Z", "reporter_role": "on_behalf_other",
    "incident_types": ["verbal_abuse", "threats"], "what_happened": "A man shouted at my son at the bus stop.",
    "location_type": "public_transport", "location_area": "SO14", "incident_date": "2026-03-27", "time_band": "evening",
    "characteristics": ["race", "other"], "characteristic_other": "his football shirt", "police_involvement_wanted": "not_sure",
    "anonymous": True, "ongoing": "no", "immediate_danger": False, "true_vision_status": "referred",
}


def test_the_hand_off_follows_true_visions_order():
    text = handoff_text(RECORD)
    order = ["Who is reporting", "What happened", "Where", "When", "Why they think it happened", "Wishes"]
    positions = [text.index(heading) for heading in order]
    assert positions == sorted(positions)
    assert "A friend, family member or carer reporting for them" in text
    assert "In their words: A man shouted at my son at the bus stop." in text
    assert "Bus, train, taxi, station, SO14" in text and "Friday 27 March 2026, evening" in text
    assert "Why they think it happened: Race, ethnicity, nationality or colour; Something else: his football shirt" in text
    assert "Not sure about police involvement; anonymous report" in text


def test_the_deadline_is_48_hours_later_in_local_time_across_the_clock_change():
    # Made at 10:15 UTC on Saturday 28 March; the clocks go forward on the 29th, so 48 hours later
    # is 11:15 British Summer Time on Monday 30 March.
    assert "Complete by: Monday 30 March 2026, 11:15" in handoff_text(RECORD)


def test_the_command_prints_a_stored_report_and_explains_an_unknown_one(database_url, cipher):
    saved = save_incident(database_url, answers(), cipher)
    env = {**os.environ, "DATABASE_URL": database_url}
    shown = subprocess.run([sys.executable, "-m", "bot", "handoff", saved["reference"]], cwd=PROJECT_ROOT, env=env,
                           capture_output=True, text=True, timeout=60)
    assert shown.returncode == 0 and f"True Vision hand-off for report {saved['reference']}" in shown.stdout
    assert "A man shouted at me at the bus stop near SO14." in shown.stdout  # decrypted for staff
    missing = subprocess.run([sys.executable, "-m", "bot", "handoff", "ZZZ-999"], cwd=PROJECT_ROOT, env=env,
                             capture_output=True, text=True, timeout=60)
    assert missing.returncode == 1 and "No report has the reference ZZZ-999" in missing.stderr
