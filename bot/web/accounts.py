"""Staff accounts: creating them and checking a password at sign-in."""

from __future__ import annotations

import re
import time
import uuid
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from bot import clock
from bot.records.db import session_factory
from bot.records.models import StaffAccount

MIN_PASSWORD_LENGTH = 12
_USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,63}$")
_hasher = PasswordHasher()
# Checked against when the username is unknown, so sign-in takes as long either way.
_DUMMY_HASH = _hasher.hash("not a real password, only for timing")


class AccountError(ValueError):
    """The account cannot be created; the message says why."""


@dataclass(frozen=True)
class Staff:
    id: str
    username: str
    centre_id: str | None
    role: str

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"

    @property
    def own_centre(self) -> str | None:
        """The centre whose records this person may open and change; None (every centre) for an admin."""
        return None if self.is_admin else self.centre_id


def create_account(database_url: str, username: str, password: str, centre_id: str | None, admin: bool = False) -> Staff:
    username = username.strip().lower()
    if not _USERNAME.match(username):
        raise AccountError("Usernames are 2 to 64 letters, digits, dots, dashes or underscores.")
    if len(password) < MIN_PASSWORD_LENGTH:
        raise AccountError(f"Passwords need at least {MIN_PASSWORD_LENGTH} characters.")
    if not admin and not centre_id:
        raise AccountError("A staff account needs a centre (--centre); only admins see every centre.")
    account = StaffAccount(
        id=uuid.uuid4().hex, username=username, password_hash=_hasher.hash(password), centre_id=centre_id,
        role="admin" if admin else "staff", created_at=clock.utc_now(),
    )
    try:
        with session_factory(database_url).begin() as session:
            session.add(account)
    except IntegrityError:
        raise AccountError(f"There is already an account called {username}.") from None
    return Staff(account.id, account.username, account.centre_id, account.role)


def authenticate(database_url: str, username: str, password: str) -> Staff | None:
    """Returns the staff member if the password is right, else None."""
    with session_factory(database_url)() as session:
        account = session.execute(
            select(StaffAccount).where(StaffAccount.username == username.strip().lower())
        ).scalar_one_or_none()
    try:
        _hasher.verify(account.password_hash if account else _DUMMY_HASH, password)
    except (VerificationError, InvalidHashError):
        return None
    return Staff(account.id, account.username, account.centre_id, account.role) if account else None


def find_staff(database_url: str, staff_id: str) -> Staff | None:
    with session_factory(database_url)() as session:
        account = session.get(StaffAccount, staff_id)
    return Staff(account.id, account.username, account.centre_id, account.role) if account else None


class SignInThrottle:
    """At most ``tries`` wrong passwords for one username in ``minutes``; then it must wait.
    Kept in this process only: usernames are not personal data of the people reporting."""

    def __init__(self, tries: int = 5, minutes: float = 15):
        self.tries, self.seconds = tries, minutes * 60
        self._failures: dict[str, list[float]] = {}

    def _recent(self, key: str) -> list[float]:
        now = time.monotonic()
        return [t for t in self._failures.get(key, []) if now - t < self.seconds]

    def may_try(self, username: str) -> bool:
        return len(self._recent(username.strip().lower())) < self.tries

    def failed(self, username: str) -> None:
        key = username.strip().lower()
        if len(self._failures) > 10_000:  # many made-up usernames: keep only those still counting
            self._failures = {k: r for k in list(self._failures) if (r := self._recent(k))}
        self._failures[key] = [*self._recent(key), time.monotonic()]
