"""Benchmark: how often the nearest answer by meaning (bot.answers.nearest) is right.

    .venv/bin/python bench/answers_nearest.py

Leave-one-out over data/answers/: each row of a question the reader serves is read with that row
left out; prints, for each similarity threshold, how many rows would be answered and how many of
those right, in all and per question. SIMILAR and MARGIN in bot/answers/nearest.py come from here.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.answers import nearest as reader  # noqa: E402

THRESHOLDS = (0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9)


def main() -> int:
    found: dict[str, list[tuple[float, bool]]] = {}
    for question in sorted(reader.QUESTIONS):
        table = reader._table(question)
        for text, value in zip(table.texts, table.values):
            if reader._TURNED_ROUND.search(text.lower()):
                continue
            read = reader.nearest(question, text.lower(), exclude=text)
            if read:
                same = reader.same_value(read[0]) == reader.same_value(value)
                found.setdefault(question, []).append((read[1], same))
    rows = sum(len(v) for v in found.values())
    print(f"Nearest answer by meaning, leave-one-out over {rows} answers with a clear nearest (margin {reader.MARGIN})")
    print(f"{'threshold':>10} {'answered':>9} {'right':>7}")
    for threshold in THRESHOLDS:
        taken = [same for reads in found.values() for alike, same in reads if alike >= threshold]
        print(f"{threshold:>10} {len(taken):>9} {sum(taken) / max(1, len(taken)):>7.3f}")
    print(f"\nper question at SIMILAR = {reader.SIMILAR}:")
    for question, reads in found.items():
        taken = [same for alike, same in reads if alike >= reader.SIMILAR]
        print(f"  {question:20} {len(taken):>4} answered, {sum(taken) / max(1, len(taken)):.3f} right")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
