"""Benchmark: how long training takes, against the stock `rasa init` assistant, and that unchanged
training files train nothing.

    .venv/bin/python bench/training.py

Trains, each in an empty Rasa cache so nothing is reused: the stock `rasa init` assistant (the
baseline, the same project bench/turns.py uses) and Safe to Say (domain.yml, config.yml, data/).
Then asks for Safe to Say's model again with nothing changed, as `make run` does. Prints seconds
and the ratio to the baseline. Goal: training at most 4 minutes on 2 cores; nothing retrained.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.turns import stock_model  # noqa: E402
from bot.training import ensure_model  # noqa: E402

RASA = str(Path(sys.executable).parent / "rasa")


def train(project: Path, out: Path, *files: str) -> float:
    """Seconds for `rasa train` of ``project`` with an empty Rasa cache."""
    with tempfile.TemporaryDirectory(prefix="rasa-cache-") as cache:
        began = time.monotonic()
        subprocess.run([RASA, "train", "--out", str(out), *files], cwd=project, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       env={**os.environ, "RASA_CACHE_DIRECTORY": cache, "RASA_TELEMETRY_ENABLED": "false"})
        return time.monotonic() - began


def main() -> int:
    stock = stock_model()
    with tempfile.TemporaryDirectory(prefix="bench-training-") as out:
        baseline = train(stock, Path(out))
        ours = train(ROOT, Path(out), "--domain", "domain.yml", "--config", "config.yml", "--data", "data")
    ensure_model()  # the model for these files, trained or copied once
    began = time.monotonic()
    ensure_model()
    unchanged = time.monotonic() - began
    print("training: each from an empty Rasa cache, 2 cores")
    print(f"stock `rasa init`  {baseline:6.1f} s")
    print(f"Safe to Say        {ours:6.1f} s   x{ours / baseline:4.2f} stock (goal: at most 240 s)")
    print(f"unchanged files    {unchanged:6.2f} s   nothing trained")
    return 0


if __name__ == "__main__":
    sys.exit(main())
