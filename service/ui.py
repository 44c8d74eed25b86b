"""The editor pages: `/review` (the queue) and `/review/{nct_id}` (one study's translation beside its
source), rendered on the server with Jinja2, plus the few JSON endpoints their script calls.

Signing in puts the editor's API token in an HttpOnly, SameSite=Strict cookie scoped to /review:
page scripts never see it (an injected script could not steal it), and the pages can be rendered on
the server. The JSON API takes bearer tokens only, so the page script changes translations through
`/review/api/…`, which authenticates by the cookie and then runs the very same API handlers. Those
writes also need the `X-Trialplain-UI` header: another site cannot send a custom header without a
CORS preflight we never grant, so a forged cross-site request fails even where SameSite is ignored.

None of these routes is in the OpenAPI schema: they are pages, not the API.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, Body, Cookie, Depends, Header, HTTPException, Query, Request, Response
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse
from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import select

from service import api_review, api_translations, db, store, workflow
from service import queue as jobs
from service.bodies import NCT_ID_PATTERN, ApproveRequest, RejectRequest, TranslationEdit
from service.deps import BackendDep, SessionDep, SettingsDep
from service.errors import InvalidCursor, NotFound
from service.schemas import TranslationReview
from service.stored import StoredTranslation, TokenInfo
from service.tables import Role, TranslationRow, TranslationState
from service.ui_filters import BadFilter, QueueFilters
from service.ui_views import review_view
from translator.check_kinds import describe

COOKIE = "trialplain_editor"
UI_HEADER = "X-Trialplain-UI"
STATIC = Path(__file__).parent / "static"
_NCT_ID = re.compile(NCT_ID_PATTERN)
_EDITOR_ROLES = (Role.EDITOR, Role.ADMIN)
# Scripts and styles only from our own files: even text that slipped through unescaped could not run.
_SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
        "base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "Cache-Control": "no-store",  # pending translations are not for shared caches
}

templates = Environment(
    loader=PackageLoader("service", "templates"),
    autoescape=select_autoescape(["html"], default_for_string=True, default=True),
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)

# ClinicalTrials.gov's own wording for the status codes its API returns ("ACTIVE_NOT_RECRUITING").
_STATUS_WORDS = {"ACTIVE_NOT_RECRUITING": "Active, not recruiting", "UNKNOWN": "Unknown status"}


def status_words(code: str | None) -> str:
    if not code:
        return ""
    return _STATUS_WORDS.get(code) or code.replace("_", " ").capitalize()


templates.filters["status_words"] = status_words
templates.filters["describe_check"] = describe

router = APIRouter(include_in_schema=False)


def page(name: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    html = templates.get_template(name).render(**context)
    return HTMLResponse(html, status_code=status_code, headers=_SECURITY_HEADERS)


def error_page(status_code: int, title: str, message: str, editor: TokenInfo | None = None) -> HTMLResponse:
    return page("error.html", status_code, title=title, message=message, editor=editor)


# ---------------------------------------------------------------- who is signed in


def cookie_token(
    session: SessionDep, secret: Annotated[str | None, Cookie(alias=COOKIE)] = None
) -> TokenInfo | None:
    """The editor behind the sign-in cookie, or None (no cookie, unknown or revoked token)."""
    if not secret:
        return None
    return store.authenticate(session, secret)


CookieToken = Annotated[TokenInfo | None, Depends(cookie_token)]


def _sign_in_redirect(request: Request) -> RedirectResponse:
    target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    return RedirectResponse(f"/review/sign-in?next={quote(target, safe='')}", status_code=303)


def _not_an_editor(token: TokenInfo) -> HTMLResponse:
    return error_page(
        403,
        "Editors only",
        f"The token {token.name!r} has the {token.role.value} role; the review pages need an editor or admin token.",
        token,
    )


def ui_editor(
    token: CookieToken, ui_header: Annotated[str | None, Header(alias=UI_HEADER)] = None
) -> TokenInfo:
    """For the pages' JSON calls: a signed-in editor, from a page of ours (see the module docstring)."""
    if ui_header != "1":
        raise HTTPException(403, f"the review pages' calls must carry the {UI_HEADER}: 1 header")
    if token is None:
        raise HTTPException(401, "not signed in, or the token was revoked: sign in again at /review/sign-in")
    if token.role not in _EDITOR_ROLES:
        raise HTTPException(403, f"this needs an editor token; {token.name!r} is a {token.role.value} token")
    return token


UiEditor = Annotated[TokenInfo, Depends(ui_editor)]


# ---------------------------------------------------------------- signing in and out


class SignIn(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)

    token: str = Field(min_length=1, max_length=500, description="An editor or admin API token.")


@router.get("/review/sign-in", response_class=HTMLResponse)
def sign_in_page(token: CookieToken, next: str = "/review") -> HTMLResponse:
    return page("sign_in.html", editor=token, next=_safe_next(next))


@router.post("/review/session", status_code=204)
def sign_in(
    request: Request,
    body: Annotated[SignIn, Body()],
    session: SessionDep,
    ui_header: Annotated[str | None, Header(alias=UI_HEADER)] = None,
) -> Response:
    if ui_header != "1":
        raise HTTPException(403, f"sign in from the sign-in page (the {UI_HEADER}: 1 header is missing)")
    token = store.authenticate(session, body.token.strip())
    if token is None:
        raise HTTPException(401, "that token is unknown or revoked: check it, or ask an admin for a new one")
    if token.role not in _EDITOR_ROLES:
        raise HTTPException(403, f"{token.name!r} is a {token.role.value} token; the review pages need an editor token")
    response = Response(status_code=204)
    response.set_cookie(
        COOKIE,
        body.token.strip(),
        path="/review",
        httponly=True,
        samesite="strict",
        secure=request.url.scheme == "https",
    )
    return response


@router.delete("/review/session", status_code=204)
def sign_out() -> Response:
    response = Response(status_code=204)
    response.delete_cookie(COOKIE, path="/review", httponly=True, samesite="strict")
    return response


def _safe_next(target: str) -> str:
    """Only our own pages: a `next` of //evil.example or https://… would make sign-in an open redirect."""
    if target.startswith("/review") and not target.startswith("//") and "\\" not in target:
        return target
    return "/review"


# ---------------------------------------------------------------- static files


_STATIC_FILES = {path.name: path for path in STATIC.iterdir() if path.is_file()} if STATIC.is_dir() else {}


@router.get("/review/static/{name}")
def static_file(name: str) -> FileResponse:
    path = _STATIC_FILES.get(name)
    if path is None:
        raise HTTPException(404, f"no static file {name!r}")
    return FileResponse(path, headers={"Cache-Control": "no-cache", "X-Content-Type-Options": "nosniff"})


# ---------------------------------------------------------------- pages


@router.get("/review", response_class=HTMLResponse)
def queue_page(
    request: Request,
    session: SessionDep,
    settings: SettingsDep,
    token: CookieToken,
    cursor: str | None = None,
    recruiting: str | None = None,
    trial: str | None = None,
    q: str | None = None,
    check: str | None = None,
) -> Response:
    """The queue; `recruiting=yes|no`, `q` (the search box: words of the title, conditions…) and `check` (one kind
    of finding, from a review page's finding) narrow it, `trial=NCT…` (the page's "go to" box) opens one trial."""
    if token is None:
        return _sign_in_redirect(request)
    if token.role not in _EDITOR_ROLES:
        return _not_an_editor(token)
    if trial is not None and _NCT_ID.match(wanted := trial.strip().upper()):
        return RedirectResponse(f"/review/{wanted}", status_code=303)
    try:
        filters = QueueFilters.read(recruiting, q, check)
        queue = store.review_queue(session, limit=settings.page_size, cursor=cursor, **filters.narrowing())
    except BadFilter as error:
        return error_page(400, error.title, str(error), token)
    except InvalidCursor as error:
        return error_page(400, "Bad page link", str(error), token)
    not_a_trial = None if trial is None else f"{trial.strip()!r} is not an NCT id (NCT followed by 8 digits)."
    return page(
        "queue.html",
        editor=token,
        queue=queue,
        cursor=cursor,
        recruiting=filters.recruiting,
        search=filters.search,
        check=filters.check,
        filters=filters.query(),
        not_a_trial=not_a_trial,
        translating=jobs.unfinished(session),
    )


@router.get("/review/next", response_class=HTMLResponse)
def next_in_queue(
    request: Request,
    session: SessionDep,
    token: CookieToken,
    after: Annotated[int | None, Query(ge=1, le=2**62)] = None,
    recruiting: str | None = None,
    q: str | None = None,
    check: str | None = None,
) -> Response:
    """The trial after translation `after` in the queue (with the queue's filters), or the queue when none is
    left: an editor works down the queue from review page to review page, whatever they decided on this one.
    Without `after`, the queue's first trial: the queue page's "Start with the riskiest" link."""
    if token is None:
        return _sign_in_redirect(request)
    if token.role not in _EDITOR_ROLES:
        return _not_an_editor(token)
    try:
        filters = QueueFilters.read(recruiting, q, check)
    except BadFilter as error:
        return error_page(400, error.title, str(error), token)
    try:
        cursor = None if after is None else store.queue_cursor_at(session, after)
    except NotFound:
        return error_page(404, "Not found", f"There is no translation {after}.", token)
    following = store.review_queue(session, limit=1, cursor=cursor, **filters.narrowing())
    if not following.items:
        return RedirectResponse(f"/review{filters.query()}", status_code=303)
    return RedirectResponse(f"/review/{following.items[0].translation.nct_id}{filters.query()}", status_code=303)


@router.get("/review/findings", response_class=HTMLResponse)
def finding_kinds_page(request: Request, session: SessionDep, token: CookieToken) -> Response:
    """The kinds of finding waiting for review, each a link to the queue narrowed to it."""
    if token is None:
        return _sign_in_redirect(request)
    if token.role not in _EDITOR_ROLES:
        return _not_an_editor(token)
    return page("findings.html", editor=token, kinds=api_review.finding_kinds(session, token).items)


@router.get("/review/{nct_id}", response_class=HTMLResponse)
def review_page(
    request: Request,
    nct_id: str,
    session: SessionDep,
    token: CookieToken,
    recruiting: str | None = None,
    q: str | None = None,
    check: str | None = None,
) -> Response:
    """One trial's translation beside its source; `recruiting`, `q` and `check` are the queue's filters, kept for
    the links back to the queue and on to the next trial in it."""
    if token is None:
        return _sign_in_redirect(request)
    if token.role not in _EDITOR_ROLES:
        return _not_an_editor(token)
    # a hand-edited link drops a filter rather than refuse the page
    filters = QueueFilters.read(recruiting, q, check, strict=False).query()
    if not _NCT_ID.match(nct_id):
        return error_page(404, "Not found", f"{nct_id!r} is not an NCT id (NCT followed by 8 digits).", token)
    try:
        study = store.get_study(session, nct_id)
    except NotFound:
        return error_page(404, "Not found", f"There is no study {nct_id} in the store: ingest it first.", token)
    stored = _under_review(session, nct_id)
    history = store.history(session, stored.id) if stored else []
    return page("review.html", editor=token, view=review_view(study, stored, history), filters=filters)


def _under_review(session: SessionDep, nct_id: str) -> StoredTranslation | None:
    """The study's newest translation that is not superseded: the one waiting for review if any,
    else the rejected or published one."""
    statement = (
        select(TranslationRow.id)
        .where(TranslationRow.nct_id == nct_id, TranslationRow.state != TranslationState.SUPERSEDED)
        .order_by(TranslationRow.id.desc())
        .limit(1)
    )
    with db.transaction(session, write=False):
        found = session.scalar(statement)
    return None if found is None else store.get_translation(session, found)


# ---------------------------------------------------------------- the pages' JSON calls


@router.patch("/review/api/translations/{translation_id}", response_model=TranslationReview)
def edit(
    translation_id: api_translations.TranslationId,
    body: TranslationEdit,
    if_match: Annotated[str, Header(max_length=40)],
    session: SessionDep,
    token: UiEditor,
    response: Response,
) -> TranslationReview:
    return api_translations.edit_translation(translation_id, body, if_match, session, token, response)


class TranslateOutcome(BaseModel):
    translation_id: int
    reused: bool = Field(description="The current text already had a translation by this backend.")


@router.post("/review/api/studies/{nct_id}/translate", response_model=TranslateOutcome)
def translate(nct_id: str, session: SessionDep, backend: BackendDep, token: UiEditor) -> TranslateOutcome:
    """Translate the study's current criteria text (after a source change), or find that translation."""
    if not _NCT_ID.match(nct_id):
        raise NotFound("study", nct_id)
    done = workflow.translate_study(session, nct_id, backend, actor=token.name)
    if done.stored is None:  # translate_study stores every study translation; say so rather than 500
        raise NotFound("translation", nct_id)
    return TranslateOutcome(translation_id=done.stored.id, reused=done.reused)


@router.post("/review/api/translations/{translation_id}/approve", response_model=TranslationReview)
def approve(
    translation_id: api_translations.TranslationId,
    body: ApproveRequest,
    session: SessionDep,
    token: UiEditor,
    response: Response,
    if_match: Annotated[str | None, Header(max_length=40)] = None,
) -> TranslationReview:
    return api_translations.approve(translation_id, session, token, response, body, if_match)


@router.post("/review/api/translations/{translation_id}/reject", response_model=TranslationReview)
def reject(
    translation_id: api_translations.TranslationId,
    body: RejectRequest,
    session: SessionDep,
    token: UiEditor,
    response: Response,
    if_match: Annotated[str | None, Header(max_length=40)] = None,
) -> TranslationReview:
    return api_translations.reject(translation_id, body, session, token, response, if_match)
