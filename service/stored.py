"""What the store hands out: pydantic snapshots of its rows, never the ORM objects themselves.

The API builds its public schemas (`TrialPublic`, `TranslationReview`…) from these; they are not
API schemas themselves, so the store can carry fields the public never sees.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any, Generic, TypeVar

from pydantic import BaseModel, ConfigDict, Field

from service.tables import Role, TranslationState
from translator.findings import Finding
from translator.translation import Bullet, Translation

T = TypeVar("T")


class IngestOutcome(StrEnum):
    NEW = "new"  # the study was not in the store
    CHANGED = "changed"  # its criteria text changed: the published translation is now stale
    UPDATED = "updated"  # other fields changed (status, dates…); the criteria text did not
    UNCHANGED = "unchanged"  # the record is identical to the stored one


class AuditAction(StrEnum):
    INGESTED = "ingested"
    SOURCE_CHANGED = "source_changed"
    RECORD_UPDATED = "record_updated"
    GENERATED = "generated"
    EDITED = "edited"
    APPROVED = "approved"
    OVERRIDDEN = "overridden"
    PUBLISHED = "published"
    REJECTED = "rejected"
    SUPERSEDED = "superseded"
    MARKED_STALE = "marked_stale"
    STALE_CLEARED = "stale_cleared"
    RECHECKED = "rechecked"
    REOPENED = "reopened"
    TOKEN_CREATED = "token_created"
    TOKEN_REVOKED = "token_revoked"


class _Snapshot(BaseModel):
    model_config = ConfigDict(frozen=True)


class StoredStudy(_Snapshot):
    nct_id: str
    criteria_sha: str = Field(description="sha256 of the eligibilityCriteria text as last ingested.")
    brief_title: str | None
    overall_status: str | None = Field(description="CT.gov overallStatus, e.g. 'RECRUITING'.")
    recruiting: bool = Field(description="Open to patients now or soon (recruiting, by invitation, not yet).")
    last_update_posted: str | None = Field(description="CT.gov's last update date as given: '2021-03[-04]'.")
    ingested_at: datetime
    updated_at: datetime = Field(description="Last change of the record or of its published translation.")
    change: int = Field(description="That change's number in the change feed: higher numbers committed later.")
    raw: dict[str, Any] = Field(repr=False, description="The full CT.gov record as ingested.")


class CriterionApproval(_Snapshot):
    """An editor's approval of how one criterion (by content sha) is rendered."""

    criterion_id: str = Field(description="The criterion's id in the translation this approval is shown for.")
    criterion_sha: str
    renderings: list[list[Bullet]] = Field(
        description="The bullets citing the criterion when it was approved: one list per occurrence "
        "(identical criterion text can appear twice, e.g. in two cohorts)."
    )
    approved_by: str
    approved_at: datetime
    translation_id: int = Field(description="The translation in which it was approved.")
    carried: bool = Field(default=False, description="Carried over from an earlier translation of the study.")


class StoredTranslation(_Snapshot):
    id: int
    nct_id: str
    translation: Translation
    findings: list[Finding]
    error_count: int
    warning_count: int
    concern_count: int = Field(description="Warnings about what a bullet says rather than how it reads.")
    checks_version: str | None = Field(
        default=None, description="The edition of the checks that made the findings (translator.findings)."
    )
    state: TranslationState
    version: int = Field(description="Optimistic-lock version: send it back as If-Match / expected_version.")
    backend: str
    model: str | None
    prompt_sha: str | None
    source_sha: str
    stale: bool = Field(
        description="Published, but the study's criteria text has changed since (or now parses into other criteria)."
    )
    approved_by: str | None
    approved_at: datetime | None
    override_reason: str | None = Field(description="Why it was approved despite error findings.")
    criterion_shas: dict[str, str] = Field(description="Criterion id → content sha of the rendered source.")
    approvals: list[CriterionApproval] = Field(
        description="Per-criterion approvals, own or carried over: one per criterion id with an approved text."
    )
    criteria_to_review: list[str] = Field(
        description="Criterion ids an editor still has to look at: no approval for their text, or bullets "
        "that differ from the approved ones. Empty when no criterion shas were recorded."
    )
    created_at: datetime
    updated_at: datetime


class QueueEntry(_Snapshot):
    """A pending translation in the review queue, with what the queue ranks it by."""

    translation: StoredTranslation
    brief_title: str | None
    conditions: list[str]
    overall_status: str | None
    recruiting: bool


class AuditEntry(_Snapshot):
    id: int
    at: datetime
    actor: str = Field(description="Name of the token (or system user) that made the change.")
    action: str = Field(description="An AuditAction value.")
    nct_id: str | None
    translation_id: int | None
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    reason: str | None


class TokenInfo(_Snapshot):
    id: int
    name: str
    role: Role
    created_at: datetime
    last_used_at: datetime | None
    revoked_at: datetime | None


class Page(BaseModel, Generic[T]):
    """One page of a keyset-paginated listing; pass `next_cursor` back to get the next page."""

    model_config = ConfigDict(frozen=True)

    items: list[T]
    next_cursor: str | None = Field(description="Opaque; None on the last page.")
    total: int | None = Field(
        default=None, description="How many items the whole listing holds, over every page, where it is counted."
    )
