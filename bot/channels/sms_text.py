"""Shapes replies for SMS: numbered choices, GSM-7 characters, and segment counting."""

from __future__ import annotations

from typing import Any

# GSM 03.38 basic character set; the extension set costs two septets each.
_GSM7_BASIC = set(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
_GSM7_EXTENSION = set("^{}\\[~]|€")
# Characters our wording or people's text may hold that have a plain GSM-7 equivalent.
_PLAIN = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-", "\u2026": "..."})


def to_gsm7(text: str) -> str:
    return text.translate(_PLAIN)


def is_gsm7(text: str) -> bool:
    return all(ch in _GSM7_BASIC or ch in _GSM7_EXTENSION for ch in text)


def segments(text: str) -> int:
    """Returns how many SMS segments ``text`` needs (160/153 septets, or 70/67 UCS-2 characters)."""
    if is_gsm7(text):
        length = sum(2 if ch in _GSM7_EXTENSION else 1 for ch in text)
        single, multi = 160, 153
    else:
        length = len(text.encode("utf-16-le")) // 2
        single, multi = 70, 67
    return 1 if length <= single else -(-length // multi)


def render(message: dict[str, Any]) -> str:
    """Returns one bot message as SMS text, its choices as a numbered list to reply with.

    Only answers to the question are numbered; other buttons (like "Easy words") are left out,
    because their message already says the words to send, and numbers always mean the question.
    """
    lines = [message.get("text") or ""]
    buttons = [b for b in message.get("buttons") or [] if str(b.get("payload", "")).startswith("/choose")]
    if buttons:
        lines.append("Reply with a number:")
        lines.extend(f"{number} {button['title']}" for number, button in enumerate(buttons, start=1))
    return to_gsm7("\n".join(line for line in lines if line))


MAX_SEGMENTS = 3


def split_for_sms(text: str, max_segments: int = MAX_SEGMENTS) -> list[str]:
    """Splits a long reply into messages of at most ``max_segments`` segments each, at line
    breaks where possible and between words otherwise, so a long summary arrives as a few
    readable texts rather than one that some phones cut short."""
    pieces: list[str] = []
    for line in text.split("\n"):
        while segments(line) > max_segments:
            words, head = line.split(" "), ""
            for word in words:
                candidate = f"{head} {word}".strip()
                if head and segments(candidate) > max_segments:
                    break
                head = candidate
            head = head or line[: 153 * max_segments]
            pieces.append(head)
            line = line[len(head):].strip()
        pieces.append(line)
    messages, current = [], ""
    for piece in pieces:
        candidate = f"{current}\n{piece}" if current else piece
        if current and segments(candidate) > max_segments:
            messages.append(current)
            candidate = piece
        current = candidate
    if current:
        messages.append(current)
    return messages
