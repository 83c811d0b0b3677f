"""How the person came, where what was seen or found decides (bot/answers/routes.py)."""

from __future__ import annotations

import pytest

from bot.answers.routes import route_by_what_was_seen


@pytest.mark.parametrize(("text", "route"), [
    ("a stop hate uk leaflet", "poster_or_leaflet"),  # the leaflet, whoever made it
    ("the police gave me a leaflet", None),  # handed over: the police are the route (the cue words say so)
    ("i found the stop hate page online", "online_search"),  # blind set 18 had it as a referral
    ("i looked on the council website", "online_search"),
    ("saw your facebook page", None),  # social media, a route of its own
    ("my gp", None),
])
def test_what_was_seen_or_found_is_the_route(text, route):
    assert route_by_what_was_seen(text) == route
