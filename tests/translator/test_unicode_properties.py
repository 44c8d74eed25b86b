"""The text readers (reading grade, lexicon look-ups, facts) on what unseen records and LLM answers may hold:
mixed scripts, combining marks, zero-width and no-break spaces, full-width punctuation (the corpus has "；" and
"（）"), right-to-left text and very long tokens. They never raise, and the spans they give index into the text.
"""

from __future__ import annotations

from datetime import UTC, datetime
from functools import cache

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from translator.criteria import SectionKind
from translator.facts import extract_facts
from translator.lexicon import Lexicon
from translator.readability import grade, median_grade, readability_findings, sentences
from translator.translation import Bullet, Provenance, Summary, TranslatedSection, Translation

_ANY_CHAR = st.characters(codec="utf-8", exclude_categories=["Cs"])
_TRICKY = [
    "\u00a0", "\u2009", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u3000", "\u2028", "\x85", "\r\n",
    "\u0301", "\u0308", "\u0338", "\u200e", "\u200f", "\u202a", "\u202e", "；", "（", "）", "：", "，", "。", "！",
    "？", "．", "１８", "ｍｇ/ｄＬ", "٣", "١٨", "۱۸", "०", "𝟏𝟖", "①", "²", "½", "ﬁ", "ﬀ", "İ", "ı", "ſ", "K", "ß",
    "ǅ", "مرحبا", "שלום", "中文", "Ωμέγα", "Привет", "é", "e\u0301", "a" * 2000, "1" * 400, "." * 300, "(" * 100,
]  # fmt: skip
_MEDICAL = [
    "ECOG", "HIV", "ALT", "AST", "CD20", "x ULN", "≥", "<", "at least", "18", "1.5", "years", "mg/dL", "within",
    "prior to", "e.g.", "i.e.", "Grade", "stage IV", "hepatitis B", "myocardial infarction", "not", "no", ".", "?",
]  # fmt: skip
_PIECE = st.one_of(st.sampled_from(_TRICKY + _MEDICAL), st.text(_ANY_CHAR, max_size=6))
TEXTS = st.one_of(
    st.lists(_PIECE, max_size=30).map(" ".join),
    st.lists(_PIECE, max_size=30).map("".join),
    st.text(_ANY_CHAR, max_size=300),
)


@cache
def lexicon() -> Lexicon:
    return Lexicon.load()


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_reading_grade_and_sentences_never_raise(text: str) -> None:
    assert isinstance(grade(text), float)
    assert all(part and part in text for part in sentences(text))
    assert isinstance(median_grade([text, text.upper()]), float)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS, st.lists(TEXTS, max_size=2))
def test_lexicon_find_never_raises_and_its_spans_hold(text: str, context: list[str]) -> None:
    for match in lexicon().find(text, context):
        assert 0 <= match.start < match.end <= len(text)
        assert text[match.start : match.end] == match.text


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_facts_never_raise_on_any_script_and_their_spans_hold(text: str) -> None:
    for variant in (text, text.upper(), text.casefold()):
        for fact in extract_facts(variant):
            assert variant[fact.start : fact.end] == fact.text


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(TEXTS, max_size=4))
def test_readability_findings_never_raise_and_name_their_bullet(texts: list[str]) -> None:
    bullets = [Bullet(text=t, source_ids=[]) for t in texts]
    translation = Translation(
        nct_id=None, summary=Summary(text=""),
        sections=[TranslatedSection(kind=SectionKind.INCLUSION, label="x", bullets=bullets)],
        provenance=Provenance(backend="llm", source_sha="0", created_at=datetime(2026, 1, 1, tzinfo=UTC)),
    )  # fmt: skip
    for finding in readability_findings(translation, lexicon()):
        assert finding.bullet_index is not None and 0 <= finding.bullet_index < len(texts)
        if finding.bullet_span is not None:
            start, end = finding.bullet_span
            assert 0 <= start < end <= len(texts[finding.bullet_index])
