"""The benchmark script runs end to end (small, on SQLite) and prints ratios to its own baseline."""

from __future__ import annotations

import re
import subprocess
import sys

from bot.config import PROJECT_ROOT


def test_monthly_return_benchmark_runs_and_reports_ratios():
    result = subprocess.run([sys.executable, "bench/monthly_return.py", "--records", "3000", "--database", "sqlite", "--repeat", "1"],
                            cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert re.search(r"return-all \(every centre\)\s+[\d.]+ s\s+x\s*[\d.]+ baseline", result.stdout)
    assert "sqlite: slowest return" in result.stdout
