"""The centre's web chat in headless Chromium: sign in, a report made with the keyboard only,
the record found on the records page, accessibility checked with axe-core, and the quick exit."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys

import httpx
import pytest

from bot.config import PROJECT_ROOT

pytestmark = pytest.mark.model
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMIUM_FLAGS = [
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
PASSWORD = "correct horse battery staple"


@pytest.fixture(scope="module")
def staff_account(stack):
    result = subprocess.run(
        [sys.executable, "-m", "bot", "staff", "add", "casey", "--centre", "soton", "--password-stdin"],
        input=PASSWORD + "\n", cwd=PROJECT_ROOT, env=stack.command_env(),
        capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return "casey"


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM:
        pytest.skip("browser tests need Debian's chromium (apt-get install chromium); `make test` installs it when run as root")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context()
    page = context.new_page()
    yield page
    context.close()


def serious_violations(page) -> list[str]:
    from axe_playwright_python.sync_playwright import Axe

    violations = Axe().run(page).response["violations"]
    return [f"{v['id']} ({v['impact']}): {v['help']}" for v in violations if v["impact"] in ("serious", "critical")]


def bot_says(page, text: str, timeout: float = 30_000) -> None:
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    try:
        page.locator(".msg.bot", has_text=text).last.wait_for(timeout=timeout)
    except PlaywrightTimeout:
        log = page.locator("#chat-log").inner_text()
        status = page.locator("#chat-status").inner_text()
        raise AssertionError(f"the assistant never said {text!r}; status {status!r}; chat so far:\n{log[-1500:]}") from None


def answer(page, text: str, expect: str) -> None:
    """Types an answer into the message box and presses Enter, as a keyboard user does."""
    page.keyboard.type(text)
    page.keyboard.press("Enter")
    bot_says(page, expect)


def press_choice_with_keyboard(page, title: str, expect: str) -> None:
    """Tabs from the message box back to the choice called ``title`` and presses Enter."""
    page.focus("#chat-input")
    for _ in range(30):
        page.keyboard.press("Shift+Tab")
        if page.evaluate("document.activeElement.textContent") == title:
            break
    else:
        raise AssertionError(f"could not reach the {title!r} button with the keyboard")
    page.keyboard.press("Enter")
    bot_says(page, expect)


def sign_in(page, stack, username: str, password: str = PASSWORD) -> None:
    page.goto(f"{stack.web_url}/sign-in")
    page.focus("#username")
    page.keyboard.type(username)
    page.keyboard.press("Tab")
    page.keyboard.type(password)
    page.keyboard.press("Enter")
    page.wait_for_url(f"{stack.web_url}/")


def test_staff_sign_in_and_make_a_report_with_the_keyboard(page, stack, staff_account):
    page.goto(f"{stack.web_url}/sign-in")
    assert serious_violations(page) == []
    sign_in(page, stack, staff_account)
    bot_says(page, "are you safe right now?")
    assert page.locator("#chat-log").get_attribute("role") == "log"
    assert page.locator("#chat-log").get_attribute("aria-live") == "polite"
    assert page.locator("label[for=chat-input]").inner_text() == "Your message"
    assert serious_violations(page) == []

    press_choice_with_keyboard(page, "Yes, I am safe", "Please tell me what happened")  # staff mode: role is set
    page.focus("#chat-input")
    answer(page, "A man shouted at her on the bus and told her to go back to her country", "What kind of incident")
    answer(page, "verbal abuse", "Why do you think")
    answer(page, "race", "When did it happen")
    answer(page, "yesterday afternoon", "Where did it happen")
    answer(page, "on the bus", "Which town or area")
    answer(page, "Southampton", "happened to you before")
    answer(page, "no", "What support")
    answer(page, "someone to talk to", "What would you like")
    answer(page, "just record it", "police")
    answer(page, "not sure", "anonymous or named")
    answer(page, "anonymous", "True Vision")
    answer(page, "not now", "how did you find out")
    answer(page, "she already uses the centre", "Shall I save")
    assert "Who: I am centre staff, recording it" in page.locator(".msg.bot", has_text="Here is what you told me").last.inner_text()
    assert serious_violations(page) == []
    answer(page, "yes", "Your reference is")
    saved = page.locator(".msg.bot", has_text="Your reference is").last.inner_text()
    reference = re.search(r"[A-Z0-9]{3}-[A-Z0-9]{3}", saved).group(0)

    page.goto(f"{stack.web_url}/records")
    row = page.locator("tr", has=page.locator("th", has_text=reference))
    assert "staff" in row.inner_text() and "Race" in row.inner_text()
    assert serious_violations(page) == []
    [record] = [r for r in stack.records() if r["reference"] == reference]
    assert record["channel"] == "staff" and record["reporter_role"] == "on_behalf_staff" and record["centre_id"] == "soton"


def test_quick_exit_clears_the_chat_and_leaves_no_way_back(page, stack):
    page.goto(f"{stack.web_url}/sign-in")
    page.goto(f"{stack.web_url}/public")
    bot_says(page, "are you safe right now?")
    page.click("#quick-exit")
    page.wait_for_url(stack.env["QUICK_EXIT_URL"])
    page.go_back()
    assert page.url == f"{stack.web_url}/sign-in"  # the chat page was replaced in the history


def test_escape_twice_leaves_quickly(page, stack):
    page.goto(f"{stack.web_url}/public")
    bot_says(page, "are you safe right now?")
    page.keyboard.press("Escape")
    page.keyboard.press("Escape")
    page.wait_for_url(stack.env["QUICK_EXIT_URL"])


def test_public_chat_records_channel_web(page, stack):
    page.goto(f"{stack.web_url}/public")
    bot_says(page, "are you safe right now?")
    assert "Who are you reporting for" not in page.locator("#chat-log").inner_text()
    page.focus("#chat-input")
    answer(page, "yes", "Who are you reporting for?")
    # The safety question's buttons are spent once it is answered, even by typing.
    assert page.locator("button", has_text="Yes, I am safe").is_disabled()
    assert page.locator("button", has_text="I saw it happen").is_enabled()
    assert serious_violations(page) == []


def test_wrong_password_and_pages_behind_sign_in(page, stack, staff_account):
    page.goto(f"{stack.web_url}/records")
    page.wait_for_url(f"{stack.web_url}/sign-in")
    page.fill("#username", staff_account)
    page.fill("#password", "not the password")
    page.press("#password", "Enter")
    page.locator(".error").wait_for()
    assert "not right" in page.locator(".error").inner_text()


def test_chat_messages_need_the_session_csrf_token(stack):
    with httpx.Client(base_url=stack.web_url) as client:
        client.get("/public")
        forged = client.post("/chat/message", json={"message": "hi"}, headers={"X-CSRF-Token": "guess"})
        assert forged.status_code == 403
        cookie = client.cookies.get("sts_session")
        assert cookie
    direct = httpx.post(f"{stack.rasa_url}/webhooks/web/webhook", json={"token": "made-up", "message": "hi"})
    assert direct.status_code == 403  # Rasa's web channel never lets a client name its conversation


def test_dashboard_follow_up_reaches_the_person_who_asks_for_an_update(page, stack, staff_account):
    """Sign in, filter, open a record, mark True Vision submitted with the police reference, add
    an outcome note; then the person asks for an update on the public page and reads that note."""
    from datetime import date

    from bot.config import load_settings
    from bot.records.repository import save_incident
    from tests.bot.records.test_repository import answers

    record = save_incident(stack.database_url, answers(centre_id="soton", characteristics=["disability"],
                                                       incident_date=date(2026, 11, 1)), load_settings().cipher())
    sign_in(page, stack, staff_account)
    # The link in the page's navigation, not any text that says "records" (the chat may, too).
    page.click("nav a[href='/records']")
    page.locator("h1", has_text="Records for").wait_for()
    page.select_option("#characteristic", "disability")
    page.select_option("#status", "referred")
    page.click("button:has-text('Show records')")
    page.wait_for_url(re.compile(r".*characteristic=disability.*"))
    assert serious_violations(page) == []
    page.click(f"a:has-text('{record['reference']}')")
    page.locator("h1", has_text=f"Report {record['reference']}").wait_for()
    assert record["what_happened"] in page.locator(".account").inner_text()
    assert serious_violations(page) == []

    page.check("#status-submitted")
    page.fill("#police_reference", "HC/2026/0042")
    page.click("button:has-text('Save True Vision status')")
    page.locator(".flash", has_text="True Vision status saved").wait_for()
    assert page.locator("#police-reference").inner_text() == "HC/2026/0042"
    page.fill("#note", "We passed your report to the bus company. They are looking at the camera.")
    page.click("button:has-text('Save note')")
    page.locator(".flash", has_text="Note saved").wait_for()
    assert page.locator(".notes li").first.inner_text().startswith("We passed your report to the bus company.")

    person = page.context.browser.new_context().new_page()
    person.goto(f"{stack.web_url}/public")
    bot_says(person, "are you safe right now?")
    person.focus("#chat-input")
    # The page starts a report at once; asking about an earlier one is answered on the way.
    answer(person, "any update on my report", 'send "update" and its reference')
    answer(person, f"update {record['reference'].lower()}", "They are looking at the camera")
    news = person.locator(".msg.bot", has_text="They are looking at the camera").last.inner_text()
    assert f"News about your report {record['reference']} from the centre" in news
    bot_says(person, "are you safe right now?")  # and the new report waits where it was
    person.context.close()


def test_easy_read_page_with_pictures_and_read_aloud(page, stack):
    """Easy words switched on from the page: pictured choices with alt text, at most 5 of them,
    each message readable aloud through the browser's speech synthesis; axe finds nothing serious."""
    # Record what would be spoken (headless Chromium has no voices to play it).
    page.add_init_script("""
        window.__spoken = [];
        window.speechSynthesis.speak = function (utterance) { window.__spoken.push(utterance.text); };
    """)
    page.goto(f"{stack.web_url}/public")
    bot_says(page, "Do you want easy words?")
    offer = page.locator(".choices button", has_text="Easy words").first
    assert offer.locator("img").get_attribute("alt") == "An open book with a smile"

    page.click("#easy-toggle")
    bot_says(page, "Are you safe now?")
    assert page.get_attribute("#easy-toggle", "aria-pressed") == "true"
    choices = page.locator(".choices").last.locator("button")
    assert choices.count() == 2
    assert choices.first.locator("img").get_attribute("alt") == "A green tick"
    assert serious_violations(page) == []

    choices.first.click()
    bot_says(page, "Who did it happen to?")
    page.focus("#chat-input")
    answer(page, "me", "Tell me what happened")
    answer(page, "a man shouted at me in the shop", "What did they do?")
    offered = page.locator(".choices").last.locator("button")
    assert offered.count() <= 5
    alts = [offered.nth(i).locator("img").get_attribute("alt") for i in range(offered.count())]
    assert all(alts) and "A speech bubble with a shout" in alts
    assert serious_violations(page) == []

    question = page.locator(".msg.bot", has_text="What did they do?").last
    question.locator(".read-aloud").click()
    spoken = page.evaluate("window.__spoken")
    assert spoken == ["What did they do? You can choose more than 1."]


SCRIPTED = '<script>window.pwned = 1</script><img src=x onerror="window.pwned = 2">'


def test_script_in_a_persons_words_is_shown_as_text_never_run(page, stack, staff_account):
    """A report whose words and outcome note carry HTML: the chat and the staff pages show the
    characters, and the browser runs none of it."""
    from bot.config import load_settings
    from bot.records.follow_up import add_outcome_note
    from bot.records.repository import save_incident
    from tests.bot.records.test_repository import answers

    record = save_incident(stack.database_url, answers(centre_id="soton", what_happened=f"He shouted {SCRIPTED}",
                                                       characteristic_other=SCRIPTED), load_settings().cipher())
    add_outcome_note(stack.database_url, load_settings().cipher(), record["record_id"], SCRIPTED, staff_account)
    sign_in(page, stack, staff_account)
    bot_says(page, "are you safe right now?")
    replies = page.locator(".msg.bot").count()
    page.focus("#chat-input")
    page.keyboard.type(SCRIPTED)  # typed into the chat: shown as the person's message, answered kindly
    page.keyboard.press("Enter")
    page.locator(".msg.bot").nth(replies).wait_for()  # answered
    assert SCRIPTED in page.locator(".msg.user").last.inner_text()
    page.goto(f"{stack.web_url}/records/{record['record_id']}")
    page.locator("h1", has_text=f"Report {record['reference']}").wait_for()
    assert SCRIPTED in page.locator(".account").inner_text()
    assert "<script>" in page.locator(".notes").inner_text()  # notes are redacted, but never turned into markup
    page.goto(f"{stack.web_url}/records")
    assert page.evaluate("window.pwned") is None
    assert page.locator("script:not([src])").count() == 0  # no inline script on our pages at all (CSP forbids it too)
