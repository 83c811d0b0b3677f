"""An answer no cue phrase names, read by meaning: the value of the nearest of its question's own
answers in data/answers/, when it is near enough.

The cue phrases in cues.yml hear the words someone wrote down; fresh wordings slip past them
("because i am 85" names no cue for age). Here the answer and the question's table of answers
are placed with the safety layer's sentence encoder (bot.safety.encoder), and the value of the
nearest row is taken when it is at least SIMILAR alike and clearly nearer than any row with
another value. Only for questions whose choices differ in what they are about (who, what, why,
where, which support, which outcome, how they found us): never where the choices differ by a
"not" (are you safe, has it happened before, police, anonymous, True Vision, the summary), which
sentence embeddings barely tell apart, and never for an answer with a "not" in it.
The thresholds are chosen by leave-one-out over the tables (bench/answers_nearest.py).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np
import yaml

from bot.config import PROJECT_ROOT

QUESTIONS = frozenset({"reporter_role", "incident_types", "characteristics", "location_type", "support_wanted",
                       "preferred_outcome", "contact_route"})
SIMILAR = 0.75  # leave-one-out: 505 of 699 rows answered, 0.974 of them right (0.7: 563, 0.968; 0.8: 391, 0.980)
MARGIN = 0.05
_TURNED_ROUND = re.compile(r"\b(?:not|no|never|nothing|none|nobody|dont|don't|without|neither|nor)\b|n't\b")
_A_WORD = re.compile(r"[a-z]{3,}")


def same_value(value: Any) -> str:
    """A value in a form that compares equal exactly when two values are the same (lists included)."""
    return json.dumps(value, sort_keys=True, default=str)


@dataclass(frozen=True)
class _Table:
    texts: list[str]
    values: list[Any]
    keys: list[str]  # same_value of each value, made once
    embedded: np.ndarray


@lru_cache(maxsize=None)
def _table(question: str) -> _Table:
    """The question's answers (text, value) and their embeddings, read once."""
    from bot.safety.encoder import shared_encoder

    rows = yaml.safe_load((PROJECT_ROOT / "data" / "answers" / f"{question}.yml").read_text(encoding="utf-8"))[question]
    rows = [row for row in rows if row.get("value") not in (None, "", [])]
    texts = [str(row["text"]) for row in rows]
    values = [row["value"] for row in rows]
    return _Table(texts, values, [same_value(v) for v in values], np.asarray(shared_encoder().encode(texts)))


def nearest(question: str, text: str, exclude: str | None = None) -> tuple[Any, float] | None:
    """The value of the nearest row and how alike it is, if one is clearly nearest; ``exclude``
    leaves out a row with that text (to measure the rows themselves)."""
    from bot.safety.encoder import shared_encoder

    table = _table(question)
    alike = table.embedded @ np.asarray(shared_encoder().encode([text]))[0]
    order = [i for i in np.argsort(-alike) if table.texts[i] != exclude]
    if not order:
        return None
    best = order[0]
    other = next((alike[i] for i in order if table.keys[i] != table.keys[best]), -1.0)
    if alike[best] - other < MARGIN:
        return None
    return table.values[best], float(alike[best])


def answer_by_meaning(question: str, text: str) -> Any:
    """The stored value ``text`` most likely means at ``question``, or None when not sure."""
    plain = (text or "").strip().lower()
    if question not in QUESTIONS or not _A_WORD.search(plain) or _TURNED_ROUND.search(plain):
        return None
    found = nearest(question, plain)
    return found[0] if found and found[1] >= SIMILAR else None
