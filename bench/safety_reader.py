"""Cross-validation of the safety layer's learned reader (bot/safety/semantic.py) on its own cases.

    .venv/bin/python bench/safety_reader.py [--folds 5] [--strength 4]

The reader is trained on all folds but one and reads the one left out, so every example is read by
a reader that never saw it; each is then combined with the patterns as bot.safety.read combines
them. Prints, for the patterns alone and for patterns and reader together: danger-now recall,
false alarms (danger now) and danger questions on the past, calm messages and answers, and crisis
recall. This chooses the reader's thresholds (bot/safety/__init__.py) without touching the blind
set, which only bench/safety.py reads.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot import safety  # noqa: E402
from bot.safety.semantic import LABELS, cross_validated, examples  # noqa: E402


def report(items, readings, title: str) -> None:
    def rate(hits: list[bool]) -> str:
        return f"{sum(hits):4}/{len(hits):<4} = {sum(hits) / max(len(hits), 1):.3f}"

    kinds = {label: [(t, r) for (t, lab), r in zip(items, readings) if lab == label] for label in LABELS}
    print(title)
    print(f"  danger now heard             {rate([r.danger == 'now' for _, r in kinds['now']])}")
    print(f"  danger now heard or asked    {rate([r.danger is not None for _, r in kinds['now']])}")
    for label in ("past", "calm"):
        print(f"  false alarms on {label:12} {rate([r.danger == 'now' for _, r in kinds[label]])}")
        print(f"  danger asked on {label:12} {rate([r.danger == 'check' for _, r in kinds[label]])}")
    print(f"  crisis heard                 {rate([r.crisis for _, r in kinds['crisis']])}")
    print(f"  crisis heard in others       {rate([r.crisis for label in ('now', 'past', 'calm') for _, r in kinds[label]])}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--strength", type=float, default=None, help="the regression's C (default: the reader's own)")
    parser.add_argument("--show", type=int, default=0, metavar="N", help="print up to N misreadings of each kind")
    args = parser.parse_args()
    from bot.safety.semantic import STRENGTH

    items = examples()
    probabilities = cross_validated(items, args.folds, args.strength or STRENGTH)
    alone = [safety.read(text) for text, _ in items]
    together = [safety.read(text, semantic=p) for (text, _), p in zip(items, probabilities)]
    print(f"{len(items)} examples: " + ", ".join(f"{sum(1 for _, l in items if l == label)} {label}" for label in LABELS))
    report(items, alone, "Patterns alone:")
    report(items, together, f"Patterns and reader ({args.folds}-fold cross-validated):")
    if args.show:
        for label, wrong in (("now", lambda r: r.danger != "now"), ("past", lambda r: r.danger == "now"),
                             ("calm", lambda r: r.danger is not None), ("crisis", lambda r: not r.crisis),
                             ("calm", lambda r: r.crisis), ("past", lambda r: r.crisis), ("now", lambda r: r.crisis)):
            misses = [(t, p) for (t, lab), r, p in zip(items, together, probabilities) if lab == label and wrong(r)]
            print(f"\n{label}, misread ({len(misses)}):")
            for text, p in misses[: args.show]:
                print(f"  {text!r}  " + " ".join(f"{k}={v:.2f}" for k, v in p.items()))


if __name__ == "__main__":
    main()
