"""`/v1/trials`: what the public site is built from — one trial page, and a paginated listing of
what changed. Reader tokens suffice.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from datetime import UTC, datetime
from functools import lru_cache
from typing import Annotated

from fastapi import APIRouter, Header, Path, Query, Request, Response
from pydantic import AfterValidator, BeforeValidator
from sqlalchemy.orm import Session, sessionmaker
from starlette.concurrency import run_in_threadpool

from service import db, store, workflow
from service.bodies import NCT_ID_PATTERN
from service.deps import KnownQueryOnly, ReaderToken, SessionDep, SettingsDep, TrialPagesDep, sessions_of
from service.errors import NotFound
from service.http_errors import problem_responses
from service.page_cache import CachedPage
from service.pagination import MAX_LIMIT, PAGE_SIZE_DESCRIPTION
from service.schemas import (
    MAX_ID,
    ArmPublic,
    CriterionPublic,
    DatesPublic,
    DesignPublic,
    EligibilityPublic,
    EnrollmentPublic,
    FindingsSummary,
    InterventionPublic,
    LocationPublic,
    SectionPublic,
    StatusPublic,
    TrialPage,
    TrialPublic,
    TrialSummary,
)
from service.stored import StoredStudy, StoredTranslation
from translator.outline import parse_criteria
from translator.sources import load_study

_ISO = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")
router = APIRouter(
    prefix="/v1/trials", tags=["trials"], responses=problem_responses(400, 401, 403, 422), dependencies=[KnownQueryOnly]
)


def _iso(value: object) -> object:
    """Only ISO 8601 date and time (pydantic would also read '0.5' as seconds since 1970)."""
    if isinstance(value, str) and not _ISO.match(value):
        raise ValueError("expected an ISO 8601 date and time, e.g. 2024-05-01T00:00:00Z")
    return value


def _utc(value: datetime | None) -> datetime | None:
    """A time without a zone is taken as UTC; one beyond year 1 or 9999 in UTC is clamped to it."""
    if value is None:
        return None
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    try:
        return value.astimezone(UTC)
    except OverflowError:
        return (datetime.min if value.year < 5000 else datetime.max).replace(tzinfo=UTC)


@router.get(
    "/{nct_id}",
    response_model=TrialPublic,
    summary="A trial page",
    responses={
        200: {"headers": {"ETag": {"description": "Send it back as If-None-Match.", "schema": {"type": "string"}}}},
        304: {"description": "Not Modified: the If-None-Match ETag is current."},
        **problem_responses(404),
    },
)
async def get_trial(
    nct_id: Annotated[str, Path(pattern=NCT_ID_PATTERN, description="NCT id, e.g. NCT04280705.")],
    request: Request,
    pages: TrialPagesDep,
    _token: ReaderToken,
    if_none_match: Annotated[str | None, Header(description="ETag of the copy the client holds.")] = None,
) -> Response:
    """The trial's metadata and eligibility: the original criteria text byte for byte, the parsed
    criteria with their spans, and the published translation (or null) with its state."""
    # async: a page from the cache costs one shared version read and no session of its own.
    version = await pages.versions.version(nct_id)
    if version is None:
        raise NotFound("study", nct_id)
    page = pages.cache.get(nct_id, version)
    if page is None:
        page = await run_in_threadpool(_build_page, sessions_of(request), nct_id)
        pages.cache.put(nct_id, version, page)
    headers = {"ETag": page.etag, "Cache-Control": "no-cache"}
    if if_none_match is not None and _matches(if_none_match, page.etag):
        return Response(status_code=304, headers=headers)
    return Response(page.body, media_type="application/json", headers=headers)


def _build_page(sessions: sessionmaker[Session], nct_id: str) -> CachedPage:
    with sessions() as session, db.transaction(session, write=False):  # one snapshot for the three reads
        stored = store.get_study(session, nct_id)
        published = store.published_translation(session, nct_id)
        status = workflow.eligibility_statuses(session, [nct_id])[nct_id]
    body = trial_public(stored, status, published).model_dump_json().encode()
    return CachedPage(body, f'"{hashlib.sha256(body).hexdigest()[:32]}"')


def _matches(if_none_match: str, etag: str) -> bool:
    tags = {tag.strip().removeprefix("W/") for tag in if_none_match.split(",")}
    return "*" in tags or etag in tags


@router.get("", response_model=TrialPage, summary="Trials by last change")
def list_trials(
    session: SessionDep,
    settings: SettingsDep,
    _token: ReaderToken,
    since: Annotated[
        int | None,
        Query(
            ge=0,
            le=MAX_ID,
            description="Only trials changed after the change numbered so: the `next_since` (or last item's "
            "`change`) you stored from the last page you read. Misses no change, whatever the writers' timing.",
        ),
    ] = None,
    updated_since: Annotated[
        datetime | None,
        Query(
            description="Only trials changed at or after this time (ISO 8601; UTC if no zone). For a first read "
            "by time; to follow changes use `since`, which a write that commits late cannot slip behind."
        ),
        BeforeValidator(_iso),
        AfterValidator(_utc),
    ] = None,
    status: Annotated[
        str | None, Query(pattern=r"^[A-Za-z_ -]{1,40}$", description="Overall status, e.g. RECRUITING.")
    ] = None,
    cursor: Annotated[str | None, Query(max_length=2000, description="next_cursor of the previous page.")] = None,
    limit: Annotated[int | None, Query(ge=1, le=MAX_LIMIT, description=PAGE_SIZE_DESCRIPTION)] = None,
) -> TrialPage:
    """Trials oldest change first, by change number (`change`): numbers are given as each write commits, in
    commit order. Store `next_since` from the last page you read and ask with it as `since` next time to get
    every later change, even where several ingests write at once. Fetch each page with its ETag.

    Paging misses no trial, even while records change: a trial that changes after it was listed comes
    again later with its new `change`, so keep the last copy of each `nct_id`. `updated_since` still filters
    by time, but a change's `updated_at` is taken when its write starts: a write that commits after a client
    read later times can hold an earlier `updated_at` (ask by `since` to never miss one)."""
    size = min(limit or settings.page_size, settings.max_page_size)
    page = store.list_studies(
        session, updated_since=updated_since, since=since, status=status, cursor=cursor, limit=size
    )
    statuses = workflow.eligibility_statuses(session, [study.nct_id for study in page.items])
    items = [
        TrialSummary(
            nct_id=study.nct_id,
            brief_title=study.brief_title,
            overall_status=study.overall_status,
            recruiting=study.recruiting,
            last_update_posted=study.last_update_posted,
            updated_at=study.updated_at,
            change=study.change,
            criteria_sha=study.criteria_sha,
            state=statuses[study.nct_id].state,
            stale=statuses[study.nct_id].stale,
            translation_id=statuses[study.nct_id].translation_id,
        )
        for study in page.items
    ]
    next_since = page.items[-1].change if page.items else since
    return TrialPage(items=items, next_cursor=page.next_cursor, next_since=next_since, limit=size)


@lru_cache(maxsize=4096)
def _outline(criteria: str) -> tuple[list[SectionPublic], list[CriterionPublic]]:
    """The parsed criteria of a text (parsing takes milliseconds; pages are read far more than changed)."""
    doc = parse_criteria(criteria)
    sections = [SectionPublic.model_validate(section, from_attributes=True) for section in doc.sections]
    criteria_public = [CriterionPublic.model_validate(c, from_attributes=True) for c in doc.criteria]
    return sections, criteria_public


def trial_public(
    stored: StoredStudy, status: workflow.EligibilityStatus, published: StoredTranslation | None
) -> TrialPublic:
    study = load_study(stored.raw)
    sections, criteria = _outline(study.eligibility.criteria)
    eligibility = study.eligibility
    status_module, design = study.status, study.design
    return TrialPublic(
        nct_id=study.nct_id,
        title=study.title,
        brief_title=study.brief_title,
        official_title=study.official_title,
        acronym=study.acronym,
        status=StatusPublic(
            overall_status=stored.overall_status,
            recruiting=stored.recruiting,
            last_known_status=status_module.last_known_status,
            why_stopped=status_module.why_stopped,
        ),
        phases=design.phases,
        design=DesignPublic.model_validate(design, from_attributes=True),
        sponsor=study.lead_sponsor.name if study.lead_sponsor else None,
        sponsor_class=study.lead_sponsor.class_ if study.lead_sponsor else None,
        collaborators=[sponsor.name for sponsor in study.collaborators if sponsor.name],
        conditions=study.conditions,
        keywords=study.keywords,
        enrollment=EnrollmentPublic(count=design.enrollment_count, type=design.enrollment_type),
        arms=[
            ArmPublic(label=arm.label, type=arm.type, description=arm.description, interventions=arm.intervention_names)
            for arm in study.arms
        ],
        interventions=[
            InterventionPublic(
                type=item.type,
                name=item.name,
                description=item.description,
                other_names=item.other_names,
                arms=item.arm_group_labels,
            )
            for item in study.interventions
        ],
        locations=[LocationPublic.model_validate(location, from_attributes=True) for location in study.locations],
        dates=DatesPublic(
            start=status_module.start_date,
            start_type=status_module.start_date_type,
            primary_completion=status_module.primary_completion_date,
            completion=status_module.completion_date,
            completion_type=status_module.completion_date_type,
            first_posted=status_module.first_posted,
            last_update_posted=status_module.last_update_posted,
        ),
        brief_summary=study.brief_summary,
        eligibility=EligibilityPublic(
            original_text=eligibility.criteria,
            sex=eligibility.sex,
            minimum_age=eligibility.minimum_age.raw if eligibility.minimum_age else None,
            maximum_age=eligibility.maximum_age.raw if eligibility.maximum_age else None,
            std_ages=eligibility.std_ages,
            healthy_volunteers=eligibility.healthy_volunteers,
            sections=sections,
            criteria=criteria,
            state=status.state,
            translation_id=published.id if published else None,
            translation=published.translation if published else None,
            findings=_findings_summary(published) if published else None,
            approved_by=published.approved_by if published else None,
            approved_at=published.approved_at if published else None,
            stale=published.stale if published else False,
        ),
        updated_at=stored.updated_at,
    )


def _findings_summary(translation: StoredTranslation) -> FindingsSummary:
    return FindingsSummary(
        error_count=translation.error_count,
        warning_count=translation.warning_count,
        checks=dict(Counter(finding.check for finding in translation.findings)),
        overridden=translation.override_reason is not None,
    )
