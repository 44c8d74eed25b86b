"""`/v1/review`: the queue of translations waiting for an editor, riskiest first."""

from __future__ import annotations

from collections import Counter
from typing import Annotated

from fastapi import APIRouter, Query

from service import queue, store
from service.deps import EditorToken, KnownQueryOnly, SessionDep, SettingsDep
from service.finding_filters import CHECK_PATTERN, pending_kinds
from service.http_errors import problem_responses
from service.pagination import MAX_LIMIT, PAGE_SIZE_DESCRIPTION
from service.schemas import FindingKind, FindingKinds, QueueItem, QueuePage
from translator.check_kinds import describe
from translator.findings import STYLE_CHECKS

router = APIRouter(
    prefix="/v1/review", tags=["review"], responses=problem_responses(400, 401, 403, 422), dependencies=[KnownQueryOnly]
)


@router.get("/queue", response_model=QueuePage, summary="Translations waiting for review")
def review_queue(
    session: SessionDep,
    settings: SettingsDep,
    _token: EditorToken,
    cursor: Annotated[str | None, Query(max_length=2000, description="next_cursor of the previous page.")] = None,
    limit: Annotated[
        int | None, Query(ge=1, le=MAX_LIMIT, description=PAGE_SIZE_DESCRIPTION)
    ] = None,
    recruiting: Annotated[
        bool | None, Query(description="true: only trials recruiting now; false: only the others.")
    ] = None,
    q: Annotated[
        str | None,
        Query(
            max_length=200,
            description="Search: keeps the trials whose NCT id, titles, acronym, conditions or keywords contain every "
            "word (any case), e.g. `breast cancer`.",
        ),
    ] = None,
    check: Annotated[
        str | None,
        Query(
            pattern=CHECK_PATTERN,
            description="Keeps the trials whose translation has a finding of this check (the `check` of a finding, "
            "e.g. `equals_as_limit`), to work through one kind of finding in a row.",
        ),
    ] = None,
) -> QueuePage:
    """Pending translations: most error findings first, then most warnings about meaning (`concern_count`:
    every warning but reading grade and unexplained terms), then trials patients can join now, then most
    warnings of any kind, then the oldest. `criteria_to_review` names the criteria whose text or wording has no
    approval yet (after a source change, only the changed ones). `recruiting`, `q` and `check` narrow the queue;
    keep them with `cursor` to page through the narrowed queue."""
    size = min(limit or settings.page_size, settings.max_page_size)
    page = store.review_queue(session, limit=size, cursor=cursor, recruiting=recruiting, search=q, check=check)
    items = [
        QueueItem(
            id=entry.translation.id,
            nct_id=entry.translation.nct_id,
            brief_title=entry.brief_title,
            conditions=entry.conditions,
            overall_status=entry.overall_status,
            recruiting=entry.recruiting,
            version=entry.translation.version,
            error_count=entry.translation.error_count,
            concern_count=entry.translation.concern_count,
            warning_count=entry.translation.warning_count,
            checks=dict(Counter(finding.check for finding in entry.translation.findings)),
            criteria_to_review=entry.translation.criteria_to_review,
            created_at=entry.translation.created_at,
        )
        for entry in page.items
    ]
    return QueuePage(
        items=items, next_cursor=page.next_cursor, total=page.total or 0, limit=size,
        translating=queue.unfinished(session),
    )


@router.get("/checks", response_model=FindingKinds, summary="Kinds of finding waiting for review")
def finding_kinds(session: SessionDep, _token: EditorToken) -> FindingKinds:
    """Each kind of finding among the translations waiting for review, with how many have it, the most common
    first; `GET /v1/review/queue?check=NAME` lists them."""
    kinds = pending_kinds(session)
    return FindingKinds(items=[FindingKind(check=name, trials=n, style=name in STYLE_CHECKS, description=describe(name))
                               for name, n in kinds])
