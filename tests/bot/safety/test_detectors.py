"""The safety layer's detectors on their own cases (data/safety/cases.yml) and on the messages
that were misread before they existed: danger now is heard, the past is not taken for it, crisis
words are heard, and answers that look like commands are never a stop command."""

from __future__ import annotations

import numpy as np
import pytest
import yaml

from bot.config import PROJECT_ROOT
from bot.safety import read
from bot.safety.commands import is_stop_command, sounds_like_stopping
from bot.safety.crisis import crisis_signs
from bot.safety.danger import Level, names_no_one_now, read_danger
from bot.safety.encoder import shared_encoder
from bot.safety.kept_vectors import kept
from bot.safety.semantic import SemanticReader, cross_validated, examples
from bot.safety.text import safety_text

CASES = yaml.safe_load((PROJECT_ROOT / "data" / "safety" / "cases.yml").read_text())


class RememberingEncoder:
    """The shared encoder, remembering each text's vector for this module: the cases it is trained
    on are the cases it then reads, and each is encoded once (the training cases' vectors are kept
    between runs by bot.safety.kept_vectors)."""

    def __init__(self):
        self.encoder, self.vectors = shared_encoder(), kept()

    def encode(self, texts: list[str]) -> np.ndarray:
        new = [text for text in dict.fromkeys(texts) if text not in self.vectors]
        if new:
            self.vectors.update(zip(new, self.encoder.encode(new)))
        return np.stack([self.vectors[text] for text in texts])


@pytest.fixture(scope="module")
def layer():
    """Reads a message as the running assistant does: the patterns with the learned reader trained
    on the cases, as `rasa train` trains it."""
    fitted = SemanticReader.fit(examples())
    reader = SemanticReader(fitted.weights, fitted.bias, RememberingEncoder())
    return lambda text, classifier=None: read(text, classifier, reader.read(text))


def share(texts, heard) -> float:
    return sum(1 for text in texts if heard(text)) / len(texts)


# A learned reader fits its own examples nearly, not exactly: the layer is held to these shares on
# its cases, and each miss can be read in the failure message.
def test_danger_now_in_the_cases_is_heard(layer):
    missed = [t for t in CASES["danger_now"] if layer(t).danger != "now"]
    assert len(missed) / len(CASES["danger_now"]) <= 0.01, missed


def test_the_past_and_calm_cases_raise_no_alarm(layer):
    calm = CASES["danger_past"] + CASES["calm"]
    alarmed = [t for t in calm if layer(t).danger == "now"]
    assert len(alarmed) / len(calm) <= 0.01, alarmed


def test_crisis_in_the_cases_is_heard(layer):
    missed = [t for t in CASES["crisis"] if not layer(t).crisis]
    assert missed == []


def test_accounts_and_calm_messages_are_seldom_taken_for_crisis(layer):
    calm = CASES["danger_past"] + CASES["calm"]
    taken = [t for t in calm if layer(t).crisis]
    assert len(taken) / len(calm) <= 0.005, taken


@pytest.mark.evaluation
def test_on_cases_it_never_saw_the_layer_hears_danger_and_crisis_and_raises_few_alarms():
    """Five-fold cross-validation: each case read by a reader trained without it (bench/safety_reader.py
    prints the same figures)."""
    items = examples()
    readings = [read(text, None, meaning) for (text, _), meaning in zip(items, cross_validated(items))]
    by_label = lambda label: [r for (_, l), r in zip(items, readings) if l == label]  # noqa: E731
    assert sum(r.danger == "now" for r in by_label("now")) / len(by_label("now")) >= 0.95
    assert sum(r.danger is not None for r in by_label("now")) / len(by_label("now")) >= 0.97
    calm = by_label("calm") + by_label("past")
    assert sum(r.danger == "now" for r in calm) / len(calm) <= 0.03
    assert sum(r.crisis for r in by_label("crisis")) / len(by_label("crisis")) >= 0.95
    assert sum(r.crisis for r in calm + by_label("now")) / len(calm + by_label("now")) <= 0.01


@pytest.mark.parametrize("item", CASES["lookalikes"], ids=[i["text"] for i in CASES["lookalikes"]])
def test_an_answer_that_looks_like_a_command_is_no_stop_command(layer, item):
    """Never a stop, never danger now, never a crisis. "It has not stopped" may be asked about (is
    someone there now?); the answer is kept beside that question (tests/e2e/test_at_every_question.py)."""
    assert not is_stop_command(item["text"])
    assert read(item["text"]).danger in (None, "check") and not read(item["text"]).crisis
    assert layer(item["text"]).danger != "now"


def test_the_patterns_alone_are_exact_about_the_past():
    """The patterns never take an account of the past, or a calm message, for danger now, and never
    take danger or an account for a crisis: what the learned reader adds comes on top of that."""
    calm = CASES["danger_past"] + CASES["calm"]
    assert [t for t in calm if read_danger(t).level is Level.NOW] == []
    assert [t for t in calm + CASES["danger_now"] if crisis_signs(t)] == []


# The messages the issue "Reading people safely" found misread, kept as regression cases.
@pytest.mark.parametrize("text", ["i am not safe", "man with a bat outside shouting at me",
                                  "they followed me home and are still outside"])
def test_the_danger_that_was_missed_is_heard(text):
    assert read(text).danger == "now"


def test_the_words_that_deleted_a_report_are_heard_as_crisis_not_stop():
    text = "i dont want to be alive anymore after this"
    assert read(text).crisis and not is_stop_command(text) and not sounds_like_stopping(text)


@pytest.mark.parametrize("text", ["shop", "stoop", "stopped at the shops", "he told me to stop", "stop hate uk told me about you"])
def test_the_answers_read_as_stop_are_not_stop_commands(text):
    assert not is_stop_command(text)


@pytest.mark.parametrize("text", ["stop", "STOP", "Stop.", "stop!", "cancel", "quit", "end", "stopall", "unsubscribe",
                                  "delete my answers", "/stop", " Stop please "])
def test_exact_commands_stop(text):
    assert is_stop_command(text)


@pytest.mark.parametrize(("text", "stopping"), [("i want to stop", True), ("can we stop now", True), ("stop the report", True),
                                                ("i dont want to do this anymore", True), ("he told me to stop", False),
                                                ("i had to quit my job", False), ("stop picking on me", False)])
def test_stopping_in_other_words_is_told_from_an_account(text, stopping):
    assert sounds_like_stopping(text) is stopping


@pytest.mark.parametrize(("text", "level"), [
    ("he is following me on instagram", Level.UNCLEAR),  # a threat online is not someone at the door
    ("my car is outside", Level.NONE),
    ("i am here to report something", Level.NONE),
    ("i am not in danger now", Level.NONE),
    ("i do not want to call the police", Level.NONE),
    ("help", Level.NONE),  # the help command
    ("help me understand", Level.NONE),
    ("he has been threatening me", Level.UNCLEAR),
    ("he keeps threatening me", Level.NOW),
    ("my sister is helping me type this", Level.NONE),
    ("she is waiting for me in the car", Level.NONE),
    ("im safe now but they are still outside", Level.NOW),
    ("there are people on my roof", Level.NOW),  # on the roof, in the porch: at the home
    ("they will be outside school at 3 to get me", Level.NOW),  # a time and a place set to harm
    ("they came back", Level.NOW),  # said alone, they are back now
    ("they came back the next day and shouted", Level.NONE),  # the account
    ("my neighbour hit me over the summer", Level.PAST),  # a season is a time before now
    ("i am worried it will happen again", Level.NONE),  # fear of what may come
    ("im scared they will come back", Level.UNCLEAR),  # may be tonight: asked
    ("it is still going on", Level.UNCLEAR),  # the harassment, or someone at the door: asked
    ("the case is not over", Level.NONE),
    ("they have locked me in", Level.NOW),  # have done it, and it holds now
    ("they locked me in the storeroom at work last month", Level.NONE),
    ("they havent gone", Level.NOW),
    ("they have not left me alone for months", Level.NONE),
    ("people at door shouting scared", Level.NOW),  # easy read, without "the"
    ("man follow me", Level.NOW),  # easy read, the verb as it comes
    ("they hit me help", Level.NOW),
    ("he hit me", Level.UNCLEAR),  # then or now: asked
    ("im scared of the police", Level.NONE),
    ("they got in my house", Level.NOW),
    ("i locked myself in the bathroom", Level.NOW),  # not harm to oneself
    ("a man keeps staring and following me round the shop", Level.NOW),
    ("its the man at the corner shop", Level.NONE),  # who, not where now
    ("there is a man at the door", Level.NOW),
    ("i feel scared to go out at night now", Level.NONE),  # fear since, not danger now
    ("can you call the police", Level.NOW),
    ("we have barricaded the door", Level.NOW),  # done a moment ago, and so still going on
    ("they just broke in downstairs", Level.NOW),
    ("i just got home", Level.NONE),
    ("he has pinned me against the wall", Level.NOW),
    ("he has grabbed me before", Level.PAST),
    ("my neighbours over the road", Level.NONE),  # who, not where
    ("i feel unsafe walking home at night", Level.NONE),  # the harm it left, not danger now
    ("i am not safe outside they are waiting", Level.NOW),
    ("a man has been stood outside my flat for an hour", Level.NOW),  # there a while, and there still
    ("he has been following me for months", Level.PAST),  # the harassment, not the moment
    ("they said wait there were coming for you", Level.NOW),  # their threat, with a word of the moment
    ("he said im coming for you", Level.UNCLEAR),  # their threat, told with no time: asked
    ("last year he said ill get you", Level.PAST),
    ("i was on the floor being kicked and then someone stopped them", Level.PAST),  # "being" after "was"
    ("i am being kicked", Level.NOW),
    ("safe for now", Level.NONE),
    ("a van has been following me for a few streets", Level.NOW),  # a vehicle, there a while
    ("they will be round in a bit to sort me out", Level.NOW),
    ("my mum will be here in 10 mins", Level.NONE),
    ("urgent help needed at the flat", Level.NOW),
    ("no one is here now", Level.NONE),
    ("please help hurry", Level.NOW),
    ("he drove at me and is coming back", Level.NOW),  # done, and coming round again
    ("they are not here anymore", Level.NONE),
    ("im worried my daughter is being picked on at school", Level.NONE),  # the report of it
    ("someone got in through the back door while we were on holiday", Level.PAST),
    ("a lad keeps cycling at me", Level.NOW),  # someone at it now
    ("someone lit a rag and pushed it through our letterbox", Level.NOW),  # fire at the door, no time before now
    ("someone put a lit rag through my door last winter", Level.NONE),
    ("help bad people at my door", Level.NOW),
    ("me scared lads shout at my window", Level.NOW),  # easy read, without "are"
    ("i was scared when people came to my door last week", Level.PAST),
    ("everything is calm again now", Level.NONE),
    ("someone just tried to stab me", Level.NOW),  # tried a moment ago: still there
    ("he tried to hit me last week", Level.PAST),
    ("a man at the bus station", Level.NONE),  # who, at a public place, with no verb of now
    ("a man at my door", Level.NOW),
    ("men at the back door", Level.NOW),
    ("man in the street outside my flat", Level.NOW),
    ("lads on the road by my house", Level.NOW),
    ("quick theyve found me", Level.NOW),  # found where the person is: blind set 18 missed it
    ("theyve found me on facebook", Level.NONE),
    ("i got locked in the toilets by them in year 9", Level.NONE),  # "got locked in": the past, not "I am locked in"
    ("he swung a bat at us at the festival", Level.PAST),  # "swung" is the past
    ("my old flatmate threatened me with a knife before i moved", Level.PAST),  # a weapon, and a time before now
    ("they are trying to rip my turban off", Level.NOW),  # blind set 19: any harm being tried, not a short list
    ("they are trying to contact my family", Level.NONE),
    ("the agency carer is slapping my face", Level.NOW),  # a carer who is not "my carer" is someone too
    ("a lad has pinned my brother down in the street", Level.NOW),  # held down: someone else, not only me
    ("i need a break ill come back", Level.NONE),  # a pause, not a break-in
    ("i am at the police station now", Level.NONE),
    ("theyve kicked the door off", Level.NOW),  # blind set 20: a door broken a moment ago
    ("my son is being held down by a group in the park", Level.NOW),
    ("my landlord is forcing the lock on my room", Level.NOW),
    ("my brother is getting his head kicked in outside the takeaway", Level.NOW),
    ("he keeps ramming my car with his van", Level.NOW),
    ("will i get in trouble for reporting", Level.NONE),  # trouble for reporting is no danger
    ("i am in trouble", Level.NOW),
    ("the people in the flat below", Level.NONE),  # who they are, not where they are now
    ("people surrounded my house with torches the night before last", Level.PAST),
    ("i am round at my friends now away from it", Level.NONE),
    ("i am at my mums but he is outside", Level.NOW),
    ("the neighbours are hurling bricks over the fence at my kids", Level.NOW),  # blind set 21: any blow or throw, not a short list
    ("my son is dragging his feet about school", Level.NONE),  # dragging someone, not one's feet
    ("my flat was broken into while i was at my mums", Level.PAST),  # blind set 21: away at the time, so the past
    ("they broke in while i was in bed and they are still here", Level.NOW),
    ("a group blocked my way and one pulled a knife the other evening", Level.PAST),
    ("my support worker is slapping me about", Level.NOW),  # blind set 22: a worker is someone too
    ("my support worker is helping me type this", Level.NONE),
    ("my mum is next to me", Level.NONE),  # company beside me, not someone at me
    ("a man is next to me", Level.NOW),
    ("my brother in law has his hands round my neck", Level.NOW),  # blind set 23: a hold on the neck, and in-laws are someone
    ("he had his hands round my neck last year", Level.NONE),  # the past: no alarm
    ("some men are ripping the ramp off my front step", Level.NOW),
    ("the kids are tearing around the garden", Level.NONE),
    ("my husband held a knife to me before we separated", Level.PAST),  # a time before now, told by what came after
    ("they poured petrol by the back door the night before the court date", Level.PAST),
    ("theyve poured something on my doorstep and are lighting it", Level.NOW),  # blind set 24
    ("i am being held against the railings", Level.NOW),
    ("the taxi driver is driving me somewhere i dont know and wont stop", Level.NOW),
    ("my mum is driving me somewhere safe", Level.NONE),
    ("a couple in the flat above", Level.NONE),  # who, not where now
    ("my partner is really worried about me", Level.NONE),
    ("my brother got beaten up round the back of the pub at his birthday", Level.PAST),
    ("theres a fella pissing through our letterbox and screaming abuse", Level.NOW),  # blind set 25, mended at once
    ("theres a man delivering a parcel at the door", Level.NONE),
    ("im being pelted with eggs and stones", Level.NOW),  # blind set 25, mended at once
    ("they set fire to our bins on bonfire night", Level.PAST),  # a named day is a time before now
    ("i locked myself in the toilet while they banged on the door that was last week", Level.PAST),
    ("i locked myself in the bathroom", Level.NOW),
    ("he turned up with a knife the day after i left", Level.PAST),  # blind set 25: the day after, told by what came before
    ("he keeps running at me", Level.NOW),
    ("people keep looking at us", Level.NONE),  # looked at, not come at
    ("man pull my coat", Level.NOW),  # blind set 26: easy read, the verb as it comes
    ("she squeeze my arm", Level.NOW),
    ("my mum is sat next to me", Level.NONE),  # company beside me, and nothing else told
    ("my mum is next to me and a man is hitting her", Level.NOW),
    ("i am back at my flat now", Level.NONE),  # blind set 27: the person somewhere, not someone at them
    ("they are back at my flat now", Level.NOW),
    ("the police are outside with me now", Level.NONE),
    ("man keep kick me", Level.NOW),  # blind set 28: easy read, again and again
    ("girl pull my hair and me", Level.NOW),
    ("the teachers have locked the gates and we are all inside", Level.NONE),  # the words after "and we" are ours
    ("my husband and i are outside", Level.NONE),
    ("they sat outside my flat all night", Level.PAST),  # "sat" is the past ...
    ("he is sat outside my flat", Level.NOW),  # ... but not after "is"
    ("they smashed our windows the night of the derby", Level.PAST),
    ("they have gone and im locked in safe", Level.PAST),  # blind set 29: shut in by choice, and safe
    ("he has locked me in and gone out", Level.NOW),  # shut in by someone
    ("im in a taxi home and theyre nowhere near", Level.NONE),
    ("my phone is about to die", Level.NONE),  # blind set 30: a phone dying is no one dying
    ("i am about to die", Level.NOW),
    ("two women have got my daughter by the hair in the playground", Level.NOW),  # blind set 31
    ("he had me by the hair last week", Level.NONE),  # told in the past: no danger now
    ("he hold me down", Level.NOW),
    ("its me who got hurt", Level.PAST),
    ("i am on the train home now well away from them", Level.NONE),
    # Blind set 32: held against something, easy read with how hard, and hurt in the heart.
    ("my stepdad has got my brother up against the fridge", Level.NOW), ("he had me up against the wall when we were kids", Level.NONE),
    ("big boy punch me hard", Level.NOW),
    ("i am really hurt by it", Level.NONE), ("it hurt my feelings", Level.NONE), ("i am hurt", Level.NOW),
    # Blind set 33: someone there doing it a few words on, more done to someone now, easy read
    # locked in and bleeding; a no that answers a question denies no one.
    ("theres a lad stood over me kicking my ribs", Level.NOW), ("there was a lad stood over me kicking my ribs", Level.PAST),
    ("my mum is being spat at and shoved at the bus station at the moment", Level.NOW),
    ("i am tied up", Level.NOW), ("i am tied up at work", Level.NONE),
    ("they hit my friend now he bleed", Level.NOW), ("they lock me in room", Level.NOW),
    ("no they keep walking past my window", Level.NOW), ("no one is outside", Level.NONE),
    # Blind set 34: held down where they are; a month after "last" and "before the injunction" are
    # the past; figures of speech and all quiet now are no alarm; not knowing if they will come back
    # is asked about.
    ("my neighbour has my daughter pinned on the grass", Level.NOW), ("he had me pinned down last week", Level.PAST),
    ("the men tipped petrol on our doorstep last november", Level.PAST),
    ("my ex broke in and stood over my bed before the injunction", Level.PAST),
    ("yep fire away", Level.NONE), ("i dont follow sorry", Level.NONE), ("i dont follow him", Level.UNCLEAR),
    ("im back home now and its quiet", Level.NONE),
    ("unsure if they will come back tonight", Level.UNCLEAR), ("they will come back tonight", Level.NOW),
    # Blind set 35: easy read scratching; not knowing whether they are still about is asked about;
    # the person coming back to the chat is no one coming.
    ("lady scratch my face now", Level.NOW), ("dont know if they are still about", Level.UNCLEAR),
    ("they are still about", Level.NOW), ("can i stop half way and come back later", Level.NONE),
    ("he said he will come back later", Level.NOW),
    # Blind set 36: easy read pulled off; a fire through the door on a named day, or a weapon before
    # someone was taken away, is the past; who is at home with the person is company.
    ("lady pull my hijab off now", Level.NOW), ("they push my wheelchair over now", Level.NOW),
    ("kids threw lit bangers into my letterbox on halloween", Level.PAST), ("someone lit a rag and put it through my letterbox", Level.NOW),
    ("my neighbour stood at our gate with a machete before he was sectioned", Level.PAST),
    ("its only me and the kids in the house now", Level.NONE),
    ("its only me and the kids in the house and he is banging on the door", Level.NOW),
    # Blind set 37: "last bonfire night" is a time before; gone, kept away or shut in and safe said
    # after is safe; a pause asked for with someone at the door is asked about; a pushchair is no push.
    ("someone set fire to our bins last bonfire night", Level.PAST), ("they all drove off and im locked in my car safe", Level.PAST),
    ("they drove off but they are coming back", Level.NOW), ("my carer hit me but she has been sacked and i have a new one", Level.PAST),
    ("give me two secs someones at the door", Level.UNCLEAR), ("hang on someone is at the door and they are shouting", Level.NOW),
    ("a woman with a pushchair", Level.NONE), ("a man with a knife", Level.NOW),
    # Blind set 38: help come is safe; hiding nothing from you is a figure of speech.
    ("the ambulance is here and they are looking after us", Level.NONE), ("the police are here but he is still kicking the door", Level.NOW),
    ("im hiding nothing from you i just want to tell it properly", Level.NONE), ("im hiding in the bathroom", Level.NOW),
    # Blind set 39: a driver locking the doors, glassed, dogs set on, held on the floor, having a head
    # smashed; on the bus home; company said with yes; a "no" before "my partner" denies no one.
    ("the taxi driver has locked the doors and is driving the wrong way", Level.NOW),
    ("the staff have locked the doors and we are safe", Level.NONE), ("my dad is being glassed in the pub", Level.NOW),
    ("the neighbours dogs have been set on me and the owner is laughing", Level.NOW), ("they set their dog on me last week", Level.NONE),
    ("some girls have got my sister on the floor in the precinct", Level.NOW), ("my mum is having her head smashed against the wall", Level.NOW),
    ("on the bus home now", Level.NONE), ("i am set on reporting this", Level.NONE),
    ("yes im home and my partner is here", Level.NONE), ("yes im at work with people around me", Level.NONE),
    ("my partner is here", Level.NOW), ("no my partner is here and hes angry", Level.NOW), ("no man is outside", Level.NONE),
    # Blind set 40: come with a weapon; before the court order; run off, in a cell, family around;
    # gone to fetch their mates is asked about, not taken as gone.
    ("my partners ex has turned up with a knife", Level.NOW), ("my partners ex turned up with a knife before the court order", Level.PAST),
    ("the lads have run off and my mum is with me", Level.NONE), ("he is in a cell now", Level.NONE),
    ("im at home now with my family around me", Level.NONE), ("they have gone to get their mates", Level.UNCLEAR),
    ("they have gone", Level.NONE),
    # Kept away is passive only: someone who "has fired at us" is shooting, not sacked.
    ("he has fired at us", Level.NOW), ("she has been sacked", Level.NONE), ("he got arrested", Level.NONE),
    ("a lad held a knife to my friends throat in year 11", Level.PAST),  # blind set 41: a school year is a time before
    # Blind set 42: help caring for the hurt, somewhere cared for or out of reach, someone close
    # come with the others gone, is safe; someone there with them is not.
    ("the paramedics are seeing to my brother now", Level.NONE), ("a nurse is stitching my head and the men have gone", Level.NONE),
    ("the police are taking a statement from my dad", Level.NONE),
    ("the paramedics are seeing to my brother but the man is still here with a knife", Level.NOW),
    ("i am in hospital and they cant get to me", Level.NONE), ("my son is in a&e now", Level.NONE),
    ("he is in hospital because they stabbed him and they are outside", Level.NOW),
    ("they cant get in he is kicking the door", Level.NOW),
    ("my mum is here and the lads have gone", Level.NONE), ("my dad is home now and they ran off", Level.NONE),
    ("my brother is here and they are still outside", Level.NOW),
    ("a man with a walking stick is hitting me with it", Level.NOW),
    # Blind set 43: smoke or fire where the person is, now, whatever was done before; fire put
    # through the door in a month named is the past; a fire alarm is no fire.
    ("there is smoke coming through the letterbox after they pushed something in", Level.NOW),
    ("i can smell burning in the hall", Level.NOW), ("the house is filling up with smoke", Level.NOW),
    ("there was smoke in the hall last year", Level.NONE),
    ("they pushed something burning through the letterbox in august", Level.PAST),
    ("they pushed something burning through the letterbox", Level.NOW),
    ("there is a fire alarm going off at work", Level.UNCLEAR),
    # Home and shut in, said after yes, answers "are you safe?"; shut in alone may be hiding.
    ("yes we are home and locked in", Level.PAST), ("yes we are inside and he is at the door", Level.NOW),
    ("we are home and locked in", Level.NOW),
    # Blind set 44: a weapon or a flame held to someone now; where the person is sat is where they are.
    ("they have got a lighter to my sisters hair", Level.NOW), ("he is holding a blade against my neck", Level.NOW),
    ("he held a knife to my throat last year", Level.PAST), ("he has got a lighter in his pocket", Level.NONE),
    ("yes im sat in my sisters kitchen now", Level.NONE), ("i am sat in my car now and they are surrounding it", Level.NOW),
    # Blind set 45: someone there doing it, however many words between; held over a drop; the
    # night before a day of the year is a time before.
    ("theres a crowd at the end of our cul de sac chanting and throwing bottles at our windows", Level.NOW),
    ("there is a man who was following me last week", Level.PAST),
    ("my son is being held upside down over the bridge railing by some lads", Level.NOW),
    ("they set fire to our wheelie bins the night before bonfire night", Level.PAST),
    ("he is calling me a paki right now", Level.NOW), ("i keep seeing them outside my window", Level.NOW),
    # Blind set 46: the one who did it coming at the person; a limb held; a delivery at the door,
    # unless they are hostile; taken home by someone close.
    ("my friend has been hit by a car on purpose and the driver is getting out", Level.NOW),
    ("my mum is getting out of the car", Level.NONE),
    ("a woman has my sons arm twisted behind his back at the bus stop", Level.NOW),
    ("two minutes someone is at the door with a parcel", Level.NONE), ("he is at the door with a parcel and shouting at me", Level.NOW),
    ("the lads have run off and my dad is walking me home", Level.NONE), ("he is walking me to his car and wont let go", Level.NOW),
    ("someone help me in here", Level.NOW), ("somebody help me to get away", Level.NOW),  # a cry, not a language asked for
    # Blind set 47: shouted at and pushed about where they are is danger now; told of the past it is not.
    ("my nan is being shouted at and pushed about by teenagers outside the chemist", Level.NOW),
    ("i was shouted at on the bus last week", Level.NONE), ("wait he is coming back", Level.NOW),
    # Blind set 48: a head or a body struck against something, again and again, is now; a place named
    # by a danger word is a place.
    ("he keeps slamming my head on the table", Level.NOW), ("she is bashing my son against the lockers", Level.NOW),
    ("my neighbour keeps slamming the door in my face when i say hello", Level.NONE),
    ("the woman at the petrol station", Level.NONE), ("outside the fire station on my way home", Level.NONE),
    ("a man is pouring petrol on my car at the petrol station", Level.NOW),
    # Blind set 49: someone kept somewhere against their will, whoever it is; kept out is no danger;
    # someone coming in who ended it is no one breaking in.
    ("they wont let my son leave the shop", Level.NOW), ("my brother is being held hostage in his flat", Level.NOW),
    ("she was held in a car for an hour last year", Level.NONE), ("he is being held in custody", Level.NONE),
    ("the pub wont let us in because we are travellers", Level.NONE),
    ("they only stopped when my mum walked in", Level.NONE), ("they came in through the back door", Level.UNCLEAR),
    # Blind set 50: a door tried to get in is now; the person still here, listening, and someone
    # close come to take them home, are not.
    ("someone keeps trying the handle of my front door and swearing", Level.NOW), ("he is trying the back door", Level.NOW),
    ("yep keep going im still here", Level.NONE), ("they are still here", Level.NOW),
    ("my dad has come to get me and we are going home", Level.NONE),
    ("my dad has come to get me but they are still outside", Level.NOW),
    ("we are driving home and they are following us", Level.NOW),
    # Blind set 51: breath stopped by someone now; a panic that comes when remembering is not.
    ("they are sitting on me i cant breathe", Level.NOW), ("i cant breathe when i think about it", Level.NONE),
    ("he had his arm round my neck and i couldnt breathe last year", Level.NONE),
    # Blind set 52: a season or a feast "before last" is a time before now; someone close locking
    # the door once they have gone is shelter, someone else locking the person in is not.
    ("someone set fire to our car the christmas before last", Level.PAST),
    ("the lads set fire to our hedge the winter before last and they are back now with petrol", Level.NOW),
    ("they have set our bin on fire against the house", Level.NOW),
    ("they have gone off and my dad has just locked us in the back room", Level.PAST),
    ("they have gone and he has locked me in", Level.NOW), ("my mum has locked us in", Level.NOW),
    # Answers in the tables that rang the alarm through the model (bench --set cases): a word that
    # only starts like a danger word; the person coming home; who someone is by where they live;
    # something seen then.
    ("cos im bangladeshi", Level.NONE), ("breakfast time", Level.NONE), ("they are banging on the door", Level.NOW),
    ("about 6 when i got in from work", Level.NONE), ("they got in through the back", Level.UNCLEAR),
    ("one of the lads in my care home", Level.NONE), ("the family in the house behind ours", Level.NONE),
    ("the lads from my care home are outside my door now", Level.NOW), ("men in my garden", Level.NOW),
    ("i could see them hitting a lad from my window", Level.PAST), ("i can see them hitting a lad from my window", Level.NOW),
    ("as i cycled past i saw a woman being pushed over", Level.PAST), ("i just saw a woman being pushed over outside", Level.NOW),
    ("help feeling safe in my own home again", Level.NONE), ("help so i feel safer in the house", Level.NONE),
    ("they are in my home again", Level.NOW), ("around half 12 on my dinner break", Level.NONE),
    # Blind set 53: someone put in the boot of a car is taken now; christmas is a time; 101 is the
    # police later.
    ("they are bundling my son into the back of a van", Level.NOW), ("they put my friend in the boot of a car last year", Level.NONE),
    ("i put my bags in the boot of the car", Level.NONE),
    ("someone poured petrol through our letterbox over christmas", Level.PAST), ("i will call 101 later", Level.NONE),
    # Blind set 54: a driver who will not let the person out is taking them; the police come are
    # help; the person coming back to the chat is no one coming back; a time told by what was
    # shared then is the past.
    ("the taxi driver wont let me out", Level.NOW), ("my car wont unlock the doors its the battery", Level.NONE),
    ("the police are outside but he is still in the house", Level.NOW), ("the police are here now", Level.NONE),
    ("can we come back to this tomorrow", Level.NONE), ("he is coming back in a minute", Level.NOW),
    ("a man threw a brick at me when i worked at the chip shop", Level.PAST),
    # Blind set 55: someone on top of the person now; a public place that ends the message says
    # who; seasons back are the past; fear denied is no fear.
    ("he is on me", Level.NOW), ("the snow is on top of my car", Level.NONE), ("this is on me i should have said", Level.NONE),
    ("my boss is always on at me", Level.NONE), ("he was on top of me that night last year", Level.NONE),
    ("a man outside the school", Level.NONE), ("some lads outside the shop shouting at me", Level.NOW), ("man outside", Level.NOW),
    ("someone set our shed on fire two summers ago", Level.PAST),
    ("you can use my name i am not scared of them", Level.NONE), ("i am not scared of them they are outside now", Level.NOW),
    # Blind set 56: the ones from before come back, a dog going for someone, a hand through broken
    # glass; not someone close home again, an answer come back, or a meal. What a son has given up
    # outside since is no one outside; the year they moved in is a time before now.
    ("the lads from this morning have come back and are kicking the car", Level.NOW), ("the man from the bus has come back with his mates", Level.NOW),
    ("their dog is going for my little boy", Level.NOW), ("he is going for my dad with his fists", Level.NOW),
    ("someone has broken the glass in the back door and is reaching for the lock", Level.NOW),
    ("they have smashed the panel in our front door", Level.NOW), ("a man is reaching in through the car window", Level.NOW),
    ("my son has come back from school and is upset", Level.NONE), ("they have come back to me with a date for the hearing", Level.NONE),
    ("we are going for our tea after this", Level.NONE), ("they have come back three times since the summer", Level.NONE),
    ("my daughter will not wear her hijab outside now", Level.NONE), ("i do not go outside now", Level.NONE),
    ("my husband does not hold my hand outside now", Level.NONE), ("they will not stop walking past outside now", Level.NOW),
    ("my neighbour waved a knife at me the week we moved in", Level.PAST), ("a man threatened me with a bat the summer i started at the factory", Level.PAST),
    # Blind set 57: someone standing over the person now, a shed set alight now; the police holding
    # the one who did it, the door staff, a buggy pushed, a threat for another time, what comes
    # back every night and fear of being known are no danger now.
    ("the lads have knocked me off my bike and are standing over me", Level.NOW), ("a man is leaning over my dad on the floor", Level.NOW),
    ("someone has set my car alight outside the house", Level.NOW), ("they set the bins alight last bonfire night", Level.PAST),
    ("the police have got the man in the back of the van and i am with an officer", Level.NONE),
    ("the police have got him in the van but his mates are still outside", Level.NOW),
    ("the bouncers on the door at the club", Level.NONE), ("the bouncer on the door is punching my friend", Level.NOW),
    ("an old man pushing a shopping trolley", Level.NONE), ("a man is pushing a trolley into my legs", Level.NOW),
    ("told me he would kill me if i came back to the shop", Level.PAST), ("he told me he will kill me tonight", Level.NOW),
    ("they keep banging on our windows every weekend", Level.NONE), ("they keep banging on our windows every weekend and i am terrified", Level.NOW),
    ("they keep banging on our windows", Level.NOW),
    ("please keep my name private i am frightened", Level.NONE), ("keep me anonymous i am scared he is outside", Level.NOW),
    # Blind set 58: a vehicle boxed in and rocked with people inside; out of a fire and safe; a
    # question about the report going to the police; a reason told ("because ... cant get away");
    # what someone keeps doing, told as the answer.
    ("they have boxed in my car and are rocking it", Level.NOW), ("a gang are rocking our caravan with us in it", Level.NOW),
    ("my mum is rocking the baby to sleep", Level.NONE),
    ("the firefighters have put the fire out and we are out of the house and safe", Level.NONE),  # the fire put out is over, no danger word left (blind set 63)
    ("we are all outside and ok but he is still in the house", Level.NOW),
    ("will what i write here be passed on to the police", Level.NONE), ("does my name go to the police", Level.NONE),
    ("because i am blind and cant get away from them", Level.NONE), ("i cant get away from him he is behind me", Level.NOW),
    ("keeps shouting at me across the road when i walk past", Level.NONE), ("keeps punching me now", Level.NOW),
    # Blind set 59: someone standing in the garden now, a headlock, someone who keeps hitting told
    # with the staff not there (help not there is no one gone); a school ending the message says who.
    ("he got in over the back wall and is hiding in our shed", Level.NOW), ("a bouncer has my friend in a chokehold", Level.NOW),
    ("the man in the bed opposite mine keeps grabbing me and the staff are not around", Level.NOW),
    ("he has gone and is not here now", Level.NONE),
    ("the lollipop man at my daughters school", Level.NONE), ("a man at my door", Level.NOW), ("the lads at my school are hitting me", Level.NOW),
    # Blind set 60: held at knifepoint, pushed about in the post office (not a post online); a
    # car wash says who; "at my last job" is a time before now; harm and hiding denied.
    ("my son is being held at gunpoint in the garage", Level.NOW), ("they are shoving my dad about in the post office queue", Level.NOW),
    ("the lad who works at the car wash", Level.NONE), ("a man at the car", Level.NOW),
    ("my manager threatened me with a hammer at my old work", Level.PAST),
    ("i am a bit shaken up but nobody was hurt", Level.NONE), ("use my name i am not hiding from anyone", Level.NONE),
    ("i am hiding in the loo", Level.NOW),
    # Blind set 61: poured at the door with a flame to hand; taken away by the police is safe, by
    # anyone else is danger; staff nearby are help.
    ("someone has poured petrol over our front door and has matches", Level.NOW),
    ("the man has been led away by the police", Level.NONE), ("my son has been taken away by some men", Level.NOW),
    ("im in my room at the refuge and the staff are downstairs", Level.NONE), ("the staff are hitting me", Level.NOW),
    # Blind set 62: arrived, and coming out at them, however the message began; someone close or a
    # lift arriving is no danger, unless they come doing harm.
    ("the lads from the pub have pulled up outside my house and are getting out", Level.NOW),
    ("the woman who spat at me has parked up by the school and is coming to the gate", Level.NOW),
    ("they parked across our drive and got out and shouted at us last week", Level.PAST),
    ("my husband has just pulled up outside to collect me", Level.NONE), ("my taxi has arrived so i have to go", Level.NONE),
    ("my brother has turned up and is smashing the windows", Level.NOW), ("my neighbour has turned up at my door with his mates", Level.NOW),
    # Blind set 63: the fire put out and the crews with them; a language asked for, or two; a
    # weapon during the riots is then; what the person was doing names no danger.
    ("the firemen have put the fire out and we are safe on the pavement", Level.NONE), ("we are with the paramedics now", Level.NONE),
    ("the fire is out but they are still outside shouting", Level.NOW), ("the firefighters are here but they are still throwing bricks at us", Level.NOW),
    ("a man pulled a knife on my dad in the lockdown", Level.PAST), ("a man is waving a machete outside during the riots", Level.NOW),
    ("a man with a machete outside during the riots", Level.NOW), ("the fire is out of control and we are trapped", Level.NOW),
    # Blind set 64: a time of life or a day of one's own with a verb in the past is then; a number
    # of things is no one; what people do at work or school names no danger; family around is help.
    ("someone threw a firework at me in secondary school", Level.PAST), ("my hair is on fire in primary school", Level.NOW),
    ("my brother got stabbed the year we got married", Level.PAST),
    ("they smashed three windows on my car", Level.PAST), ("three lads are outside my house", Level.NOW),
    ("i was knocking on doors for the election", Level.NONE), ("they were calling me names on my lunch break", Level.NONE),
    ("its ok i have got my mates around me", Level.NONE), ("he is kicking me on my break", Level.NOW),
    ("i was mowing the lawn in my front garden", Level.NONE), ("he is punching me while i hang the washing out", Level.NOW),
    # Blind set 65: a weight on someone who is down; dragged somewhere by a group; kept from getting
    # away; a white stick is no weapon.
    ("two men are kneeling on my brother in the car park", Level.NOW), ("the imam was kneeling on his mat praying", Level.NONE),
    ("my daughter has been dragged behind the garages by some girls", Level.NOW),
    ("my daughter has been taken to the party by some friends", Level.NONE),
    ("my son has been dragged into the back of the van by the police", Level.NONE),
    ("he pushed me in the river and he is stopping me from climbing out", Level.NOW),
    ("the lad is holding my son under the water at the baths", Level.NOW),
    ("i am partially sighted and have a long cane", Level.NONE), ("he has a stick and is waving it at me", Level.NOW),
    # Blind set 66: shut in at home with family near; let go and going home; held by the police;
    # cleared away; a fire put out that was not in the house. Danger told beside them still counts.
    ("we are inside with the bolt across and my sister is in the kitchen", Level.NONE),
    ("i am indoors with the chain on and he is kicking the door", Level.NOW),
    ("yes i am in my bedroom and my mum is downstairs", Level.NONE), ("my dad is downstairs with a knife", Level.NOW),
    ("security have let my son go and we are in a cab home", Level.NONE), ("they have let me go but they are still outside", Level.NOW),
    ("the lad with the knife has been arrested by the police and is in the back of the police car", Level.PAST),
    ("the pub has been cleared and we are sat with the staff", Level.NONE),
    ("the crowd has been cleared but one of them is following me", Level.NOW),
    ("the firemen put the car out and nobody was hurt", Level.NONE), ("i am indoors with the chain on", Level.NONE),
    # Blind set 67: people described by where they were going are who, not someone coming here.
    ("a group of lads on their way back from the pub", Level.NONE), ("some women on their way to the market", Level.NONE),
    ("a gang of lads on their way to my house", Level.NOW), ("they are on their way to the house", Level.NOW),
    # Blind set 68: bundled into a car, whoever by (not by the police); trying any door of the home.
    ("my daughter has just been dragged into a van at the end of our road", Level.NOW),
    ("my son has been bundled into the back of a police van by the police", Level.NONE),
    ("someone is in the garden trying the french doors", Level.NOW), ("a man is trying the side gate", Level.NOW),
    # Blind set 69: held face down; help on its way with no danger beside it; a dog back on its lead;
    # driven off (unless back); a time of someone else's life; who, by where they were.
    ("my daughter is being held by the hair against the fence", Level.NOW), ("the manager has let us out and the police are on their way", Level.NONE),
    ("they are kicking my door in and the police are on the way", Level.NOW), ("the dog has been put back on its lead by the owner", Level.NONE), ("the dog is on its lead but he is still kicking me", Level.NOW),
    ("the gang have been scared off by the shop staff", Level.PAST), ("the lads were chased off but they are back now", Level.NOW),
    ("my son was punched on the bus when he was in year 7", Level.PAST), ("my dad was stabbed when he was young", Level.PAST),
    ("someone smashed the windows the week my wife died", Level.PAST), ("two men outside my house", Level.NOW),
    # Blind set 70: more easy-read verbs; put out by those whose work it is, unless still there.
    ("boys beat up my brother now", Level.NOW), ("man rob me now", Level.NOW), ("they fight me now help", Level.NOW),
    ("security have walked the man out and my sister is with me", Level.NONE),
    ("the bouncers have thrown him out but he is waiting outside", Level.NOW),
    # Blind set 71: done a moment ago; down and kept down; easy read, someone with a weapon now;
    # all safe inside; before what everyone remembers; the police coming is no one to fear; a
    # visitor who came in is no one breaking in.
    ("a lad has just headbutted my husband in the pub", Level.NOW), ("my son has just told me he was punched at school last week", Level.PAST),
    ("they keep pushing me back down while i am trying to get up", Level.NOW), ("man with knife here", Level.NOW),
    ("we are both safe and indoors now", Level.NONE), ("we are all safe and inside the house now", Level.PAST), ("someone pulled a knife on my brother after lockdown", Level.PAST),
    ("i dont want the police coming round to my house", Level.NONE), ("i am helping a man who came in this morning", Level.NONE),
    # Blind set 73: put in the water a moment ago; trying every window; more weapons; at family's
    # safe; a shop walked into before it shut is then.
    ("my brother has just been thrown in the river", Level.NOW), ("my dad pushed me in the pool when i was little and i cant swim", Level.PAST),
    ("someone is in the back garden trying all the doors", Level.NOW), ("the lad next to me has a cosh", Level.NOW),
    ("a man has come into the barbers with a spanner", Level.NOW), ("we are both at my nans now", Level.NONE),
    ("a man came into the salon and punched my sister the week before it closed down", Level.PAST),
    # Blind set 74: set upon, as people say it; in the ambulance or well now; the burning thing
    # out and the crews going; the summer someone finished school is then.
    ("two men are laying into my dad outside the bookies", Level.NOW),
    # Blind set 109: harm that left its after effects is then.
    ("my wife was punched at the bus stop and still gets migraines", Level.PAST),
    ("they kicked my son in the park and he has nightmares now", Level.PAST),
    # Blind set 108: away from there is no one there; a threat for a later time, said first.
    ("im well away from there on the bus now", Level.PAST),
    ("he said if he sees me again he will kill me", Level.PAST),
    # Blind set 107: shut in a car's boot is now; a state word done to someone, or a feast gone by,
    # is then; sending it off is no fire.
    ("they have shut me in the boot of his car", Level.NOW), ("my son is locked in the boot of their car", Level.NOW),
    ("i put the shopping in the boot of the car", Level.NONE),
    ("a gang with knives surrounded our house during the riots", Level.PAST), ("they have surrounded the house", Level.NOW),
    ("the bouncer knelt on my back outside the club before christmas", Level.PAST), ("he is kneeling on my back", Level.NOW),
    ("fire it over to the police please", Level.NONE),
    # Found on reading the change back: "need" is no past act done to someone.
    ("there is a man with a knife and i need a doctor", Level.NOW), ("gang with bats on my street i need a lift home", Level.NOW),
    # Blind set 106: taken away by the police is over; stood there with a weapon is now, whatever
    # was done before.
    ("a man had a bat and the police came and arrested him", Level.PAST), ("the bouncers threw him out and he has gone", Level.PAST),
    ("he is standing here with a knife and he hit me yesterday", Level.NOW), ("they are sat outside my house again", Level.NOW),
    ("my support worker is sitting here with me", Level.NONE),
    # Blind set 105: someone hurt and now mending is then, not someone with a weapon beside someone
    # mending; security guarding the door is help; a lead tied by the person holds no one.
    ("they hit my dad with a bat in the shop and he is out of hospital now", Level.PAST),
    ("they smacked my brother with a crowbar on the doorstep and he is on the mend", Level.PAST),
    ("man with a knife at my door and my son is still in hospital", Level.NOW),
    ("im in the office and security are at the door", Level.NONE), ("yes im at work and the security guards are at the door", Level.NONE),
    ("im hiding in the staff room and the man is by the door", Level.NOW),
    ("i have tied my dogs lead to the banister", Level.NONE), ("they have tied my brother to a chair", Level.NOW),
    # Found by talking: on the same tram, coach or platform as the person, now; not then.
    ("yes and hes on the same tram as me right now staring at me", Level.NOW), ("he is on the same coach as me now", Level.NOW),
    ("the lads are on the platform behind me now", Level.NOW), ("he was on the same tram as me last week", Level.NONE),
    # Blind set 104: help asked after what the person finds hard about the form is help with the
    # report, unless it is urgent or someone is there.
    ("i struggle with reading please help me", Level.NONE), ("i dont understand the questions please help me", Level.NONE),
    ("im no good at typing can someone help me", Level.NONE), ("i find the questions hard please help me", Level.NONE),
    ("i cant read someone help me now", Level.NOW),
    ("im stuck in the lift please help me", Level.NOW), ("bad english sorry please help me", Level.NOW),
    ("i cant read please help me he is at the door", Level.NOW),
    ("i want him to stop hitting me", Level.UNCLEAR), ("i want them to stop kicking my door", Level.UNCLEAR),
    ("i want him to stop hurting me now", Level.NOW),
    # Blind set 103: a journey told with its time is then; what reporting may cost is no fear now; in
    # one's own locked car about to drive off is safe, not shut in by someone.
    ("my grandad got punched on the bus on his way to the hospital last week", Level.PAST),
    ("my nan was shoved on her way to the post office two weeks ago", Level.NONE),
    ("they are on their way to my house", Level.NOW), ("he is on his way to my flat now", Level.NOW),
    ("i am worried i will be wasting police time", Level.NONE), ("im nervous i am making a fuss over nothing", Level.NONE),
    ("im scared i will get in trouble", Level.NONE), ("im scared they will be waiting when i get home", Level.NOW),
    ("yes im locked in my car with the engine running ready to go", Level.PAST),
    ("i have locked myself in the car and im about to drive off", Level.PAST),
    ("im locked in my car and they are banging on the window", Level.NOW), ("im locked in my car", Level.NOW),
    # Blind set 102: fire set a moment ago in the home; a pattern the person has come to report; the
    # person come home or getting into their own car is no one getting in.
    ("they have lit the curtains and we are upstairs with the baby", Level.NOW),
    ("someone has set fire to our sofa and we are in the bedroom", Level.NOW), ("they lit the curtains last year", Level.NONE),
    ("i want to report the kids who keep shouting at my house", Level.NONE),
    ("i want to report the kids who keep kicking my door right now", Level.NOW),
    ("about 5 teatime when i got in", Level.NONE), ("on my drive getting in the car", Level.NONE),
    ("they have got in the house", Level.NOW), ("he is getting into my car", Level.NOW),
    # Blind set 101: taken somewhere named more fully, not by staff; trouble brought on someone else.
    ("my son has been dragged into the woods behind school by a gang", Level.NOW),
    ("my sister has been marched round the back of the youth club by some older girls", Level.NOW),
    ("he has been marched to the office at the back by the teacher", Level.NONE),
    ("i am worried about getting my neighbour in trouble", Level.NONE), ("i dont want to get the lads into trouble", Level.NONE),
    ("my son is in trouble help", Level.NOW),
    # Blind set 100: an injury that has lasted is no one there now, unless harm is still being done;
    # someone close beside the person, named again, is company, unless they are doing the harm;
    # set on the person where they are, the subject not said again.
    ("my wife got kicked at the taxi rank last month and she is still bruised", Level.PAST),
    ("i got punched last week and my eye is still swollen", Level.PAST), ("my son was beaten up last month and he is still in hospital", Level.PAST),
    ("he is still hurting me", Level.NOW), ("i am still bleeding and he is outside", Level.NOW), ("he hit me and he is still here", Level.NOW),
    ("for my mum she is sat next to me", Level.NONE), ("for my son hes sitting beside me", Level.NONE),
    ("my neighbour is next to me and punching me", Level.NOW), ("my husband is with me and he is hitting me", Level.NOW),
    ("they are on the bridge and trying to jump me", Level.NOW), ("he is at the door and about to hit my mum", Level.NOW),
    ("my kids are in the garden and trying to help me", Level.NONE),
    # Blind set 98: "used" with what was used is past; help sought near the person is somewhere, not
    # someone beside them; hearing back and a crime number, asked, are about the report.
    ("the lad in the van used the n word twice", Level.PAST), ("the man in the car used racist words at me", Level.PAST),
    ("the man in the car is using a bat on my window", Level.NOW),
    ("are there any lgbt groups near me", Level.NONE), ("is there a support centre near me he is outside now", Level.NOW),
    ("how long does it take for someone to get back to me", Level.NONE), ("how do i get a crime number for my insurance", Level.NONE),
    # Blind set 97: dragged behind places named as many; one's own punishment asked about, for an act
    # told, is no danger now, unless they are there.
    ("the men have dragged my cousin behind the garages", Level.NOW), ("they have pulled my friend round the back of the shops", Level.NOW),
    ("a gang has dragged my son into the sheds on the allotments", Level.NOW), ("they dragged my cousin behind the garages in year ten", Level.NONE),
    ("will they put me in prison for hitting him back", Level.NONE), ("will i get arrested for pushing her off me", Level.NONE),
    ("will i get arrested for hitting him he is still here", Level.NOW), ("can i be done for hitting him he is hitting me now", Level.NOW),
    # Blind set 96: pills set out before the person are no one there; startled since is what it left;
    # "still doing it" says it goes on, not that anyone is there.
    ("i have popped all my tablets out and they are next to me", Level.NONE), ("they are in front of me with knives", Level.NOW),
    ("i flinch every time a car slows down", Level.NONE), ("i am panicking someone is knocking on the door now", Level.NOW),
    ("yes they are still doing it", Level.NONE), ("he is still here", Level.NOW),
    # Blind set 95: dragged somewhere out of sight as the person writes; not by the police or one's own
    # family, not to safety, not told as then. All out safe is safe.
    ("they are dragging a girl into the alley", Level.NOW), ("a man has dragged me into his flat", Level.NOW),
    ("my mum has pulled me into the house", Level.NONE), ("my neighbour has pulled me into her house to safety", Level.NONE),
    ("the police have dragged him into the van", Level.NONE), ("they dragged my friend into the bushes when we were kids", Level.NONE),
    ("the fire crew put it out and we are all out safe", Level.PAST),
    # Blind set 94: back in a moment, someone at the door, is asked about (not with anything hostile);
    # where they lived then is then; who, by the house at the end of the road.
    ("brb someone at the door", Level.UNCLEAR), ("brb they are at the door shouting", Level.NOW),
    ("hang on they are at the door shouting", Level.NOW),
    ("he held a knife to my sons neck when they lived in leicester", Level.PAST),
    ("he is holding a knife to my sons neck where we live in leicester", Level.NOW),
    ("the man in the flat at the top of the stairs", Level.NONE), ("a man in the house at the end is throwing bricks", Level.NOW),
    # Blind set 93: what is being done, with how it is done; not told as then. One's own family just
    # come home is no one arriving; anyone else, or bleeding, still is.
    ("i am being groped on the train", Level.NOW), ("my son is being badly beaten", Level.NOW),
    ("she was sexually assaulted when she was 12", Level.NONE), ("i was being groped on the bus last year", Level.NONE),
    ("my son has just got home", Level.NONE), ("my dad has just woken up", Level.NONE),
    ("they have just come in", Level.NOW), ("my brother has just come in bleeding", Level.NOW),
    ("my kids have just come in and the lads are outside", Level.NOW),
    ("will the police come quick he is outside", Level.NOW),
    # Blind set 92: someone hurt and lying still now, whatever was done before, not a thing, a part
    # of someone or a state that has lasted; who, named by where they live; a headscarf taken off
    # before going out; messages still sent, with no moment and no fear; a fear to be talked about.
    ("my dad is not breathing", Level.NOW), ("he is unconscious on the floor", Level.NOW),
    ("a lad hit my brother and he is lying on the pavement bleeding", Level.NOW), ("the traffic is not moving", Level.NONE),
    ("his arm is not moving", Level.NONE), ("he is not moving much since the stroke", Level.NONE),
    ("my friend was lying in the road not moving when the ambulance came last year", Level.NONE),
    ("the couple in the house next door", Level.NONE), ("the man in the house opposite", Level.NONE), ("a man in my house", Level.NOW),
    ("the lads in the flat below are banging on my door", Level.NOW),
    ("i take my kippah off outside now", Level.NONE), ("a man is pulling my sisters hijab off outside now", Level.NOW),
    ("he is still messaging me", Level.NONE), ("he is messaging me right now saying he will find me", Level.UNCLEAR),
    ("they are still outside messaging me", Level.NOW), ("he is still following me", Level.NOW),
    ("someone i can talk to about how scared i feel", Level.NONE), ("i want to talk about how scared i am right now", Level.NOW),
    # Blind set 91: pulled into a vehicle as the person writes, whatever the verb after the pull;
    # not the police, not told as then. Where one's own family are, or that they are coming to
    # fetch the person, is no danger (found by talking); a partner, an ex, anyone else named beside
    # them or anything hostile still is. The mark a weapon left is asked about, not a weapon held.
    ("a man has just pulled my son off his bike and is putting him in a car", Level.NOW), ("two lads are bundling my brother into a taxi", Level.NOW),
    ("the police dragged him out and are putting him in the van", Level.NONE),
    ("a man pulled my son off his bike and put him in a car when he was 9", Level.NONE),
    ("my dad is in the shop", Level.NONE), ("my son is in the school office", Level.NONE), ("my son is upstairs asleep", Level.NONE),
    ("my dad is coming to get me", Level.NONE), ("my sister is still here", Level.NONE), ("my brother is back", Level.NONE),
    ("my brother is outside with a knife", Level.NOW), ("my ex is outside", Level.NOW), ("my brother is coming to kill me", Level.NOW),
    ("my dad is outside and they are shouting at him", Level.NOW), ("my son is still there and the lads are outside", Level.NOW),
    ("my dad is coming to get me and they are still outside", Level.NOW), ("they are coming to get me", Level.NOW),
    ("my son has a knife wound on his arm", Level.UNCLEAR), ("he has a knife and cuts on his hands", Level.NOW),
    # Blind set 90: fear of what may come stays danger beside someone there now.
    ("i am scared they will come after me they are outside", Level.NOW),
    # Blind set 88: the one the report is made for, here with the person; not anyone else here.
    ("i am doing this for a lady who is with me", Level.NONE), ("there is a man who is here with a knife", Level.NOW),
    # Blind set 87: scissors, a razor or glass held to someone, said with the hold after it.
    ("he has scissors to my throat", Level.NOW), ("he has a razor pressed against my neck", Level.NOW),
    ("a girl held scissors to my face in year 9", Level.NONE), ("my son has glass in his foot", Level.NONE),
    # Blind set 86: people inside where a fire was just set; a vehicle driven at someone, and back
    # for more; another's own "is" after "and my"; a visitor come in with the person is no one
    # breaking in.
    ("they have set fire to the mosque and people are still inside", Level.NOW), ("the fire is out and we are all inside now", Level.PAST),
    ("a petrol bomb went through the window in the nineties and the owner was inside", Level.PAST),
    ("a car is driving straight at us", Level.NOW), ("he drove at me and has turned round for another go", Level.NOW),
    ("a car swerved onto the pavement at me last week", Level.NONE), ("the police car is coming towards us", Level.NONE),
    ("the lads were taken in by a teacher and my girl is in the office", Level.NONE), ("the lads who hit my son are outside", Level.NOW),
    ("i am with a client who has just come in", Level.NONE), ("a man who has come in through the back door is in my kitchen", Level.UNCLEAR),
    # Blind set 85: held face down or flat where they fell; the police holding whoever did it are
    # no one holding the person.
    ("they have my dad flat on the ground", Level.NOW), ("a gang have my brother face down on the road", Level.NOW),
    ("he had me face down on the pavement when i was at school", Level.NONE),
    ("the police have him on the ground and we are safe", Level.NONE), ("the police have the lad on the floor", Level.NONE),
    # Blind set 84: the summer, week or year of something everyone remembers is then; a cry for
    # help stays one beside what is happening.
    ("a man pulled a knife on me the week of my exams", Level.PAST), ("a man is waving a gun on the bus the summer of the riots all over again", Level.NOW),
    ("someone help me they are kicking the door in", Level.NOW), ("somebody help me do something they are hitting me", Level.NOW),
    # Blind set 83: a gun aimed, and someone else's ex, heard by the learned reader alone; the
    # past, someone helping and a new plan are not.
    ("a man is aiming a gun at our front door from his car", Level.NOW), ("her ex is punching my daughter outside our house", Level.NOW),
    ("his ex husband is outside her flat with a knife", Level.NOW), ("their dad is waiting for us at the school", Level.NONE),
    ("her ex punched my daughter before the court gave her an order", Level.PAST), ("her husband is helping me fill this in", Level.NONE),
    ("i am aiming to get this sorted this week", Level.NONE), ("the man who was aiming a gun at us has been arrested", Level.PAST),
    # Blind set 81: what they do beside it first ("are laughing and kicking her"); a thing broken with
    # a brick, told as done, is no one with a weapon now.
    ("the lads are laughing and punching my son", Level.NOW), ("they were shouting and kicking the door last week", Level.PAST),
    ("put our shed window through with a brick", Level.NONE), ("a lad is at the door with a brick", Level.NOW),
    # Blind set 80: someone close indoors with company, the others gone, is safe; still outside is not.
    ("the lads ran off and my daughter is inside with her nan", Level.NONE), ("my daughter is indoors but the lads are still outside", Level.NOW),
    # Blind set 79: the early, mid or late part of a decade; when someone else worked or lived
    # somewhere; a day of the year before last: all then.
    ("someone set fire to our bins in the early eighties", Level.PAST), ("someone is setting fire to our bins", Level.NOW),
    ("a lad pulled a knife on my son when he worked at the chippy", Level.PAST),
    ("my dad was glassed in the pub the christmas eve before last", Level.PAST),
    # Blind set 78: a visitor who came in for help is no one breaking in; staring told as what comes
    # with something is no danger now, staring outside now is.
    ("a man has come in to report his neighbour", Level.NONE), ("two lads have come in and are smashing the place up", Level.NOW),
    ("being in a wheelchair and people staring", Level.NONE), ("men staring at me outside my house now", Level.NOW),
    # Blind set 76: pulled into a car by whoever it was; fuel put on someone a moment ago (not in
    # the past, nor by the police).
    ("two men have dragged my son into their van", Level.NOW), ("he has just shoved my sister into his car", Level.NOW),
    ("the police have put him in their van and we are safe", Level.NONE),
    ("they have just thrown petrol over my brother", Level.NOW), ("a lad has doused me in lighter fluid", Level.NOW),
    ("some lads threw petrol on my dad in the eighties", Level.PAST),
    # Blind set 75: a decade, or a first stretch of someone's time somewhere, is then.
    ("a man pulled a knife on my dad in the 90s", Level.PAST), ("someone set fire to our bins back in the eighties", Level.PAST),
    ("they stabbed my cousin in his first week at the factory", Level.PAST),
    ("they are stabbing my cousin in his first week at the factory", Level.NOW), ("they are piling into my son on the field", Level.NOW),
    ("some lads have knocked him down and are putting the boot in", Level.NOW), ("the lads laid into him last year", Level.PAST),
    ("my daughter has been pulled from the river and is sat in the ambulance with a blanket", Level.NONE),
    ("my son is in the ambulance and the men are still outside", Level.NOW),
    ("the car is out and the firefighters are packing up", Level.NONE), ("the shed is out but they are still in the garden", Level.NOW),
    ("my brother was glassed the summer he turned eighteen", Level.PAST), ("my dad was hit with a bat but he is ok now", Level.PAST),
])
def test_edges(text, level):
    assert read_danger(text).level is level


@pytest.mark.parametrize(("text", "quoted"), [("he told me to kill myself", True), ("they said i should kill myself", True),
                                              ("someone wrote kill yourself on my door", True),
                                              ("people online say people like me should die", True),
                                              ("they make me want to kill myself", False)])
def test_abuse_that_quotes_suicide_is_not_a_crisis_of_the_persons_own(text, quoted):
    assert (crisis_signs(text) == ()) is quoted


@pytest.mark.parametrize(("confidences", "danger"), [
    ({"report_danger": 0.9}, "now"),  # unclear words, and the classifier hears danger
    ({"report_danger": 0.1}, "check"),  # unclear words, and it does not: ask
])
def test_an_unclear_message_is_settled_by_the_classifier_or_asked_about(confidences, danger):
    assert read("he has been threatening me", confidences).danger == danger


@pytest.mark.parametrize("text", ["i want help to feel safe", "help me feel safer", "a safety plan", "they live above me",
                                  "he works at the shop", "im scared of the police", "i am worried it will happen again",
                                  "i am very upset", "will the police contact me", "i am worried about my kids",
                                  "my mum is worried about me", "i do not feel safe in my area anymore",
                                  "can someone call me back", "could you ring me back tomorrow",
                                  "i feel like everybody is looking at me now",  # blind set 25: looked at, a feeling
                                  "my carer is sitting with me to do this",  # blind set 26
                                  "i have to go my bus is here",  # blind set 29: leaving, not in danger
                                  "my phone is about to die",  # blind set 30
                                  "i feel a bit silly",  # blind set 31
                                  # Blind set 37: who someone is, by what they do or had; the police for later.
                                  "the man who runs the takeaway", "a woman with a pushchair", "maybe later i will tell the police",
                                  "im hiding nothing from you i just want to tell it properly", "all safe here now ta",  # blind set 38
                                  "wait a minute please", "perhaps i will call the police tomorrow", "he is in a cell now",  # blind set 40
                                  # Blind set 42: a walking aid is no weapon; a pause asked for alone.
                                  "a man with a walking stick", "an old lady on crutches", "hold on please", "hang on a sec", "one moment please",
                                  "right whats next", "ok carry on then", "next question please",  # blind set 43: asking to go on
                                  # Blind set 44: the police weighed up; what the person has given up since.
                                  "i will think about going to the police", "im considering reporting it to the police",
                                  "i dont wear my kippah outside any more", "i dont go to the mosque on my own now",
                                  # Blind set 45: someone close calling; what happened coming back to mind; a few words
                                  # naming something, as answers do.
                                  "one sec my kid is calling me", "i cant get his face out of my head",
                                  "the kippah on my sons head", "sparkhill by the park",
                                  # Blind set 46: another language asked for; who someone is, by what they had with them.
                                  "can somebody help me in punjabi", "do you have an interpreter", "a bloke with a dog on a lead",
                                  "hang on my baby is crying", "one sec the kettle has boiled",  # blind set 47: a pause, then why
                                  "i hide my cross under my jumper now", "my daughter covers her hair now",  # blind set 50: worn things hidden since
                                  # Blind set 63: two languages asked for; what the person was doing.
                                  "can somebody help me in urdu or punjabi please", "at the bottom of my garden putting the bins out",
                                  # Blind set 65: who they are, by where they are usually found.
                                  "a group of girls who always hang about at the bus station", "the men that drink on the bench by the shops",
                                  # Blind set 68: what the children no longer do.
                                  "my son wont ride his bike to school anymore",
                                  # Blind set 69: who, by where they were, with no verb.
                                  "a group of lads from the estate", "some girls at the bus station",
                                  # Blind set 71: a word asked about.
                                  "what does hate incident mean", "what is a reporting centre",
                                  # Blind set 73: who, by where they were coming from.
                                  "a group of lads coming out of the pub",
                                  # Blind set 77: a care taken since, so as not to be seen.
                                  "i park round the corner now so they dont see my car", "we walk the other way now so he does not spot us",
                                  # Blind set 78: fear of what reporting would bring.
                                  "not sure i am scared it will make things worse", "i am worried it might make things worse for my son",
                                  # Blind set 80: what may follow, feared.
                                  "not sure i am worried what they will do", "im scared what the police might do",
                                  # Blind set 98: help sought nearby; hearing back; a crime number asked for.
                                  "can you tell me what support groups there are for trans people near me", "is there a counsellor near me",
                                  "how long does it take for someone to get back to me", "when will someone get back to us",
                                  "how do i get a crime number for my insurance", "can i have a reference number for this",
                                  # Blind set 97: one's own punishment asked; a language not listed before.
                                  "will they put me in prison for hitting him back", "could they send me to jail for kicking his car",
                                  "can someone help me in tigrinya", "is there anybody who speaks oromo",
                                  # Blind set 93: the police coming round, asked; another way taken so as not to pass them.
                                  "will the police knock on my door", "will the police come round to my house",
                                  "i go a different way now so i dont have to pass the shop",
                                  # Blind set 92: what will happen to whoever did it, asked; who, named by where they live.
                                  "will they get into trouble", "is he going to be in trouble", "will the lads get arrested for it",
                                  "the people in the flat", "the couple in the house next door",
                                  # Blind set 90: what they may do, feared; too frightened to report; panic attacks.
                                  "i am worried they might come after my son", "she is too scared to report it herself", "i keep having panic attacks",
                                  # Blind set 86: who, by where they live.
                                  "the lad who lives in the house at the end", "the woman who lives in the flat below",
                                  # Blind set 84: help asked with doing the report.
                                  "can someone help me fill this in", "somebody help me do this form please",
                                  # Blind set 109: what the police have already.
                                  "the police gave me a crime reference number", "i have an incident number from the police",
                                  # Blind set 108: mockery told; sending the report off.
                                  "they laugh at my lisp every lunch", "the lads in my class take the mick out of my accent",
                                  "whack it over to them please",
                                  # Blind set 104: a wish for how it ends, at its start.
                                  "i want them to stop coming round", "for him to stop texting my wife", "i just want them to leave us alone",
                                  # Blind set 103: not able to face reporting it.
                                  "my flatmate she cant face doing it", "my sister cant face going to the police",
                                  "he couldnt bring himself to report it"])
def test_where_no_danger_is_meant_the_reader_makes_none(text):
    # The reader took "i want help to feel safe" for a cry for help even when taught otherwise.
    assert read(text, semantic={"now": 0.99, "calm": 0.01, "past": 0.0, "crisis": 0.0}).danger is None
    assert read("i dont feel safe", semantic={"now": 0.99, "calm": 0.01, "past": 0.0, "crisis": 0.0}).danger == "now"



@pytest.mark.parametrize("text", ["will they come back and hurt me if they get into trouble",
                                  "will they come for me if they get into trouble"])
def test_harm_to_the_person_beside_what_happens_to_them_is_still_heard(text):
    # Blind set 92: "will they get into trouble" is about the report; not when it asks about harm to come.
    assert read(text, semantic={"now": 0.99, "calm": 0.01, "past": 0.0, "crisis": 0.0}).danger == "now"

@pytest.mark.parametrize(("text", "crisis"), [("im on the train tracks", True), ("i am on the railway line", True),
                                              ("me no live", True), ("me not want live", True), ("i see no way out", True),
                                              ("i was trapped with no way out", False),
                                              ("this is the last time you will hear from me", True), ("i dont see a way out", True),
                                              ("this will be the last thing i send", True),
                                              ("the last thing i will say about it is that im angry", False),
                                              ("i keep banging my head against the wall on purpose", True),
                                              ("he banged my head against the wall", False), ("they hit me on purpose", False),
                                              ("i bang my head till it bleeds", True), ("i cant face another day", True),
                                              ("i want it all to stop for good", True),
                                              ("i am saying goodbye", True), ("i was saying goodbye to my friend when they shouted", False),
                                              ("the man next to me on the train keeps punching my arm", False),
                                              ("i am on the line to the council", False), ("i am at the train station", False),
                                              ("i have swallowed bleach", True), ("they made me drink bleach", False),
                                              ("they poured bleach on my doorstep", False), ("i took my tablets this morning", False),
                                              ("i have had enough of life", True), ("i have had enough of the noise", False),
                                              ("going to crash the car into a tree", True), ("feeling sui", True),
                                              ("i just want to stop existing", True), ("the shop has stopped existing", False),
                                              ("i punch the wall till it bleeds", True), ("he punched the wall next to my head", False),
                                              ("this is my last night", True), ("tonight is my last night alive", True),
                                              ("this is my last night in this flat", False), ("goodbye and thank you", False),
                                              ("i pray i dont wake up tomorrow morning", True), ("i hope i dont wake up the baby", False),
                                              ("i pray every night that i dont wake up in the morning", True),  # blind set 45
                                              ("i keep pulling my hair out till my scalp bleeds", True),  # blind set 46
                                              # Blind set 48: someone else on a bridge is where an account happened.
                                              ("stopped me on the bridge and punched me", False),
                                              ("they cornered him on the roof and hit him", False), ("im on the bridge and i want it over", True),
                                              # Blind set 50: the person's own worth, not the point of telling.
                                              ("what is the point of my life", True), ("what is the point of me telling you", False),
                                              # Blind set 51: a plan made; abuse quoted and taken as the person's own.
                                              ("i have worked out how and where i will do it", True), ("i know when and where i am going to do the report", False),
                                              ("he told me to kill myself and i will actually do it", True),
                                              ("i want to go to sleep and stay asleep for ever", True),
                                              ("nobody in this town would care if i died", True),
                                              ("ive been pulling my hair out till it bleeds", True), ("he kept pulling my hair till it bled", False),
                                              ("i want to fall asleep and not wake", True), ("by the time you read this ill be gone", True),
                                              ("he shouted stop existing at me", False),  # blind set 24: their words, not mine
                                              ("they told me to stop existing and i think i will", True),
                                              # Blind set 26: the person's own mind is not someone's abuse.
                                              ("my mind keeps telling me to end my life", True),
                                              ("my mum keeps telling me to kill myself", False),
                                              ("me want go die", True), ("they said go die", False),
                                              # Blind set 27: pills put by, hurt done for what it does, a farewell apology.
                                              ("i have been saving up my tablets", True), ("im collecting my tablets from the chemist", False),
                                              ("i scratch my arms to cope", True), ("i punch the pillow to cope", False),
                                              ("sorry to everyone i have hurt", True), ("sorry to everyone for the wait", False),
                                              ("ive got a rope and i am going to use it", True),  # blind set 28: the means in hand, and meant
                                              ("he has a blade and he wants to use it", False),
                                              # Blind set 29: abuse agreed with, things given away, hurt done to one's own head.
                                              ("they said i should die and i agree", True), ("they said i should die and i do not agree", False),
                                              ("ive given away all my stuff to my mates", True), ("i gave some old clothes away to charity", False),
                                              ("i smack my head on the floor when i get upset", True), ("he smacked my head on the floor", False),
                                              # Blind set 31: more of the body, and wanting it over said alone.
                                              ("i keep cutting my thighs", True), ("he keeps cutting my hair", False),
                                              ("i want it over", True), ("i want it over with", False),
                                              # Blind set 32: abuse agreed with, everything to stop said alone, a plan told of oneself.
                                              ("they told me to die and i think they are right", True), ("they told me to die", False),
                                              ("i want everything to stop", True), ("i want it to stop", False),
                                              ("i know how i would do it", True), ("i know how to do it", False),
                                              ("i know how i will do it myself online", False),
                                              ("i have the rope ready", True), ("i have the rope for the tent", False),  # blind set 33
                                              ("i want to drive off the road", True), ("he drove off the road", False),  # blind set 34
                                              # Blind set 35: leaving for good, hurt done on purpose, rope bought.
                                              ("ive left my dog with my neighbour because i wont be coming back", True),
                                              ("i wont be coming back to this chat", False),
                                              ("i burnt my hand on purpose on the cooker", True), ("i burnt my hand on the cooker", False),
                                              ("i bought rope today", True), ("i bought rope for the tent", False),
                                              # Blind set 39: the bus named by its number.
                                              ("im going to step in front of the number 12 bus", True), ("i stepped off the number 12 bus", False),
                                              # Blind set 40: all they think about; dead in other words; slashed.
                                              ("since the attack all i think about is dying", True), ("all i think about is what they said", False),
                                              ("id be better off six feet under honestly", True), ("i slashed my arm last night", True),
                                              ("he slashed my arm", False),
                                              ("i will walk into traffic", True), ("he walked into the road", False)])  # blind set 41
def test_where_people_go_to_end_their_lives_and_easy_read_are_crisis(text, crisis):
    assert bool(crisis_signs(text)) is crisis


def test_the_classifier_alone_never_makes_the_past_danger_now():
    assert read("last week he hit me", {"report_danger": 0.99}).danger is None


def test_the_classifier_alone_raises_nothing():
    assert read("he is my manager", {"report_danger": 0.99, "crisis": 0.99}) == read("he is my manager")
    assert read("he is my manager").danger is None and not read("he is my manager").crisis


@pytest.mark.parametrize(("text", "spelt_out"), [
    ("Hes outside my door rn", "he is outside my door right now"),
    ("there banging on my windows", "they are banging on my windows"),
    ("they r folowing me", "they are following me"),
    ("he's got a knife", "he has got a knife"),
    ("we're being followed", "we are being followed"),
    ("they are writing nasty things", "they are writing nasty things"),  # no slip for "waiting"
])
def test_messages_are_spelt_out_before_they_are_read(text, spelt_out):
    assert safety_text(text) == spelt_out


@pytest.mark.parametrize(("text", "crisis"), [("actually no leave it", False), ("no thanks", False),
                                              ("i give up", True), ("whats the point anymore", True),
                                              # Blind set 90: a condition told as who the person is; a crisis beside it still is one.
                                              ("having a brain injury and slurring my words at the till", False),
                                              ("i have a head injury and i want to die", True)])
def test_the_reader_alone_hears_a_crisis_only_in_words_about_oneself(text, crisis):
    # It heard one in "actually no leave it", said to keep a report that was about to be withdrawn.
    assert read(text, semantic={"crisis": 0.95, "calm": 0.05, "now": 0.0, "past": 0.0}).crisis is crisis


@pytest.mark.parametrize(("text", "danger"), [("they threatened to stab me", "check"), ("he threatened to shoot my son", "check"),
                                              ("he just pulled a knife on me", "now"), ("he is threatening to stab me", "now"),
                                              # Blind set 86: fire threatened, told as said.
                                              ("told me they would set fire to my car", "check"), ("they are setting fire to my car", "now")])
def test_a_threat_told_as_made_is_asked_about_however_it_sounds(text, danger):
    # The learned reader heard danger now in "they threatened to stab me" once set 61 joined its
    # examples; a threat told as made, with no time, is asked about (tests/channels/test_safety.py).
    assert read(text, semantic={"now": 0.95, "crisis": 0.0, "calm": 0.0, "past": 0.05}).danger == danger


@pytest.mark.parametrize(("text", "no_one"), [
    ("im blind", True), ("please tell the police", True), ("nothing for now", True), ("me being in a wheelchair", True),
    # Blind set 90: who helps the person, named as how they came; not one hurting them.
    ("my carer told me about you", True), ("my support worker is hitting me", False),
    ("a brick just came through my window", False), ("my back door is being forced", False), ("im under attack", False),
    ("the bouncers are dragging my friend into the alley", False), ("somebodys climbing over my fence", False),
    ("help now", False), ("dial 999 for me", False), ("he is outside", False), ("its going on now outside", False),
    # Blind set 56: whom the person looks after, named as who it happened to; not someone hurting them.
    ("a man i support at the day centre", True), ("an old lady i care for", True), ("a lad i help is being hit", False),
])
def test_an_answer_names_no_one_now_only_without_a_person_a_moment_a_danger_word_or_help(text, no_one):
    assert names_no_one_now(text) is no_one


@pytest.mark.parametrize(("text", "crisis"), [
    # Blind set 53: not facing the police or court is no crisis; not coping is.
    ("no police please i cant face it", False), ("i cant face going to court", False), ("i cant face it any more", True),
    ("i cant face it", True), ("i cant do this anymore the police did nothing", True), ("i cant cope with the police asking questions", True),
    # Blind set 54: a ligature in hand and meant, not one for its use.
    ("i have got a dressing gown cord and i will use it tonight", True),
    ("i have a belt and i am going to use it to hold my trousers up", False),
    ("i have a phone charger cable and i will use it to charge my phone", False),
    # Blind set 55: a plan said alone, or for when no one is there to stop it; not a form done when
    # there is time.
    ("i have planned exactly when to do it", True),
    ("i will do it when everyone is asleep", True), ("i will end it when my husband goes to work", True),
    ("i know how to do it on the website", False), ("i will do it when the kids are in bed", False),
    ("i will do it when my son is at work he can help with the form", False),
    # Blind set 57: a plan for a day when no one is there.
    ("i will end it on saturday when my parents are away", True), ("i am going to do it this weekend when everyone is out", True),
    ("i will do it on monday when my son is at work he has the link", False),
    # Blind set 58: a world better without them.
    ("everyone at home would be happier if i wasnt around", True), ("my family would have an easier life without me here", True),
    ("the world would be a better place without racists in it", False),
    # Blind set 59: while no one is there; abuse taken to heart, to be listened to.
    ("i am going to do it while the kids are at school", True), ("they keep saying i should kill myself and maybe i should take the hint", True),
    ("i will do the form while my husband is at work", False),
    # Blind set 60: means made ready; not living like this any more.
    ("i have got the tablets ready on the side", True), ("i have a rope hidden for when i am ready", True),
    ("i have my belt ready for work tomorrow", False), ("i dont want to live like this anymore", True),
    ("i dont want to live like this in a damp flat", False),
    # Blind set 63: sooner dead than go on; a ligature made fast, not one for the dog or put up by others.
    ("i would sooner be dead than go back to that school", True), ("id rather die than face them again", True),
    ("i would rather not say", False), ("there is a rope tied to the beam in the garage", True), ("ive tied a cord to the loft hatch", True),
    ("i put a lead on the door handle for the dog", False), ("they hung a noose from the tree outside our house", False),
    ("i have put a sheet over the clothes rail to dry", False),
    # Blind set 72: abuse taken to heart, to be done as they said.
    ("she said i should just die and i will do as she says", True), ("they told me to kill myself and i said no way", False),
    # Blind set 73: not a single person would care; walking into deep water, not a swim.
    ("not a single person would miss me if i was gone", True), ("i am going to wade into the river tonight", True),
    ("i am going to swim in the sea tomorrow", False),
    # Blind set 65: given up as a parent; high up and looking down.
    ("my kids deserve a better mum and would be better off with someone else as their mum", True),
    ("my family would be happier off with somebody else", True), ("my son would be better off with someone else as his teacher", False),
    ("im sat on the roof of the flats looking over the edge", True), ("i am on the balcony looking down at the street where they are", False),
    # Blind set 66: pills put away out of sight; eyes closed for good; no reason to go on, not with the report.
    ("i have been stashing my painkillers in a shoebox", True), ("i hide my tablets from my kids on the top shelf", False),
    ("i just want to shut my eyes and never wake up", True), ("i close my eyes and cant sleep", False),
    ("i see no reason to go on", True), ("no reason to carry on with the report", False),
    # Blind set 67: at the platform edge for a train that will not stop; not a push told.
    ("im right at the platform edge and the express train is due", True),
    ("i am stood on the edge of the platform ready to jump", True),
    ("i was standing at the edge of the platform when he pushed me", False),
    # Blind set 86: a hand or arm held to heat on purpose; not one held up, nor held by someone else.
    ("i put my arm in the boiling water on purpose", True), ("i pressed my arm against the hot iron on purpose", True),
    ("i put my hand up on purpose to stop him", False), ("he held my hand over the cooker on purpose", False),
    # At the edge of a height, as the person writes (found by CI's sample of the cases); not told as
    # then, nor a day out.
    ("i am sat at the edge of the flyover", True), ("im stood at the very edge of the car park roof", True),
    ("i was stood at the edge of the bridge when he pushed me", False), ("we are at the edge of the pier fishing", False),
    # Blind set 98: someone close who may take their life, told; not able to keep oneself safe.
    ("my daughter says she wants to kill herself because of the bullying", True), ("my dad keeps talking about ending his life", True),
    ("my friend has tried to hang herself", True), ("he told her to kill herself", False), ("he wants to kill her", False),
    ("i dont think i can keep myself safe tonight", True), ("i cant trust myself tonight", True),
    ("i cant keep myself safe from them they know where i live", False), ("the police cant keep me safe", False),
    ("not sure i can keep myself safe if i go home", True),
    # Blind set 109: no one who would miss the person, named with who they are.
    ("not one person at my college would miss me", True), ("nobody round here would notice i was gone", True),
    ("nobody in my family would help me", False),
    # Blind set 107: more than the dose, on purpose; not by mistake.
    ("i took extra insulin on purpose", True), ("i have taken double my tablets deliberately", True),
    ("i took double my insulin by mistake", False),
    # Blind set 106: what was said making the person want to die is their own wish; someone close
    # who says they want to be dead; poison drunk from a bottle. Not abuse quoted, nor a spill.
    ("the way they talk to me has made me want to end my life", True), ("it makes me want to kill myself", True),
    ("he said kill yourself and it made me cry", False),
    ("my daughter told me she wishes she was dead", True), ("he said he wants to die", True), ("he keeps saying he wants to kill me", False),
    ("i drank a bit of the antifreeze from the garage", True), ("i spilt some of the bleach on my jeans", False),
    # Blind set 105: wishing one had never been had; a ligature of any kind made fast. Not someone
    # else's wish about another, nor a tie hung up for the morning.
    ("sometimes i wish my mother never had me", True), ("my parents probably wish they had never had me", True),
    ("my mum wishes she never had my brother", False),
    ("i have tied my school tie to the curtain rail", True), ("i have tied my dressing gown belt round the banister", True),
    ("i have put my tie on the hook for tomorrow", False),
    # Blind set 104: a pack swallowed, said as one; as good as dead. Not a pack carried somewhere, nor a ground floor.
    ("i swallowed a packet of paracetamol an hour ago", True), ("ive necked a bottle of pills", True),
    ("i took a box of tablets to my nan", False), ("i had a packet of crisps", False),
    ("i might as well be in the ground", True), ("i may as well be dead", True), ("might as well be six feet under", True),
    ("we might as well be in the ground floor flat", False),
    # Blind set 103: at the edge of a drop; not of a building site, nor then.
    ("i am stood at the edge of the quarry", True), ("im sitting on the edge of the gorge", True), ("im by the edge of the viaduct", True),
    ("i am stood at the edge of the building site", False), ("i was at the edge of the quarry with my dog last week", False),
    ("i am at the edge of the park", False),
    # Blind set 102: not safe from oneself, as people say it; not safe from someone else is danger, not a crisis.
    ("i am not safe from myself tonight", True), ("i dont feel safe around myself", True),
    ("i feel safe with myself now", False), ("i am not safe from him", False),
    # Blind set 101: driving into what lines the road; not waking asked for; a whole pack swallowed;
    # someone else's medicine put by. Not a drive somewhere, nor a pack of anything else, nor fetched.
    ("thinking of driving into the motorway barrier on purpose on the way home", True), ("i want to drive into a crash barrier", True),
    ("i was driving into town on purpose to see her", False),
    ("please let me not wake up in the morning", True), ("dont let me wake up tomorrow", True), ("let me know when i wake up", False),
    ("i swallowed the whole strip of my sertraline about an hour ago", True), ("i took the whole packet of paracetamol", True),
    ("i took two packets of crisps", False), ("i bought a whole box of paracetamol for my headache", False),
    ("been stockpiling my nans tablets for a few weeks", True), ("i collected my mums tablets from the chemist", False),
    # Found by merging set 101: a note left to be found, which the learned reader had held alone; not
    # one left for someone outside the family, nor about something.
    ("i have left a note on my pillow for my mum to find", True), ("i left a note on the door for the postman to find", False),
    ("i left a note for my flatmate to find about the bins", False),
    # Blind set 100: gone up somewhere high to jump; someone close up high who says they will jump;
    # not a jump on something, nor at someone.
    ("i am going up to the top of the car park at the precinct to jump", True), ("going up the multi storey to jump", True),
    ("my brother is on the roof saying he will jump", True), ("my son is on the balcony threatening to jump", True),
    ("we went to the top of the hill to jump on the trampoline", False), ("they are on the bridge and trying to jump me", False),
    ("he said he would jump me after school", False), ("my son climbed on the roof to get his ball and jumped down", False),
    # Blind set 99: someone close who has harmed themselves; not a cut come by on something, nor harm
    # done to someone else.
    ("my girlfriend has cut her wrists and she is bleeding", True), ("my mate slit his wrists last night", True),
    ("my sister keeps cutting herself", True), ("my dad has hanged himself in the garage", True), ("they cut their wrists", True),
    ("my son cut himself on the glass they smashed", False), ("he slashed her throat", False), ("she slashed his wrists", False),
    ("my dad cut his hand on the broken window", False),
    # Blind set 97: on a bridge where others would throw someone off is their danger, not a crisis of
    # the person's own; on it and saying they will jump still is.
    ("my son is on the bridge and a gang are trying to throw him over", False),
    ("my daughter is on the roof and the lads are threatening to push her off", False),
    ("my son is on the bridge and says he will jump", True),
    # Blind set 96: pills set out or out of their packets, ready; not a week's pills in a box.
    ("i have popped all my tablets out and they are next to me", True), ("ive taken all the pills out of the blister packs", True),
    ("my paracetamol is laid out on the table in front of me", True),
    ("i have my tablets lined up for the week in the dosette box", False), ("the nurse set out my tablets for the week", False),
    # Blind set 94: a farewell to everyone, in a chat with one; not a bye for now.
    ("bye everybody", True), ("ta ra world", True), ("bye for now", False), ("ok bye then", False),
    # Blind set 93: the point of going on with life; not going on with the report.
    ("what is the point in carrying on", True), ("whats the point in keeping going when they all hate us", True),
    ("what is the point in carrying on with this report", False), ("whats the point in carrying on with it", False),
    # Ended for good, said without the learned reader (it held "tonight is when i finish it for good" alone).
    ("i am finishing it for good after tonight", True), ("we finished it for good with the landlord", False),
    # Blind set 85: falling asleep tonight and never coming round; coming round after a knock is not.
    ("i want to go to sleep tonight and never wake up", True), ("i wish i could drift off and just never come round", True),
    ("i fell asleep on the sofa and didnt come round till 10", False), ("he knocked me out and i did not come round for ages", False),
    # Blind set 80: abuse taken to heart, to be done at a time said after.
    ("the lads told me to kill myself and i will do it tomorrow", True),
    # Blind set 79: one wrist or arm hurt when pushed is an injury; arms hurt, or hurt on purpose, is not.
    ("he knocked me off my bike and i hurt my arm", False), ("i hurt my arms with a blade", True), ("i hurt my wrist on purpose", True),
    # Blind set 78: wanting to go for good; a plan for when the one at home is at family's (not a
    # form done then).
    ("i just want to be gone forever", True), ("i want to go for good and never come back to this life", True),
    ("i will do it when my daughter is at her mums this weekend", True), ("i will fill the form in when my son is at his dads", False),
    # Blind set 77: oneself named as the failed parent; not a parent named without it.
    ("my family would be better off without this useless mum", True), ("my kids would be better off without their dad", False),
    # Blind set 76: not able to do the form alone is no crisis; not able to do it any more is.
    ("please help me with the form i cant do it on my own", False), ("i cant do this by myself can you help", False),
    ("i cant do it any more", True), ("i cant cope on my own any more", True),
    # Blind set 75: a plan for when the person is alone; not a form done alone.
    ("i will do it tomorrow when i am home alone", True), ("i am going to end it when i get in on my own", True),
    ("i will do it on my laptop when i am on my own", False), ("i will do the form when i am on my own", False),
])
def test_crisis_is_told_from_the_same_words_about_the_report_or_an_everyday_thing(text, crisis):
    assert bool(crisis_signs(text)) is crisis
