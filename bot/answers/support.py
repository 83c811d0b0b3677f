"""What support the person wants, read from their own words.

The cue words (bot/answers/cues.yml, ``support_wanted``) name most kinds. Someone asked to speak
or write to an organisation for the person is advocacy, whatever the organisation deals in: "someone
to ring the housing association for me" is not practical help with housing. "For me" alone says
nothing of advocacy ("no support needed for me ta").
"""

from __future__ import annotations

import re

from bot.answers.choices import match_keys
from bot.answers.text import normalise

# Speaking or writing to someone on the person's behalf: "ring the housing association for me".
_ON_MY_BEHALF = re.compile(r"\b(?:ring|call|phone|contact|speak to|talk to|write to|email|chase|chase up|deal with|sort it out with|sort things out with) "
                           r"(?:the |my |our |a |an |his |her |their )?(?:\w+ ){0,3}?(?:for (?:me|us)|on (?:my|our) behalf)\b")


def support_kinds(text: str) -> list[str]:
    """The kinds of support ``text`` asks for, in the order named; none if it names none."""
    return match_keys("support_wanted", _ON_MY_BEHALF.sub(" on my behalf ", normalise(text)))
