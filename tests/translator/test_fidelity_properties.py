"""The fidelity checks on whatever a backend may answer: an LLM returns arbitrary text (any script, symbols,
brackets, empty or very long bullets) citing ids that exist or not. The checks judge it; they never raise, so one
odd answer costs a finding, not the record (or a 500 in the service).

`HYPOTHESIS_PROFILE=explore` draws new examples each run, the way these were hunted.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime
from functools import cache

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.corpus import corpus_records, criteria_text
from translator.backend import CriterionRequest, RenderedBullet, Rendering, RequestItem
from translator.criteria import CriteriaDoc, SectionKind
from translator.fidelity import check, check_rendering
from translator.findings import Finding
from translator.outline import parse_criteria
from translator.translation import Bullet, Definition, Flag, Provenance, Summary, TranslatedSection, Translation

_ANY_CHAR = st.characters(codec="utf-8", exclude_categories=["Cs"])
# What bullets are made of, with the marks that trip text rules: comparators and units, CT.gov escapes,
# full-width and RTL punctuation, zero-width and no-break spaces, combining marks, other scripts' digits.
_PIECES = [
    "You", "cannot", "join", "if", "you", "have", "had", "not", "no", "never", "without", "unless", "or", "and",
    "≥", "≤", "<", ">", "\\>=", "at least", "more than", "18", "1.5", "0-1", "10^9/L", "x ULN", "mg/dL", "%", "years",
    "within", "4 weeks", "before", "after", "prior to", "since", "surgery", "randomization", "Grade 3", "ECOG", "CD20",
    "HIV-1", "(", ")", "[", "]", ";", ":", ",", ".", "/", "-", "–", "−", "；", "（", "）", "：", "，", "。", "１８",
    "\u00a0", "\u200b", "\u200f", "\u202e", "\ufeff", "\u0301", "\u3000", "\n", "\t", "٣", "١٨", "۱۸", "𝟏𝟖", "①",
    "²", "½", "ﬀ", "İ", "ſ", "K", "Day -\u00a0٣", "مرحبا", "שלום", "中文", "1e308", "9" * 40, "I1", "E2", "E99",
    # letters a case-blind pattern takes for ASCII ones, in words the checks look up
    "7 conſecutive days", "the equıvalent of 10 cigarettes", "İs", "haſ",
]  # fmt: skip
_PIECE = st.one_of(st.sampled_from(_PIECES), st.text(_ANY_CHAR, max_size=6))
BULLET_TEXT = st.one_of(
    st.lists(_PIECE, max_size=24).map(" ".join),
    st.lists(_PIECE, max_size=24).map("".join),
    st.text(_ANY_CHAR, max_size=120),
    st.sampled_from(["", " ", ".", "a" * 3000, "(" * 200, "1 " * 500]),
)
_GENERATED_LINE = st.lists(_PIECE, min_size=1, max_size=10).map(" ".join)


@cache
def corpus_docs() -> tuple[CriteriaDoc, ...]:
    return tuple(parse_criteria(criteria_text(r)) for r in random.Random(10).sample(corpus_records(), 60))


@st.composite
def docs(draw: st.DrawFn) -> CriteriaDoc:
    """A real corpus criteria text, or one written from the pieces above."""
    if draw(st.booleans()):
        return draw(st.sampled_from(corpus_docs()))
    lines = draw(st.lists(st.tuples(st.sampled_from(["* ", "- ", "1. ", "  * ", ""]), _GENERATED_LINE), max_size=5))
    body = "\n".join(marker + line for marker, line in lines)
    return parse_criteria(draw(st.sampled_from(["Inclusion Criteria:\n", "Exclusion Criteria:\n", ""])) + body)


@st.composite
def bullet_texts(draw: st.DrawFn, doc: CriteriaDoc) -> str:
    """Free text, or a criterion's own words with free text around them (a near-faithful answer)."""
    if doc.criteria and draw(st.booleans()):
        source = draw(st.sampled_from(doc.criteria)).text
        return f"{draw(BULLET_TEXT)} {source} {draw(BULLET_TEXT)}".strip()
    return draw(BULLET_TEXT)


@st.composite
def translations(draw: st.DrawFn) -> tuple[CriteriaDoc, Translation]:
    doc = draw(docs())
    ids = st.sampled_from([c.id for c in doc.criteria] + ["E99", "I0", "", "I1.1.1", "x"])
    sections = [
        TranslatedSection(kind=kind, label=draw(BULLET_TEXT), bullets=[
            Bullet(text=draw(bullet_texts(doc)), source_ids=draw(st.lists(ids, max_size=3)),
                   definitions=[Definition(term=draw(BULLET_TEXT), plain=draw(BULLET_TEXT))
                                for _ in range(draw(st.integers(0, 1)))])
            for _ in range(draw(st.integers(0, 4)))])
        for kind in draw(st.lists(st.sampled_from(list(SectionKind)), max_size=3))
    ]  # fmt: skip
    translation = Translation(
        nct_id=None, sections=sections, summary=Summary(text=""),
        provenance=Provenance(backend="llm", source_sha="0", created_at=datetime(2026, 1, 1, tzinfo=UTC)),
        flags=[Flag(criterion_id=draw(ids), code="x", message=draw(BULLET_TEXT))
               for _ in range(draw(st.integers(0, 1)))],
        not_shown={cid: "repeated" for cid in draw(st.lists(ids, max_size=2))},
    )  # fmt: skip
    return doc, translation


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(translations())
def test_check_never_raises_on_any_bullet_text_or_cited_id(case: tuple[CriteriaDoc, Translation]) -> None:
    doc, translation = case
    findings = check(doc, translation)
    count = sum(1 for _ in translation.bullets())
    assert all(isinstance(f, Finding) for f in findings)
    assert all(f.bullet_index is None or 0 <= f.bullet_index < count for f in findings)


@st.composite
def renderings(draw: st.DrawFn) -> tuple[CriterionRequest, Rendering]:
    doc = draw(docs())
    tops = [c for c in doc.criteria if c.parent is None]
    if not tops:
        request = CriterionRequest(kind=SectionKind.OTHER, items=[RequestItem(ref="1", text=draw(BULLET_TEXT))])
        return request, Rendering(bullets=[RenderedBullet(text=draw(BULLET_TEXT), refs=["1"])])
    top = draw(st.sampled_from(tops))
    children = [c for c in doc.criteria if c.parent == top.id][:4]
    items = [RequestItem(ref="1", text=top.text, logic=top.logic)]
    items += [RequestItem(ref=f"1.{n}", text=child.text) for n, child in enumerate(children, 1)]
    refs = st.sampled_from([item.ref for item in items] + ["2", "1.9", "", "I1"])
    bullets = [RenderedBullet(text=draw(bullet_texts(doc)), refs=draw(st.lists(refs, max_size=3)))
               for _ in range(draw(st.integers(0, 4)))]
    return CriterionRequest(kind=top.kind, items=items), Rendering(bullets=bullets)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(renderings())
def test_check_rendering_never_raises_on_any_answer(case: tuple[CriterionRequest, Rendering]) -> None:
    request, rendering = case
    findings = check_rendering(request, rendering)
    assert all(f.bullet_index is None or 0 <= f.bullet_index < len(rendering.bullets) for f in findings)
