"""The editorial workflow both the API and the editor pages call: translate-and-store (re-using a
translation of the same text, prompt and model), edit with findings recomputed, approve, reject,
ingest records (re-translating those whose criteria changed), and where each study stands.

Every change takes the actor's name (the token's name in the API) for the audit trail.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from itertools import islice

from sqlalchemy import select
from sqlalchemy.orm import Session

from service import approvals, db, store
from service.errors import ServiceError, SourceMismatch
from service.schemas import EligibilityState
from service.stored import StoredTranslation
from service.tables import StudyRow, TranslationRow, TranslationState
from translator import fidelity
from translator.backend import Backend
from translator.criteria import Criterion
from translator.errors import TranslatorError
from translator.findings import Finding
from translator.outline import parse_criteria
from translator.pipeline import Translator
from translator.records import Study
from translator.sources import load_study
from translator.translation import Flag, Summary, TranslatedSection, Translation

# The placeholder id a free-text translation is checked under (it needs a Study; the id never shows).
_FREE_TEXT_ID = "NCT00000000"


@dataclass(frozen=True)
class Prepared:
    """A fresh translation of a study's criteria with its findings, ready to store."""

    nct_id: str
    criteria: list[Criterion]
    translation: Translation
    findings: list[Finding]


@dataclass(frozen=True)
class Translated:
    translation: Translation
    findings: list[Finding]
    stored: StoredTranslation | None = None
    reused: bool = False


def prepare(study: Study, translator: Translator, *, anonymous: bool = False) -> Prepared:
    """Translate a study's criteria and check the result against them (no store involved);
    `anonymous` leaves the NCT id out of the translation.
    """
    doc = parse_criteria(study.eligibility.criteria)
    translation = translator.translate(doc, nct_id=None if anonymous else study.nct_id, study=study)
    return Prepared(study.nct_id, doc.criteria, translation, fidelity.check(doc, translation, study))


def translate_study(session: Session, nct_id: str, backend: Backend, *, actor: str) -> Translated:
    """The study's translation by this backend: the stored one if its criteria text, prompt and model
    are unchanged (idempotent), otherwise a new pending one.
    """
    study = load_study(store.get_study(session, nct_id).raw)
    found = reusable(session, study, backend)
    if found is not None:
        return Translated(found.translation, found.findings, found, reused=True)
    prepared = prepare(study, Translator(backend))
    # Translating takes time and no lock; look again under the study's lock so that two identical
    # requests racing each other store one translation, not two.
    with db.transaction(session):
        session.get(StudyRow, nct_id, with_for_update=True)
        found = reusable(session, study, backend)
        if found is not None:
            return Translated(found.translation, found.findings, found, reused=True)
        stored = _store(session, prepared, actor=actor)
    return Translated(stored.translation, stored.findings, stored)


def translate_text(
    criteria_text: str,
    backend: Backend,
    *,
    sex: str | None = None,
    minimum_age: str | None = None,
    maximum_age: str | None = None,
    healthy_volunteers: bool | None = None,
) -> Translated:
    """Translate free text (with optional structured fields for the summary and checks); not stored."""
    module: dict[str, object] = {"eligibilityCriteria": criteria_text}
    extras = {"sex": sex, "minimumAge": minimum_age, "maximumAge": maximum_age, "healthyVolunteers": healthy_volunteers}
    module.update({key: value for key, value in extras.items() if value is not None})
    record = {"protocolSection": {"identificationModule": {"nctId": _FREE_TEXT_ID}, "eligibilityModule": module}}
    prepared = prepare(load_study(record), Translator(backend), anonymous=True)
    return Translated(prepared.translation, prepared.findings)


def edit(
    session: Session,
    translation_id: int,
    *,
    sections: Sequence[TranslatedSection],
    expected_version: int,
    actor: str,
    not_shown: dict[str, str] | None = None,
    summary: Summary | None = None,
    flags: Sequence[Flag] | None = None,
) -> StoredTranslation:
    """Replace an editor's wording (None keeps a field) and recompute the findings against the source."""
    current = store.get_translation(session, translation_id)
    study_row = store.get_study(session, current.nct_id)
    if study_row.criteria_sha != current.source_sha:
        raise SourceMismatch(current.nct_id, current.source_sha, study_row.criteria_sha)
    study = load_study(study_row.raw)
    old = current.translation
    update: dict[str, object] = {
        "sections": list(sections),
        "not_shown": old.not_shown if not_shown is None else not_shown,
        "summary": old.summary if summary is None else summary,
        "flags": old.flags if flags is None else list(flags),
        "provenance": old.provenance.model_copy(update={"backend": "edited"}),
    }
    # Validate the whole document again: the parts were validated one by one only.
    edited = Translation.model_validate(old.model_copy(update=update).model_dump())
    doc = parse_criteria(study.eligibility.criteria)
    findings = fidelity.check(doc, edited, study)
    return store.edit_translation(
        session, translation_id, edited, findings, expected_version=expected_version, actor=actor
    )


def approve(
    session: Session,
    translation_id: int,
    *,
    actor: str,
    override: bool = False,
    reason: str | None = None,
    expected_version: int | None = None,
) -> StoredTranslation:
    """Publish a pending translation (error findings need `override` and a written reason)."""
    return store.approve(
        session, translation_id, actor=actor, override=override, reason=reason, expected_version=expected_version
    )


def reject(
    session: Session, translation_id: int, *, actor: str, reason: str, expected_version: int | None = None
) -> StoredTranslation:
    return store.reject(session, translation_id, actor=actor, reason=reason, expected_version=expected_version)


# ---------------------------------------------------------------- where studies stand


@dataclass(frozen=True)
class EligibilityStatus:
    state: EligibilityState
    translation_id: int | None = None  # the published one, if any
    stale: bool = False


def eligibility_statuses(session: Session, nct_ids: Iterable[str]) -> dict[str, EligibilityStatus]:
    """For each study: published (and stale or not), else the newest translation's state, else untranslated."""
    wanted = list(dict.fromkeys(nct_ids))
    statement = select(TranslationRow.nct_id, TranslationRow.id, TranslationRow.state, TranslationRow.stale).where(
        TranslationRow.nct_id.in_(wanted), TranslationRow.state != TranslationState.SUPERSEDED
    )
    result = dict.fromkeys(wanted, EligibilityStatus(EligibilityState.UNTRANSLATED))
    with db.transaction(session, write=False):
        rows = session.execute(statement.order_by(TranslationRow.id)).all()
    for nct_id, translation_id, state, stale in rows:  # oldest first: the newest state stays
        if state is TranslationState.APPROVED:
            result[nct_id] = EligibilityStatus(EligibilityState.PUBLISHED, translation_id, stale)
        elif result[nct_id].state is not EligibilityState.PUBLISHED:
            result[nct_id] = EligibilityStatus(EligibilityState(state.value))
    return result


# ---------------------------------------------------------------- ingesting


PrepareMany = Callable[[Sequence[Study]], list[Prepared | TranslatorError]]


def in_process(backend: Backend) -> PrepareMany:
    """Translate studies one after the other in this process (the pipeline renders each distinct
    criterion once per batch)."""

    def prepare_many(studies: Sequence[Study]) -> list[Prepared | TranslatorError]:
        translator = Translator(backend)
        out: list[Prepared | TranslatorError] = []
        for study in studies:
            try:
                out.append(prepare(study, translator))
            except TranslatorError as error:
                out.append(error)
        return out

    return prepare_many


@dataclass
class IngestReport:
    """How many records were new, changed, updated, unchanged or rejected, and what was translated."""

    counts: Counter[str] = field(default_factory=Counter)
    errors: list[Exception] = field(default_factory=list)

    def summary(self) -> str:
        order = ("new", "changed", "updated", "unchanged", "rejected", "translated", "reused", "failed")
        return ", ".join(f"{self.counts[key]} {key}" for key in order)


def ingest(
    session: Session,
    items: Iterable[Study | TranslatorError],
    *,
    actor: str,
    backend: Backend | None = None,
    prepare_many: PrepareMany | None = None,
    batch_size: int = 200,
    on_batch: Callable[[IngestReport], None] | None = None,
) -> IngestReport:
    """Store the records, then translate every study that has no translation of its current text by
    this backend. A changed criteria text thus marks the published translation stale and gets a new
    pending translation in which only the changed criteria need review (the others keep their approval).
    Without `backend` nothing is translated; `prepare_many` replaces the in-process translation.
    """
    report = IngestReport()
    iterator = store.storable(items)
    while batch := list(islice(iterator, batch_size)):
        studies = [item for item in batch if isinstance(item, Study)]
        for item in batch:
            if not isinstance(item, Study):
                report.counts["rejected"] += 1
                report.errors.append(item)
        if studies:
            for outcome, count in store.ingest_studies(session, studies, actor=actor).items():
                report.counts[outcome.value] += count
        if studies and backend is not None:
            _translate_batch(session, studies, backend, prepare_many or in_process(backend), report, actor=actor)
        if on_batch is not None:
            on_batch(report)
    if report.counts["new"]:
        db.refresh_statistics(session)
    return report


def _translate_batch(
    session: Session, studies: Sequence[Study], backend: Backend, prepare_many: PrepareMany, report: IngestReport,
    *, actor: str,
) -> None:
    latest = {study.nct_id: study for study in studies}  # a record given twice: its last version counts
    todo = []
    for study in latest.values():
        if reusable(session, study, backend) is not None:
            report.counts["reused"] += 1
        else:
            todo.append(study)
    prepared = prepare_many(todo)
    # One transaction for the batch (each add is a savepoint): many times faster than one each.
    with db.transaction(session):
        for item in prepared:
            if isinstance(item, TranslatorError):
                report.counts["failed"] += 1
                report.errors.append(item)
                continue
            try:
                _store(session, item, actor=actor)
                report.counts["translated"] += 1
            except ServiceError as error:
                report.counts["failed"] += 1
                report.errors.append(error)


def reusable(session: Session, study: Study, backend: Backend) -> StoredTranslation | None:
    """The stored translation of the study's current criteria text by this backend's prompt and model,
    if it renders the criteria as they parse today.

    The same text parsed by an older parser can split into other criteria (other ids, other texts):
    a translation citing those would not match the criteria served beside it, so it is made again
    (approvals of criteria whose text is unchanged carry over to the new one).
    """
    identity = backend.identity
    found = store.find_translation(session, study.nct_id, study.criteria_sha, identity.prompt_sha, identity.model)
    if found is None or found.criterion_shas != approvals.criterion_shas(approvals.parsed(study.eligibility.criteria)):
        return None
    return found


def _store(session: Session, prepared: Prepared, *, actor: str) -> StoredTranslation:
    return store.add_translation(
        session, prepared.nct_id, prepared.translation, prepared.findings, actor=actor, criteria=prepared.criteria
    )
