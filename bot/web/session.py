"""Signed, HttpOnly session cookies carrying the signed-in staff id, a CSRF token and the chat's
conversation token. Nothing in the cookie identifies a person who is reporting."""

from __future__ import annotations

import hmac
import secrets
from typing import Any

from itsdangerous import BadSignature, URLSafeTimedSerializer
from sanic.request import Request
from sanic.response import HTTPResponse

COOKIE = "sts_session"
MAX_AGE_SECONDS = 12 * 3600


class Sessions:
    def __init__(self, secret: str):
        self._serializer = URLSafeTimedSerializer(secret, salt="safe-to-say.session")

    @staticmethod
    def new() -> dict[str, Any]:
        """Returns an empty session with a fresh CSRF token."""
        return {"csrf": secrets.token_urlsafe(32)}

    def load(self, request: Request) -> dict[str, Any]:
        """Returns the request's session, or a new one with a fresh CSRF token."""
        raw = request.cookies.get(COOKIE)
        if raw:
            try:
                data = self._serializer.loads(raw, max_age=MAX_AGE_SECONDS)
                if isinstance(data, dict) and data.get("csrf"):
                    return data
            except BadSignature:
                pass
        return self.new()

    def save(self, response: HTTPResponse, session: dict[str, Any]) -> HTTPResponse:
        response.cookies[COOKIE] = self._serializer.dumps(session)
        cookie = response.cookies[COOKIE]
        cookie["httponly"] = True
        cookie["secure"] = True  # browsers accept Secure cookies from http://localhost too
        cookie["samesite"] = "Strict"
        cookie["path"] = "/"
        cookie["max-age"] = MAX_AGE_SECONDS
        return response

    @staticmethod
    def csrf_ok(request: Request, session: dict[str, Any]) -> bool:
        given = request.headers.get("X-CSRF-Token") or (request.form.get("csrf") if request.form else None) or ""
        return bool(given) and hmac.compare_digest(given.encode(), session["csrf"].encode())
