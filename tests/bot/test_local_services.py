"""A centre adds its own services; the assistant offers them to that centre's people first."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from bot.config import PROJECT_ROOT
from bot.services import ServiceError, choose_services
from bot.services.local import local_services, remove_local_service, save_local_service

HATE_CRIME_CAFE = {"name": "Soton Hate Crime Cafe", "contact": "023 8000 0000, Tuesdays 10 to 2",
                   "serves": ["all"], "needs": ["someone_to_talk_to"], "access": ["easy_read"]}


def test_a_local_service_is_offered_first_to_its_centre_only(database_url):
    save_local_service(database_url, "soton", HATE_CRIME_CAFE)
    mine = local_services(database_url, "soton")
    assert [s.id for s in mine] == ["soton.soton_hate_crime_cafe"] and mine[0].local
    assert choose_services(["race"], ["someone_to_talk_to"], local=mine)[0].name == "Soton Hate Crime Cafe"
    assert local_services(database_url, "portsmouth") == []


def test_saving_again_updates_and_removing_is_per_centre(database_url):
    save_local_service(database_url, "soton", HATE_CRIME_CAFE)
    save_local_service(database_url, "soton", {**HATE_CRIME_CAFE, "contact": "023 8000 1111"})
    assert [s.contact for s in local_services(database_url, "soton")] == ["023 8000 1111"]
    assert not remove_local_service(database_url, "portsmouth", "soton.soton_hate_crime_cafe")
    assert remove_local_service(database_url, "soton", "soton.soton_hate_crime_cafe")
    assert local_services(database_url, "soton") == []


@pytest.mark.parametrize("change, says", [
    ({"serves": ["football"]}, "serves football"),
    ({"needs": ["money"]}, "needs money"),
    ({"access": ["braille"]}, "access braille"),
    ({"contact": ""}, "needs an id, a name and a contact"),
])
def test_values_outside_the_vocabulary_are_refused(sqlite_url, change, says):
    with pytest.raises(ServiceError, match=says):
        save_local_service(sqlite_url, "soton", {**HATE_CRIME_CAFE, **change})


def test_import_from_a_file_is_all_or_nothing(sqlite_url, tmp_path):
    env = {**os.environ, "DATABASE_URL": sqlite_url}
    good = tmp_path / "local.yml"
    good.write_text("services:\n  - {name: Soton Cafe, contact: '023 8000 0000', serves: [all], needs: [someone_to_talk_to]}\n"
                    "  - {name: Portswood Mosque support, contact: '023 8000 2222', serves: [religion_or_belief], needs: [advocacy]}\n")
    bad = tmp_path / "bad.yml"
    bad.write_text("services:\n  - {name: A, contact: '1', serves: [all], needs: []}\n  - {name: B, contact: '2', serves: [cats], needs: []}\n")
    command = [sys.executable, "-m", "bot", "services", "import"]
    refused = subprocess.run([*command, str(bad), "--centre", "soton"], cwd=PROJECT_ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert refused.returncode == 2 and "serves cats" in refused.stderr
    assert local_services(sqlite_url, "soton") == []
    added = subprocess.run([*command, str(good), "--centre", "soton"], cwd=PROJECT_ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert added.returncode == 0, added.stderr
    listed = subprocess.run([sys.executable, "-m", "bot", "services", "list", "--centre", "soton"], cwd=PROJECT_ROOT,
                            env=env, capture_output=True, text=True, timeout=120).stdout
    assert listed.splitlines()[0].startswith("soton.soton_cafe\tlocal") and "stop_hate_uk\tnational" in listed
