"""The store's tables as SQLAlchemy 2 typed ORM classes (the migrations create the same layout).

    studies          one row per NCT id: the raw record, its criteria sha, a few columns to filter on
    translations     machine translations of a study and their review state (pending → approved /
                     rejected / superseded), optimistic-lock version, per-criterion approvals
    audit_events     append-only log of every change (who, when, what before/after, why)
    api_tokens       hashed API tokens with a role
    translation_jobs translation work queued for workers (`service.queue`): one live job per study text
    change_counter   one row: the last change number given to a study (`service.changes`)

Timestamps are stored and returned as timezone-aware UTC on both SQLite and PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    DateTime,
    Dialect,
    Enum,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    event,
    text,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, Mapper, mapped_column, relationship
from sqlalchemy.types import TypeDecorator


class TranslationState(StrEnum):
    PENDING = "pending"
    APPROVED = "approved"  # approved == published: at most one per study
    REJECTED = "rejected"
    SUPERSEDED = "superseded"


class JobState(StrEnum):
    QUEUED = "queued"  # waiting (or waiting out a retry backoff) for a worker
    RUNNING = "running"  # claimed by a worker until its lease expires
    DONE = "done"
    FAILED = "failed"  # gave up after the last attempt; its error is kept


class Role(StrEnum):
    READER = "reader"
    EDITOR = "editor"
    ADMIN = "admin"


class UtcDateTime(TypeDecorator[datetime]):
    """A timestamp that goes in and comes out as aware UTC (SQLite keeps no time zone)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError(f"naive datetime {value!r}: pass an aware datetime (e.g. datetime.now(UTC))")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


# JSONB on PostgreSQL (indexable, compact); plain JSON text elsewhere.
JsonDoc = JSON().with_variant(JSONB(), "postgresql")
# The raw study record stays plain JSON on PostgreSQL too: JSONB would reorder its keys.
RawJson = JSON()
# Autoincrementing 64-bit ids on PostgreSQL; SQLite only autoincrements INTEGER PRIMARY KEY.
BigId = BigInteger().with_variant(Integer(), "sqlite")


def utcnow() -> datetime:
    return datetime.now(UTC)


def _enum(cls: type[StrEnum], name: str) -> Enum:
    # Stored as the value string with a CHECK constraint: portable and readable in SQL.
    return Enum(
        cls,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=16,
        values_callable=lambda members: [member.value for member in members],
        validate_strings=True,
    )


class Base(DeclarativeBase):
    pass


# Indexes created on SQLite alone (see StudyRow); schema comparisons on other databases leave them out.
SQLITE_ONLY_INDEXES = frozenset({"ix_studies_queue"})
# The search's trigram index (migration 0008), which the ORM does not model: SQLite's FTS5 table (and the shadow
# tables FTS5 keeps beside it) and PostgreSQL's GIN index.
SEARCH_INDEX_PREFIX = "studies_search"
SEARCH_INDEX_PG = "ix_studies_search_trgm"


def compared(dialect: str) -> Callable[[object, str | None, str, bool, object], bool]:
    """Alembic's `include_object` for a database of `dialect`: what its schema is compared on."""

    def include(_object: object, name: str | None, type_: str, _reflected: bool, _compare_to: object) -> bool:
        if type_ == "table" and name is not None and name.startswith(SEARCH_INDEX_PREFIX):
            return False
        if type_ == "index" and name == SEARCH_INDEX_PG:
            return False
        return not (type_ == "index" and name in SQLITE_ONLY_INDEXES and dialect != "sqlite")

    return include


class StudyRow(Base):
    __tablename__ = "studies"

    nct_id: Mapped[str] = mapped_column(String(16), primary_key=True)
    raw: Mapped[dict[str, Any]] = mapped_column(RawJson)
    criteria_sha: Mapped[str] = mapped_column(String(64))
    brief_title: Mapped[str | None] = mapped_column(Text)
    overall_status: Mapped[str | None] = mapped_column(String(40), index=True)
    recruiting: Mapped[bool] = mapped_column(Boolean, default=False)
    last_update_posted: Mapped[str | None] = mapped_column(String(10), comment="As CT.gov gives it: 2021-03[-04]")
    search_text: Mapped[str] = mapped_column(
        Text, default="", comment="Lower-case NCT id, titles, acronym, conditions, keywords: what queue search matches"
    )
    ingested_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)
    change: Mapped[int] = mapped_column(
        BigInteger,
        default=0,
        server_default="0",
        comment="Position in the change feed, given at commit in commit order (service.changes); 0 until then",
    )

    __table_args__ = (
        Index("ix_studies_updated_at_nct_id", "updated_at", "nct_id"),
        Index("ix_studies_change", "change", "nct_id"),
        # What the review queue reads of a study to order, filter and search it, so SQLite need not read the row:
        # a column stored after the raw record is reached only through its overflow pages. SQLite only, since
        # PostgreSQL keeps large records out of line already and refuses index entries over ~2.7 kB, which a
        # long search text can be.
        Index("ix_studies_queue", "nct_id", "recruiting", "search_text").ddl_if(dialect="sqlite"),
    )


class ChangeCounterRow(Base):
    """One row: the last change number given (service.changes). Writers lock it from numbering to commit."""

    __tablename__ = "change_counter"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    value: Mapped[int] = mapped_column(BigInteger)


class TranslationRow(Base):
    __tablename__ = "translations"

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    nct_id: Mapped[str] = mapped_column(String(16), ForeignKey("studies.nct_id", ondelete="CASCADE"))
    payload: Mapped[dict[str, Any]] = mapped_column(JsonDoc)
    backend: Mapped[str] = mapped_column(String(32))
    model: Mapped[str | None] = mapped_column(String(200))
    prompt_sha: Mapped[str | None] = mapped_column(String(64))
    source_sha: Mapped[str] = mapped_column(String(64))
    findings: Mapped[list[dict[str, Any]]] = mapped_column(JsonDoc)
    error_count: Mapped[int] = mapped_column(Integer)
    warning_count: Mapped[int] = mapped_column(Integer)
    concern_count: Mapped[int] = mapped_column(
        Integer, default=0, comment="Warnings about meaning rather than style (translator.findings.is_concern)"
    )
    checks_version: Mapped[str | None] = mapped_column(
        String(64), comment="translator.findings.CHECKS_VERSION of the findings; NULL: older than versioning"
    )
    state: Mapped[TranslationState] = mapped_column(_enum(TranslationState, "translation_state"))
    version: Mapped[int] = mapped_column(Integer)
    approved_by: Mapped[str | None] = mapped_column(String(200))
    approved_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    override_reason: Mapped[str | None] = mapped_column(Text)
    stale: Mapped[bool] = mapped_column(Boolean, default=False)
    criterion_shas: Mapped[list[dict[str, str]]] = mapped_column(
        JsonDoc, comment="[{id, sha}] of the criteria this translation renders, in document order"
    )
    criterion_approvals: Mapped[dict[str, dict[str, Any]]] = mapped_column(
        JsonDoc, comment="Criterion sha → approved bullets, by whom, when, from which translation"
    )
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)
    # the kinds of its findings, written with them (service.translations.findings_columns); read only by queries
    check_rows: Mapped[list[TranslationCheckRow]] = relationship(cascade="all, delete-orphan", passive_deletes=True)

    # The ORM adds `WHERE version = ?` to every UPDATE and bumps it: a second guard behind the
    # explicit If-Match check in the store.
    __mapper_args__: dict[str, Any] = {"version_id_col": version}  # noqa: RUF012
    __table_args__ = (
        Index("ix_translations_nct_id", "nct_id"),
        Index("ix_translations_reuse", "nct_id", "source_sha", "prompt_sha", "model"),
        # The queue's order and the study each row joins, so the queue is sorted and counted from the index alone.
        Index(
            "ix_translations_queue", "state", "error_count", "concern_count", "warning_count", "created_at", "nct_id"
        ),
        Index(
            "uq_translations_published",
            "nct_id",
            unique=True,
            postgresql_where=text("state = 'approved'"),
            sqlite_where=text("state = 'approved'"),
        ),
    )


class TranslationCheckRow(Base):
    """One kind of finding a translation has (a distinct `check` of its findings), so that the review queue narrowed
    to one kind reads an index rather than every pending translation's findings (migration 0009)."""

    __tablename__ = "translation_checks"

    check_name: Mapped[str] = mapped_column(String(80), primary_key=True)
    translation_id: Mapped[int] = mapped_column(
        BigId, ForeignKey("translations.id", ondelete="CASCADE"), primary_key=True
    )

    __table_args__ = (Index("ix_translation_checks_translation_id", "translation_id"),)


class AuditEventRow(Base):
    __tablename__ = "audit_events"

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime)
    actor: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(32))
    # No foreign keys: the log must outlive anything it mentions.
    nct_id: Mapped[str | None] = mapped_column(String(16), index=True)
    translation_id: Mapped[int | None] = mapped_column(BigInteger, index=True)
    before: Mapped[dict[str, Any] | None] = mapped_column(JsonDoc)
    after: Mapped[dict[str, Any] | None] = mapped_column(JsonDoc)
    reason: Mapped[str | None] = mapped_column(Text)


class ApiTokenRow(Base):
    __tablename__ = "api_tokens"

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[Role] = mapped_column(_enum(Role, "token_role"))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True, comment="sha256 hex of the secret")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    last_used_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


class TranslationJobRow(Base):
    __tablename__ = "translation_jobs"

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    nct_id: Mapped[str] = mapped_column(String(16), ForeignKey("studies.nct_id", ondelete="CASCADE"))
    source_sha: Mapped[str] = mapped_column(String(64), comment="The criteria text sha the job was queued for")
    backend: Mapped[str] = mapped_column(String(32))
    state: Mapped[JobState] = mapped_column(_enum(JobState, "job_state"))
    attempts: Mapped[int] = mapped_column(Integer, comment="Claims so far; also fences a worker whose lease lapsed")
    not_before: Mapped[datetime] = mapped_column(UtcDateTime, comment="Not claimed before (retry backoff)")
    claimed_by: Mapped[str | None] = mapped_column(String(200))
    claimed_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    lease_expires_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    last_error: Mapped[str | None] = mapped_column(Text)
    outcome: Mapped[str | None] = mapped_column(String(16), comment="translated / reused / obsolete")
    translation_id: Mapped[int | None] = mapped_column(BigInteger)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)
    finished_at: Mapped[datetime | None] = mapped_column(UtcDateTime)

    __table_args__ = (
        Index("ix_translation_jobs_claim", "state", "not_before", "id"),
        Index("ix_translation_jobs_nct_id", "nct_id"),
        # One live job per study text: enqueueing twice finds the first (and a race is refused here).
        Index(
            "uq_translation_jobs_live",
            "nct_id",
            "source_sha",
            unique=True,
            postgresql_where=text("state IN ('queued', 'running')"),
            sqlite_where=text("state IN ('queued', 'running')"),
        ),
    )


def _refuse_audit_change(_mapper: Mapper[Any], _connection: Any, target: AuditEventRow) -> None:
    raise RuntimeError(f"audit event {target.id} is append-only: record a new event instead of changing it")


# The database refuses too (triggers in the first migration); this stops it before any SQL is sent.
event.listen(AuditEventRow, "before_update", _refuse_audit_change)
event.listen(AuditEventRow, "before_delete", _refuse_audit_change)
