"""Safe to Say's custom actions, run by rasa_sdk's action server
(``python -m bot.rasa_patches run actions --actions actions``, which also gives calls that come
without the domain the one in domain.yml: bot.rasa_patches.action_domain)."""
