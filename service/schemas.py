"""The API's answers, by role: what readers get (`…Public`), what editors get (`…Review`), and the
`Problem` every error answers with. What clients send lives in `service.bodies`.

They are built from the store's snapshots (`service.stored`) and the translator's contract models;
the translation JSON itself (`translator.translation.Translation`) is served as it is.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
)

from service.tables import TranslationState
from translator.criteria import Logic, SectionKind
from translator.findings import Finding
from translator.translation import Translation

MAX_ID = 2**63 - 1  # ids are 64-bit in the store


class _Public(BaseModel):
    model_config = ConfigDict(frozen=True)


# ---------------------------------------------------------------- errors


class FieldProblem(_Public):
    field: str = Field(description="Where the problem is: 'body.criteria_text', 'query.limit', 'header.if-match'…")
    message: str
    type: str = Field(description="Machine-readable kind, e.g. 'missing', 'string_too_long', 'extra_forbidden'.")


class Problem(_Public):
    """Every error answer (RFC 9457 fields): what went wrong and what to do about it."""

    type: str = Field(description="Machine-readable kind, e.g. 'not_found', 'version_conflict', 'validation_error'.")
    title: str = Field(description="The HTTP status phrase, e.g. 'Not Found'.")
    status: int
    detail: str = Field(description="What was wrong and what to do, for people.")
    errors: list[FieldProblem] = Field(default_factory=list, description="One entry per invalid field, if any.")
    data: dict[str, Any] = Field(default_factory=dict, description="Facts about the error, e.g. current_version.")


# ---------------------------------------------------------------- trials (readers)


class EligibilityState(StrEnum):
    PUBLISHED = "published"  # an approved translation is served (check `stale`)
    PENDING = "pending"  # translated, waiting for an editor
    REJECTED = "rejected"  # the newest translation was rejected; none is published
    UNTRANSLATED = "untranslated"


class SectionPublic(_Public):
    kind: SectionKind
    label: str | None = Field(description="The header as written (without its colon), or None if implied.")
    cohort: str | None
    start: int = Field(description="Offset of the section in original_text (Python string index).")
    end: int


class CriterionPublic(_Public):
    id: str = Field(description="Stable id: 'I3' third inclusion criterion, 'E2.1' first sub-item of E2, 'O1'.")
    kind: SectionKind
    section: int = Field(description="Index into eligibility.sections.")
    parent: str | None
    depth: int
    start: int = Field(description="Span of the criterion's own text in original_text (children excluded).")
    end: int
    text: str = Field(description="Clean text: CT.gov escapes undone, hard wraps joined.")
    logic: Logic | None = Field(description="How the sub-items combine, when the text says so.")
    children: list[str]


class FindingsSummary(_Public):
    """What today's checks find in the published translation. Errors that are not `overridden` were found by newer
    checks after the approval (`trialplain recheck`): the translation is still served, and a copy of it waits in the
    review queue for an editor."""

    error_count: int
    warning_count: int
    checks: dict[str, int] = Field(description="Findings per check, e.g. {'reading_grade': 2}.")
    overridden: bool = Field(description="Approved despite error findings, with a written reason.")


class EligibilityPublic(_Public):
    original_text: str = Field(description="The record's eligibilityCriteria, byte for byte.")
    sex: str | None
    minimum_age: str | None = Field(description="As the record gives it, e.g. '18 Years'.")
    maximum_age: str | None
    std_ages: list[str]
    healthy_volunteers: bool | None
    sections: list[SectionPublic]
    criteria: list[CriterionPublic] = Field(description="Every criterion in document order, with its span.")
    state: EligibilityState
    translation_id: int | None = Field(description="Id of the published translation, if any.")
    translation: Translation | None = Field(description="The published (editor-approved) translation, or null.")
    findings: FindingsSummary | None = Field(description="Fidelity findings of the published translation.")
    approved_by: str | None
    approved_at: datetime | None
    stale: bool = Field(
        description=(
            "The criteria text changed since the translation was approved, or a newer parser splits it into other "
            "criteria than the translation cites (still served until a new translation is approved)."
        )
    )


class StatusPublic(_Public):
    overall_status: str | None
    recruiting: bool = Field(description="Open to patients now or soon.")
    last_known_status: str | None
    why_stopped: str | None


class DesignPublic(_Public):
    study_type: str | None
    phases: list[str]
    allocation: str | None
    intervention_model: str | None
    primary_purpose: str | None
    masking: str | None


class EnrollmentPublic(_Public):
    count: int | None
    type: str | None = Field(description="ACTUAL or ESTIMATED.")


class ArmPublic(_Public):
    label: str | None
    type: str | None
    description: str | None
    interventions: list[str]


class InterventionPublic(_Public):
    type: str | None
    name: str | None
    description: str | None
    other_names: list[str]
    arms: list[str]


class LocationPublic(_Public):
    facility: str | None
    city: str | None
    state: str | None
    country: str | None
    status: str | None


class DatesPublic(_Public):
    """Dates as CT.gov gives them ('2021-03' or '2021-03-04'): their precision is information."""

    start: str | None
    start_type: str | None
    primary_completion: str | None
    completion: str | None
    completion_type: str | None
    first_posted: str | None
    last_update_posted: str | None


class TrialPublic(_Public):
    """Everything a trial page needs."""

    nct_id: str
    title: str = Field(description="Brief title, else official title, else the NCT id.")
    brief_title: str | None
    official_title: str | None
    acronym: str | None
    status: StatusPublic
    phases: list[str]
    design: DesignPublic
    sponsor: str | None = Field(description="The lead sponsor's name.")
    sponsor_class: str | None
    collaborators: list[str]
    conditions: list[str]
    keywords: list[str]
    enrollment: EnrollmentPublic
    arms: list[ArmPublic]
    interventions: list[InterventionPublic]
    locations: list[LocationPublic]
    dates: DatesPublic
    brief_summary: str | None
    eligibility: EligibilityPublic
    updated_at: datetime = Field(description="Last change of the record or of its published translation.")


class TrialSummary(_Public):
    """One trial in the listing; fetch /v1/trials/{nct_id} (with If-None-Match) for the page."""

    nct_id: str
    brief_title: str | None
    overall_status: str | None
    recruiting: bool
    last_update_posted: str | None
    updated_at: datetime = Field(description="When the trial last changed (its record or its published translation).")
    change: int = Field(
        description="That change's number: higher numbers committed later. Pass the last one you kept as `since` "
        "to get every later change."
    )
    criteria_sha: str
    state: EligibilityState
    stale: bool
    translation_id: int | None


class TrialPage(_Public):
    items: list[TrialSummary] = Field(description="Oldest change first (by `change`).")
    next_cursor: str | None = Field(description="Pass it back as `cursor` for the next page; null on the last.")
    next_since: int | None = Field(
        description="The `change` of this page's last trial (on an empty page, the `since` asked with): store it "
        "and ask with it as `since` next time to get every change after it, however late a write committed."
    )
    limit: int = Field(
        description="The page size used: the `limit` asked for (or TRIALPLAIN_PAGE_SIZE), at most "
        "TRIALPLAIN_MAX_PAGE_SIZE; a longer page is never sent, a client asking for more gets pages of this size."
    )


# ---------------------------------------------------------------- translations (editors)


class ApprovalPublic(_Public):
    criterion_id: str
    approved_by: str
    approved_at: datetime
    translation_id: int = Field(description="The translation in which it was approved.")
    carried: bool = Field(description="Carried over from an earlier translation: the criterion text is unchanged.")


class TranslationReview(_Public):
    """A stored translation as editors see it. Send `version` back as If-Match when changing it."""

    id: int
    nct_id: str
    state: TranslationState
    version: int
    stale: bool
    translation: Translation
    findings: list[Finding]
    error_count: int
    warning_count: int
    checks_version: str | None = Field(
        description="The edition of the fidelity checks that made the findings; `trialplain recheck` brings older "
        "ones up to date."
    )
    criteria_to_review: list[str] = Field(
        description="Criterion ids an editor still has to look at; the others keep an earlier approval."
    )
    approvals: list[ApprovalPublic]
    backend: str
    model: str | None
    prompt_sha: str | None
    source_sha: str
    approved_by: str | None
    approved_at: datetime | None
    override_reason: str | None
    created_at: datetime
    updated_at: datetime


class TranslateResponse(_Public):
    """A translation with its findings; `id` is null for free text, which is not stored."""

    id: int | None
    nct_id: str | None
    reused: bool = Field(description="Served from the store: same criteria text, prompt and model as before.")
    state: TranslationState | None
    version: int | None
    translation: Translation
    findings: list[Finding]
    error_count: int
    warning_count: int
    criteria_to_review: list[str]


class QueueItem(_Public):
    id: int = Field(description="The translation's id.")
    nct_id: str
    brief_title: str | None
    conditions: list[str] = Field(description="What the trial studies, as the record names it.")
    overall_status: str | None
    recruiting: bool
    version: int
    error_count: int
    concern_count: int = Field(description="Warnings about what a bullet says (not reading grade or terms).")
    warning_count: int
    checks: dict[str, int] = Field(description="Findings per check.")
    criteria_to_review: list[str]
    created_at: datetime


class QueuePage(_Public):
    items: list[QueueItem] = Field(description="Riskiest first: errors, then warnings, then recruiting trials.")
    next_cursor: str | None
    total: int = Field(description="Translations waiting for review that match the filters, over every page.")
    limit: int = Field(
        description="The page size used: the `limit` asked for (or TRIALPLAIN_PAGE_SIZE), at most "
        "TRIALPLAIN_MAX_PAGE_SIZE."
    )
    translating: int = Field(
        default=0,
        description="Translation jobs queued or being worked on (`trialplain run` and `trialplain worker` translate "
        "in the background): their trials join the queue as they land. Not narrowed by the filters.",
    )


class FindingKind(_Public):
    check: str = Field(description="The check's name, as in a finding and in the queue's `check` filter.")
    trials: int = Field(description="Translations waiting for review with at least one finding of it.")
    style: bool = Field(description="About how a bullet reads (reading grade, a term left unexplained), not what it "
                        "says: the queue ranks these last.")
    description: str | None = Field(description="What the kind means and what an editor does about it; null for a "
                                    "kind today's checks no longer report.")


class FindingKinds(_Public):
    items: list[FindingKind] = Field(description="The most common first.")


class AuditEventPublic(_Public):
    id: int
    at: datetime
    actor: str = Field(description="Name of the token that made the change.")
    action: str
    nct_id: str | None
    translation_id: int | None
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    reason: str | None


class TranslationHistory(_Public):
    translation_id: int
    events: list[AuditEventPublic] = Field(description="Oldest first.")
