"""The safety layer: each message is read for danger now and for a crisis before anything else,
at every question, on every channel, whatever the classifier makes of it.

``read`` combines three readings: the dedicated pattern detectors (``bot.safety.danger``,
``bot.safety.crisis``), which are exact about tense and quoted abuse; the learned reader
(``bot.safety.semantic``), which hears danger and crisis told in words no pattern has; and the
intent classifier's confidences. The patterns decide wherever they are sure (danger now; the past);
where they find nothing, or danger words with no sign of when ("he has been threatening me"), a
message near in meaning to danger now is danger now, one less near is asked about ("Are you in
danger right now?"), and crisis follows from the patterns or from a message near in meaning to a
crisis that is not someone else's abuse quoted. The intent classifier alone never makes a message
danger or crisis: with no danger words it heard danger in "he is my manager" and crisis in "i want
to be named" (bench/safety.py).
The NLU component ``bot.nlu.safety.SafetyLayer`` applies the result to every parsed message.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Mapping

from bot.safety.crisis import crisis_signs, fears_being_killed, is_quoted_abuse
from bot.safety.danger import Level, read_danger, tells_a_threat_made
from bot.safety.text import safety_text

# The classifier's confidence in report_danger that makes an unclear message danger now.
DANGER_NOW_CONFIDENCE = 0.5
# How near in meaning to danger now (bot.safety.semantic) a message the patterns found nothing in,
# or only words that could be now or then, must be to be danger now, or to be asked about; and to a
# crisis for the crisis lines. Chosen by cross-validation on the cases (bench/safety_reader.py).
NOW_MEANING = 0.75
ASK_MEANING = 0.5
CRISIS_MEANING = 0.8
MEANING_SIGN = "near in meaning to"
# A crisis is the person's own: the reader alone hears one only in a message about themselves or
# about living and dying (it heard one in "actually no leave it", said to keep a report).
_ABOUT_ONESELF = re.compile(r"\b(?:i|me|my|myself|im|mine|life|living|live|alive|die|dying|dead|death|end|point|goodbye)\b")
# Nor in a condition the person lives with, told as who they are: "having a brain injury and slurring
# my words at the till" (blind set 90, at "what was it about?", got the crisis lines).
_A_CONDITION_TOLD = re.compile(r"\b(?:having|have|i ve got|ive got|got|with|because of|due to) (?:a |an |my )?(?:acquired |traumatic |bad )?"
                               r"(?:brain|head|spinal|spine|back|neck) injury\b|\bslurr(?:ing|ed|s)? (?:my |his |her )?(?:words|speech)\b|\bslurred speech\b")
HELP_COMMAND = frozenset({"help", "help me understand", "what does that mean", "what do you mean"})


@dataclass(frozen=True)
class Reading:
    danger: str | None  # "now": answer at once; "check": ask whether the person is in danger now
    crisis: bool
    signs: tuple[str, ...] = ()

    @property
    def only_meaning(self) -> bool:
        """True if only the learned reader heard it: no pattern found a sign."""
        return bool(self.signs) and all(sign.startswith(MEANING_SIGN) for sign in self.signs)

    def as_dict(self) -> dict[str, Any]:
        return {"danger": self.danger, "crisis": self.crisis, "signs": list(self.signs), "only_meaning": self.only_meaning}


def read(text: str, classifier: Mapping[str, float] | None = None, semantic: Mapping[str, float] | None = None) -> Reading:
    """Reads ``text`` for danger now and crisis; ``classifier`` maps intent names to confidences,
    ``semantic`` the learned reader's labels (bot.safety.semantic.LABELS) to probabilities."""
    confidence = classifier or {}
    # "help" alone asks what the question means (shouted, the patterns hear it as a cry).
    meaning = semantic if semantic and safety_text(text) not in HELP_COMMAND else {}
    # The crisis lines follow from the patterns or the learned reader, never from the intent
    # classifier, which heard crisis in answers such as "i want to be named" (bench/safety.py).
    crisis = crisis_signs(text)
    if (not crisis and meaning.get("crisis", 0.0) >= CRISIS_MEANING and not is_quoted_abuse(text)
            and not fears_being_killed(text) and _ABOUT_ONESELF.search(safety_text(text)) and not _A_CONDITION_TOLD.search(safety_text(text))):
        crisis = (f"{MEANING_SIGN} a crisis",)
    is_crisis = bool(crisis)
    danger = read_danger(text)
    signs = danger.signs + crisis
    now = meaning.get("now", 0.0)
    if danger.level is Level.NOW:
        return Reading("now", is_crisis, signs)
    if is_crisis and now <= meaning.get("crisis", 0.0):
        return Reading(None, True, signs)
    if danger.level is Level.UNCLEAR:
        # A threat told as made in the past ("they threatened to stab me") is asked about, whatever it sounds like.
        heard = ((confidence.get("report_danger", 0.0) >= DANGER_NOW_CONFIDENCE or now >= NOW_MEANING)
                 and not (danger.told_as_past and tells_a_threat_made(text)))
        return Reading("now" if heard else "check", is_crisis, signs)
    # The learned reader hears danger now only in a message the patterns cannot place in time: not
    # in one told in the past ("a group of men shouted at me outside the mosque"), nor where the
    # patterns see that no danger is meant ("i want help to feel safe", which it took for a cry).
    if danger.level is Level.NONE and not (danger.says_safe or danger.told_as_past or danger.no_danger_meant):
        if now >= NOW_MEANING:
            return Reading("now", is_crisis, signs + (f"{MEANING_SIGN} danger now",))
        if now >= ASK_MEANING:
            return Reading("check", is_crisis, signs + (f"{MEANING_SIGN} danger now",))
    return Reading(None, is_crisis, signs)
