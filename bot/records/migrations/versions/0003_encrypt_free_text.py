"""Encrypt free text saved before encryption at rest (what_happened and the other own-words fields).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-21
"""
from alembic import op
import sqlalchemy as sa

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

FIELDS = ("what_happened", "characteristic_other", "preferred_outcome_text")
FERNET_PREFIX = "gAAAAA"  # every Fernet token starts so (version byte and timestamp)


def upgrade() -> None:
    connection = op.get_bind()
    rows = connection.execute(sa.text(f"SELECT record_id, {', '.join(FIELDS)} FROM incidents")).fetchall()
    plain = [row for row in rows if any(value and not value.startswith(FERNET_PREFIX) for value in row[1:])]
    if not plain:
        return
    from bot.config import load_settings

    cipher = load_settings().cipher()  # stops with a message naming RECORDS_ENCRYPTION_KEY if unset
    for record_id, *values in plain:
        encrypted = {
            field: value if (value is None or value.startswith(FERNET_PREFIX)) else cipher.encrypt(value)
            for field, value in zip(FIELDS, values)
        }
        connection.execute(
            sa.text(f"UPDATE incidents SET {', '.join(f'{f} = :{f}' for f in FIELDS)} WHERE record_id = :record_id"),
            {**encrypted, "record_id": record_id},
        )


def downgrade() -> None:
    pass  # decrypting back to plaintext is never wanted
