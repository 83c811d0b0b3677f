"""The redactor on a table of UK-style accounts: every planted identifier goes, the words that
describe the hate stay. Precision and recall over the table are printed (pytest -s to see them)."""

from __future__ import annotations

import re

import pytest

from bot.privacy.redact import find, redact

# (account, identifiers planted in it, words that must survive)
CASES: list[tuple[str, list[str], list[str]]] = [
    # Phone numbers, UK and international, in the ways people write them
    ("call me on 07700 900123 if you need me", ["07700 900123"], ["call me"]),
    ("my number is 07700900124", ["07700900124"], ["my number"]),
    ("ring +44 7700 900125 after six", ["+44 7700 900125"], ["after six"]),
    ("his mobile 0044 7700 900 126 kept texting me", ["0044 7700 900 126"], ["kept texting me"]),
    ("the landline is (0161) 496 0000", ["(0161) 496 0000"], ["landline"]),
    ("work number 020 7946 0958 ext 4", ["020 7946 0958"], ["work number"]),
    ("texts came from +1 415 555 2671", ["+1 415 555 2671"], ["texts came from"]),
    ("07700-900-127 is the one that sends the abuse", ["07700-900-127"], ["sends the abuse"]),
    ("whatsapp from +447700900128 calling me a terrorist", ["+447700900128"], ["calling me a terrorist"]),
    ("he rang 01632 960001 and screamed at my mum", ["01632 960001"], ["screamed at my mum"]),
    ("call 0117 496 0123 or 0117 4960124", ["0117 496 0123", "0117 4960124"], []),
    ("+33 6 12 34 56 78 is a french number that messaged me", ["+33 6 12 34 56 78"], ["french number"]),
    # Emails, web addresses and handles
    ("email me at jane.doe@example.com please", ["jane.doe@example.com"], ["email me"]),
    ("he wrote from hater_99@mail.example.co.uk", ["hater_99@mail.example.co.uk"], ["he wrote from"]),
    ("the post is at https://social.example.com/p/12345", ["https://social.example.com/p/12345"], ["the post is at"]),
    ("see www.example.org/hate-page for the comments", ["www.example.org/hate-page"], ["for the comments"]),
    ("his site nastyblog.co.uk has my picture", ["nastyblog.co.uk"], ["has my picture"]),
    ("he is @jsmith_99 on twitter", ["@jsmith_99"], ["on twitter"]),
    ("instagram account @hate.page.uk posted it", ["@hate.page.uk"], ["posted it"]),
    ("my telegram is @amira_k_1990", ["@amira_k_1990"], ["my telegram"]),
    # Postcodes: full ones are cut to the district
    ("it was outside SO14 3AB", ["3AB"], ["SO14", "outside"]),
    ("i live in so17 1bj near the park", ["1bj"], ["near the park"]),
    ("he lives at M1 1AE", ["1AE"], ["M1"]),
    ("postcode SW1A 1AA", ["1AA"], ["SW1A"]),
    ("the shop at B33 8TH", ["8TH"], ["B33"]),
    # Street addresses
    ("he lives at 12 High Street", ["12 High Street"], ["he lives at"]),
    ("they threw eggs at 221b Baker Street", ["221b Baker Street"], ["threw eggs"]),
    ("flat 3, 14 Acacia Avenue is mine", ["flat 3, 14 Acacia Avenue"], ["is mine"]),
    ("outside 5 Mill Lane every night", ["5 Mill Lane"], ["every night"]),
    ("at 7 Church Road they painted a swastika", ["7 Church Road"], ["painted a swastika"]),
    ("number 40 Victoria Gardens", ["40 Victoria Gardens"], []),
    ("i am at 9 Oak Close with my kids", ["9 Oak Close"], ["with my kids"]),
    ("from 18 St Mary's Place they followed me", ["18 St Mary's Place"], ["followed me"]),
    ("unit 4 22 Station Road", ["4 22 Station Road"], []),
    ("33 the crescent, my old house", ["33 the crescent"], ["my old house"]),
    # Dates of birth
    ("i was born on 12/03/1985", ["12/03/1985"], ["i was"]),
    ("my dob is 3rd March 1990", ["3rd March 1990"], ["my"]),
    ("date of birth 01.02.2001", ["01.02.2001"], []),
    ("DOB: 5 june 1979 and i am disabled", ["5 june 1979"], ["i am disabled"]),
    ("born 14 Feb 1965", ["14 Feb 1965"], []),
    # National Insurance numbers
    ("my NI is QQ 12 34 56 C", ["QQ 12 34 56 C"], ["my NI is"]),
    ("ni number AB123456D for the form", ["AB123456D"], ["for the form"]),
    ("national insurance JT 98 76 54 A", ["JT 98 76 54 A"], ["national insurance"]),
    # Vehicle registrations
    ("the car was AB12 CDE", ["AB12 CDE"], ["the car was"]),
    ("a white van reg LN68 XYZ followed me", ["LN68 XYZ"], ["white van", "followed me"]),
    ("his car ab51abc was parked outside", ["ab51abc"], ["was parked outside"]),
    ("old reg P123 ABC", ["P123 ABC"], ["old reg"]),
    # People's names
    ("my neighbour John Smith keeps shouting at me", ["John Smith"], ["keeps shouting at me"]),
    ("Mrs Khan from next door saw it", ["Mrs Khan"], ["from next door saw it"]),
    ("Mr Patel called the police", ["Mr Patel"], ["called the police"]),
    ("Dr Okafor at the surgery", ["Dr Okafor"], ["at the surgery"]),
    ("my landlord dave keeps banging on my door", ["dave"], ["keeps banging on my door"]),
    ("my friend sarah saw everything", ["sarah"], ["saw everything"]),
    ("Priya and Tom were there too", ["Priya", "Tom"], ["were there too"]),
    ("Mohammed was with me when it happened", ["Mohammed"], ["was with me"]),
    ("my son was called names at school by Liam and Jayden", ["Liam", "Jayden"], ["called names at school"]),
    ("his name is Gary Wilson and he drinks", ["Gary Wilson"], ["and he drinks"]),
    ("a lad called Kyle pushed me", ["Kyle"], ["pushed me"]),
    ("my carer Siobhan reported it too", ["Siobhan"], ["reported it too"]),
    ("the driver, Darren, laughed", ["Darren"], ["laughed"]),
    ("Aisha Begum is my sister", ["Aisha Begum"], ["is my sister"]),
    ("my boss Steve Jones said it was banter", ["Steve Jones"], ["said it was banter"]),
    ("it was Kwame who helped me", ["Kwame"], ["who helped me"]),
    ("my wife Dariusz no my husband Dariusz", ["Dariusz"], ["my husband"]),
    ("the teacher Miss Roberts ignored it", ["Miss Roberts"], ["ignored it"]),
    ("Wei Zhang was spat at", ["Wei Zhang"], ["was spat at"]),
    ("my cousin Olu took a video", ["Olu"], ["took a video"]),
    ("named Shaun Murphy on facebook", ["Shaun Murphy"], ["on facebook"]),
    ("my daughter Chloe is 9", ["Chloe"], ["is 9"]),
    ("Emma from the council knows", ["Emma"], ["from the council knows"]),
    ("it was Jamal and Tyrone again", ["Jamal", "Tyrone"], ["again"]),
    ("my flatmate, Sophie, recorded it", ["Sophie"], ["recorded it"]),
    ("Ahmed Hussain owns the shop", ["Ahmed Hussain"], ["owns the shop"]),
    ("known as Big Mick round here", ["Big Mick"], ["round here"]),
    ("because Kwame Mensah hates my family", ["Kwame Mensah"], ["hates my family"]),
    ("I want Kwame to leave us alone", ["Kwame"], ["to leave us alone"]),
    ("they live in Moss Side near the Co-op", [], ["Moss Side", "Co-op"]),
    # Several at once
    ("John Smith at 12 High Street SO14 3AB, 07700 900123", ["John Smith", "12 High Street", "3AB", "07700 900123"], []),
    ("email sam@example.com or call 07700 900129, ask for Sam Taylor", ["sam@example.com", "07700 900129", "Sam Taylor"], ["ask for"]),
    ("my neighbour Paul at 3 Elm Road, reg KX19 LMN", ["Paul", "3 Elm Road", "KX19 LMN"], []),
    ("born 2/2/1992, NI AB 12 34 56 C, @me_2", ["2/2/1992", "AB 12 34 56 C", "@me_2"], []),
    # Accounts with nothing to redact: the hate and the facts must survive untouched
    ("he called me a paki and spat at me", [], ["he called me a paki and spat at me"]),
    ("they said go back to your country", [], ["they said go back to your country"]),
    ("they shouted Allahu akbar and laughed at my hijab", [], ["Allahu akbar", "laughed at my hijab"]),
    ("a man called me a faggot on the 12 bus at 5pm", [], ["called me a faggot", "12 bus", "5pm"]),
    ("they called my son a retard because of his autism", [], ["retard", "autism"]),
    ("It happened on Friday 20 November near the Co-op", [], ["Friday 20 November", "Co-op"]),
    ("I went to the GP and told the BBC", [], ["GP", "BBC"]),
    ("We were at Tesco in Portswood on Saturday", [], ["Tesco", "Portswood", "Saturday"]),
    ("he is about 30 years old with a shaved head", [], ["30 years old", "shaved head"]),
    ("Will you help me? I was on the bus", [], ["Will you help me"]),
    ("Grace and hope are what keep me going", [], ["Grace and hope"]),
    ("they wrote KKK on the wall", [], ["KKK"]),
    ("the police came at 10.30 and took a statement", [], ["10.30", "took a statement"]),
    ("a gang of 5 lads, maybe 15 or 16 years old", [], ["5 lads", "15 or 16"]),
    ("in 2024 it started and it has happened 20 times", [], ["2024", "20 times"]),
    ("The Muslim lady next door was crying", [], ["Muslim lady"]),
    ("they said Jesus hates gays", [], ["Jesus hates gays"]),
    ("a black man and a white woman were shouting", [], ["black man", "white woman"]),
    ("Someone sprayed a swastika on the synagogue", [], ["swastika", "synagogue"]),
    ("he said I should be gassed like my family", [], ["gassed like my family"]),
    ("I am deaf and he mocked my signing", [], ["mocked my signing"]),
    ("the 3 boys from year 10 did it", [], ["year 10"]),
    ("London Road bus stop, the number 7", [], ["bus stop", "number 7"]),
    ("the form at http://localhost:8000/public would not load", [], ["http://localhost:8000/public"]),
    ("he held up 3 fingers and laughed", [], ["3 fingers"]),
    # Everyday words the first-name list holds, after a word that often comes before a name (blind
    # set 66 lost "made" from "my manager made me quit after i came out at work").
    ("my manager made me quit after i came out at work", [], ["my manager made me quit"]),
    ("my neighbour ran at me with his dog", [], ["my neighbour ran at me"]),
    ("my flatmate stole my hijab and threw it in the bin", [], ["my flatmate stole my hijab", "in the bin"]),
    ("my brother kick ball at man then man hit him", [], ["my brother kick ball"]),
    ("my boss took my name badge off me", [], ["my boss took my name badge"]),
    ("my manager priya made me quit", ["priya"], ["made me quit"]),
    ("my neighbour dave ran at me", ["dave"], ["ran at me"]),
]


def test_the_table_is_big_enough():
    assert len(CASES) >= 100


@pytest.mark.parametrize(("account", "planted", "keep"), CASES, ids=[c[0][:40] for c in CASES])
def test_each_account(account, planted, keep):
    cleaned = redact(account)
    for identifier in planted:
        assert identifier not in cleaned, f"{identifier!r} survived in {cleaned!r}"
    for words in keep:
        assert words in cleaned, f"{words!r} was lost from {cleaned!r}"


def test_precision_and_recall_over_the_table():
    """Recall: planted identifiers removed. Precision: redactions that hit a planted identifier."""
    planted_total = removed = redactions = true_redactions = 0
    for account, planted, _ in CASES:
        cleaned = redact(account)
        planted_total += len(planted)
        removed += sum(identifier not in cleaned for identifier in planted)
        spans = [(m.start(), m.end()) for p in planted for m in re.finditer(re.escape(p), account)]
        for found in find(account):
            redactions += 1
            true_redactions += any(start < found.end and found.start < end for start, end in spans)
    recall = removed / planted_total
    precision = true_redactions / redactions
    print(f"\nredactor over {len(CASES)} accounts: recall {recall:.3f} ({removed}/{planted_total}), "
          f"precision {precision:.3f} ({true_redactions}/{redactions})")
    assert recall == 1.0
    assert precision >= 0.95


def test_placeholders_are_never_redacted_again():
    once = redact("my neighbour John Smith rang 07700 900123 from 12 High Street")
    assert redact(once) == once


def test_place_text_keeps_town_names_that_are_also_first_names():
    assert redact("Shirley", names=False) == "Shirley"
    assert redact("Shirley 07700 900123", names=False) == "Shirley [PHONE]"
