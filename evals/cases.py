"""Eval cases: a few source criteria and the bullets that render them, checked on their own.

A case is the unit the harness measures: one top-level criterion (with its sub-items) of a real
trial and its bullets, from the offline backend, from hand-written paraphrases, or from a planted
error. Checking a case runs the same comparison as `translator.fidelity.check` on a whole
translation, restricted to the criteria the case covers.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from translator.criteria import CriteriaDoc, SectionKind
from translator.fidelity import Rendered, Source, compare
from translator.fidelity_negations import facts_of
from translator.findings import Finding, Severity
from translator.translation import Translation


class CaseSource(BaseModel):
    model_config = ConfigDict(frozen=True)

    id: str
    kind: SectionKind
    text: str
    start: int | None = Field(default=None, description="Span of the criterion in the raw criteria text.")
    end: int | None = None


class CaseBullet(BaseModel):
    model_config = ConfigDict(frozen=True)

    text: str
    source_ids: list[str]
    kind: SectionKind = Field(description="The section the bullet is shown in.")


class EvalCase(BaseModel):
    model_config = ConfigDict(frozen=True)

    case_id: str
    nct_id: str
    origin: str = Field(description="'offline', 'paraphrase', or the name of the backend that wrote it.")
    sources: list[CaseSource]
    bullets: list[CaseBullet]
    raw: str | None = Field(default=None, repr=False, description="The trial's raw criteria text, for reports.")


def check_case(case: EvalCase) -> list[Finding]:
    sources = [
        Source(id=s.id, kind=s.kind, text=s.text, facts=facts_of(s.text),
               raw_span=(s.start, s.end) if s.start is not None and s.end is not None else None)
        for s in case.sources
    ]
    bullets = [Rendered(i, b.kind, b.text, list(b.source_ids), facts_of(b.text))
               for i, b in enumerate(case.bullets)]
    return compare(sources, bullets, {})


def case_errors(case: EvalCase) -> list[Finding]:
    return [f for f in check_case(case) if f.severity is Severity.ERROR]


def cases_from_translation(doc: CriteriaDoc, translation: Translation, *, origin: str) -> list[EvalCase]:
    """One case per top-level criterion, with every bullet that cites it or its sub-items."""
    nct_id = translation.nct_id or "unknown"
    groups: dict[str, list[str]] = {}
    for criterion in doc.criteria:
        top = criterion.id.split(".")[0]
        groups.setdefault(top, []).append(criterion.id)
    by_id = {c.id: c for c in doc.criteria}
    bullets = [(b, s.kind) for _, s, b in translation.bullets()]
    cases = []
    for top, ids in groups.items():
        members = set(ids)
        case_bullets = [CaseBullet(text=b.text, source_ids=list(b.source_ids), kind=kind)
                        for b, kind in bullets if members.intersection(b.source_ids)]
        cases.append(EvalCase(
            case_id=f"{nct_id}:{top}", nct_id=nct_id, origin=origin, raw=doc.raw,
            sources=[CaseSource(id=i, kind=by_id[i].kind, text=by_id[i].text, start=by_id[i].start,
                                end=by_id[i].end) for i in ids],
            bullets=case_bullets,
        ))
    return cases
