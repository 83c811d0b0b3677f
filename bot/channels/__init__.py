"""Input channels: SMS (Twilio), Telegram and the centre's web chat, each in its own module."""
