"""A local stand-in for the Telegram Bot API: answers as Telegram does and records every call.

Only Telegram's remote API is replaced; the bot under test uses python-telegram-bot unchanged,
pointed here by TELEGRAM_API_BASE_URL.
"""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl

BOT_USER = {"id": 7000000001, "is_bot": True, "first_name": "Safe to Say", "username": "safe_to_say_test_bot"}


class TelegramStub:
    def __init__(self) -> None:
        self.calls: list[tuple[str, dict[str, Any]]] = []
        # sendMessage calls, all and by chat: a person reads their own chat's replies after every
        # message, so under load that read must not scan every call while holding the lock each
        # answer to the bot needs.
        self._sent: list[dict[str, Any]] = []
        self._sent_to: dict[int, list[dict[str, Any]]] = {}
        self._lock = threading.Lock()
        self._message_id = 0
        self._failing: dict[str, tuple[int, str]] = {}
        self._delays: dict[str, float] = {}
        self._losses: dict[str, int] = {}
        stub = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 (http.server's name)
                _, token_part, method = self.path.split("/", 2)
                length = int(self.headers.get("Content-Length") or 0)
                params = stub._parse(self.headers.get("Content-Type", ""), self.rfile.read(length))
                if stub._lost(method):
                    self.close_connection = True  # hang up without an answer, as a dropped connection does
                    return
                answer = stub._answer(method, params)
                body = json.dumps(answer).encode()
                self.send_response(200 if answer["ok"] else answer["error_code"])
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: Any) -> None:
                pass

        class Server(ThreadingHTTPServer):
            request_queue_size = 256  # many chats are answered at once, as Telegram allows
            daemon_threads = True

        self.server = Server(("127.0.0.1", 0), Handler)
        self.base_url = f"http://127.0.0.1:{self.server.server_address[1]}/bot"
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> "TelegramStub":
        self._thread.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self.server.shutdown()

    @staticmethod
    def _parse(content_type: str, raw: bytes) -> dict[str, Any]:
        if "json" in content_type:
            return json.loads(raw or b"{}")
        params: dict[str, Any] = {}
        for key, value in parse_qsl(raw.decode(), keep_blank_values=True):
            try:
                params[key] = json.loads(value)  # python-telegram-bot JSON-encodes complex fields
            except ValueError:
                params[key] = value
        return params

    def fail(self, method: str, code: int, description: str) -> None:
        """From now on ``method`` fails as Telegram reports failures (``ok: false``, a code and a
        description); ``recover(method)`` ends it."""
        self._failing[method] = (code, description)

    def recover(self, method: str) -> None:
        self._failing.pop(method, None)

    def lose(self, method: str, times: int = 1) -> None:
        """The next ``times`` calls of ``method`` are lost on the way: the connection closes with
        no answer, and nothing is sent."""
        self._losses[method] = times

    def _lost(self, method: str) -> bool:
        with self._lock:
            if self._losses.get(method, 0) > 0:
                self._losses[method] -= 1
                return True
            return False

    def slow(self, method: str, seconds: float) -> None:
        """Makes every call of ``method`` take ``seconds`` (0 ends it), as Telegram does when busy."""
        self._delays[method] = seconds

    def _answer(self, method: str, params: dict[str, Any]) -> dict[str, Any]:
        time.sleep(self._delays.get(method, 0))
        with self._lock:
            self.calls.append((method, params))
            if method in self._failing:
                code, description = self._failing[method]
                return {"ok": False, "error_code": code, "description": description}
            if method == "getMe":
                return {"ok": True, "result": BOT_USER}
            if method in {"sendMessage", "sendPhoto"}:
                self._message_id += 1
                message = {
                    "message_id": self._message_id, "date": int(time.time()), "from": BOT_USER,
                    "chat": {"id": int(params["chat_id"]), "type": "private"},
                }
                if "text" in params:
                    message["text"] = params["text"]
                if "reply_markup" in params:
                    message["reply_markup"] = params["reply_markup"]
                if method == "sendMessage":
                    self._sent.append(params)
                    self._sent_to.setdefault(int(params["chat_id"]), []).append(params)
                return {"ok": True, "result": message}
            if method in {"answerCallbackQuery", "setWebhook"}:
                return {"ok": True, "result": True}
            return {"ok": False, "error_code": 404, "description": "Not Found: method not found"}

    def sent(self, chat_id: int | None = None) -> list[dict[str, Any]]:
        """Returns the messages delivered so far (to one chat, if given): sendMessage calls Telegram
        answered with ok."""
        with self._lock:
            return list(self._sent if chat_id is None else self._sent_to.get(chat_id, []))

    def methods(self) -> list[str]:
        with self._lock:
            return [m for m, _ in self.calls]
