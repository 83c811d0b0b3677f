"""Every command the README gives works as written in a second terminal after `make run`: on a
fresh data directory whose only settings are the local keys `make run` makes (var/secrets.env, by
`python -m bot secrets`), with none of them in the environment."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from bot.config import PROJECT_ROOT
from tests.support.processes import free_port

SECRET_NAMES = ("PSEUDONYM_KEY", "SESSION_SECRET", "WEB_CHANNEL_SECRET", "RECORDS_ENCRYPTION_KEY", "DATABASE_URL",
                "CONVERSATION_STORE_URL", "SAFE_TO_SAY_DATA_DIR", "CLOCK_START")
PASSWORD = "correct horse battery staple"


@pytest.fixture(scope="module")
def second_terminal(tmp_path_factory) -> dict[str, str]:
    """The environment of a newcomer's second terminal: a data directory of their own, no keys set."""
    data = tmp_path_factory.mktemp("var")
    env = {k: v for k, v in os.environ.items() if k not in SECRET_NAMES}
    env["SAFE_TO_SAY_DATA_DIR"] = str(data)
    for step in (["secrets"], ["db", "upgrade"]):  # what `make run` does first
        assert run(env, *step).returncode == 0
    return env


def run(env: dict[str, str], *args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "bot", *args], cwd=PROJECT_ROOT, env=env, input=stdin,
                          capture_output=True, text=True, timeout=120)


def test_the_local_keys_are_made_once_and_kept(second_terminal):
    path = Path(second_terminal["SAFE_TO_SAY_DATA_DIR"]) / "secrets.env"
    first = path.read_text()
    assert run(second_terminal, "secrets").returncode == 0 and path.read_text() == first
    assert {line.split("=")[0] for line in first.splitlines()} == {"PSEUDONYM_KEY", "SESSION_SECRET", "WEB_CHANNEL_SECRET", "RECORDS_ENCRYPTION_KEY"}
    assert path.stat().st_mode & 0o077 == 0


# Each command the README names, as a newcomer would type it.
README_COMMANDS = [
    ["staff", "add", "casey", "--centre", "soton", "--password-stdin"],
    ["staff", "add", "admin", "--admin", "--password-stdin"],
    ["export"],
    ["export", "--format", "csv", "--from", "2026-11-01", "--to", "2026-11-30"],
    ["report", "monthly", "--month", "2026-11", "--format", "json"],
    ["report", "monthly", "--month", "2026-11", "--centre", "soton", "--format", "csv"],
    ["services", "list"],
    ["outbox", "status"],
    ["purge"],
    ["rotate-key"],
    ["db", "upgrade"],
    ["model"],
]


@pytest.mark.parametrize("command", README_COMMANDS, ids=[" ".join(c) for c in README_COMMANDS])
def test_each_readme_command_works_in_a_second_terminal(second_terminal, command):
    result = run(second_terminal, *command, stdin=PASSWORD + "\n" if "--password-stdin" in command else None)
    assert result.returncode == 0, result.stderr
    assert "Missing required setting" not in result.stderr


def test_handoff_of_an_unknown_reference_says_so(second_terminal):
    result = run(second_terminal, "handoff", "K7Q-M2X")
    assert result.returncode == 1 and "No report has the reference K7Q-M2X" in result.stderr


def test_the_web_app_starts_with_the_local_keys(second_terminal):
    port = free_port()
    web = subprocess.Popen([sys.executable, "-m", "bot", "web", "--port", str(port)], cwd=PROJECT_ROOT, env=second_terminal,
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                assert httpx.get(f"http://127.0.0.1:{port}/health", timeout=2).status_code == 200
                break
            except httpx.TransportError:
                assert web.poll() is None, web.stderr.read().decode()  # it stopped: say why
                assert time.monotonic() < deadline, "the web app did not answer within 60 s"
                time.sleep(0.2)
    finally:
        web.terminate()
        web.wait(timeout=20)


def test_every_command_the_readme_names_is_tried_here():
    readme = (PROJECT_ROOT / "README.md").read_text()
    named = {m.group(1) for m in re.finditer(r"python -m bot\s+([a-z-]+)", readme)}
    tried = {c[0] for c in README_COMMANDS} | {"handoff", "web", "secrets"}
    # telegram set-webhook needs Telegram's settings and network: tests/channels/test_telegram.py
    assert named - tried - {"telegram"} == set()
