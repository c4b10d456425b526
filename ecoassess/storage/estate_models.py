"""SQLAlchemy models of the estate view: estates, linked factories, snapshots, cached results and
the officer's requirement statuses. Kept apart from a factory's own assessments: a snapshot is
never an assessment row, so both can live in one database without mixing."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, deferred, mapped_column

from ecoassess.storage.models import Base


class Estate(Base):
    __tablename__ = "estate"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True)
    name_th: Mapped[str] = mapped_column(Text, default="")
    name_en: Mapped[str] = mapped_column(Text, default="")
    ieat: Mapped[bool] = mapped_column(Boolean, default=False)  # from the IEAT list
    province_th: Mapped[str] = mapped_column(Text, default="")
    province_en: Mapped[str] = mapped_column(Text, default="")
    framework_id: Mapped[str] = mapped_column(String(64))
    settings: Mapped[dict[str, Any]] = mapped_column(default=dict)
    is_demo: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class EstateFactory(Base):
    """A factory linked to an estate, recognised across years by its identity key."""

    __tablename__ = "estate_factory"
    __table_args__ = (UniqueConstraint("estate_id", "identity"), UniqueConstraint("estate_id", "code"))

    id: Mapped[int] = mapped_column(primary_key=True)
    estate_id: Mapped[int] = mapped_column(ForeignKey("estate.id", ondelete="CASCADE"), index=True)
    identity: Mapped[str] = mapped_column(String(120), index=True)
    code: Mapped[str] = mapped_column(String(8))
    name_th: Mapped[str] = mapped_column(Text, default="")
    name_en: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)


class EstateSnapshot(Base):
    """One factory self-assessment as imported: its answers and evidence metadata, never files
    or contact details; `facts` holds what the estate view reads without the document."""

    __tablename__ = "estate_snapshot"
    __table_args__ = (UniqueConstraint("estate_id", "assessment_id", "content_hash"),
                      Index("ix_estate_snapshot_factory", "estate_id", "factory_id"))

    id: Mapped[int] = mapped_column(primary_key=True)
    estate_id: Mapped[int] = mapped_column(ForeignKey("estate.id", ondelete="CASCADE"))
    factory_id: Mapped[int] = mapped_column(ForeignKey("estate_factory.id", ondelete="CASCADE"))
    assessment_id: Mapped[str] = mapped_column(String(36))
    content_hash: Mapped[str] = mapped_column(String(64))
    scheme_id: Mapped[str] = mapped_column(String(64))
    scheme_version: Mapped[str] = mapped_column(String(32))
    mapped_from: Mapped[str | None] = mapped_column(String(32))
    assessment_date: Mapped[date | None] = mapped_column(Date)
    imported_at: Mapped[datetime] = mapped_column(DateTime)
    source: Mapped[str] = mapped_column(String(16))  # "file" | "local" | "demo"
    source_name: Mapped[str] = mapped_column(Text, default="")
    consent: Mapped[bool] = mapped_column(Boolean, default=False)
    facts: Mapped[dict[str, Any]] = mapped_column(default=dict)
    # Loaded only to (re)score: the estate view reads facts and cached results.
    document: Mapped[dict[str, Any]] = deferred(mapped_column(JSON, default=dict))


class EstateResult(Base):
    """The scoring engine's result for a snapshot, valid for one scheme and engine version."""

    __tablename__ = "estate_result"

    snapshot_id: Mapped[int] = mapped_column(
        ForeignKey("estate_snapshot.id", ondelete="CASCADE"), primary_key=True)
    content_hash: Mapped[str] = mapped_column(String(64))
    scheme_fingerprint: Mapped[str] = mapped_column(String(64))
    engine_version: Mapped[str] = mapped_column(String(64))
    summary: Mapped[dict[str, Any]] = mapped_column(default=dict)
    computed_at: Mapped[datetime] = mapped_column(DateTime)


class EstateRequirement(Base):
    """The officer's status of one framework requirement item (or an item the officer added)."""

    __tablename__ = "estate_requirement"
    __table_args__ = (UniqueConstraint("estate_id", "requirement_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    estate_id: Mapped[int] = mapped_column(ForeignKey("estate.id", ondelete="CASCADE"), index=True)
    requirement_id: Mapped[str] = mapped_column(String(64))
    level_id: Mapped[str] = mapped_column(String(64))
    custom: Mapped[bool] = mapped_column(Boolean, default=False)
    type: Mapped[str] = mapped_column(String(16), default="scored")
    title_th: Mapped[str] = mapped_column(Text, default="")
    title_en: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(16), default="not_assessed")
    points: Mapped[float | None] = mapped_column(Float)
    points_max: Mapped[float | None] = mapped_column(Float)
    evidence: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")
    assessed_on: Mapped[date | None] = mapped_column(Date)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
