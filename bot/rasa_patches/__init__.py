"""Every change Safe to Say makes to the internals of Rasa and rasa_sdk, in one place.

Each fixes one thing in the pinned releases (their modules say what and how it was measured) and
keeps Rasa's original on the replacement as ``__wrapped__``:

- ``action_guard``: a custom action that cannot run ends the turn, unsaved, instead of half of it
  being kept (``ActionServerUnavailable``).
- ``rest_channel``: Rasa's REST channel (``make chat``) answers such a turn with a reply.
- ``speedups``: the action-response check, event classes by name, DIET's one graph, kept HTTP
  sessions to the action server.
- ``parse_cache``: short answers read by the model once.
- ``applied_events``: Rasa's applied events without ``isinstance`` against abstract classes.
- ``action_domain`` (action server): calls without the domain get the one read from domain.yml.
- ``action_server`` (action server): the outbox's flush starts when the server does, and idle
  connections are held open as long as Rasa holds its own.

The one start-up point is ``install()``. Every process that runs Rasa starts through
``python -m bot.rasa_patches <rasa arguments>`` (``make run``, training, ``rasa test``, the tests'
servers), which installs them and runs Rasa's command line; code that loads a model in its own
process (the test suite's conftest, the benchmarks) calls ``install()`` first. Our channels and the
safety layer refuse to run in a Rasa that was started without them (``require_installed``), so
no Rasa server can run a different Rasa from another. ``install()`` refuses to start on any
release of Rasa or rasa_sdk other than the pinned ones: the patches are written against them.
"""

from __future__ import annotations

import sys
from importlib.metadata import PackageNotFoundError, version

PINNED = {"rasa": "3.6.21", "rasa-sdk": "3.6.2"}

_installed = False


class UnsupportedVersion(RuntimeError):
    """Rasa or rasa_sdk is not the release these patches were written against."""


def check_versions(installed: dict[str, str | None] | None = None) -> None:
    """Raises UnsupportedVersion, saying what to install, unless the pinned releases are installed."""
    found = installed if installed is not None else {name: _installed_version(name) for name in PINNED}
    wrong = {name: found.get(name) for name, pinned in PINNED.items() if found.get(name) != pinned}
    if wrong:
        said = ", ".join(f"{name} {have or 'not installed'} (needs {PINNED[name]})" for name, have in wrong.items())
        raise UnsupportedVersion(
            f"Safe to Say changes Rasa's internals and is written against rasa {PINNED['rasa']} and "
            f"rasa-sdk {PINNED['rasa-sdk']}; this environment has {said}. Run `make install` "
            f"(it installs the pinned releases from constraints.txt) and start again.")


def _installed_version(name: str) -> str | None:
    try:
        return version(name)
    except PackageNotFoundError:
        return None


def install() -> None:
    """Checks the releases and installs every patch, once per process."""
    global _installed
    if _installed:
        return
    check_versions()
    from bot.rasa_patches import (
        action_domain, action_guard, action_server, applied_events, parse_cache, rest_channel, speedups,
    )

    for patch in (action_guard, rest_channel, speedups, parse_cache, applied_events, action_domain, action_server):
        patch.install()
    _installed = True


def command() -> list[str]:
    """Rasa's command line with these changes, for a subprocess (run in the project's directory):
    give it what you would give ``rasa``."""
    return [sys.executable, "-m", "bot.rasa_patches"]


def require_installed(what: str) -> None:
    """Refuses to go on in a process started without the patches (plain ``rasa run``)."""
    if not _installed:
        raise RuntimeError(
            f"{what} needs Safe to Say's changes to Rasa: start Rasa with "
            "`.venv/bin/python -m bot.rasa_patches <arguments>` (as `make run` does), not `rasa`.")
