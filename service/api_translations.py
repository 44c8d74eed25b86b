"""`/v1/translations`: translate (idempotently), read, edit under If-Match, approve, reject, and
the audit history. Editor tokens (or admin) are needed for all of it.
"""

from __future__ import annotations

import re
from typing import Annotated

from fastapi import APIRouter, Body, Header, Path, Response

from service import store, workflow
from service.bodies import (
    ApproveRequest,
    RejectRequest,
    TranslateNctId,
    TranslateRequest,
    TranslateStudy,
    TranslationEdit,
)
from service.deps import BackendDep, EditorToken, KnownQueryOnly, SessionDep
from service.errors import InvalidRequest
from service.http_errors import problem_responses
from service.schemas import (
    MAX_ID,
    ApprovalPublic,
    AuditEventPublic,
    TranslateResponse,
    TranslationHistory,
    TranslationReview,
)
from service.stored import StoredTranslation
from service.studies import unstorable_study
from translator.errors import RecordError
from translator.findings import Severity
from translator.records import Study
from translator.sources import load_study

router = APIRouter(
    prefix="/v1/translations",
    tags=["translations"],
    responses=problem_responses(400, 401, 403, 422),
    dependencies=[KnownQueryOnly],
)

TranslationId = Annotated[int, Path(ge=1, le=MAX_ID, description="The translation's id.")]
_VERSION_PATTERN = r'^\s*(?:W/)?"?(\d{1,18})"?\s*$'
_VERSION = re.compile(_VERSION_PATTERN)
_ETAG = {"ETag": {"description": "The version; send it back as If-Match.", "schema": {"type": "string"}}}
# Approve and reject may be sent blind (a reviewer's keyboard shortcut); with the header they refuse a newer version.
OptionalIfMatch = Annotated[
    str | None, Header(pattern=_VERSION_PATTERN, description="Optional: the version you reviewed.")
]


def _version(if_match: str) -> int:
    match = _VERSION.fullmatch(if_match)
    if match is None:
        raise InvalidRequest(
            f"If-Match must be the translation's version as its ETag gives it (e.g. \"3\"), not {if_match!r}",
            field="header.if-match",
        )
    return int(match.group(1))


def _optional_version(if_match: str | None) -> int | None:
    return None if if_match is None else _version(if_match)


def _posted_study(request: TranslateStudy) -> Study:
    try:
        study = load_study(request.study)
    except RecordError as error:
        field = f"body.study.{error.field}" if error.field else "body.study"
        raise InvalidRequest(error.reason, field=field) from None
    # The store's own column widths decide what is too long, so a long status is a 422 naming it.
    unfit = unstorable_study(study)
    if unfit is not None:
        raise InvalidRequest(unfit.reason, field=f"body.study.{unfit.field}" if unfit.field else "body.study")
    return study


def review(stored: StoredTranslation) -> TranslationReview:
    return TranslationReview(
        **stored.model_dump(include=set(TranslationReview.model_fields) - {"approvals"}),
        approvals=[ApprovalPublic.model_validate(a, from_attributes=True) for a in stored.approvals],
    )


def _reviewed(stored: StoredTranslation, response: Response) -> TranslationReview:
    response.headers["ETag"] = f'"{stored.version}"'
    return review(stored)


@router.post(
    "",
    response_model=TranslateResponse,
    summary="Translate a study or a text",
    responses={
        200: {"description": "Served from the store (same text, prompt and model), or free text (not stored)."},
        201: {"description": "A new translation, stored as pending review."},
        **problem_responses(404, 409, 413, 502),
    },
)
def translate(
    request: Annotated[TranslateRequest, Body()],
    session: SessionDep,
    backend: BackendDep,
    token: EditorToken,
    response: Response,
) -> TranslateResponse:
    """Send `{"nct_id"}` for a stored study, `{"study": {…}}` for a CT.gov record (ingested first), or
    `{"criteria_text": "…"}` (with optional sex, minimum_age, maximum_age, healthy_volunteers) for free
    text, which is translated and checked but not stored."""
    if isinstance(request, TranslateNctId | TranslateStudy):
        if isinstance(request, TranslateStudy):
            study = _posted_study(request)
            store.ingest_study(session, study, actor=token.name)
            nct_id = study.nct_id
        else:
            nct_id = request.nct_id
        done = workflow.translate_study(session, nct_id, backend, actor=token.name)
    else:
        try:
            done = workflow.translate_text(
                request.criteria_text,
                backend,
                sex=request.sex,
                minimum_age=request.minimum_age,
                maximum_age=request.maximum_age,
                healthy_volunteers=request.healthy_volunteers,
            )
        except RecordError as error:
            raise InvalidRequest(error.reason, field="body.criteria_text") from None
    stored = done.stored
    if stored is not None and not done.reused:
        response.status_code = 201
        response.headers["Location"] = f"/v1/translations/{stored.id}"
    return TranslateResponse(
        id=stored.id if stored else None,
        nct_id=stored.nct_id if stored else None,
        reused=done.reused,
        state=stored.state if stored else None,
        version=stored.version if stored else None,
        translation=done.translation,
        findings=done.findings,
        error_count=sum(finding.severity is Severity.ERROR for finding in done.findings),
        warning_count=sum(finding.severity is Severity.WARNING for finding in done.findings),
        criteria_to_review=stored.criteria_to_review if stored else [],
    )


@router.get(
    "/{translation_id}",
    response_model=TranslationReview,
    summary="A translation with its findings",
    responses={200: {"headers": _ETAG}, **problem_responses(404)},
)
def get_translation(
    translation_id: TranslationId, session: SessionDep, _token: EditorToken, response: Response
) -> TranslationReview:
    return _reviewed(store.get_translation(session, translation_id), response)


@router.patch(
    "/{translation_id}",
    response_model=TranslationReview,
    summary="Edit a translation's wording",
    responses={200: {"headers": _ETAG}, **problem_responses(404, 409, 413)},
)
def edit_translation(
    translation_id: TranslationId,
    edit: TranslationEdit,
    if_match: Annotated[
        str, Header(pattern=_VERSION_PATTERN, description="The version you edited (the ETag of your copy).")
    ],
    session: SessionDep,
    token: EditorToken,
    response: Response,
) -> TranslationReview:
    """Replace the bullets (and optionally not_shown, summary, flags) of a pending or rejected
    translation; the findings are recomputed against the source. 409 if someone changed it first.

    A body that changes nothing of a pending translation is a no-op: 200 with the translation as it is, the
    same version (and ETag) and no history event; If-Match is checked all the same. On a rejected translation
    the same body makes it pending again, a new version."""
    stored = workflow.edit(
        session,
        translation_id,
        sections=edit.translated_sections(),
        not_shown=edit.not_shown,
        summary=edit.translated_summary(),
        flags=edit.translated_flags(),
        expected_version=_version(if_match),
        actor=token.name,
    )
    return _reviewed(stored, response)


@router.post(
    "/{translation_id}/approve",
    response_model=TranslationReview,
    summary="Approve and publish",
    responses={200: {"headers": _ETAG}, **problem_responses(404, 409, 413)},
)
def approve(
    translation_id: TranslationId,
    session: SessionDep,
    token: EditorToken,
    response: Response,
    body: ApproveRequest | None = None,
    if_match: OptionalIfMatch = None,
) -> TranslationReview:
    """Publish a pending translation. With error findings it needs `override: true` and a reason."""
    decision = body or ApproveRequest()
    stored = workflow.approve(
        session,
        translation_id,
        actor=token.name,
        override=decision.override,
        reason=decision.reason,
        expected_version=_optional_version(if_match),
    )
    return _reviewed(stored, response)


@router.post(
    "/{translation_id}/reject",
    response_model=TranslationReview,
    summary="Reject with a reason",
    responses={200: {"headers": _ETAG}, **problem_responses(404, 409, 413)},
)
def reject(
    translation_id: TranslationId,
    decision: RejectRequest,
    session: SessionDep,
    token: EditorToken,
    response: Response,
    if_match: OptionalIfMatch = None,
) -> TranslationReview:
    """Reject a pending translation; editing it makes it pending again."""
    stored = workflow.reject(
        session, translation_id, actor=token.name, reason=decision.reason, expected_version=_optional_version(if_match)
    )
    return _reviewed(stored, response)


@router.get(
    "/{translation_id}/history",
    response_model=TranslationHistory,
    summary="The audit events of a translation",
    responses=problem_responses(404),
)
def history(translation_id: TranslationId, session: SessionDep, _token: EditorToken) -> TranslationHistory:
    store.get_translation(session, translation_id)  # 404 for an unknown id rather than an empty history
    events = [AuditEventPublic.model_validate(e, from_attributes=True) for e in store.history(session, translation_id)]
    return TranslationHistory(translation_id=translation_id, events=events)
