"""Locations stay coarse: a postcode district or town, never a full postcode or street address."""

import pytest

from bot.answers.account import AccountTooLong, clean_account
from bot.answers.places import StreetAddress, area_answer
from bot.privacy.postcodes import cut_postcodes


@pytest.mark.parametrize(
    ("answer", "stored"),
    [
        ("SO14 3AB", "SO14"),
        ("so143ab", "SO14"),
        ("sw1a 1aa", "SW1A"),
        ("SO14", "SO14"),
        ("southampton", "Southampton"),
        ("in portswood", "Portswood"),
        ("Moss Side", "Moss Side"),
        ("dont know", ""),
        # Not given, with the words around it: never stored as a place called "Id Rather Not Say".
        ("id rather not say thanks", ""), ("sorry i dont want to say", ""), ("dont know the area", ""),
        ("Idsworth", "Idsworth"), ("woolston area", "Woolston"), ("the isle of wight", "Isle of Wight"),
        # Any answer made only of not knowing or not telling: never stored as a place called "No Clue".
        ("no clue", ""), ("i dont want to tell you", ""), ("not too sure of the name of the area", ""),
        ("not sure maybe woolston", "Woolston"), ("Noss Mayo", "Noss Mayo"), ("up in harefield", "Harefield"), ("Upton", "Upton"), ("the shirley area i think", "Shirley"), ("id prefer not to", ""),
        ("would rather keep that private", ""), ("keep it confidential", ""), ("unsure of the area", ""), ("Unsworth", "Unsworth"),
        ("not telling you that", ""), ("no not giving that out", ""), ("Notting Hill", "Notting Hill"),  # blind set 21
        ("round by roker", "Roker"), ("Roundhay", "Roundhay"),  # blind set 22
        ("no clue what its called", ""),  # blind set 24
        ("just near leeds city centre", "Leeds City Centre"), ("near to harehills", "Harehills"),  # blind set 30
        ("Justice Road", "Justice Road"), ("Nearby Lane", "Nearby Lane"),
        ("rusholme near the curry mile", "Rusholme"),  # blind set 31: the place, not what it is near
        # Blind set 32: the area, not the city it is in; but the city's own parts are the place.
        ("balsall heath birmingham", "Balsall Heath"), ("Moss Side, Manchester", "Moss Side"), ("armley in leeds", "Armley"),
        ("id prefer to keep the area to myself", ""),  # blind set 34
        ("south london", "South London"), ("the north side of leeds", "North Side of Leeds"), ("leeds", "Leeds"),
        # Blind set 38: the area, not its landmark; not knowing what it is called round there. A road
        # without a number is kept as named ("cheetham hill road area"), as set 33 decided.
        ("near longsight market", "Longsight"), ("camden market", "Camden"), ("kensington high street", "Kensington"),
        ("high street", "High Street"), ("not sure what its called round there", ""), ("cheetham hill road area", "Cheetham Hill Road"),
        ("harehills lane area of leeds", "Harehills Lane"),  # blind set 39: the city after "area of"
        ("round small heath way", "Small Heath"), ("Chapeltown Way", "Chapeltown Way"),  # blind set 40: "round ... way" is around
        ("up near walker", "Walker"), ("i dont want to give my area", ""),  # blind set 41
    ],
)
def test_area_answers(answer, stored):
    assert area_answer(answer) == stored


@pytest.mark.parametrize("answer", ["12 High Street", "flat 3, 14 the grove", "221b baker street", "5 Acacia Avenue"])
def test_street_addresses_are_refused(answer):
    with pytest.raises(StreetAddress):
        area_answer(answer)


def test_a_sentence_is_not_taken_as_a_place():
    assert area_answer("I was walking home from the shops and he shouted at me") is None
    assert area_answer("my neighbour recommended you") is None  # talking to it: had been stored as a place
    assert area_answer("round here") is None  # where the person is, not a place called "Here"


def test_full_postcodes_in_an_account_are_cut_to_the_district():
    assert cut_postcodes("he lives at so14 3ab near me, and SW1A1AA") == "he lives at SO14 near me, and SW1A"
    assert clean_account("  it was  near  SO14 3AB ") == "it was near SO14"


def test_an_account_longer_than_a_record_holds_is_refused():
    with pytest.raises(AccountTooLong):
        clean_account("word " * 1000)
