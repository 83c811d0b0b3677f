"""How the person came, where what was seen or found, or which service told them, decides (bot/answers/routes.py)."""

from __future__ import annotations

import pytest

from bot.answers.routes import route_by_what_was_seen


@pytest.mark.parametrize(("text", "route"), [
    ("a stop hate uk leaflet", "poster_or_leaflet"),  # the leaflet, whoever made it
    ("the police gave me a leaflet", None),  # handed over: the police are the route (the cue words say so)
    ("i found the stop hate page online", "online_search"),  # blind set 18 had it as a referral
    ("i looked on the council website", "online_search"),
    ("saw your facebook page", "social_media"),  # social media, a route of its own
    ("a facebook post in the community group", "social_media"),  # blind set 38: whoever's group it is, not a referral
    ("my gp", None),
    ("the housing officer told me", "referral_from_agency"),  # blind set 21: "officer" had made it the police
    ("my probation officer mentioned you", "referral_from_agency"),
    ("a support worker gave me a leaflet", "referral_from_agency"),  # handed over by an agency
    ("the family liaison officer", None),  # a police officer: the cue words say police
    ("an officer told me", None),
    ("a stop hate card in the library", "poster_or_leaflet"),  # blind set 23: a card seen, whoever made it
    ("saw a stop hate advert on facebook", "social_media"),  # blind set 29: an advert on social media
    ("ive been before about something else", "regular_client"),  # blind set 31: whatever they came about
    ("ive used you lot before for something else", "regular_client"),  # blind set 33
    ("came to you last year", "regular_client"),  # blind set 34
])
def test_what_was_seen_or_found_is_the_route(text, route):
    assert route_by_what_was_seen(text) == route
