"""Each answer is validated and stored as the contract's value; a bad answer keeps the others."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from actions.report_form import ValidateReportForm
from tests.actions.conftest import choice, make_tracker, responses, slot_events


def yesterday() -> str:
    return (datetime.now(ZoneInfo("Europe/London")).date() - timedelta(days=1)).isoformat()


async def validate(dispatcher, domain, slot, text, intent="inform", entities=None, slots=None):
    tracker = make_tracker(text, intent, entities, slots=slots, requested_slot=slot)
    return slot_events(await ValidateReportForm().run(dispatcher, tracker, domain))


async def test_a_button_press_stores_its_value(dispatcher, domain):
    text, intent, entities = choice("witness")
    assert (await validate(dispatcher, domain, "reporter_role", text, intent, entities))["reporter_role"] == "witness"


@pytest.mark.parametrize(("reply", "expected"), [("2", "witness"), ("2.", "witness"), ("two", "witness"), ("my daughter", "on_behalf_other")])
async def test_numbers_and_words_select_a_choice(dispatcher, domain, reply, expected):
    assert (await validate(dispatcher, domain, "reporter_role", reply))["reporter_role"] == expected


async def test_several_numbers_select_several_where_several_are_allowed(dispatcher, domain):
    assert (await validate(dispatcher, domain, "characteristics", "1 5"))["characteristics"] == ["race", "disability"]


async def test_several_numbers_are_not_guessed_at_for_a_one_answer_question(dispatcher, domain):
    events = await validate(dispatcher, domain, "location_type", "1 5")
    assert events["location_type"] is None
    assert responses(dispatcher) == ["utter_wrong_location_type"]


async def test_free_text_characteristics(dispatcher, domain):
    events = await validate(dispatcher, domain, "characteristics", "cos im gay and they said go back to your country")
    assert events["characteristics"] == ["sexual_orientation", "race"]


async def test_a_not_understood_answer_is_met_kindly_and_keeps_earlier_answers(dispatcher, domain):
    events = await validate(dispatcher, domain, "characteristics", "purple", slots={"reporter_role": "victim"})
    assert events["characteristics"] is None
    assert "reporter_role" not in events  # untouched
    assert events["failed_attempts"] == 1 and events["offer_choices"] is False
    assert responses(dispatcher) == ["utter_wrong_characteristics"]


async def test_two_misses_in_a_row_offer_choices(dispatcher, domain):
    events = await validate(dispatcher, domain, "incident_date", "purple", slots={"failed_attempts": 1})
    assert events["offer_choices"] is True
    # The choices variation is then shown, and a number picks from it.
    second = await validate(dispatcher, domain, "incident_date", "2", slots={"offer_choices": True, "failed_attempts": 2})
    assert second["incident_date"] == yesterday()
    assert second["offer_choices"] is False


async def test_unsafe_answer_gets_the_emergency_reply_at_once(dispatcher, domain):
    events = await validate(dispatcher, domain, "safe_now", "no")
    assert events["safe_now"] == "no" and events["immediate_danger"] is True
    assert responses(dispatcher) == ["utter_emergency", "utter_emergency_continue"]


@pytest.mark.parametrize("answer", ["yes but a man called me a paki in the shop yesterday",
                                    "yes im safe now it was last week a lad punched me at the bus stop",
                                    "yeah fine they spat at me on the bus this morning"])
async def test_what_happened_told_with_yes_at_are_you_safe_is_kept_as_the_account(dispatcher, domain, answer):
    events = await validate(dispatcher, domain, "safe_now", answer)
    assert events["safe_now"] == "yes" and events["what_happened"] == answer
    assert responses(dispatcher) == ["utter_account_kept"]


async def test_what_happened_told_instead_of_an_answer_is_kept_and_the_question_asked_again(dispatcher, domain):
    told = "a man spat at me on the bus yesterday and called me a paki"
    events = await validate(dispatcher, domain, "safe_now", told, slots={"failed_attempts": 0})
    assert events["safe_now"] is None and events["what_happened"] == told
    assert "failed_attempts" not in events  # told, not misunderstood: no step nearer the choices
    assert responses(dispatcher) == ["utter_account_kept_are_you_safe"]


async def test_an_account_kept_with_yes_is_redacted_like_any_other(dispatcher, domain):
    events = await validate(dispatcher, domain, "safe_now", "yes but a man called me names in the shop, ring me on 07700 900123")
    assert events["what_happened"].startswith("yes but a man called me names in the shop") and "07700" not in events["what_happened"]


@pytest.mark.parametrize(("answer", "slots"), [
    ("yes im at my boyfriends flat on the other side of town", {}),  # where they are, not what was done
    ("yes i am fine now thanks", {}),
    ("yes but a man called me a paki in the shop yesterday", {"what_happened": "he shouted at me on the bus"}),  # told already: kept as it was
])
async def test_a_yes_without_an_account_or_after_one_keeps_no_new_account(dispatcher, domain, answer, slots):
    events = await validate(dispatcher, domain, "safe_now", answer, slots=slots)
    assert events["safe_now"] == "yes" and "what_happened" not in events and responses(dispatcher) == []


async def test_what_is_going_on_now_told_with_no_is_not_kept_as_the_account(dispatcher, domain):
    # "no he is still hanging around my street" tells the danger now; "what happened?" is still asked.
    events = await validate(dispatcher, domain, "safe_now", "no he is still hanging around my street")
    assert events["safe_now"] == "no" and "what_happened" not in events


@pytest.mark.parametrize("answer", ["no they know where i am", "nope i am scared",
                                    "no i think hes coming back"])  # blind set 29: "i think" is about him
async def test_a_no_that_goes_on_with_i_am_is_a_no_and_gets_the_emergency_reply(dispatcher, domain, answer):
    # Blind set 21: "no they know where i am" was stored as safe, its "i am" a yes.
    events = await validate(dispatcher, domain, "safe_now", answer)
    assert events["safe_now"] == "no" and responses(dispatcher) == ["utter_emergency", "utter_emergency_continue"]


async def test_help_asked_with_the_report_is_asked_again_not_taken_as_unsafe(dispatcher, domain):
    # Blind set 30: "help me" in it had been read as "no, I am not safe".
    events = await validate(dispatcher, domain, "safe_now", "hello can you help me report something")
    assert events["safe_now"] is None and responses(dispatcher) == ["utter_wrong_safe_now"]


@pytest.mark.parametrize("answer", ["i feel a bit silly", "i dont sleep well since", "i am upset"])
async def test_a_feeling_or_an_aside_at_are_you_safe_is_asked_again(dispatcher, domain, answer):
    # Blind set 31: they had been taken for not sure and no, and got the emergency advice.
    events = await validate(dispatcher, domain, "safe_now", answer)
    assert events["safe_now"] is None and responses(dispatcher) == ["utter_wrong_safe_now"]


@pytest.mark.parametrize(("answer", "stored"), [("i am not", "no"), ("a bit", "not_sure"), ("i am not at home", "no")])
async def test_a_short_no_or_not_sure_still_answers(dispatcher, domain, answer, stored):
    assert (await validate(dispatcher, domain, "safe_now", answer))["safe_now"] == stored


async def test_somewhere_safe_told_in_words_is_safe(dispatcher, domain):
    # Blind set 30: its "they do not know" had been read as not sure.
    events = await validate(dispatcher, domain, "safe_now", "i am at my mums now and they do not know where she lives")
    assert events["safe_now"] == "yes" and responses(dispatcher) == []


@pytest.mark.parametrize("answer", ["i dont know if im safe", "not sure if they have gone", "i cant tell if theyve gone",
                                    "hard to know if im ok to be honest", "difficult to know tbh", "not really sure if im safe or not"])
async def test_not_knowing_whether_safe_is_not_sure_and_gets_the_advice(dispatcher, domain, answer):
    # Blind set 32: set 30's mend had stored "i dont know if im safe" as safe. Blind set 36: "hard
    # to know", in a longer answer with no other word of safety, was taken for no answer.
    events = await validate(dispatcher, domain, "safe_now", answer)
    assert events["safe_now"] == "not_sure" and responses(dispatcher) == ["utter_emergency", "utter_emergency_continue"]


@pytest.mark.parametrize(("answer", "stored"), [
    # Blind set 33: "no one is here" is no "no"; a question about the report is no answer; a
    # leading no stands however the message goes on; "safe" said first is safe.
    ("no one is here now its just me and the dog", "yes"), ("does it matter if i dont know exactly when", None),
    ("no it happened last week when i was out", "no"), ("safe yes locked in", "yes"),
    ("no worries im safe", "yes"),  # "no worries" is no no, here as at the police question
])
async def test_who_is_there_questions_and_a_leading_no_at_are_you_safe(dispatcher, domain, answer, stored):
    assert (await validate(dispatcher, domain, "safe_now", answer))["safe_now"] == stored


@pytest.mark.parametrize(("answer", "stored"), [("no i dont want them anywhere near the police", "no"), ("no problem tell them", "yes"),
                                                ("unsure at the moment about police", "not_sure")])  # blind set 35
async def test_a_plain_no_said_first_is_never_read_as_yes_to_the_police(dispatcher, domain, answer, stored):
    # Blind set 34: "no keep the police out of it" had been stored as yes (its word "police").
    assert (await validate(dispatcher, domain, "police_involvement", answer))["police_involvement"] == stored


@pytest.mark.parametrize(("answer", "stored"), [("not sure yet if i want them involved", "not_sure"),
                                                ("im not really sure whether i want the police to know", "not_sure"),
                                                ("dont know if i want them involved yet", "not_sure"),
                                                ("not sure at first but yes i want them involved", "yes")])
async def test_not_knowing_said_first_is_not_yes_to_the_police(dispatcher, domain, answer, stored):
    # Blind set 36: "not sure yet if i want them involved" was stored as yes, for "want them involved".
    assert (await validate(dispatcher, domain, "police_involvement", answer))["police_involvement"] == stored


async def test_date_and_time_of_day_from_one_answer(dispatcher, domain):
    events = await validate(dispatcher, domain, "incident_date", "last night")
    assert events["incident_date"] == yesterday()
    assert events["time_band"] == "night"


@pytest.mark.parametrize("answer", ["around 7 when i was out walking the dog", "about 9", "half 8 when i was on my way to the shop"])
async def test_an_hour_of_either_half_of_the_day_is_asked_about_not_guessed(dispatcher, domain, answer):
    # Blind set 63: 7 with a dog walk could be either 7; the person is asked which, and says.
    events = await validate(dispatcher, domain, "time_band", answer)
    assert events["time_band"] is None and responses(dispatcher) == ["utter_which_half_of_the_day"]
    assert (await validate(dispatcher, domain, "time_band", "the evening", slots={"failed_attempts": 1}))["time_band"] == "evening"


@pytest.mark.parametrize(("answer", "band"), [("around 7 in the evening walking the dog", "evening"), ("about 3", "afternoon"),
                                              ("about 7 on my way to work", "morning")])
async def test_an_hour_with_its_half_of_the_day_is_taken(dispatcher, domain, answer, band):
    assert (await validate(dispatcher, domain, "time_band", answer))["time_band"] == band
    assert "utter_which_half_of_the_day" not in responses(dispatcher)


async def test_future_date_is_refused_with_the_reason(dispatcher, domain):
    events = await validate(dispatcher, domain, "incident_date", "next week")
    assert events["incident_date"] is None
    assert responses(dispatcher) == ["utter_wrong_incident_date_future"]


async def test_full_postcode_is_cut_to_its_district(dispatcher, domain):
    assert (await validate(dispatcher, domain, "location_area", "so14 3ab"))["location_area"] == "SO14"


async def test_street_address_is_refused_and_not_kept(dispatcher, domain):
    events = await validate(dispatcher, domain, "location_area", "14 Acacia Avenue")
    assert events["location_area"] is None
    assert responses(dispatcher) == ["utter_wrong_location_area_address"]


async def test_account_keeps_the_words_but_not_a_full_postcode(dispatcher, domain):
    events = await validate(dispatcher, domain, "what_happened", "he called me a name outside SO14 3AB")
    assert events["what_happened"] == "he called me a name outside SO14"


async def test_account_is_redacted_before_it_is_kept(dispatcher, domain):
    text = "my neighbour John Smith at 12 High Street called me a paki, his number is 07700 900123"
    events = await validate(dispatcher, domain, "what_happened", text)
    assert events["what_happened"] == "my neighbour [NAME] at [ADDRESS] called me a paki, his number is [PHONE]"


async def test_towns_that_are_also_first_names_are_areas(dispatcher, domain):
    assert (await validate(dispatcher, domain, "location_area", "Shirley"))["location_area"] == "Shirley"


async def test_a_phone_number_is_not_an_area(dispatcher, domain):
    assert (await validate(dispatcher, domain, "location_area", "07700 900123"))["location_area"] is None


async def test_outcome_in_own_words_is_kept_as_something_else(dispatcher, domain):
    events = await validate(dispatcher, domain, "preferred_outcome", "i would like them to understand")
    assert events["preferred_outcome"] == ["other"]
    assert events["preferred_outcome_text"] == "i would like them to understand"


async def test_true_vision_link_is_given_when_chosen(dispatcher, domain):
    events = await validate(dispatcher, domain, "true_vision", "send me the link")
    assert events["true_vision"] == "self"
    assert responses(dispatcher) == ["utter_true_vision_link"]


async def test_change_at_the_summary_clears_the_named_answers(dispatcher, domain):
    slots = {"location_type": "street", "location_area": "SO14", "incident_date": "2026-11-20"}
    events = await validate(dispatcher, domain, "confirmed", "change the place", intent="change_answer", slots=slots)
    assert events["location_type"] is None and events["location_area"] is None
    assert events["confirmed"] is None
    assert "incident_date" not in events


@pytest.mark.parametrize(("text", "cleared"), [("the date", ["incident_date"]), ("time and place", ["time_band", "location_type", "location_area"])])
async def test_a_field_named_alone_at_the_summary_is_changed(dispatcher, domain, text, cleared):
    events = await validate(dispatcher, domain, "confirmed", text, slots={"incident_date": "2026-11-20", "time_band": "night"})
    assert {field for field in cleared if field in events and events[field] is None} == set(cleared)


async def test_a_few_words_that_tell_something_at_the_summary_keep_every_answer(dispatcher, domain):
    # Blind set 21: "happened before covid" named "happened before" (the field "ongoing") and cleared it.
    events = await validate(dispatcher, domain, "confirmed", "happened before covid", slots={"ongoing": "yes"})
    assert "ongoing" not in events and events["confirmed"] is None


@pytest.mark.parametrize("text", ["what if i get the date wrong", "does it matter if the time is wrong",
                                  "can i change my mind about the police later", "could i change the date later on"])
async def test_a_question_at_the_summary_clears_nothing_and_says_how_to_change(dispatcher, domain, text):
    # Blind set 36: "what if i get the date wrong" was read as a change to the date, which cleared it.
    # Blind set 40: "can i change my mind about the police later" cleared the police and True Vision answers.
    slots = {"incident_date": "2026-11-20", "time_band": "night", "police_involvement": "yes", "true_vision": "self"}
    events = await validate(dispatcher, domain, "confirmed", text, slots=slots)
    assert not {"incident_date", "time_band", "police_involvement", "true_vision"} & set(events) and events["confirmed"] is None
    assert responses(dispatcher) == ["utter_how_to_change"]


async def test_a_change_asked_for_now_at_the_summary_still_clears_that_answer(dispatcher, domain):
    events = await validate(dispatcher, domain, "confirmed", "can i change the police answer", slots={"police_involvement": "yes", "true_vision": "self"})
    assert events["police_involvement"] is None and events["true_vision"] is None


@pytest.mark.parametrize(("reply", "role"), [
    ("a lady from my church", "on_behalf_other"),  # blind set 21: someone described, not named by who they are to me
    ("the girl who lives above me", "on_behalf_other"),  # blind set 40: "above me" says where she lives
    ("a man i was with", "on_behalf_other"),  # its "i was" is not the reporter's own
    ("a boy in my class i saw it", "witness"),
    ("it was me", "victim"),
    ("i was a passer by", "witness"),  # blind set 22: a passer-by saw it, whatever "i was" says
    ("i was on the bus when it happened to someone", "witness"),  # blind set 23
    ("the old man next door to me", "on_behalf_other"),  # blind set 25: named by where he lives, not "to me"
    ("the lady upstairs", "on_behalf_other"),
    ("the man next door hit me", "victim"),
    ("i was stood near and saw", "witness"),  # near, not the "i was" of the person it happened to
    ("an old gent i visit", "on_behalf_other"),  # blind set 26
    ("the poorly man i cook for", "on_behalf_other"),  # blind set 28: someone the person looks after
    ("the elderly gent across our landing", "on_behalf_other"),  # blind set 31
])
async def test_someone_described_is_someone_else(dispatcher, domain, reply, role):
    assert (await validate(dispatcher, domain, "reporter_role", reply))["reporter_role"] == role


async def test_yes_at_the_summary_confirms(dispatcher, domain):
    text, intent, entities = choice("yes")
    assert (await validate(dispatcher, domain, "confirmed", text, intent, entities))["confirmed"] is True


async def test_optional_questions_drop_out_when_they_do_not_apply(dispatcher, domain):
    form = ValidateReportForm()
    order = domain["forms"]["report_form"]["required_slots"]
    plain = await form.required_slots(order, dispatcher, make_tracker(slots={"characteristics": ["race"], "police_involvement": "no"}), domain)
    assert "characteristic_other" not in plain and "true_vision" not in plain
    other = await form.required_slots(order, dispatcher, make_tracker(slots={"characteristics": ["other"], "police_involvement": "yes"}), domain)
    assert "characteristic_other" in other and "true_vision" in other


@pytest.mark.parametrize(("reply", "saves"), [("1", True), ("2", None)])
async def test_the_summary_choices_work_by_number(dispatcher, domain, reply, saves):
    events = await validate(dispatcher, domain, "confirmed", reply, intent="choose")
    assert events["confirmed"] is saves
    if saves is None:
        assert responses(dispatcher) == ["utter_ask_what_to_change"]


async def test_a_value_set_by_an_action_is_kept(dispatcher, domain):
    # Staff mode sets "who is reporting" as the form starts; the opening message must not undo it.
    events = await validate(dispatcher, domain, "reporter_role", "/start_report", intent="start_report")
    assert events["reporter_role"] is None  # the message itself is not an answer...
    tracker_value = "on_behalf_staff"
    from tests.actions.conftest import make_tracker

    tracker = make_tracker("/start_report", "start_report", requested_slot="reporter_role", fill_requested=False)
    tracker.slots["reporter_role"] = tracker_value
    tracker.events.append({"event": "slot", "name": "reporter_role", "value": tracker_value})
    result = slot_events(await ValidateReportForm().run(dispatcher, tracker, domain))
    assert result["reporter_role"] == "on_behalf_staff"  # ...but the value the action set is


@pytest.mark.parametrize(("reply", "place"), [
    ("in the car park of the gurdwara", "place_of_worship"),  # blind set 26: a part of a place is that place
    ("in the car park at tesco", "shop_or_business"),
    ("in the car park", "park_or_public_space"),
    ("outside the mosque", "place_of_worship"),  # a named place wins over the street it was in
    ("in the road outside the shops", "street"),
    ("at the steak house", "pub_or_restaurant"),  # blind set 28: not the "house" of home
    ("on the corner by the chippy", "street"),  # blind set 31: the corner, where the chippy is
])
async def test_a_place_wins_over_where_in_it_and_what_was_near(dispatcher, domain, reply, place):
    assert (await validate(dispatcher, domain, "location_type", reply))["location_type"] == place


@pytest.mark.parametrize(("answer", "stored"), [("in the school mums whatsapp group", "online"), ("on the estate facebook page", "online"),
                                                ("outside the school", "school_or_college")])
async def test_a_group_online_is_online_whatever_it_is_named_for(dispatcher, domain, answer, stored):
    # Blind set 37: "in the school mums whatsapp group" was stored as the school.
    assert (await validate(dispatcher, domain, "location_type", answer))["location_type"] == stored


async def test_not_knowing_what_are_you_safe_means_is_no_answer_to_it(dispatcher, domain):
    # Blind set 39: "i dont know what that means" had been stored as not sure and given the advice
    # for someone unsure whether they are safe.
    events = await validate(dispatcher, domain, "safe_now", "i dont know what that means")
    assert events["safe_now"] is None and "utter_emergency" not in responses(dispatcher)


@pytest.mark.parametrize(("answer", "stored"), [("at the care home where i work", "workplace"), ("in the shop where i work", "workplace"),
                                                ("at the care home", "care_or_health_setting")])
async def test_the_persons_own_work_is_the_workplace_whatever_the_place(dispatcher, domain, answer, stored):
    # Blind set 39: "at the care home where i work" was stored as a care setting.
    assert (await validate(dispatcher, domain, "location_type", answer))["location_type"] == stored
