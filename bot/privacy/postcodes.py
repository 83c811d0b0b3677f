"""UK postcodes cut to their district ("SO14 3AB" to "SO14"): a full postcode can point to a few
houses, the district to thousands. Used by the redaction of everything written and by the reading
of where an incident happened."""

from __future__ import annotations

import re

# A full UK postcode: outward code (district) then inward code, e.g. "SO14 3AB", "sw1a1aa".
FULL_POSTCODE = re.compile(r"\b([A-Z]{1,2}[0-9][A-Z0-9]?)\s*([0-9][A-Z]{2})\b", re.IGNORECASE)


def cut_postcodes(text: str) -> str:
    """Replaces every full postcode in ``text`` with its district: "SO14 3AB" becomes "SO14"."""
    return FULL_POSTCODE.sub(lambda m: m.group(1).upper(), text)
