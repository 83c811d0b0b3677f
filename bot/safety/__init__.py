"""The safety layer: each message is read for danger now and for a crisis before anything else,
at every question, on every channel, whatever the classifier makes of it.

``read`` combines the dedicated detectors (``bot.safety.danger``, ``bot.safety.crisis``) with the
classifier's confidences: the detectors decide wherever they are sure; where a message has danger
words but no sign of when ("he has been threatening me"), a classifier that hears danger makes it
danger now, and otherwise the assistant asks "Are you in danger right now?" instead of guessing.
The classifier alone never makes a message danger or crisis: with no danger words it heard danger
in "he is my manager" and crisis in "i want to be named" (bench/safety.py).
The NLU component ``bot.nlu.safety.SafetyLayer`` applies the result to every parsed message.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Mapping

from bot.safety.crisis import crisis_signs
from bot.safety.danger import Level, read_danger

# The classifier's confidence in report_danger that makes an unclear message danger now.
DANGER_NOW_CONFIDENCE = 0.5


@dataclass(frozen=True)
class Reading:
    danger: str | None  # "now": answer at once; "check": ask whether the person is in danger now
    crisis: bool
    signs: tuple[str, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        return {"danger": self.danger, "crisis": self.crisis, "signs": list(self.signs)}


def read(text: str, classifier: Mapping[str, float] | None = None) -> Reading:
    """Reads ``text`` for danger now and crisis; ``classifier`` maps intent names to confidences."""
    confidence = classifier or {}
    # The crisis lines follow from the detector only: the classifier alone heard crisis in answers
    # such as "i want to be named" (measured with bench/safety.py).
    crisis = crisis_signs(text)
    is_crisis = bool(crisis)
    danger = read_danger(text)
    signs = danger.signs + crisis
    if danger.level is Level.NOW:
        return Reading("now", is_crisis, signs)
    if danger.level is Level.UNCLEAR and not is_crisis:
        heard = confidence.get("report_danger", 0.0) >= DANGER_NOW_CONFIDENCE
        return Reading("now" if heard else "check", False, signs)
    return Reading(None, is_crisis, signs)
