"""The benchmark script runs end to end (small, on SQLite) and prints ratios to its own baseline."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from bot.config import PROJECT_ROOT


def test_monthly_return_benchmark_runs_and_reports_ratios():
    result = subprocess.run([sys.executable, "bench/monthly_return.py", "--records", "3000", "--database", "sqlite", "--repeat", "1"],
                            cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert re.search(r"return-all \(every centre\)\s+[\d.]+ s\s+x\s*[\d.]+ baseline", result.stdout)
    assert "sqlite: slowest return" in result.stdout


@pytest.mark.model
@pytest.mark.evaluation
def test_turn_benchmark_runs_both_assistants_and_prints_ratios():
    result = subprocess.run([sys.executable, "bench/turns.py", "--seconds", "3", "--concurrency", "2", "--repeat", "2"],
                            cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "medians of 2 loads of 3 s each" in result.stdout
    assert re.search(r"stock\s+2 at once\s+p50\s+\d+ ms\s+p95\s+\d+ ms\s+[\d.]+ turns/s", result.stdout)
    assert re.search(r"ours\s+2 at once .* x\s*[\d.]+ stock's turns/s, p95 x\s*[\d.]+ stock's", result.stdout)
    assert re.search(r"ready\s+stock\s+[\d.]+ s\s+ours\s+[\d.]+ s", result.stdout)
    assert re.search(r"memory\s+stock\s+\d+ MB\s+ours\s+\d+ MB", result.stdout)


@pytest.mark.evaluation
def test_answers_by_meaning_benchmark_prints_how_often_it_is_right():
    result = subprocess.run([sys.executable, "bench/answers_nearest.py"], cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-3000:]
    rows = re.findall(r"^\s+(0\.\d+)\s+(\d+)\s+(0\.\d+|1\.000)$", result.stdout, re.MULTILINE)
    assert len(rows) >= 5
    answered = [int(n) for _, n, _ in rows]
    assert answered == sorted(answered, reverse=True)  # a higher threshold answers fewer
