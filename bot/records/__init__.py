"""Anonymised incident records: the table, its migrations, saving and reading back."""
