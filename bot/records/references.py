"""Short reference codes a person can quote later without identifying themselves."""

from __future__ import annotations

import re
import secrets

# No 0/O or 1/I, which are easily mixed up when read aloud or retyped from an SMS.
_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
REFERENCE_PATTERN = re.compile(r"^[A-Z0-9]{3}-[A-Z0-9]{3}$")
_TYPED = re.compile(rf"^[{_ALPHABET}]{{3}}([\s-]*)[{_ALPHABET}]{{3}}$", re.IGNORECASE)


def new_reference() -> str:
    """Returns a random code such as ``K7Q-M2X`` (32^6, about a billion, possibilities)."""
    chars = "".join(secrets.choice(_ALPHABET) for _ in range(6))
    return f"{chars[:3]}-{chars[3:]}"


def is_typed_reference(text: str) -> bool:
    """Whether the whole message is a reference code as people type one: any case, the halves
    joined by a dash or a space, or run together when the code has a digit ("k7qm2x"). Six
    letters run together are read as a word ("danger", "cancel"), never as a code."""
    match = _TYPED.match(text.strip())
    return bool(match) and (bool(match.group(1)) or any(ch.isdigit() for ch in text))
