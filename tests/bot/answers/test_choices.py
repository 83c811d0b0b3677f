"""Free-text answers are mapped to the contract's stored values the way a person means them."""

import pytest

from bot.answers.choices import match_keys, match_one, numbered_choices
from bot.answers.text import normalise
from bot.contract import keys


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ("cos im gay", ["sexual_orientation"]),
        ("they said go back to your country", ["race"]),
        ("because of my wheelchair", ["disability"]),
        ("coz i wear a hijab", ["religion_or_belief"]),
        ("im trans", ["transgender_identity"]),
        ("my gender identity", ["transgender_identity"]),
        ("because im a woman", ["gender"]),
        ("im a traveller", ["gypsy_roma_traveller"]),
        ("the way i dress, im a goth", ["alternative_subculture"]),
        ("my race and my religion", ["race", "religion_or_belief"]),
        ("gay and disabled", ["sexual_orientation", "disability"]),
        ("dunno", ["not_sure"]),
        ("not sure, maybe my accent", ["race"]),
        ("something else", ["other"]),
    ],
)
def test_characteristics_in_peoples_own_words(answer, expected):
    assert match_keys("characteristic", answer) == expected


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ("shouting and threats", ["verbal_abuse", "threats"]),
        ("he spat at me", ["physical_assault"]),
        ("they smashed my window", ["damage_to_property"]),
        ("nasty messages on facebook", ["online_abuse"]),
        ("graffiti on the wall", ["written_or_graffiti"]),
    ],
)
def test_incident_types(answer, expected):
    assert match_keys("incident_type", answer) == expected


@pytest.mark.parametrize(
    ("list_name", "answer", "expected"),
    [
        ("location_type", "on the bus", "public_transport"),
        ("location_type", "outside my house", "home"),
        ("location_type", "at tesco", "shop_or_business"),
        ("location_type", "on facebook", "online"),
        ("reporter_role", "it happened to me", "victim"),
        ("reporter_role", "it was my son, he told me", "on_behalf_other"),
        ("reporter_role", "i saw it", "witness"),
        ("reporter_role", "my 15 year old", "on_behalf_other"),  # a child of theirs, however old
        ("ongoing", "it never seems to stop", "yes"),  # "stop", said of something that goes on
        ("ongoing", "this is the only time", "no"),
        ("ongoing", "not the only time", "yes"),
        ("location_type", "in a&e", "care_or_health_setting"),
        ("location_type", "at the shopping precinct", "shop_or_business"),
        ("safe_now", "not in danger no", "yes"),  # the no agrees that there is no danger
        ("anonymous", "you can name me", "named"),
        ("anonymous", "do not name me", "anonymous"),
        ("police_involvement_wanted", "no coppers please", "no"),  # "please" is not yes after a no
        ("ongoing", "it doesnt ever stop", "yes"),
        ("ongoing", "every single day", "yes"),
        ("location_type", "at the end of my street", "street"),  # near home, not at it
        ("location_type", "at the end of my road", "street"),
        ("location_type", "on the garden path", "home"),
        ("ongoing", "never had it before", "no"),  # "before" with never is a first time
        ("anonymous", "unnamed please", "anonymous"),
        ("contact_route", "a pc told me", "police"),  # who told is the answer, not the telling
        ("contact_route", "found you on my pc", "online_search"),
        ("contact_route", "i already come to the centre", "regular_client"),
        ("yes_no", "yeah", "yes"),
        ("yes_no", "nah", "no"),
        ("yes_no", "dunno", "not_sure"),
        ("time_band", "late at night", "night"),
        ("anonymous", "i want to stay anonymous", "anonymous"),
        ("true_vision", "send me the link", "self"),
        ("contact_route", "my mate told me", "friend_or_family"),
        ("contact_route", "a friend told me", "friend_or_family"),
        ("contact_route", "she already uses the centre", "regular_client"),  # staff speak in the third person
        ("contact_route", "he comes here for english classes", "regular_client"),
        ("reporter_role", "i was walking past and saw the whole thing", "witness"),  # not "i was", the victim
        ("true_vision", "now please", "help_now"),
        ("true_vision", "no ta im ok", "not_now"),  # blind set 27: not the "ok" of yes
    ],
)
def test_single_answers(list_name, answer, expected):
    assert match_one(list_name, answer) == expected


@pytest.mark.parametrize(("list_name", "answer", "expected"), [
    ("characteristic", "my hearing aids", ["disability"]),  # a cue in the plural
    ("characteristic", "because of my tattoos", ["alternative_subculture"]),
    ("incident_type", "swastika painted on my door", ["written_or_graffiti"]),  # what is written, not damage
    ("incident_type", "they smashed my door and painted on the wall", ["damage_to_property", "written_or_graffiti"]),
    ("preferred_outcome", "i only want it noted", ["record_only"]),
    ("incident_type", "he head butted me", ["physical_assault"]),
    ("incident_type", "stickers on my door", ["written_or_graffiti"]),
    ("characteristic", "i use a zimmer frame", ["disability"]),
    ("preferred_outcome", "for it to stop happening to other people", ["stop_it_happening"]),  # not "other"
    ("ongoing", "it never really stopped", ["yes"]),  # the negation, not the hedge, answers (blind set 17 had it as no)
    ("ongoing", "it has not actually ended", ["yes"]),
    ("safe_now", "sort of not really", ["not_sure"]),  # blind set 29: a hedge before the no
    ("time_band", "when the music stopped at the club", ["night"]),
    ("contact_route", "ive reported here before", ["regular_client"]),
    ("reporter_role", "i overheard it all on the train", ["witness"]),
    ("support_wanted", "someone to come to the housing meeting", ["advocacy"]),  # not the housing itself
    ("location_type", "in a wetherspoons", ["pub_or_restaurant"]),
    ("incident_type", "snatched my necklace", ["theft_or_robbery"]),
    ("ongoing", "first and last time i hope", ["no"]),  # blind set 30
    ("ongoing", "it only happened that day", ["no"]),
    ("time_band", "just after dinner at school", ["afternoon"]),  # blind set 31: dinner at school is midday
    ("incident_type", "a nasty group chat about me", ["online_abuse"]),
    ("incident_type", "stopped me and grabbed my bag", ["theft_or_robbery"]),
    ("preferred_outcome", "help for my son", ["support_only"]),
    ("location_type", "in the one stop", ["shop_or_business"]),  # a shop's name, not a bus stop
    ("time_band", "i am not sure of the exact date", ["unknown"]),  # "i am" is not "am", the morning
    ("incident_type", "they keep turning up at my work", ["harassment"]),
    ("incident_type", "always watching me from across the road", ["harassment"]),
    ("incident_type", "he rubbed himself against me on the bus", ["sexual"]),
    ("characteristic", "dont really know what it was about", ["not_sure"]),
    ("time_band", "around the end of the school day", ["afternoon"]),
    # Blind set 21's misses, read as the words mean:
    ("preferred_outcome", "i want them to leave my family alone", ["stop_it_happening"]),  # whoever is to be left alone
    ("yes_no", "kind of but not really", ["not_sure"]),  # a yes taken back: not sure, not no
    ("yes_no", "yes and no", ["not_sure"]),
    ("ongoing", "cant really say", ["unknown"]),  # "really" hedges the not knowing
    ("time_band", "no clue what time", ["unknown"]),
    ("support_wanted", "not right now thanks", ["none"]),
    ("time_band", "as the pubs were shutting", ["night"]),
    ("characteristic", "my hearing loop", ["disability"]),
    ("characteristic", "being a foster kid", ["other"]),  # growing up in care, not age
    # Blind set 22's:
    ("anonymous", "delete my name from it", ["anonymous"]),  # taking the name away, not "my name"
    ("time_band", "walking home from work at 6", ["evening"]),
    ("ongoing", "it hasnt happened again", ["no"]),
    ("ongoing", "it stops and starts", ["yes"]),
    ("support_wanted", "help dealing with the housing", ["advocacy"]),
    # Blind set 23's:
    ("yes_no", "im in two minds", ["not_sure"]),  # not the "i am" of yes
    ("yes_no", "hard to know really", ["not_sure"]),
    ("time_band", "i didnt check the time", ["unknown"]),
    ("time_band", "when the buses stopped running", ["night"]),
    ("incident_type", "kept calling me a freak", ["verbal_abuse"]),
    ("incident_type", "he waits at the end of my road every night", ["harassment"]),
    ("characteristic", "my white cane", ["disability"]),  # not "white", a race
    ("ongoing", "not since then no", ["no"]),
    ("support_wanted", "nah im good", ["none"]),
    ("preferred_outcome", "for him to understand what he did", ["apology_or_restorative"]),
    ("anonymous", "cancel my name dont use it", ["anonymous"]),
    ("time_band", "i honestly forget", ["unknown"]),
    # Blind set 24's:
    ("incident_type", "dragged me by my hair", ["physical_assault"]),
    ("characteristic", "because im in my nineties", ["age"]),
    ("characteristic", "i honestly couldnt tell you", ["not_sure"]),
    ("time_band", "after my tea", ["evening"]),
    ("support_wanted", "a ring doorbell", ["practical_help"]),
    ("support_wanted", "not really thanks", ["none"]),
    # Blind set 25's:
    ("ongoing", "nothing like that before", ["no"]),  # not the "before" of yes
    ("ongoing", "it has never once stopped", ["yes"]),
    ("support_wanted", "a plan in case they come back", ["safety_planning"]),
    ("time_band", "when school stopped for the day", ["afternoon"]),
    # Blind set 26's:
    ("police_involvement_wanted", "id rather they didnt", ["no"]),
    ("police_involvement_wanted", "i havent made my mind up yet", ["not_sure"]),
    ("ongoing", "hard to know if they will come back", ["unknown"]),  # not the "again" of yes
    ("support_wanted", "not needing anything at the moment", ["none"]),
    ("contact_route", "saw it on x", ["social_media"]),
    ("location_type", "at the request stop", ["public_transport"]),
    # Blind set 27's:
    ("reporter_role", "my better half", ["on_behalf_other"]),
    ("ongoing", "this is the fourth time", ["yes"]),
    ("preferred_outcome", "for it to never happen to me again", ["stop_it_happening"]),
    ("time_band", "didnt look at my watch", ["unknown"]),
    ("contact_route", "my work coach at the job centre", ["referral_from_agency"]),
    # Blind set 32's: who says sorry is not asked to act; "ill" before a verb is "i will".
    ("preferred_outcome", "an apology from the school", ["apology_or_restorative"]),
    ("preferred_outcome", "the school to act and an apology", ["landlord_or_council_action", "apology_or_restorative"]),
    ("true_vision", "ill do it", ["self"]), ("true_vision", "ill do it myself at home", ["self"]),
    # Blind set 34's:
    ("true_vision", "can you go through the form with me", ["help_now"]),
    ("police_involvement_wanted", "no keep the police out of it", ["no"]),
    ("police_involvement_wanted", "im in two minds about police", ["not_sure"]),
    # Blind set 35's:
    ("incident_type", "grabbed my chain and ran", ["theft_or_robbery"]),
    ("contact_route", "the mosque sent me to you", ["referral_from_agency"]),
    # Blind set 36's:
    ("time_band", "when the kids came out of school", ["afternoon"]),
    ("time_band", "out of school hours late at night", ["night"]),  # not the school day
    ("reporter_role", "my pal from the gym", ["on_behalf_other"]),
    ("location_type", "walking down my road", ["street"]),  # the road, not the home on it
    ("location_type", "over text message", ["online"]),
    ("characteristic", "because i wear a cross", ["religion_or_belief"]),
    ("characteristic", "they were cross with me", []),  # cross, the feeling
    ("safe_now", "hard to know to be honest", ["not_sure"]),
    # Blind set 37's:
    ("time_band", "when i was taking the kids to school", ["morning"]),
    ("location_type", "at the playground on the rec", ["park_or_public_space"]),  # a playground in a park
    ("location_type", "at the playground", ["school_or_college"]),
    ("contact_route", "ive been in touch with you before", ["regular_client"]),
    ("support_wanted", "no support needed for me ta", ["none"]),  # "for me" alone is no advocacy
    # Blind set 41's:
    ("time_band", "after the pubs stopped serving", ["night"]), ("ongoing", "at least once a week", ["yes"]),
    ("ongoing", "just the once", ["no"]), ("location_type", "in the nandos on the retail park", ["pub_or_restaurant", "shop_or_business"]),
    ("location_type", "at the depot where i drive buses", ["workplace", "public_transport"]),
])
def test_answers_in_words_the_cues_say_differently(list_name, answer, expected):
    assert match_keys(list_name, answer) == expected


def test_ill_is_i_will_only_before_a_verb():
    assert normalise("ill do it") == "i will do it"
    assert normalise("i feel ill") == "i feel ill"
    assert normalise("he made me ill") == "he made me ill"


def test_none_gives_way_to_a_real_choice_named_with_it():
    assert match_keys("support_wanted", "no police but advice please") == ["advice_information"]
    assert match_keys("support_wanted", "nothing thanks") == ["none"]


def test_a_shared_phrase_names_every_field_it_means():
    assert set(match_keys("field", "change the place")) == {"location_type", "location_area"}


@pytest.mark.parametrize(
    ("reply", "expected"),
    [("1", ["a"]), ("1.", ["a"]), ("one", ["a"]), ("1 3", ["a", "c"]), ("2 and 3", ["b", "c"]), ("3,1", ["c", "a"])],
)
def test_numbered_replies(reply, expected):
    assert numbered_choices(reply, ["a", "b", "c"]) == expected


@pytest.mark.parametrize("reply", ["2 weeks ago", "4", "0", "", "first of march"])
def test_replies_that_are_not_only_choice_numbers(reply):
    assert numbered_choices(reply, ["a", "b", "c"]) is None


@pytest.mark.parametrize(
    ("cue_list", "contract_list"),
    [
        ("characteristic", "characteristic"),
        ("incident_type", "incident_type"),
        ("location_type", "location_type"),
        ("time_band", "time_band"),
        ("reporter_role", "reporter_role"),
        ("support_wanted", "support_wanted"),
        ("preferred_outcome", "preferred_outcome"),
        ("contact_route", "contact_route"),
        ("police_involvement_wanted", "police_involvement_wanted"),
    ],
)
def test_every_cue_key_is_a_stored_value_and_every_value_has_cues(cue_list, contract_list):
    from bot.answers.choices import cues

    assert set(cues()[cue_list]) == set(keys(contract_list))
