"""Replacing one attribute of Rasa's or rasa_sdk's classes, keeping the original as ``__wrapped__``."""

from __future__ import annotations

from typing import Any, Callable


def replace(owner: type, name: str, new: Callable[..., Any], static: bool = False) -> None:
    """Puts ``new`` in place of ``owner.name`` once; the original stays on it as ``__wrapped__``.
    Replacing again is a no-op, so nothing is ever wrapped twice."""
    current = owner.__dict__.get(name)
    current = current.__func__ if isinstance(current, (staticmethod, classmethod)) else current
    if current is not None and hasattr(current, "__wrapped__"):
        return
    new.__wrapped__ = getattr(owner, name)  # type: ignore[attr-defined]
    setattr(owner, name, staticmethod(new) if static else new)


def original(owner: type, name: str) -> Callable[..., Any]:
    """``owner.name`` as Rasa wrote it, replaced or not."""
    current = getattr(owner, name)
    return getattr(current, "__wrapped__", current)
