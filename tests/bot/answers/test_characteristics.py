import pytest

from bot.answers.characteristics import characteristics_named


@pytest.mark.parametrize(("text", "named"), [
    # Blind set 25: a partner of the same sex is sexual orientation; the "girl" says whose partner.
    ("because i have a girlfriend and im a girl", ["sexual_orientation"]),
    ("im a lad with a boyfriend", ["sexual_orientation"]),
    ("me and my wife are both women", ["sexual_orientation"]),
    ("me and my partner are both women", ["sexual_orientation"]),  # blind set 27
    ("my black leather jacket and piercings", ["alternative_subculture"]),  # blind set 28: a colour of clothes is no race
    ("because im black", ["race"]),
    ("my black lipstick", ["alternative_subculture"]),  # a cue of its own keeps its colour
    ("because im a girl with a boyfriend", ["gender"]),
    ("i have a girlfriend who is black and i am a girl", ["race", "gender"]),  # a reason between them is kept
    ("being a refugee support volunteer", []),  # blind set 29: helping refugees is not being one
    ("because im a refugee", ["race"]),
    # Blind set 33: Irish Travellers are Travellers; a colour of hair and "kid" in "emo kid" say neither race nor age.
    ("cos im from an irish traveller family", ["gypsy_roma_traveller"]), ("because im irish", ["race"]),
    ("because im an emo kid with black hair", ["alternative_subculture"]),
    ("being in foster care as a teen", []), ("because im a teen", ["age"]),  # blind set 34: when in life, not who
    ("cos im a goth and dress in black", ["alternative_subculture"]),  # blind set 35: dressed in a colour
])
def test_a_partner_of_the_same_sex_is_sexual_orientation(text, named):
    assert characteristics_named(text) == named


@pytest.mark.parametrize(("text", "named"), [
    # Blind set 39: an age said as a number; a family or community one is from is not a country.
    ("because im only 16", ["age"]), ("as im 90", ["age"]), ("because im 5 minutes away", []),
    ("because im from a roma family", ["gypsy_roma_traveller"]), ("because im from poland", ["race"]),
    ("because im from a polish family", ["race"]),
    ("because im brown and wear a headscarf at times", ["race", "religion_or_belief"]),  # two reasons given
    # Blind set 40: the girl kissed says whose partner; heavy metal is a subculture.
    ("because im bisexual and they saw me kiss a girl", ["sexual_orientation"]), ("cos im into heavy metal and dress like it", ["alternative_subculture"]),
])
def test_an_age_in_numbers_and_the_family_one_is_from(text, named):
    assert characteristics_named(text) == named
