"""Starting the project's real processes for tests, on free ports, and waiting until they answer."""

from __future__ import annotations

import os
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

from bot.config import PROJECT_ROOT


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Process:
    """A subprocess whose output goes to a log file, stopped with ``stop()``."""

    def __init__(self, args: list[str], env: dict[str, str], log: Path):
        self.log = log
        self._out = open(log, "wb")
        self.popen = subprocess.Popen(
            args, cwd=PROJECT_ROOT, env={**os.environ, "RASA_TELEMETRY_ENABLED": "false", **env},
            stdout=self._out, stderr=subprocess.STDOUT,
        )

    def wait_until_ready(self, url: str, seconds: float) -> None:
        deadline = time.monotonic() + seconds
        while True:
            try:
                urllib.request.urlopen(url, timeout=2)
                return
            except OSError:
                if self.popen.poll() is not None or time.monotonic() > deadline:
                    self.stop()
                    raise RuntimeError(f"{url} did not come up; log:\n{self.log.read_text(errors='replace')[-4000:]}")
                time.sleep(0.5)

    def stop(self) -> None:
        if self.popen.poll() is None:
            self.popen.terminate()
            try:
                self.popen.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.popen.kill()
        self._out.close()
