"""Create the anonymised incidents table.

Revision ID: 0001
Revises:
Create Date: 2026-11-21
"""
from alembic import op
import sqlalchemy as sa

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "incidents",
        sa.Column("record_id", sa.String(32), primary_key=True),
        sa.Column("reference", sa.String(7), nullable=False, unique=True),
        sa.Column("created_at", sa.DateTime(timezone=False), nullable=False),
        sa.Column("channel", sa.String(16), nullable=False),
        sa.Column("reporter_role", sa.String(32), nullable=False),
        sa.Column("characteristics", sa.JSON, nullable=False),
        sa.Column("characteristic_other", sa.String(200)),
        sa.Column("incident_types", sa.JSON, nullable=False),
        sa.Column("what_happened", sa.Text, nullable=False),
        sa.Column("incident_date", sa.Date),
        sa.Column("time_band", sa.String(16), nullable=False),
        sa.Column("location_area", sa.String(80)),
        sa.Column("location_type", sa.String(32), nullable=False),
        sa.Column("ongoing", sa.String(8), nullable=False),
        sa.Column("police_involvement_wanted", sa.String(8), nullable=False),
        sa.Column("anonymous", sa.Boolean, nullable=False),
        sa.Column("true_vision_status", sa.String(16), nullable=False),
        sa.Column("support_wanted", sa.JSON, nullable=False),
        sa.Column("preferred_outcome", sa.JSON, nullable=False),
        sa.Column("preferred_outcome_text", sa.String(500)),
        sa.Column("contact_route", sa.String(32), nullable=False),
        sa.Column("immediate_danger", sa.Boolean, nullable=False),
        sa.Column("signposted", sa.JSON, nullable=False),
        sa.Column("easy_read", sa.Boolean, nullable=False),
        sa.Column("language", sa.String(16), nullable=False),
        sa.Column("centre_id", sa.String(64)),
    )
    op.create_index("ix_incidents_created_at", "incidents", ["created_at"])


def downgrade() -> None:
    op.drop_index("ix_incidents_created_at", table_name="incidents")
    op.drop_table("incidents")
