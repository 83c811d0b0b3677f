"""Decides whether a word is likely a person's name, using gender-guesser's offline dictionary of
about 40,000 first names from many countries, minus ordinary English words it also lists."""

from __future__ import annotations

from functools import lru_cache

# Words the name dictionary lists that are far more often ordinary words in an account of an
# incident (or words that describe the hate itself, which must survive as evidence).
COMMON_WORDS = frozenset(
    """
    a an and are as at be been but by can did do does for from had has have he her him his how i if in is it its
    me my no not of on or our she so that the their them then there they this to too us was we were what when
    where which who why will with would you your yes ok okay just also very really still again ever never
    may might must shall should could can't won't don't didn't
    mark bill jack guy don rose grace hope faith joy summer sunny dawn eve holly ivy lily iris daisy pearl ruby
    amber crystal star sky river stone rich earl baron king prince major sterling chase drew hunter
    gay black white brown young christian angel church paris london chelsea jordan india florence sydney
    april may june august autumn winter monday tuesday wednesday thursday friday saturday sunday
    god allah jesus lord muslim jew jewish hindu sikh asian african polish english british irish scottish welsh
    mum mom dad son daughter man woman boy girl lad lads kid kids mate bloke neighbour neighbor police bus train
    said says told tells shouted shouts called calls keeps kept hit hits
    """.split()
    # Everyday words the first-name list holds (it has "made", "door" and "night" as names): after
    # "my manager" they are what someone did or where, not who ("my manager made me quit").
    + """
    made make take took go goes went ran run runs kick kicks stole tell save carry done beat hang skip bang harm lie lies tore
    rip flip greet won aiming fuming shouting edit tie pin
    im am ago here there theres one nine men way fine cos else than till even soon mine kinda ya ye yup yo hi hey hun
    door floor night job gang van age lot tram gun hat tea side lane line bin red love chip lorry beer nail key
    pal mall mentor file charity cat oak bum free ale rock lion pier fair ferry lido bay mile miles gent bent royal mans
    pan arcade rain general queen justice ear doc lucky fee visa deep kip joke song ice odd sad long constant spring
    wing easter emo non bi sari
    """.split()
)


@lru_cache(maxsize=1)
def _detector():
    import gender_guesser.detector

    return gender_guesser.detector.Detector(case_sensitive=False)


def is_first_name(word: str) -> bool:
    """Tells whether ``word`` is a first name that is not also a common English word."""
    lowered = word.lower()
    if len(lowered) < 2 or lowered in COMMON_WORDS or not lowered.isalpha():
        return False
    return _detector().get_gender(lowered) != "unknown"
