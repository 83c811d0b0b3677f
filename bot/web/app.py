"""The staff web app: sign-in, the chat page (staff and public modes), and the dashboard.

Run with ``python -m bot web`` (``make run`` starts it). Settings: ``SESSION_SECRET``,
``WEB_CHANNEL_SECRET`` (shared with the Rasa server), ``RASA_URL``, ``WEB_PORT``, ``QUICK_EXIT_URL``.
The browser talks only to this app; this app talks to Rasa's web channel with a conversation
token it signed, so the browser never chooses a conversation id.
"""

from __future__ import annotations

import logging
from functools import wraps
from pathlib import Path
from typing import Any, Awaitable, Callable

from jinja2 import Environment, FileSystemLoader, select_autoescape
from sanic import Sanic, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.channels import conversation_token
from bot.channels.wording import ASSISTANT_UNAVAILABLE, MAX_TEXT
from bot.config import Settings
from bot.web import rasa_client
from bot.web.accounts import SignInThrottle, Staff, authenticate, find_staff
from bot.web.dashboard import Web, add_dashboard
from bot.web.session import Sessions
from bot.wording.pictures import picture_for

logger = logging.getLogger(__name__)
HERE = Path(__file__).resolve().parent


def with_pictures(reply: dict[str, Any]) -> dict[str, Any]:
    """Adds a symbol and its alt text to each choice that has a picture."""
    buttons = []
    for button in reply.get("buttons") or []:
        picture = picture_for(button)
        buttons.append({**button, "image": picture.url, "alt": picture.alt} if picture else button)
    return {**reply, "buttons": buttons} if buttons else reply


def create_app(settings: Settings, name: str = "safe_to_say_web") -> Sanic:
    settings.require("session_secret", "web_channel_secret", "records_encryption_key")
    app = Sanic(name)
    app.config.REQUEST_MAX_SIZE = 64 * 1024
    app.static("/static", str(HERE / "static"), name="static")
    templates = Environment(loader=FileSystemLoader(str(HERE / "templates")), autoescape=select_autoescape(["html"]))
    templates.globals["max_text"] = MAX_TEXT  # the chat box takes no more than a channel passes on
    sessions = Sessions(settings.session_secret)
    throttle = SignInThrottle()

    def page(name: str, session: dict[str, Any], status: int = 200, **context: Any) -> HTTPResponse:
        flash = session.pop("flash", None)
        html = templates.get_template(name).render(csrf=session["csrf"], quick_exit_url=settings.quick_exit_url, flash=flash, **context)
        reply = response.html(html, status=status)
        reply.headers["Cache-Control"] = "no-store"  # nothing from a report stays in the browser cache
        reply.headers["Content-Security-Policy"] = "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'"
        reply.headers["X-Content-Type-Options"] = "nosniff"
        reply.headers["Referrer-Policy"] = "no-referrer"
        return sessions.save(reply, session)

    def signed_in(session: dict[str, Any]) -> Staff | None:
        return find_staff(settings.database_url, session["staff"]) if session.get("staff") else None

    def staff_only(handler: Callable[..., Awaitable[HTTPResponse]]) -> Callable[..., Awaitable[HTTPResponse]]:
        """Sends anyone not signed in to the sign-in page; passes the session and staff member on."""

        @wraps(handler)
        async def guarded(request: Request, **params: Any) -> HTTPResponse:
            session = sessions.load(request)
            staff = signed_in(session)
            if staff is None:
                return sessions.save(response.redirect("/sign-in"), session)
            return await handler(request, session, staff, **params)

        return guarded

    def new_conversation(session: dict[str, Any], mode: str, staff: Staff | None) -> None:
        centre = staff.centre_id if staff else settings.centre_id
        session["mode"] = mode
        session["conversation"] = conversation_token.issue(settings.web_channel_secret, mode, centre)

    @app.get("/health")
    async def health(_: Request) -> HTTPResponse:
        return response.json({"status": "ok"})

    @app.get("/sign-in")
    async def sign_in_form(request: Request) -> HTTPResponse:
        return page("sign_in.html", sessions.load(request))

    @app.post("/sign-in")
    async def sign_in(request: Request) -> HTTPResponse:
        """Checks the password; a new session (and CSRF token) starts on success."""
        session = sessions.load(request)
        if not Sessions.csrf_ok(request, session):
            return page("sign_in.html", session, status=403, error="Your session expired. Please try again.")
        form = request.form or {}
        username = form.get("username", "")
        if not throttle.may_try(username):
            return page("sign_in.html", session, status=429, error="Too many tries. Please wait 15 minutes, then try again.")
        staff = authenticate(settings.database_url, username, form.get("password", ""))
        if staff is None:
            throttle.failed(username)
            return page("sign_in.html", session, status=401, error="That username or password is not right.")
        fresh = {**Sessions.new(), "staff": staff.id}  # a new session id on sign-in, never the old one
        return sessions.save(response.redirect("/"), fresh)

    @app.post("/sign-out")
    async def sign_out(request: Request) -> HTTPResponse:
        session = sessions.load(request)
        if not Sessions.csrf_ok(request, session):
            return response.text("Forbidden", status=403)
        return sessions.save(response.redirect("/sign-in"), Sessions.new())

    @app.get("/")
    @staff_only
    async def staff_chat(request: Request, session: dict[str, Any], staff: Staff) -> HTTPResponse:
        """The chat page for a signed-in centre worker recording a report with or for someone."""
        new_conversation(session, "staff", staff)
        return page("chat.html", session, staff=staff, mode="staff")

    @app.get("/public")
    async def public_chat(request: Request) -> HTTPResponse:
        """The chat page for a kiosk or the centre's website: no sign-in, channel "web"."""
        session = sessions.load(request)
        new_conversation(session, "web", None)
        return page("chat.html", session, staff=None, mode="web")

    @app.post("/chat/message")
    async def chat_message(request: Request) -> HTTPResponse:
        """Passes one message to the assistant in this browser's conversation."""
        session = sessions.load(request)
        if not Sessions.csrf_ok(request, session) or not session.get("conversation"):
            return response.json({"error": "Please reload the page."}, status=403)
        body = request.json if isinstance(request.json, dict) else {}
        message = str(body.get("message") or "").strip()
        if not message or len(message) > MAX_TEXT:
            return response.json({"error": f"Please type a message (up to {MAX_TEXT} letters)."}, status=400)
        try:
            replies = await rasa_client.send(settings.rasa_url, session["conversation"], message)
        except rasa_client.AssistantUnavailable as error:
            logger.error("Web chat: assistant unavailable (%s)", error)
            return response.json({"error": ASSISTANT_UNAVAILABLE}, status=503)
        return response.json({"messages": [with_pictures(reply) for reply in replies]})

    @app.post("/chat/leave")
    async def chat_leave(request: Request) -> HTTPResponse:
        """Forgets this browser's conversation (the quick-exit button calls it on the way out)."""
        session = sessions.load(request)
        if not Sessions.csrf_ok(request, session):
            return response.text("Forbidden", status=403)
        session.pop("conversation", None)
        return sessions.save(response.empty(), session)

    add_dashboard(app, Web(settings, page, sessions), staff_only)
    return app
