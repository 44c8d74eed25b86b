"""Extractor leftovers and fidelity misses, each pinned on the real criterion of a corpus record.

Formula constants, drug codes, vaccination schedules and fractions were read as thresholds or ranges;
stacked comparators, a repeated fact with one copy changed, and a two-sided "within N of <event>" window
put on one side went unreported. Each test reads the criterion the real parser gives for the record.
"""

from __future__ import annotations

import pytest

from tests.corpus import corpus_by_id, criteria_text
from translator.backend import CriterionRequest, RenderedBullet, Rendering, RequestItem
from translator.criteria import SectionKind
from translator.facts import FactKind, extract_facts
from translator.fidelity import check_rendering, errors
from translator.findings import Finding
from translator.outline import parse_criteria
from translator.phrasing import phrase


def criterion(nct_id: str, needle: str) -> str:
    """The text of the parsed criterion of `nct_id` that holds `needle` (its wrapped lines joined)."""
    doc = parse_criteria(criteria_text(corpus_by_id()[nct_id]))
    texts = [c.text for c in doc.criteria if needle in " ".join(c.text.split())]
    assert texts, f"{needle!r} not in a criterion of {nct_id}"
    return " ".join(texts[0].split())


def keys(text: str) -> list[str]:
    return [f.key for f in extract_facts(text) if f.kind is not FactKind.NEGATION]


def judge(source: str, bullet: str) -> list[Finding]:
    request = CriterionRequest(kind=SectionKind.INCLUSION, items=[RequestItem(ref="1", text=source)])
    return check_rendering(request, Rendering(bullets=[RenderedBullet(text=bullet, refs=["1"])]))


def test_cockcroft_gault_constants_are_not_thresholds() -> None:
    text = criterion("NCT00603447", "(140 - Age) x Mass")
    assert "140" in text and "72" in text
    found = keys(text)
    assert not any("|140|" in k or "|72|" in k or "|72||" in k for k in found), found
    # The threshold the equation computes stays a fact, and changing it is still caught.
    assert found, text


@pytest.mark.parametrize(("text", "expected"), [
    ("Cr Clearance = (140-age) x wt (kg)/(Cr[mg/dl]x 72) >= 50 mL/min", ["value|>=|50||mL/min||"]),
    ("[weight (Kg) x (140-age) x (0.85 if female)]/[72 x (stable creatinine)] > 60 mL/min",
     ["value|>|60||mL/min||"]),
])
def test_threshold_after_the_equation_is_read(text: str, expected: list[str]) -> None:
    assert keys(text) == expected


@pytest.mark.parametrize(("nct_id", "needle"), [("NCT02149108", "TAS 102"), ("NCT01253681", "AMG 386")])
def test_number_in_a_drug_code_is_part_of_its_name(nct_id: str, needle: str) -> None:
    text = criterion(nct_id, needle)
    number = needle.split()[1]
    assert not any(f.text.startswith(number) for f in extract_facts(text)), keys(text)


def test_counts_after_a_lab_name_stay_values() -> None:
    # "ANC 1500" is a count after a lab's name; "AMG 386", after a sponsor's letters, is a drug's code.
    assert keys("ANC 1500/mm3 and AMG 386") == ["value|=|1500||/mm3||", "value|=|||code|||AMG386"]


def test_vaccination_schedule_is_one_fact_not_a_range() -> None:
    # No criterion in the corpus writes a schedule; this record's summary does, in the same words.
    summary = corpus_by_id()["NCT01357915"]["protocolSection"]["descriptionModule"]["briefSummary"]
    text = next(s for s in " ".join(summary.split()).split(". ") if "0-1-6 month" in s)
    schedule = [f for f in extract_facts(text) if f.unit == "schedule"]
    assert [f.label for f in schedule] == ["0-1-6 month"]
    assert "value|range|0|1|||" not in keys(text)
    assert keys("doses at 0, 1 and 6 months") == [schedule[0].key]
    assert keys(phrase(schedule[0])) == [schedule[0].key]
    assert errors(judge(text, text.replace("0-1-6", "0-1-12")))


def test_a_choice_of_months_is_not_a_schedule() -> None:
    assert all(f.unit != "schedule" for f in extract_facts("1, 3 or 6 months"))


@pytest.mark.parametrize(("nct_id", "needle", "value"), [
    ("NCT00186446", "(1/2 pack)", 0.5),
    ("NCT03733470", "1/2 pack/day", 0.5),
    ("NCT03290053", "<4½ hours", 4.5),
])
def test_fractions_are_their_value(nct_id: str, needle: str, value: float) -> None:
    text = criterion(nct_id, needle)
    at = text.index(needle)
    fact = next(f for f in extract_facts(text) if f.start <= at + 1 < f.end or at <= f.start < at + len(needle))
    assert value in (fact.low, fact.high), fact


@pytest.mark.parametrize(("text", "value"), [("½ pack", 0.5), ("1 1/2 packs a day", 1.5), ("1 1/2 hours", 1.5)])
def test_written_fractions(text: str, value: float) -> None:
    assert extract_facts(text)[0].low == value


@pytest.mark.parametrize("text", ["ECOG 0/1", "ECOG 1/2"])
def test_a_choice_of_levels_stays_a_range(text: str) -> None:
    assert keys(text)[0].startswith("value|range|")


def test_stacked_comparators_read_as_one_bound() -> None:
    text = criterion("NCT00877487", "minimum of at least")
    at = text.index("minimum of at least")
    fact = next(f for f in extract_facts(text) if f.start <= at < f.end)
    assert "a minimum of at least 6 months" in fact.text and fact.low == 6 and fact.comparator == ">="
    # The criterion also says "in the 6 months preceding", so the swapped outer bound is one it states.
    assert errors(judge(text, text.replace("minimum of at least", "maximum of at least")))
    assert not errors(judge(text, text))
    value = "a minimum of at least 3 cycles"
    assert errors(judge(value, value.replace("minimum", "maximum")))


def test_stacked_comparators_that_disagree_are_two_facts() -> None:
    text = "a maximum of at least 3 cycles"
    assert keys(text) == ["value|<=||3|||", "value|>=|3||||"]
    assert not errors(judge(text, text))


def test_changing_one_copy_of_a_repeated_fact_into_another_is_caught() -> None:
    source = "Age Phase 1: ≥ 18 years to ≤ 55 years Phase 2: ≥ 18 years"
    assert errors(judge(source, "Age Phase 1: ≥ 18 years to ≤ 55 years Phase 2: ≤ 55 years"))
    assert not errors(judge(source, source))
    assert not errors(judge("Women ≥ 18 years and men ≥ 18 years", "Women and men ≥ 18 years"))


def test_an_extra_copy_that_restates_the_lost_repeat_is_no_change() -> None:
    # NCT02848313: the source's "1 eye" beside an age reads as "1 year" (twice, with "one eye"); the
    # bullets' unitless "1"/"one" restate it, so the count of copies must compare them as the same fact.
    source = "Adults ≥ 55 years of age with 1 eye. ≥ 55 years of age with one eye. At least 1 large druse, 1 visit"
    bullet = ("Adults 55 years or older with 1 eye. You are 55 years or older with one eye. "
              "At least 1 large druse, 1 visit")
    assert not errors(judge(source, bullet))
    assert errors(judge(source, bullet.replace("with 1 eye", "with 55 eye", 1)))


def test_within_of_an_event_put_on_one_side_is_a_warning() -> None:
    source = "Major surgery within 4 weeks of the start of study treatment"
    findings = judge(source, "You had major surgery in the 4 weeks before the start of study treatment.")
    assert [f.check for f in findings if f.check == "window_side"] == ["window_side"]
    assert not errors(findings)
    assert not [f for f in judge(source, source) if f.check == "window_side"]
    stated = "Major surgery within 4 weeks before the start of study treatment"
    assert errors(judge(stated, "You had major surgery in the 4 weeks after the start of study treatment."))


# Misreads found by reading extract_facts over 200 sampled corpus criteria with numbers.
@pytest.mark.parametrize(("nct_id", "needle", "key"), [
    ("NCT02152306", "within12 weeks", "temporal|<=||12|week|within|screening"),
    ("NCT02603120", "0.83 mL/sec", "value|>=|0.83||mL/s||"),
    ("NCT04342793", "9.0％", "value|>=|9||%||"),
    ("NCT02389088", "11gm/dl", "value|<||11|g/dL||"),
    ("NCT00512798", "> equal to 100,000", "value|>=|100000||/mm3||"),
    ("NCT02670915", "below or equal 9.5%", "value|<=||9.5|%||"),
    ("NCT03180268", "STEP 1 REGISTRATION", "value|=|||step|||1"),
])
def test_sampled_misreads_read_right(nct_id: str, needle: str, key: str) -> None:
    text = criterion(nct_id, needle)
    at = text.index(needle)
    assert [f.key for f in extract_facts(text) if f.start <= at + 2 < f.end] == [key]


def test_page_footers_are_no_facts() -> None:
    text = criterion("NCT04207047", "Page 8 of 52")
    assert not any("52" in f.text for f in extract_facts(text)), keys(text)


@pytest.mark.parametrize(("nct_id", "needle", "year", "label"), [
    ("NCT02181660", "criteria (2008)", "2008", "WHO 2008"),
    ("NCT01578850", "1987 American College", "1987", "ACR 1987"),
])
def test_years_of_criteria_sets_are_editions_not_numbers(nct_id: str, needle: str, year: str, label: str) -> None:
    # No amount to compare, but the edition a bullet must keep (`translator.fact_classifications`).
    text = criterion(nct_id, needle)
    assert not any(f"|{year}|" in key for key in keys(text)), keys(text)
    assert f"value|=|||code|||{label}" in keys(text)


def test_part_of_a_study_is_a_name_not_an_age() -> None:
    text = criterion("NCT03145948", "for Substudy 2")
    parts = [f for f in extract_facts(text) if f.unit == "substudy"]
    assert [f.label for f in parts] == ["1", "2"]
    assert "value|=|2||year||" not in keys(text)
    assert keys(phrase(parts[1])) == [parts[1].key]
    assert errors(judge(text, text.replace("Substudy 2", "Substudy 3")))
