"""Whatever a library logs, the line that reaches a handler is redacted."""

import logging

from bot.privacy.logs import RedactingFilter


def test_a_log_line_with_a_number_and_a_name_is_redacted(caplog):
    logger = logging.getLogger("some.library")
    caplog.handler.addFilter(RedactingFilter())
    with caplog.at_level(logging.INFO):
        logger.info("message from %s: ring %s or jo@example.com", "+447700900123", "07700 900123")
        logger.info("Rasa server is up and running on http://127.0.0.1:5005")
        try:
            raise ValueError("bad input: jane@example.com")
        except ValueError:
            logger.exception("failed for %s", "07700 900124")
    text = caplog.text
    for planted in ("7700900123", "07700 900123", "jo@example.com", "jane@example.com", "07700 900124"):
        assert planted not in text
    assert "failed for [PHONE]" in text
    assert "Rasa server is up and running on http://127.0.0.1:5005" in text  # service lines stay readable


def test_a_malformed_log_call_does_not_raise_or_leak(caplog):
    caplog.handler.addFilter(RedactingFilter())
    with caplog.at_level(logging.INFO):
        logging.getLogger("x").info("two %s %s", "07700 900125")
    assert "07700 900125" not in caplog.text


def test_a_traceback_is_redacted_too():
    import io

    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(RedactingFilter())
    logger = logging.getLogger("traceback.test")
    logger.addHandler(handler)
    try:
        raise ValueError("bad input from jane@example.com")
    except ValueError:
        logger.exception("failed")
    logger.removeHandler(handler)
    assert "ValueError: bad input from [EMAIL]" in stream.getvalue()
    assert "jane@example.com" not in stream.getvalue()
