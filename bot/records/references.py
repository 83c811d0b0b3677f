"""Short reference codes a person can quote later without identifying themselves."""

from __future__ import annotations

import re
import secrets

# No 0/O or 1/I, which are easily mixed up when read aloud or retyped from an SMS.
_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
REFERENCE_PATTERN = re.compile(r"^[A-Z0-9]{3}-[A-Z0-9]{3}$")


def new_reference() -> str:
    """Returns a random code such as ``K7Q-M2X`` (32^6, about a billion, possibilities)."""
    chars = "".join(secrets.choice(_ALPHABET) for _ in range(6))
    return f"{chars[:3]}-{chars[3:]}"
