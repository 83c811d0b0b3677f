"""Staff accounts on a real database: argon2 hashes only, clear errors, and sign-in checks."""

import pytest
from sqlalchemy import text

from bot.records.db import session_factory
from bot.web.accounts import AccountError, authenticate, create_account

PASSWORD = "a long enough password"


def test_create_and_sign_in(database_url):
    staff = create_account(database_url, "Casey", PASSWORD, "soton")
    assert (staff.username, staff.role, staff.centre_id) == ("casey", "staff", "soton")
    assert authenticate(database_url, "CASEY ", PASSWORD) == staff
    assert authenticate(database_url, "casey", "wrong password here") is None
    assert authenticate(database_url, "nobody", PASSWORD) is None
    with session_factory(database_url)() as session:
        stored = session.execute(text("SELECT password_hash FROM staff_accounts")).scalar_one()
    assert stored.startswith("$argon2") and PASSWORD not in stored


@pytest.mark.parametrize(
    ("username", "password", "centre", "message"),
    [
        ("casey", "short", "soton", "at least 12"),
        ("no spaces allowed", PASSWORD, "soton", "Usernames"),
        ("casey", PASSWORD, None, "needs a centre"),
    ],
)
def test_accounts_that_cannot_be_made_say_why(database_url, username, password, centre, message):
    with pytest.raises(AccountError, match=message):
        create_account(database_url, username, password, centre)


def test_usernames_are_unique(database_url):
    create_account(database_url, "alex", PASSWORD, "soton")
    with pytest.raises(AccountError, match="already an account"):
        create_account(database_url, "Alex", PASSWORD, "portsmouth")


def test_an_admin_needs_no_centre(database_url):
    assert create_account(database_url, "admin", PASSWORD, None, admin=True).is_admin
