"""A logging filter that redacts every log line, whatever library wrote it.

Installed on every handler by ``logging.yml`` (``rasa run --logging-config-file logging.yml``, and
the same for the action server). Our own code logs pseudonymous ids only; this is the net under
libraries whose log lines may carry a number, an email or an address.

Names are not looked for here: log lines are written by code, whose own words ("Rasa server",
"Action Server") look like names to the redactor, and a person's name could only arrive in a log
inside message text, which nothing logs (the canary test checks both).
"""

from __future__ import annotations

import logging

from bot.privacy.redact import redact


class RedactingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a malformed log call must not stop the program, nor leak its arguments
            message = str(record.msg)
        cleaned = redact(message, names=False)
        if cleaned != message or record.args:
            record.msg, record.args = cleaned, None
        if record.exc_info and not record.exc_text:
            # Formatted here so the traceback is redacted too; handlers reuse exc_text as it is.
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text, names=False)
        return True
