"""Checking the assistant's words: easy-read rules, readability grades and one word for one thing."""
