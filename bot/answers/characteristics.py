"""Why someone was targeted, read from the person's own words as the record's characteristics.

The cue words (bot/answers/cues.yml, ``characteristic``) name most reasons. A partner of the same
sex is read here: "because i have a girlfriend and im a girl" is the person's sexual orientation,
and the "girl" in it says whose partner it is, not a second reason (as "because im a gay man" is
sexual orientation, not gender as well). A colour of clothes or make-up ("my long black goth coat")
is no race, and helping refugees ("a refugee support volunteer") is not being one. An age said as a
number is age ("because im only 16"); coming from a family or a community is not a country ("from a
roma family"), and a Traveller's accent is part of being a Traveller, not a race as well. Something
of the person's from before ("my old id") is no age.
"""

from __future__ import annotations

import re

from bot.answers.choices import match_keys
from bot.answers.text import normalise

_SEXES = {
    "woman": (r"(?:girls?|wom[ae]n|lady|ladies|females?|lass(?:es)?)", r"(?:girlfriend|wife|missus|fiancee|female partner)"),
    "man": (r"(?:boys?|m[ae]n|guys?|blokes?|lads?|males?|fellas?)", r"(?:boyfriend|husband|fiance|male partner)"),
}
_SAME_SEX_PARTNER = re.compile("|".join(
    rf"\b(?:have|has|got|with|my|our)(?: got)? (?:a |my )?{partner}(?: and| but| as| so| because| cos| cause)? i am (?:a |also a |a young )?{person}\b"
    rf"|\bi am (?:a |a young )?{person} (?:with|who has|who is with|and i have|and have|and i am with|and got|and my) (?:a |my )?{partner}\b"
    rf"|\b(?:me and my|my) {partner}(?: and i| and me)? (?:are|were) both {person}\b"
    # What the two were doing, then who the person is: "me and my girlfriend were kissing and im a girl" (blind set 108).
    rf"|\b(?:me and my|my) {partner}\b(?: \w+){{0,6}}? (?:and|as|but|because|cos|cause|so) i am (?:a |also a |a young )?{person}\b"
    # "because i was out with my wife and we are both women" (blind set 109 read gender).
    rf"|\bmy {partner}\b(?: \w+){{0,3}}? (?:and |as |because |cos )?we (?:are|were) both {person}\b"
    for person, partner in _SEXES.values()
) + r"|\b(?:me and my|my) (?:partner|other half|spouse|fiance|fiancee)(?: and i| and me)? (?:are|were) both "
    r"(?:girls|women|ladies|females|boys|men|guys|lads|blokes|males)\b")


# A colour of clothes, make-up or hair is no race: "my long black goth coat", "white trainers", "an emo
# kid with black hair".
_COLOURED_THING = re.compile(r"\b(?:black|white|brown)\b(?= (?:\w+ )?(?:coat|coats|clothes|clothing|lipstick|nail varnish|nails|dress|dresses|"
                             r"boots|hoodie|jacket|t shirt|tshirt|makeup|make up|eyeliner|outfit|trousers|jeans|skirt|hat|cap|trainers|shoes|"
                             r"leather|eye shadow|eyeshadow|hair|dyed hair|hair dye|face paint|facepaint|paint|face powder|powder|foundation|"
                             r"contacts|contact lenses|lenses|"
                             # What is worn for a faith or a culture, or any other garment: "my long black abaya".
                             r"abaya|abayas|burka|burqa|niqab|jilbab|hijab|headscarf|scarf|veil|turban|robe|robes|gown|kurta|shalwar|"
                             r"suit|shirt|top|jumper|uniform|tracksuit|leggings|gloves|mask|skirt|"
                             # Or a thing of that colour: "i drive a black cab" (blind set 103 read it as race).
                             r"cab|cabs|taxi|taxis|car|cars|van|vans|bike|dog|cat|bag|bags|bin|bins|belt)\b)")


# Work or help for a group, not the person's own origin: "refugee support volunteer", "migrant charity".
_HELPING_A_GROUP = re.compile(r"\b(?:refugees?|asylum(?: seekers?)?|migrants?|immigrants?|immigration) (?:support|charity|volunteer|volunteers|"
                              r"volunteering|worker|workers|work|centre|center|rights|campaign|campaigner|campaigning|group|drop in|helper|project)\b")


# When in life, not who: "being in foster care as a teen".
_WHEN_YOUNG = re.compile(r"\b(?:as a|when i was a|when i was) (?:teen|teenager|kid|child|youngster|young|little|boy|girl|baby)\b")


# Dressed in a colour: "i dress in black", "all in black", "i wear a lot of black".
_DRESSED_IN = re.compile(r"\b((?:dress|dresses|dressed|dressing|wear|wears|wearing|wore) (?:in )?(?:all |a lot of |lots of |loads of |mostly |only |head to toe )?|all in (?:all )?|"
                         # "because i look like a goth with all the black" (blind set 109 read race).
                         r"(?:with|in) (?:all )?(?:the|that|my) |(?:with|in) all )(?:black|white)\b")


# From a family or a community, which is not a country: "because im from a roma family".
_FROM_A_FAMILY = re.compile(r"\b(?:i am|we are|he is|she is|they are|my \w+ is) from (?=(?:a|an|the) (?:\w+ ){0,2}?(?:family|families|community|background|site|camp)\b)")

# Who the person was with or kissed, which with their sexual orientation says whose partner, not a
# second reason: "because im bisexual and they saw me kiss a girl".
_WITH_SOMEONE = re.compile(r"\b(?:kiss|kissing|kissed|snog|snogging|snogged|hug|hugging|hugged|dating|date|dated|going out with|seeing|"
                           r"holding hands with|held hands with|with) (?:a |my |another |other |this |the )?"
                           r"(?:girl|girls|woman|women|lady|ladies|boy|boys|man|men|guy|guys|lad|lads|bloke|blokes|female|male)\b")

# A sex named beside being trans says how the person is seen, not a second reason: "because im non
# binary and dont look like a girl or a boy".
_SEX_WORDS = re.compile(r"(?<!hate )(?<!hates )(?<!against )\b(?:girls?|boys?|wom[ae]n|m[ae]n|lady|ladies|lads?|blokes?|guys?|females?|males?|sir|madam|miss)\b")

# A sex word after "old" says who is old, not a second reason: "a useless old woman" is her age
# (blind set 97), as "an old man on my own" is in the tables; "because i am a woman" is gender.
_OLD_PERSON = re.compile(r"\b(?:old|elderly|older|aged) (?:girls?|wom[ae]n|lady|ladies|females?|lass(?:es)?|boys?|m[ae]n|guys?|blokes?|lads?|males?|fellas?|gents?|gentleman)\b")


# An age said as a number: "because im only 16", "as im 82".
_AN_AGE = re.compile(r"\b(?:i am|he is|she is|they are|we are|my \w+ is|being|aged|age) (?:only |just |nearly |almost |over |under |about )?(\d{1,3})(?: years? old| yrs?(?: old)?| yo)?$|"
                     r"\b(?:i am|he is|she is|my \w+ is) (?:only |just |nearly |almost |over |under |about )?(\d{1,3})(?: years? old| yrs?(?: old)?| yo)?\b(?! (?:mins?|minutes?|miles?|hours?|days?|weeks?|foot|feet|stone|kg|times?)\b)")


# How someone speaks, which with being a Traveller or a Gypsy is part of that, not a race as well:
# "because im an irish traveller and have the accent".
_HOW_THEY_SPEAK = re.compile(r"\b(?:accent|accents|the way i speak|how i speak|the way we speak|how we speak|the way i talk|how i talk)\b")


# Something of the person's from before, not their age: "they saw my old id", "my old school",
# "my older brother was with me" ("my old age" is age); an old building is no one's age: "the
# doorway of the old bank" ("the old man next door" is someone old).
_OLD_THING = re.compile(r"\b(my|our|his|her|their|the) (?:old|older) (?!(?:age|bones|self|man|men|woman|women|lady|ladies|people|person|folk|folks|couple|"
                        r"boy|boys|gent|gents|gentleman|fella|bloke|guy|chap|dear|dears|timer|timers|age pensioner|pensioner|pensioners|ones|lad|girl)\b)")


# Racism denied of the person is no reason of race: "being a skinhead with doc martens but not racist".
_NOT_RACIST = re.compile(r"\b(?:not|never|no|isnt|wasnt|am not|im not|i am not|but not) (?:a |being |at all )?racists?\b")


# A beard, which names a faith only where no look of a subculture is named beside it.
_BEARD = re.compile(r"\b(?:long |big |bushy |massive |full )?beards?\b")


# A look named after travellers, worn by someone who is not one: "dress like a traveller hippy", "new age traveller".
_A_TRAVELLERS_LOOK = re.compile(r"\b(?:like (?:a |an )?(?:\w+ )?travell?ers?(?: \w+)?|new age travell?ers?|travell?ers? (?:hippy|hippie|style|look))\b")


# An accent from a part of England is no national origin, as "geordie" and "a northern accent" are
# not: "because of my accent from newcastle" (blind set 102 read it as race).
_REGIONAL_ACCENT = re.compile(r"\baccent (?:from|of) (?:the )?(?:north|south|north east|north west|south west|south east|east midlands|west midlands|midlands|"
                              r"west country|black country|newcastle|sunderland|durham|teesside|middlesbrough|liverpool|merseyside|manchester|birmingham|"
                              r"london|essex|kent|yorkshire|leeds|bradford|sheffield|hull|barnsley|lancashire|bristol|cornwall|devon|norfolk|suffolk|"
                              r"nottingham|leicester|coventry|stoke|wigan|bolton|the estate|round here|up north|down south)\b")


# An old punk is a punk of long standing, not someone picked on for age: "because i am an old punk with a
# bright red mohican" (blind set 107 read age as well).
_OLD_HAND = re.compile(r"\b(?:old|older|ageing|aging|auld) (?:school )?(?:punks?|goths?|rockers?|hipp(?:y|ie|ies)|metalheads?|metallers?|bikers?|emos?|"
                       r"skinheads?|mods?|ravers?|skaters?|new romantics?|teddy boys?|rockabill(?:y|ies)|headbangers?)\b")


# White with a faith says who holds the faith, a convert to it most of all, not that the colour was why:
# "being a white muslim convert in hijab" (blind set 105 read race as well).
_WHITE_OF_A_FAITH = re.compile(r"\bwhite (?:british |english |scottish |welsh |irish )?(?:muslim|muslims|jew|jews|jewish|sikh|sikhs|hindu|hindus|buddhist|"
                               r"buddhists|convert|converts|revert|reverts)\b")


def characteristics_named(text: str) -> list[str]:
    """The characteristics ``text`` names, in the order named; none if it names none."""
    said = _WHEN_YOUNG.sub(" ", _HELPING_A_GROUP.sub(" ", _SAME_SEX_PARTNER.sub(" same sex ", normalise(text))))
    said = _NOT_RACIST.sub(" ", _OLD_THING.sub(r"\1 ", _FROM_A_FAMILY.sub("i am of ", said)))
    named = match_keys("characteristic", said)
    if {"sexual_orientation", "gender"} <= set(named) and "gender" not in match_keys("characteristic", _WITH_SOMEONE.sub(" ", said)):
        named = [key for key in named if key != "gender"]  # the girl kissed says whose partner, not a reason
    if {"transgender_identity", "gender"} <= set(named) and "gender" not in match_keys("characteristic", _SEX_WORDS.sub(" ", said)):
        named = [key for key in named if key != "gender"]  # "dont look like a girl or a boy": how they are seen, as trans
    if {"age", "gender"} <= set(named) and "gender" not in match_keys("characteristic", _OLD_PERSON.sub(" old person ", said)):
        named = [key for key in named if key != "gender"]
    age = _AN_AGE.search(said)
    if age and int(age.group(1) or age.group(2)) <= 120 and "age" not in named:
        named = [*named, "age"]
    if "race" in named and "race" not in match_keys("characteristic", _COLOURED_THING.sub(" ", _DRESSED_IN.sub(r"\1", said))):
        named = [key for key in named if key != "race"]  # the colour named the clothes, not the person
    if {"alternative_subculture", "age"} <= set(named) and "age" not in match_keys("characteristic", _OLD_HAND.sub(" punk ", said)):
        named = [key for key in named if key != "age"]  # an old punk: long a punk
    if {"religion_or_belief", "race"} <= set(named) and "race" not in match_keys("characteristic", _WHITE_OF_A_FAITH.sub(" faith ", said)):
        named = [key for key in named if key != "race"]  # a white convert: who holds the faith
    if {"gypsy_roma_traveller", "race"} <= set(named) and "race" not in match_keys("characteristic", _HOW_THEY_SPEAK.sub(" ", said)):
        named = [key for key in named if key != "race"]  # a Traveller's accent is a Traveller's
    if {"alternative_subculture", "religion_or_belief"} <= set(named) and "religion_or_belief" not in match_keys("characteristic", _BEARD.sub(" ", said)):
        named = [key for key in named if key != "religion_or_belief"]  # a metal fan's long beard is the look, not a faith (blind set 87)
    if {"gypsy_roma_traveller", "alternative_subculture"} <= set(named) and "gypsy_roma_traveller" not in match_keys("characteristic", _A_TRAVELLERS_LOOK.sub(" ", said)):
        named = [key for key in named if key != "gypsy_roma_traveller"]  # dressed "like a traveller hippy": the look, not who (blind set 95)
    if "race" in named and _REGIONAL_ACCENT.search(said) and "race" not in match_keys("characteristic", _REGIONAL_ACCENT.sub(" ", _HOW_THEY_SPEAK.sub(" ", said))):
        named = [key for key in named if key != "race"] or ["other"]  # the accent of a region
    return named
