"""Follow-up after the conversation: True Vision status changes with the police reference, outcome
notes for the person, a centre's local services, and an index for per-centre monthly counts.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-21
"""
from alembic import op
import sqlalchemy as sa

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("incidents") as batch:
        batch.add_column(sa.Column("police_reference", sa.String(40)))
        batch.add_column(sa.Column("true_vision_updated_at", sa.DateTime(timezone=False)))
    op.create_index("ix_incidents_centre_created", "incidents", ["centre_id", "created_at"])
    op.create_table(
        "outcome_notes",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("record_id", sa.String(32), sa.ForeignKey("incidents.record_id", ondelete="CASCADE"), nullable=False, index=True),
        sa.Column("note", sa.Text, nullable=False),
        sa.Column("staff_username", sa.String(64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=False), nullable=False),
    )
    op.create_table(
        "local_services",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("centre_id", sa.String(64), nullable=False, index=True),
        sa.Column("name", sa.String(120), nullable=False),
        sa.Column("contact", sa.String(200), nullable=False),
        sa.Column("serves", sa.JSON, nullable=False),
        sa.Column("needs", sa.JSON, nullable=False),
        sa.Column("access", sa.JSON, nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=False), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("local_services")
    op.drop_table("outcome_notes")
    op.drop_index("ix_incidents_centre_created", "incidents")
    with op.batch_alter_table("incidents") as batch:
        batch.drop_column("true_vision_updated_at")
        batch.drop_column("police_reference")
