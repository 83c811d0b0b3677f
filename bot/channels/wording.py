"""What the channels say themselves, outside the assistant's conversation, in one place: the
message that could not be read (empty, not words, too long), too many messages at once, and the
assistant unable to answer. Each is in easy read (tests/test_wording.py), and each that is said
where a message could not be read says 999, since danger is answered whatever happens.

The assistant's own wording is in domain.yml; these are said before or instead of it.
"""

from __future__ import annotations

# The longest message any channel passes to the assistant (an SMS of 25 parts is about 4,000
# characters; the web page's box and the web channel take the same).
MAX_TEXT = 4000

# Said with every reply that is not the assistant's own: the easy-read danger words in domain.yml.
IN_DANGER = ('If you are in danger now, call 999. If you are deaf, you can text 999. First sign up. '
             'Text "register" to 999. Or call 18000 with the Relay app.')

EMPTY = "Sorry, that message was empty. Please send your message as text."
# A picture or a voice note may be a cry for help, and an overlong message may tell of danger: both say 999.
NOT_TEXT = f"Sorry, I can only read text messages, not pictures, stickers, voice notes or files. Please tell me in words. {IN_DANGER}"
TOO_LONG = f"Sorry, that message is too long for me. Please send it in a few shorter messages. {IN_DANGER}"
RATE_LIMITED = ("You are sending messages faster than I can read them. Please wait a minute, then send your "
                f"message again. {IN_DANGER}")
ACTIONS_UNAVAILABLE = f"Sorry, I cannot answer just now. Your answers are safe. Please send your last message again in a minute. {IN_DANGER}"
# The web page, when the assistant cannot be reached at all.
ASSISTANT_UNAVAILABLE = f"Sorry, the assistant is not available just now. Your answers are safe. Please try again in a minute. {IN_DANGER}"
