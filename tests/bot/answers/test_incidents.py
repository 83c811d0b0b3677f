"""The kinds of incident read from a person's words (bot/answers/incidents.py), where a word means
one kind or another by what it was done to."""

from __future__ import annotations

import pytest

from bot.answers.incidents import incident_kinds


@pytest.mark.parametrize(("text", "kinds"), [
    ("kicked my fence down", ["damage_to_property"]),  # blind set 17 had it read as an assault
    ("punched the car window", ["damage_to_property"]),
    ("banged on our front door and kicked the gate in", ["damage_to_property"]),
    ("kicked me in the car park", ["physical_assault"]),
    ("kicked my dog", ["physical_assault"]),
    ("punched my husband and kicked the car", ["physical_assault", "damage_to_property"]),
])
def test_a_blow_at_a_thing_is_damage_and_at_a_person_an_assault(text, kinds):
    assert incident_kinds(text) == kinds


def test_something_thrown_at_a_person_is_an_assault_and_at_a_window_damage():
    assert "physical_assault" in incident_kinds("threw eggs at me")
    assert incident_kinds("threw a brick through the window") == ["damage_to_property"]


def test_damage_threatened_is_a_threat_not_damage_done():
    assert incident_kinds("threatened to kick my door in") == ["threats"]
    assert incident_kinds("said he would smash my car") == ["threats"]
    assert sorted(incident_kinds("said he would smash my car and then smashed it")) == ["damage_to_property", "threats"]


def test_abuse_online_is_online_abuse_and_names_called_online_are_both():
    assert incident_kinds("abuse on instagram") == ["online_abuse"]
    assert sorted(incident_kinds("called me names on facebook")) == ["online_abuse", "verbal_abuse"]


def test_a_grab_told_as_sexual_is_the_sexual_assault_and_a_blow_beside_it_still_an_assault():
    assert incident_kinds("grabbed me in a sexual way") == ["sexual"]
    assert incident_kinds("punched me and groped me") == ["physical_assault", "sexual"]


@pytest.mark.parametrize(("text", "kinds"), [
    ("hateful posts about me", ["online_abuse"]),
    ("he exposed himself to me", ["sexual"]),
    ("a man was flashing at me", ["sexual"]),
])
def test_the_words_blind_set_17_found_unread_are_read(text, kinds):
    assert incident_kinds(text) == kinds


@pytest.mark.parametrize(("text", "kinds"), [
    ("a nasty note pushed under my door", ["written_or_graffiti"]),  # blind set 21: a delivery, not a push, and the door unharmed
    ("they pushed dog poo through my letterbox", ["damage_to_property"]),
    ("he pushed me into the door", ["physical_assault"]),
    ("stopped my car and punched me through the window", ["physical_assault"]),  # the car and window only where it was
    # A car followed is the person followed, as "followed me" is (blind set 89, and "followed my car all the way home" after set 91).
    ("they followed my car and then smashed the window", ["harassment", "damage_to_property"]),
])
def test_a_door_car_or_window_that_is_only_where_it_happened_is_not_damage(text, kinds):
    assert incident_kinds(text) == kinds


@pytest.mark.parametrize(("text", "kinds"), [
    ("said id better quit my job or else", ["threats"]),  # blind set 22: "said" says how the threat was made
    ("called me a paki and said he would stab me", ["verbal_abuse", "threats"]),
    ("told me hed slit my throat", ["threats"]),  # blind set 23: harm said to be coming
    ("he told me he was going to the shop", []),
    ("called my mum a terrorist", ["verbal_abuse"]),  # blind set 25: a name called at anyone
    ("called my son the p word", ["verbal_abuse"]),
    ("they called the police", []),
    ("posted my photo online with nasty names", ["online_abuse"]),  # blind set 29: names posted are written, not said
    ("called me names on facebook", ["verbal_abuse", "online_abuse"]),
    ("wrote abuse on our garage door", ["written_or_graffiti", "damage_to_property"]),  # blind set 30: abuse written, not said
    ("wrote a slur on our garage door", ["written_or_graffiti", "damage_to_property"]),  # blind set 36: a slur written, not said
    ("i feel a bit silly", []),  # talking to it: "a bit" is no bite
    ("the dog bit me", ["physical_assault"]),
    ("shouted abuse and wrote on my door", ["verbal_abuse", "written_or_graffiti", "damage_to_property"]),
    ("trolling me on twitter every day", ["online_abuse"]),  # blind set 37: how often, online, is how much of it
    ("he waits outside my house every day and messages me", ["harassment", "online_abuse"]),
])
def test_a_threat_said_is_a_threat_and_names_called_beside_it_still_abuse(text, kinds):
    assert incident_kinds(text) == kinds


@pytest.mark.parametrize(("text", "kinds"), [
    ("graffiti on my house", ["written_or_graffiti", "damage_to_property"]),
    ("swastika painted on our garage", ["written_or_graffiti", "damage_to_property"]),
    ("someone sprayed nazi signs all over our van", ["written_or_graffiti", "damage_to_property"]),
    ("a sticker on my door", ["written_or_graffiti"]),  # a sticker comes off: no damage
    ("a racist note through my door", ["written_or_graffiti"]),
    ("sprayed a swastika on the bus shelter", ["written_or_graffiti"]),  # not theirs
])
def test_words_written_on_the_persons_own_things_are_damage_as_well(text, kinds):
    # Blind set 36 asked for damage with "wrote a slur on our garage door"; the tables had it both
    # ways ("wrote nasty words on my door" damage, "graffiti on our garage door" not).
    assert incident_kinds(text) == kinds


@pytest.mark.parametrize(("text", "kinds"), [
    ("he touched my chest without asking", ["sexual"]),  # blind set 23
    ("kissed me without my consent", ["sexual"]),
    ("he tried to kiss me", ["sexual"]),  # blind set 27: a kiss tried or forced
    ("forced a kiss on me at the party", ["sexual"]),
    ("punched me in the chest", ["physical_assault"]),
])
def test_a_touch_of_the_body_told_as_unwanted_is_sexual(text, kinds):
    assert incident_kinds(text) == kinds
