"""The error that stops start-up with a message for the person running the assistant.

Its own module, so the modules that check settings (bot.config, bot.privacy.encryption) need
not import each other.
"""


class SettingsError(RuntimeError):
    """A setting is missing or malformed; the message names it."""
