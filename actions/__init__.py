"""Safe to Say's custom actions, run by rasa_sdk's action server (``rasa run actions --actions actions``)."""

from actions import domain

domain.install()  # calls come without the domain (endpoints.yml: enable_selective_domain)
