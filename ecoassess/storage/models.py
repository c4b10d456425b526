"""SQLAlchemy 2 typed models: the local store of factories, assessments, answers and evidence."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    Float,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from ecoassess.storage.types import UTCDateTime


class Base(DeclarativeBase):
    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON}


class Meta(Base):
    """What identifies this database file (`database_uuid`) and other facts about it."""

    __tablename__ = "ecoassess_meta"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Factory(Base):
    __tablename__ = "factory"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True)
    name_th: Mapped[str] = mapped_column(Text, default="")
    name_en: Mapped[str] = mapped_column(Text, default="")
    company_th: Mapped[str] = mapped_column(Text, default="")
    company_en: Mapped[str] = mapped_column(Text, default="")
    address: Mapped[str] = mapped_column(Text, default="")
    estate_kind: Mapped[str] = mapped_column(String(16), default="")
    estate: Mapped[str] = mapped_column(Text, default="")
    province: Mapped[str] = mapped_column(Text, default="")
    registration_no: Mapped[str] = mapped_column(Text, default="")
    tax_id: Mapped[str] = mapped_column(String(13), default="")
    branch: Mapped[str] = mapped_column(Text, default="")
    industry: Mapped[str] = mapped_column(Text, default="")
    employees_permanent: Mapped[int | None] = mapped_column(Integer)
    employees_outsourced: Mapped[int | None] = mapped_column(Integer)
    annual_revenue_baht: Mapped[float | None] = mapped_column(Float)
    size: Mapped[str | None] = mapped_column(String(8))
    contacts: Mapped[list[Any]] = mapped_column(default=list)
    certifications: Mapped[list[Any]] = mapped_column(default=list)
    application_type: Mapped[str] = mapped_column(String(16), default="new")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)

    assessments: Mapped[list[Assessment]] = relationship(back_populates="factory")


class Assessment(Base):
    __tablename__ = "assessment"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    factory_id: Mapped[int] = mapped_column(ForeignKey("factory.id"))
    scheme_id: Mapped[str] = mapped_column(String(64))
    scheme_version: Mapped[str] = mapped_column(String(32))
    assessment_date: Mapped[date | None] = mapped_column(Date)
    planned_audit_date: Mapped[date | None] = mapped_column(Date)
    signatory_name: Mapped[str] = mapped_column(Text, default="")
    signatory_position: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(16), default="draft")
    settings: Mapped[dict[str, Any]] = mapped_column(default=dict)
    last_page: Mapped[str] = mapped_column(String(32), default="")
    is_demo: Mapped[bool] = mapped_column(Boolean, default=False)
    carried_from: Mapped[str | None] = mapped_column(String(36))
    assessment_year: Mapped[int] = mapped_column(Integer)  # Common Era (migration 0003)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)

    factory: Mapped[Factory] = relationship(back_populates="assessments")
    answers: Mapped[list[Answer]] = relationship(cascade="all, delete-orphan", passive_deletes=True)
    evidence: Mapped[list[Evidence]] = relationship(cascade="all, delete-orphan", passive_deletes=True)
    actions: Mapped[list[Action]] = relationship(cascade="all, delete-orphan", passive_deletes=True)


class Answer(Base):
    __tablename__ = "answer"
    __table_args__ = (UniqueConstraint("assessment_id", "item_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    assessment_id: Mapped[str] = mapped_column(ForeignKey("assessment.id", ondelete="CASCADE"))
    item_id: Mapped[str] = mapped_column(String(32))
    value: Mapped[dict[str, Any]] = mapped_column(default=dict)
    status: Mapped[str] = mapped_column(String(16), default="not_started")
    not_applicable: Mapped[bool] = mapped_column(Boolean, default=False)
    justification: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)


class Evidence(Base):
    __tablename__ = "evidence"
    __table_args__ = (UniqueConstraint("assessment_id", "sha256"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    assessment_id: Mapped[str] = mapped_column(ForeignKey("assessment.id", ondelete="CASCADE"))
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    original_name: Mapped[str] = mapped_column(Text)
    size: Mapped[int] = mapped_column(Integer)
    media_type: Mapped[str] = mapped_column(String(128), default="application/octet-stream")
    description: Mapped[str] = mapped_column(Text, default="")
    document_date: Mapped[date | None] = mapped_column(Date)
    expiry: Mapped[date | None] = mapped_column(Date)
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime)

    links: Mapped[list[EvidenceLink]] = relationship(cascade="all, delete-orphan", passive_deletes=True)


class EvidenceLink(Base):
    __tablename__ = "evidence_link"

    evidence_id: Mapped[int] = mapped_column(
        ForeignKey("evidence.id", ondelete="CASCADE"), primary_key=True
    )
    item_id: Mapped[str] = mapped_column(String(32), primary_key=True)


class Action(Base):
    __tablename__ = "action"

    id: Mapped[int] = mapped_column(primary_key=True)
    assessment_id: Mapped[str] = mapped_column(ForeignKey("assessment.id", ondelete="CASCADE"))
    item_id: Mapped[str] = mapped_column(String(32))
    description: Mapped[str] = mapped_column(Text)
    owner: Mapped[str] = mapped_column(Text, default="")
    due_date: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16), default="open")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class History(Base):
    __tablename__ = "history"

    id: Mapped[int] = mapped_column(primary_key=True)
    assessment_id: Mapped[str] = mapped_column(
        ForeignKey("assessment.id", ondelete="CASCADE"), index=True
    )
    item_id: Mapped[str] = mapped_column(String(32))
    field: Mapped[str] = mapped_column(String(32))
    old_value: Mapped[Any] = mapped_column(JSON, nullable=True)
    new_value: Mapped[Any] = mapped_column(JSON, nullable=True)
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime)
