"""Keeps locations coarse: postcodes cut to their district, street addresses refused."""

from __future__ import annotations

import re

from bot.answers.text import normalise
from bot.privacy.postcodes import FULL_POSTCODE

_DISTRICT = re.compile(r"^[A-Z]{1,2}[0-9][A-Z0-9]?$", re.IGNORECASE)
# A district and the sector's digit, without the last two letters: "m14 5", "ls8 3".
_DISTRICT_AND_SECTOR = re.compile(r"^([A-Z]{1,2}[0-9][A-Z0-9]?)\s+[0-9]$", re.IGNORECASE)
_STREET_WORDS = (
    "street|st|road|rd|avenue|ave|lane|ln|close|drive|dr|way|crescent|court|ct|place|pl|terrace|"
    "gardens|grove|hill|square|walk|row|mews|parade|view|rise|green"
)
_STREET_ADDRESS = re.compile(
    rf"\b(flat\s+\d+\w?|\d+[a-z]?)\s*,?\s+([a-z'-]+\s+){{0,3}}({_STREET_WORDS})\b", re.IGNORECASE
)
_UNKNOWN = {"do not know", "not sure", "no idea", "can not remember", "unsure", "do not remember",
            # or not said: the area is the person's to give
            "rather not say", "i would rather not say", "would rather not say", "prefer not to say",
            "i prefer not to say", "rather not", "do not want to say", "i do not want to say", "not saying",
            "not telling", "i am not saying", "private", "no comment", "rather not tell you", "would rather not tell you",
            "can not tell you", "could not tell you", "not telling you", "can not say", "could not say"}
MAX_AREA_LENGTH = 80
# Words that tell of people, which no town's name holds.
_PEOPLE_WORDS = frozenset("i me my mine you your we us our they them their he him his she her im".split())
# The UK's larger cities and towns, dropped after the area they hold: "balsall heath birmingham",
# "armley in leeds" keep the area, the part the return is read by.
_CITIES = ("birmingham|manchester|leeds|liverpool|sheffield|bristol|newcastle|nottingham|leicester|coventry|bradford|"
           "london|glasgow|edinburgh|cardiff|swansea|belfast|derby|wolverhampton|stoke|southampton|portsmouth|plymouth|"
           "hull|preston|bolton|oldham|rochdale|blackburn|huddersfield|wakefield|sunderland|middlesbrough|luton|reading|"
           "oxford|cambridge|norwich|york|bath|exeter|brighton|peterborough|northampton|milton keynes|walsall|dudley|"
           "sandwell|salford|stockport|wigan|doncaster|rotherham|barnsley|gateshead|slough|ipswich|gloucester|cheltenham|"
           "blackpool|burnley|halifax|dundee|aberdeen|newport|lancaster|lincoln|chester|worcester|hereford|carlisle|durham")
# The area, then its city, perhaps with the part of it: "gipton in east leeds", "moss side, manchester".
_AFTER_THE_AREA = re.compile(rf"^(?P<area>.+?)\s*(?:,\s*|\s+(?:(?:over|up|down|out|round)\s+)?(?:in|of|near|by)\s+|\s+)"
                             rf"(?:(?:(?:north|south)(?: ?(?:east|west))?|east|west|central|inner|outer|greater)\s+)?(?:{_CITIES})(?: city)?$", re.IGNORECASE)
_SMALL_WORDS = {"of", "on", "upon", "in", "the", "under", "by", "le", "de", "and"}
# Kinds of place, which name no town or area ("near the station", "outside the shops").
_KINDS_OF_PLACE = frozenset({"station", "train station", "bus station", "railway station", "shop", "shops", "corner shop", "park", "school", "bus stop",
                             "pub", "supermarket", "street", "road", "home", "house", "my house", "work", "college", "hospital", "church", "mosque",
                             "car park", "garage", "chippy", "takeaway", "bus", "train", "railway", "tube"})


class StreetAddress(ValueError):
    """The answer held a house number and street, which is never stored."""


def looks_like_street_address(text: str) -> bool:
    return _STREET_ADDRESS.search(text or "") is not None


# Said around "rather not say" and the like without changing it: "id rather not say thanks".
_AROUND = re.compile(r"^(?:(?:sorry|no|um|erm|well|honestly|i would|i will|would|id|i)\s+)*|(?:\s+(?:thanks|thank you|sorry|please|ta|the area|what area|which area|the place|the name|where|exactly|"
                     r"to be honest|honestly|tbh|if (?:that is|thats|that s|its|it is) (?:ok|okay|alright)|if you do not mind|for now))+$")


# An answer made only of these words, with a "not" or "no" and a word of knowing or telling, gives
# no place: "no clue", "i dont want to tell you", "not too sure of the name of the area".
_REFUSAL_WORDS = frozenset(
    "i me we you not no do does dont can could would will rather prefer to want wish know knew remember recall sure "
    "say tell telling saying give giving share sharing idea clue comment really too that very exactly honestly sorry "
    "thanks thank please the a an of it its what where which area place name town bit about anymore any more "
    "just actually am is was id known unknown unsure keep private confidential myself quiet out info information "
    "details detail this called named round there here around my our postcode location address happened happen occurred went "
    # "i have no idea what they call that bit": what people call the place.
    "have has got they people folk call calls part side bit bits for "
    # "id prefer not to say where i live", "rather not say where im from".
    "live lives living stay staying from come im exactly in at if thats ok okay alright "
    # How people end a sentence to someone: "dont know the name of the area sorry love".
    "love luv pal mate hun hon babe darling dear bro "
    # "id rather not give the area out if thats ok with you".
    "with mind like feel comfortable happy proper real actual right correct "
    # For the time being: "i would rather keep the area to myself for now" (blind set 86).
    "now yet moment time being "
    # "i would sooner keep where i am from to myself".
    "sooner "
    # The kind of place whose name is not known: "no idea what the estate is actually called" (blind set 106).
    "estate estates village neighbourhood neighborhood district suburb patch street road".split())
# Replies that name no place: "yes", "ok thanks", "if thats ok".
_NO_PLACE_WORDS = frozenset("yes yeah yep yup ya aye no nope nah ok okay alright fine sure thanks thank you ta cheers hello hi hiya hey please pls "
                            "if thats that is it its and so well right um erm hmm now".split())
_NOT_GIVEN_CORE = re.compile(r"\b(?:not|no|do not|can not|could not|rather not)\b.*\b(?:know|known|knowing|remember|recall|sure|say|saying|tell|telling|give|giving|share|sharing|idea|clue|comment)\b"
                             # Not for now: "not right now", "not at the moment".
                             r"|^(?:not|no) (?:right now|now|at the moment|just now|yet)\b|\b(?:no|not a) (?:idea|clue)\b|\b(?:prefer|rather) not\b|\bkeep (?:it|that|this|the area|the place|where) (?:private|confidential|to myself)\b|\bunsure\b|"
                             # "i would rather keep where i live to myself" (blind set 93).
                             r"\bkeep where (?:i|we) (?:live|stay|am from|are from|was|were) (?:private|confidential|quiet|to (?:myself|ourselves))\b|"
                             # "i would rather keep the name of the area to myself".
                             r"\bkeep (?:the (?:\w+ ){0,3}?(?:area|place|location|town)|where (?:it was|it happened))\b.*\b(?:private|confidential|to myself|to ourselves)\b")


# Why the area is not given or not known, after saying so: "as it is small", "i was new there".
_WHY_NOT_GIVEN = re.compile(r"\s+(?:(?:as|because|cos|coz|cause|since|in case|incase|just in case) .*|i (?:was|am|m|had only|have only|only) (?:new|not from|only|just|a visitor|visiting|passing|lost|never).*|"
                            r"(?:it was|that was) (?:my|our) first (?:time|visit|day)\b.*|i (?:had|have) never been\b.*|"
                            # What they might do with it: "sorry they might work it out" (blind set 84).
                            r"(?:they|he|she|people|someone|somebody) (?:might|could|would|will|may|can) .*)$")


def _not_given(raw: str) -> bool:
    """True if the answer says the area is not known or not to be given, whatever it was near
    ("i dont know the name of the area near the ring road")."""
    said = re.sub(r"\s+(?:near|by|next to|off|round|around|behind|opposite|on|along) (?:the|a|my|our) .*$", "", normalise(raw))
    if said in _UNKNOWN or _AROUND.sub("", said) in _UNKNOWN:
        return True
    reason = _WHY_NOT_GIVEN.search(said)
    if reason and not re.search(rf"\b(?:{_CITIES})\b", reason.group(0)):
        said = said[: reason.start()]  # why it is not given, said after: "prefer not to say the area as it is small"
    words = said.split()
    return 0 < len(words) <= 16 and set(words) <= _REFUSAL_WORDS and _NOT_GIVEN_CORE.search(said) is not None


def area_answer(text: str) -> str | None:
    """Returns the coarse area to store for an answer to "which town or area?".

    A full postcode becomes its district; a town is kept as written (tidied); "don't know" gives
    "" (answered, not known). Returns None when the answer is not a place name at all.
    Raises StreetAddress when the answer holds a house number and street.
    """
    raw = (text or "").strip()
    if _not_given(raw):
        return ""
    if looks_like_street_address(raw):
        raise StreetAddress()
    full = FULL_POSTCODE.search(raw)
    if full:
        return full.group(1).upper()
    raw = re.sub(r"^(?:(?:not sure|i am not sure|not certain|i think|i think it was|maybe|probably|possibly|perhaps)\s*,?\s+)+(?:(?:because|cos|coz|as)\s+)?", "", raw, flags=re.IGNORECASE)
    # "just near leeds city centre": the words around the place, not the place.
    # "i live in leeds", "not far from where i live in armley": the area named with where the person lives.
    raw = re.sub(r"^(?:(?:it was |it happened )?(?:not far from|near to|near|close to|round|by|at|outside) where (?:i|we) (?:live|stay)|(?:i|we) (?:live|stay|am staying|are staying))\s+"
                 r"(?=(?:in|near|at|by|round|around|over in|up in|down in|out in)\s)", "", raw, flags=re.IGNORECASE)
    words = re.sub(r"^(?:(?:just|right|somewhere|quite|really)\s+)?(?:"
                   # "near the edge of bolton" (blind set 109 stored "Edge of Bolton"): before "near" alone.
                   r"(?:near the edge of|close to the edge of|near the outskirts of|on the very edge of|"
                   r"up near|down near|over near|out near|up in|down in|over in|out in|up at|down at|over at|round by|over by|down by|up by|out by|just by|round near|"
                   r"round in|round|in|near to|close to|next to|near|around|at|by|it was in|it was near|it was|"
                   # "just outside of rotherham" (blind set 105 stored "Of").
                   # "on the outskirts of doncaster" (blind set 106 stored all of it).
                   r"somewhere in|somewhere near|just outside of|outside of|just outside|outside|on the outskirts of|the outskirts of|outskirts of|"
                   # "on the edge of wigan" (blind set 107 stored all of it).
                   r"on the edge of|the edge of|edge of|on the fringes of|on the border of|over the border in)\s+)?(?:the\s+)?",
                   "", raw, flags=re.IGNORECASE)
    words = " ".join(re.sub(r"[^\w\s'&-]", " ", words).split())
    if re.match(r"^(?:round|around|over|up|down|out|somewhere)\s", raw, re.IGNORECASE):
        words = re.sub(r"\s+way$", "", words, flags=re.IGNORECASE) or words  # "round small heath way": around Small Heath
        if re.search(r"\s+way$", raw, re.IGNORECASE):  # "over grangetown way": towards Grangetown, the direction word not the place's
            words = re.sub(r"^(?:over|up|down|out|across|back)\s+", "", words, flags=re.IGNORECASE) or words
    words = re.sub(r"\s+(?:i think|i believe|i guess|maybe|probably|i reckon|i am sure|im sure)$", "", words, flags=re.IGNORECASE) or words
    words = re.sub(r"\s+(?:for now|for the moment|for the time being)$", "", words, flags=re.IGNORECASE) or words  # "leeds for now": the place
    # "harehills area of leeds", "the splott area in cardiff", "the manningham bit of bradford" (blind set 93).
    # Not a side named by its direction: "the north end of leeds".
    words = re.sub(rf"(?<!\bnorth)(?<!\bsouth)(?<!\beast)(?<!\bwest)(?<!\bother)(?<!\bfar)(?<!\btop)(?<!\bbottom)(?<!\bposh)(?<!\brough)"
                   # A side or an end is "of" its city; "moss side in manchester" is the area's own name (blind set 103 stored "Moss").
                   rf"\s+(?:(?:area|areas|district|part|bit) (?:of|in)|(?:end|side) of) (?:the )?(?:{_CITIES})(?: city| town)?$", "", words, flags=re.IGNORECASE) or words
    # "near the centre of halifax" (blind set 98 stored "Centre of Halifax"): the town.
    words = re.sub(rf"^(?:the\s+)?(?:town\s+|city\s+)?(?:centre|center|middle)\s+of\s+(?:the\s+)?(?=\w)(?!(?:town|city|nowhere|it|there|village)$)", "", words, flags=re.IGNORECASE) or words
    words = re.sub(r"\s+(?:area|areas|district|side of town)$", "", words, flags=re.IGNORECASE) or words  # "woolston area"
    words = re.sub(r"\s+(?:near|by|next to|behind|opposite) the\s.*$", "", words, flags=re.IGNORECASE) or words  # "rusholme near the curry mile"
    # A street or stretch of the area after its name: "rusholme on the curry mile", "moss side off the main road".
    words = re.sub(rf"\s+(?:on|along|off|down|up|at) the\s(?:\w+\s){{0,3}}?(?:{_STREET_WORDS}|mile|estate|high street|main road|front|seafront|prom|promenade|bypass|ring road)$",
                   "", words, flags=re.IGNORECASE) or words
    # A landmark of the area after its name: "longsight market", "stratford station", "kensington high street".
    words = re.sub(r"(?<=\w)\s+(?:market|shops|precinct|(?:bus |train |railway |tube )?station|library|high street|retail park|shopping centre|town hall)$",
                   "", words, flags=re.IGNORECASE) or words
    words = re.sub(rf"(?<=\w)\s+(?:{_CITIES})\s+\d{{1,2}}$", "", words, flags=re.IGNORECASE) or words  # "harehills leeds 9": the old postal district
    in_a_city = _AFTER_THE_AREA.match(words)
    if in_a_city and not re.search(r"\b(?:city|town|centre|center|outskirts|edge|middle|part|(?:north|south|east|west|other|far) side|north|south|east|west|"
                                         r"northern|southern|eastern|western|central|inner|outer|greater|old|new|upper|lower)$", in_a_city.group("area"), re.IGNORECASE):
        words = in_a_city.group("area")
    if _DISTRICT.match(words):
        return words.upper()
    sector = _DISTRICT_AND_SECTOR.match(words)
    if sector:  # "m14 5": the district, with the sector's digit left off
        return sector.group(1).upper()
    if not words or len(words.split()) > 6 or re.search(r"\d", words) or len(words) > MAX_AREA_LENGTH:
        return None
    if _PEOPLE_WORDS & set(words.lower().split()):  # "my neighbour recommended you": a sentence, not a place
        return None
    if words.lower() in ("here", "there", "round here", "round there", "around here"):  # where the person is, not a name
        return None
    if words.lower() in _KINDS_OF_PLACE:  # "near the station": a kind of place, not which town; asked again
        return None
    if set(words.lower().split()) <= _NO_PLACE_WORDS:  # "yes", "ok", "if thats ok": a reply, not a place
        return None
    if any(c.isupper() for c in words):
        return words
    # "isle of wight", "stoke on trent": the small words stay small, as on a map.
    return " ".join(w if i and w in _SMALL_WORDS else w.capitalize() for i, w in enumerate(words.split()))
