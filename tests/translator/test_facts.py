"""Fact extraction: the normalised forms, spans, equivalence, and robustness on any string."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.corpus import corpus_records, criteria_text
from translator.facts import Comparator, Fact, FactKind, extract_facts
from translator.negation import _CUE_RE
from translator.results import _RESULT_RE
from translator.scales import _SCALE_RE
from translator.temporal import _IMPLICIT_ONE_RE, _QUAL_RE, _RELATION_RE
from translator.temporal_points import _POINT_RE
from translator.text import unescape
from translator.triggers import TriggeredPattern
from translator.units import convert, equivalent


def keys(text: str, kind: FactKind | None = None) -> list[str]:
    return [f.key for f in extract_facts(text) if kind is None or f.kind is kind]


AGE_18 = "value|>=|18||year||"


@pytest.mark.parametrize(
    "text",
    ["≥ 18 years", ">= 18 years", "=> 18 yrs", "> or = 18 years", "18 years or older", "18 years of age or older",
     "aged 18 or above", "at least 18 years old", "18 years and over", "age ≥ 18", "18+ years", "≥18 y/o",
     "no younger than 18 years", "18-year-old or older"],
)  # fmt: skip
def test_age_bound_same_key_across_wordings(text: str) -> None:
    assert keys(text) == [AGE_18]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("total bilirubin < 1.5 x ULN", ["value|<||1.5|x ULN||"]),
        ("AST <2.5X ULN", ["value|<||2.5|x ULN||"]),
        ("ALT ≤ 3 times the upper limit of normal", ["value|<=||3|x ULN||"]),
        ("creatinine ≤ 1.5 × institutional ULN", ["value|<=||1.5|x ULN||"]),
        ("bilirubin above ULN", ["value|>|1||x ULN||"]),
        ("NIHSS 5–20", ["value|range|5|20|||"]),
        ("NIHSS between 5 and 20", ["value|range|5|20|||"]),
        ("aged 18-75", ["value|range|18|75|year||"]),
        ("18 to 75 years", ["value|range|18|75|year||"]),
        ("ECOG performance status 0 or 1", ["value|range|0|1|||"]),
        ("ECOG 0, 1 or 2", ["value|range|0|2|||"]),
        ("mRS ≤ 1", ["value|<=||1|||"]),
        ("Karnofsky ≥ 70%", ["value|>=|70||%||"]),
        ("at least 2 NSAIDs", ["value|>=|2||||"]),
        ("two or more", ["value|>=|2||||"]),
        ("twice", ["value|=|2||times||"]),
        ("three (3) months", ["value|=|3||month||"]),
        ("BMI 18.5-30 kg/m^2", ["value|range|18.5|30|kg/m2||"]),
        ("eGFR < 60 mL/min/1.73 m²", ["value|<||60|mL/min/1.73m2||"]),
        ("ANC ≥ 1.5 x 10^9/L", ["value|>=|1.5||x10^9/L||"]),
        ("platelets ≥ 100 × 10⁹/L", ["value|>=|100||x10^9/L||"]),
        ("platelets ≥ 100,000/mm3", ["value|>=|100000||/mm3||"]),
        ("platelets ≥ 100,000 cells/µL", ["value|>=|100000||/mm3||"]),
        ("dose of 1,5 mg", ["value|=|1.5||mg||"]),
        ("BP > 140/90 mmHg", ["value|>|140||mmHg||", "value|>|90||mmHg||"]),
        ("HbA1c > 7.5%", ["value|>|7.5||%||"]),
        ("QTc > 450 msec", ["value|>|450||ms||"]),
        ("T-score ≤ -2.5", ["value|<=||-2.5|||"]),
        ("stage IIIB or IV", ["value|=|4||stage||", "value|=|||stage|||3B"]),
        ("NYHA class III or IV", ["value|range|3|4|class||"]),
        ("grade ≥ 3", ["value|>=|3||grade||"]),
        ("Child-Pugh class B", ["value|=|||class|||B"]),
        ("a negative pregnancy test", ["value|||||||negative"]),
        ("HIV+", ["value|||||||positive"]),
        # a unit spelled out is the same unit: "0.5 g or more per deciliter" would split it
        ("M-protein ≥ 0.5 grams per deciliter", ["value|>=|0.5||g/dL||"]),
        ("creatinine < 2 milligrams per decilitre", ["value|<||2|mg/dL||"]),
        ("fibrinogen > 1.5 grams per liter", ["value|>|1.5||g/L||"]),
        ("at least 10 grams of fiber", ["value|>=|10||g||"]),
    ],
)
def test_values_normalise_to_expected_keys(text: str, expected: list[str]) -> None:
    assert keys(text, FactKind.VALUE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("within 24 hours of symptom onset", "temporal|<=||24|hour|within|symptom onset"),
        ("within 24 hours of stroke onset", "temporal|<=||24|hour|within|symptom onset"),
        ("in the 3 months before randomization", "temporal|<=||3|month|before|randomization"),
        ("within 3 months prior to random assignment", "temporal|<=||3|month|before|randomization"),
        ("at least 4 weeks prior to first dose", "temporal|>=|4||week|before|first dose"),
        ("≥ 4 weeks before the start of study treatment", "temporal|>=|4||week|before|first dose"),
        ("for 6 months after the last dose", "temporal|<=||6|month|after|last dose"),
        ("in the past year", "temporal|<=||1|year|before|"),
        ("within the last 12 months", "temporal|<=||12|month|before|"),
        ("more than 6 months ago", "temporal|>|6||month|before|"),
        ("for at least 3 months", "temporal|>=|3||month|for|"),
        ("during the study", "temporal|||||during|study"),
        ("at screening", "temporal|||||at|screening"),
        ("prior to study entry", "temporal|||||before|enrollment"),
        ("before joining the study", "temporal|||||before|enrollment"),
        ("at Visit 1", "temporal|||||at|visit 1"),
        ("history of stroke", "temporal|||||past|"),
        ("preoperative", "temporal|||||before|surgery"),
    ],
)
def test_time_windows_normalise_with_anchor(text: str, expected: str) -> None:
    assert keys(text, FactKind.TEMPORAL)[0] == expected


@pytest.mark.parametrize(
    ("text", "count"),
    [("no history of stroke", 1), ("not pregnant", 1), ("without dementia", 1), ("neither A nor B", 1),
     ("non-smoker", 1), ("any cancer except basal cell carcinoma", 1), ("unless treated", 1),
     ("does not have diabetes", 1), ("no more than 3 prior regimens", 0), ("not less than 18 years", 0),
     ("negative for HIV", 0), ("non-small cell lung cancer", 0), ("with or without stent", 0),
     ("including but not limited to", 0)],
)  # fmt: skip
def test_negation_cues_counted_but_comparators_and_names_are_not(text: str, count: int) -> None:
    assert len(keys(text, FactKind.NEGATION)) == count


def test_numbers_inside_names_and_list_markers_are_not_facts() -> None:
    assert extract_facts("HbA1c, CD4, COVID-19, IL-6 and 5-FU") == []
    assert extract_facts("2. Are pregnant") == []
    assert keys("if (1) radiation therapy was completed") == []


def test_spans_index_into_text_and_facts_are_sorted() -> None:
    text = "Age ≥ 18 years, no history of MI within 6 months prior to screening, ALT < 2.5 x ULN"
    facts = extract_facts(text)
    assert [f.start for f in facts] == sorted(f.start for f in facts)
    for fact in facts:
        assert text[fact.start : fact.end] == fact.text
    assert extract_facts(text) == facts


def test_key_omits_label_field_when_absent() -> None:
    fact = Fact(kind=FactKind.VALUE, start=0, end=2, text="18", comparator=Comparator.GE, low=18, unit="year")
    assert fact.key == AGE_18
    assert Fact(kind=FactKind.NEGATION, start=0, end=2, text="no", cue="no").key == "negation"


def test_key_writes_large_counts_without_exponent() -> None:
    assert keys("≥ 1,500,000 copies/mL") == ["value|>=|1500000||copies/mL||"]


def _first(text: str) -> Fact:
    return extract_facts(text)[0]


@pytest.mark.parametrize(
    ("source", "rendering", "same"),
    [("4 weeks", "28 days", True), ("Hb ≥ 9 g/dL", "≥ 90 g/L", True), ("≥ 100,000/mm3", "≥ 100 x 10^9/L", True),
     ("ECOG 0-1", "0 or 1 points", True), ("within 6 months", "in the past 6 months", True),
     ("< 3 months", "for less than 3 months", True), ("≥ 18 years", "> 18 years", False),
     ("6 months before screening", "6 months", False), ("3 months", "3 weeks", False),
     ("within 6 months of screening", "within 6 months of randomization", False)],
)  # fmt: skip
def test_equivalent_accepts_faithful_restatements_only(source: str, rendering: str, same: bool) -> None:
    assert equivalent(_first(source), _first(rendering)) is same


def test_convert_uses_exact_factors_and_refuses_inexact_ones() -> None:
    assert convert(2, "week", "day") == 14
    assert convert(1, "year", "month") == 12
    assert convert(1, "month", "day") is None
    assert convert(1, "lb", "kg") == pytest.approx(0.45359237)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=300))
def test_extract_never_raises_and_spans_hold_on_any_string(text: str) -> None:
    facts = extract_facts(text)
    for fact in facts:
        assert 0 <= fact.start < fact.end <= len(text)
        assert text[fact.start : fact.end] == fact.text
    assert [(f.start, f.end) for f in facts] == sorted((f.start, f.end) for f in facts)


_PIECES = ["≥", "<", "at least", "no more than", "within", "in the past", "prior to randomization", "18", "1.5",
           "two", "years", "x ULN", "mg/dL", "%", "-", "to", "or older", "not", "no", "history of", "stage", "IV",
           " ", " ", ",", "(", ")", "/", "10^9/L", "between", "and", "day", "visit", "+"]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=14))
def test_extract_never_raises_on_criteria_like_strings(pieces: list[str]) -> None:
    text = " ".join(pieces)
    for fact in extract_facts(text):
        assert text[fact.start : fact.end] == fact.text


def _reference_finditer(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    """What `finditer` restricted to word starts finds: the contract TriggeredPattern keeps."""
    spans, pos = [], 0
    while pos < len(text):
        m = pattern.match(text, pos) if pos == 0 or not text[pos - 1].isalpha() else None
        if m is not None and m.end() > m.start() and text[pos].isalpha():
            spans.append((m.start(), m.end()))
            pos = m.end()
        else:
            pos += 1
    return spans


@pytest.mark.parametrize(
    "triggered", [_CUE_RE, _RESULT_RE, _SCALE_RE, _IMPLICIT_ONE_RE, _POINT_RE, _QUAL_RE, _RELATION_RE]
)
def test_triggers_cover_every_match_of_their_pattern(triggered: TriggeredPattern, shared_data: object) -> None:
    lines = [line for record in corpus_records()[::40] for line in criteria_text(record).splitlines() if line.strip()]
    for line in lines:
        text = unescape(line)
        expected = _reference_finditer(triggered.pattern, text)
        assert [(m.start(), m.end()) for m in triggered.finditer(text)] == expected, text


_TRICKY = st.sampled_from(["ſ", "K", "İ", "ﬀ", "٣", "²", "⁹", "µ", "μ", "\u0301", "\u00a0", "\u2009", "–", "−", "≥",
                           "≤", "×", "\\", "^", "°", "℃", "½", "\r", "\n", "\t", "'", "’"])  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_PIECES), _TRICKY), max_size=16))
def test_extract_never_raises_on_case_folding_and_unicode_digits(pieces: list[str]) -> None:
    text = "".join(pieces)
    for fact in extract_facts(text):
        assert text[fact.start : fact.end] == fact.text
    assert extract_facts("aT leaſt 18 yearſ, ſince ſcreening, viſit 2, weeK 3, ≥ ١٨ years") is not None
