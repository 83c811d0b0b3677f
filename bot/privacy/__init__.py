"""Keeping personal identifiers out of everything the system writes."""
