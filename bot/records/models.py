"""The incident table. One row is one anonymised report; list fields are JSON arrays."""

from __future__ import annotations

from sqlalchemy import JSON, Boolean, Column, Date, DateTime, ForeignKey, Index, String, Text
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class Incident(Base):
    __tablename__ = "incidents"

    record_id = Column(String(32), primary_key=True)
    reference = Column(String(7), nullable=False, unique=True)
    created_at = Column(DateTime(timezone=False), nullable=False)  # UTC
    channel = Column(String(16), nullable=False)
    reporter_role = Column(String(32), nullable=False)
    characteristics = Column(JSON, nullable=False)
    characteristic_other = Column(String(200))
    incident_types = Column(JSON, nullable=False)
    what_happened = Column(Text, nullable=False, default="")
    incident_date = Column(Date)
    time_band = Column(String(16), nullable=False)
    location_area = Column(String(80))
    location_type = Column(String(32), nullable=False)
    ongoing = Column(String(8), nullable=False)
    police_involvement_wanted = Column(String(8), nullable=False)
    anonymous = Column(Boolean, nullable=False, default=True)
    true_vision_status = Column(String(16), nullable=False)
    support_wanted = Column(JSON, nullable=False)
    preferred_outcome = Column(JSON, nullable=False)
    preferred_outcome_text = Column(String(500))
    contact_route = Column(String(32), nullable=False)
    immediate_danger = Column(Boolean, nullable=False, default=False)
    signposted = Column(JSON, nullable=False)
    easy_read = Column(Boolean, nullable=False, default=False)
    language = Column(String(16), nullable=False, default="en")
    centre_id = Column(String(64))
    # Outside the contract's record: the centre's follow-up.
    police_reference = Column(String(40))  # True Vision's reference once staff submitted the form
    true_vision_updated_at = Column(DateTime(timezone=False))  # UTC
    # The conversation had crisis words and the crisis lines were given (bot.safety.crisis).
    wellbeing_concern = Column(Boolean, nullable=False, default=False)

    __table_args__ = (
        Index("ix_incidents_created_at", "created_at"),
        Index("ix_incidents_centre_created", "centre_id", "created_at"),
    )


class OutcomeNote(Base):
    """A note in plain words from staff to the person, read back when they ask for an update."""

    __tablename__ = "outcome_notes"

    id = Column(String(32), primary_key=True)
    record_id = Column(String(32), ForeignKey("incidents.record_id", ondelete="CASCADE"), nullable=False, index=True)
    note = Column(Text, nullable=False)  # encrypted, like the person's own words
    staff_username = Column(String(64), nullable=False)
    created_at = Column(DateTime(timezone=False), nullable=False)  # UTC


class LocalService(Base):
    """A service a centre added to the national directory for its own area."""

    __tablename__ = "local_services"

    id = Column(String(64), primary_key=True)
    centre_id = Column(String(64), nullable=False, index=True)
    name = Column(String(120), nullable=False)
    contact = Column(String(200), nullable=False)
    serves = Column(JSON, nullable=False)
    needs = Column(JSON, nullable=False)
    access = Column(JSON, nullable=False)  # bsl, easy_read, languages, 24_hours
    created_at = Column(DateTime(timezone=False), nullable=False)


class StaffAccount(Base):
    """A centre worker who signs in to the web chat. Only an argon2 hash of the password is kept."""

    __tablename__ = "staff_accounts"

    id = Column(String(32), primary_key=True)
    username = Column(String(64), nullable=False, unique=True)
    password_hash = Column(String(255), nullable=False)
    centre_id = Column(String(64))
    role = Column(String(16), nullable=False, default="staff")  # staff | admin
    created_at = Column(DateTime(timezone=False), nullable=False)
