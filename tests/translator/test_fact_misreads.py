"""Misreads of the fact extractor found over the corpus, each pinned on the real criterion text.

Every test reads its line from the corpus record it was found in, so a test fails if the record
changes as well as when the extractor does; the fidelity tests check the consequence a reader sees
(a bullet that changes the fact is an error, a faithful one is not).
"""

from __future__ import annotations

import pytest

from tests.corpus import corpus_by_id, criteria_text
from translator.backend import CriterionRequest, RenderedBullet, Rendering, RequestItem
from translator.criteria import SectionKind
from translator.facts import FactKind, extract_facts
from translator.fidelity import check_rendering, errors
from translator.phrasing import phrase


def line_of(nct_id: str, needle: str) -> str:
    """The criteria line of `nct_id` that holds `needle`, stripped of its list marker."""
    lines = [line.strip(" -*\t") for line in criteria_text(corpus_by_id()[nct_id]).splitlines() if needle in line]
    assert lines, f"{needle!r} not in {nct_id}"
    return lines[0]


def corpus_line(needle: str) -> str:
    """The first criteria line of the corpus that holds `needle`."""
    return next(
        line.strip()
        for record in corpus_by_id().values()
        for line in criteria_text(record).splitlines()
        if needle in line
    )


def keys(text: str) -> list[str]:
    return [f.key for f in extract_facts(text) if f.kind is not FactKind.NEGATION]


def fidelity_errors(source: str, bullet: str, kind: SectionKind = SectionKind.INCLUSION) -> list[str]:
    request = CriterionRequest(kind=kind, items=[RequestItem(ref="1", text=source)])
    rendering = Rendering(bullets=[RenderedBullet(text=bullet, refs=["1"])])
    return [f.message for f in errors(check_rendering(request, rendering))]


def test_spaced_equals_greater_is_at_least(shared_data: object) -> None:
    # NCT00650923 writes "= >" and "< =" with a space: a reader sees "at least" and "at most".
    hemoglobin = line_of("NCT00650923", "Hemoglobin = >")
    assert keys(hemoglobin) == ["value|>=|10||g/dL||"]
    assert keys(line_of("NCT00650923", "ANC= >")) == ["value|>=|1500||/mm3||"]
    assert keys(line_of("NCT00650923", "Creatinine < =")) == ["value|<=||1.5|mg/dL||", "value|>=|60||mL/min||"]
    assert not fidelity_errors(hemoglobin, "Your hemoglobin is at least 10 g/dL (a transfusion is allowed).")
    assert fidelity_errors(hemoglobin, "Your hemoglobin is more than 10 g/dL (a transfusion is allowed).")


def test_grade_with_spaced_comparator() -> None:
    assert keys("grade = > 2 neuropathy") == keys("grade ≥ 2 neuropathy") == ["value|>=|2||grade||"]


def test_european_thousands_point_in_a_cell_count(shared_data: object) -> None:
    # "75.000/μl" platelets is 75,000 per µL: a count of cells is never bounded at a thousandth of a cell.
    line = line_of("NCT01558167", "75.000")
    assert keys(line)[:2] == ["value|>|1500||/mm3||", "value|>|75000||/mm3||"]
    assert not fidelity_errors(line, "Your ANC is more than 1500/µL and your platelet count is more than "
                                     "75,000/µL, unless the decrease is due to bone marrow")  # fmt: skip
    assert fidelity_errors(line, "Your ANC is more than 1500/µL and your platelet count is more than 75/µL, "
                                 "unless the decrease is due to bone marrow")  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("WBC >3.000 cells/mm³ (ANC > 1.500 cells/mm³)", ["value|>|3000||/mm3||", "value|>|1500||/mm3||"]),
        ("platelet count <50.000 within 6 weeks", ["value|<||50000|||", "temporal|<=||6|week|within|"]),
        ("platelets 100.000-400.000/mm3", ["value|range|100000|400000|/mm3||"]),
        # Not a count per µL, or a leading zero: the point is a decimal point.
        ("Absolute neutrophil count <2.000x10⁹/L", ["value|<||2|x10^9/L||"]),
        ("CD4 0.500/mm3", ["value|=|0.5||/mm3||"]),
        ("glucose ≤ 13.875 mmol/L", ["value|<=||13.875|mmol/L||"]),
        ("QRS >0.100 seconds", ["value|>|0.1||second||"]),
        ("creatinine 1.500 mg/dL", ["value|=|1.5||mg/dL||"]),
    ],
)
def test_dotted_thousands_only_in_cell_counts(text: str, expected: list[str]) -> None:
    assert keys(text) == expected


def test_age_range_in_months_is_one_fact() -> None:
    # "aged 6 to 23 months" (NCT01021709 and others) was also read as "≥ 6 years" on the same span.
    assert keys("aged 6 to 23 months") == ["value|range|6|23|month||"]
    assert keys("aged 18 to 75") == ["value|range|18|75|year||"]
    assert keys("aged 6 months to 5 years") == ["value|<=||5|year||", "value|>=|6||month||"]
    assert fidelity_errors("aged 6 to 23 months", "You are 6 to 23 years old.")


def test_study_number_is_a_code_not_a_range(shared_data: object) -> None:
    line = line_of("NCT02382276", "Study 339-14-001")
    assert keys(line) == ["value|=|||code|||339-14-001"]
    assert not fidelity_errors(line, "You have completed Study 339-14-001.")
    assert fidelity_errors(line, "You have completed Study 339-14-002.")
    assert fidelity_errors(line, "You have completed the earlier study.")


@pytest.mark.parametrize(
    ("text", "label"),
    [("Subject participated in SPD489-317", "SPD489-317"), ("Study M14-465", "M14-465"),
     ("protocol 12-345", "12-345"), ("trial (Tg 511-15-01)", "511-15-01")],
)  # fmt: skip
def test_codes(text: str, label: str) -> None:
    facts = extract_facts(text)
    assert [(f.unit, f.label) for f in facts] == [("code", label)]
    assert [f.key for f in extract_facts(phrase(facts[0]))] == [facts[0].key]


def test_not_codes() -> None:
    assert keys("ECOG 0-1-2") != ["value|=|||code|||0-1-2"]  # single digits are levels
    assert keys("study 1-2 weeks") == ["value|range|1|2|week||"]
    assert keys("T3-4, N0 or NX, M0") == ["value|=|||TNM|||T3-4", "value|=|||TNM|||N0", "value|=|||TNM|||NX",
                                          "value|=|||TNM|||M0"]  # fmt: skip


def test_marker_names_and_document_references_hold_no_fact(shared_data: object) -> None:
    assert keys(line_of("NCT00410774", "CA 19-9")) == ["value|<=||2.5|x ULN||"]
    assert not [k for k in keys(line_of("NCT00249301", "Table 15-1")) if k.startswith("value")]
    assert keys("CA 125 > 35 U/mL") == ["value|>|35||U/mL||"]
    assert keys("Caesarean section 2 years ago") == ["temporal|=|2||year|before|"]


def test_descending_range_is_the_same_range(shared_data: object) -> None:
    line = line_of("NCT01617148", "letter score of 73 to 25")
    assert "value|range|25|73|||" in keys(line)
    assert keys("between 365-91 days") == keys("between 91 and 365 days") == ["value|range|91|365|day||"]


def test_last_intake_of_something_else_is_not_the_last_dose(shared_data: object) -> None:
    line = corpus_line("15 h since last intake of alcohol")
    windows = [f for f in extract_facts(line) if f.kind is FactKind.TEMPORAL]
    assert [(w.comparator, w.low, w.unit, w.relation, w.anchor) for w in windows] == [(">", 15, "hour", "since", None)]
    assert [f.anchor for f in extract_facts("within 30 days of the last dose of chemotherapy")] == [None]
    # The study treatment's own last dose stays the anchor.
    for text in ("for 6 months after the last dose of study drug", "4 weeks after the last dose",
                 "until 6 months after the last dose of the study medication"):  # fmt: skip
        assert [f.anchor for f in extract_facts(text)] == ["last dose"], text


@pytest.mark.parametrize(
    ("bullet", "faithful"),
    [
        # NYHA names a scale whose only levels are classes: "NYHA 3 to 4" still says which scale.
        ("You do not have NYHA class 3 to 4 heart failure.", True),
        ("You do not have NYHA 3 or 4 heart failure.", True),
        ("You do not have class 3 to 4 heart failure.", True),
        # Without the scale's name or its level word, "3 to 4" is a range of nothing in particular.
        ("You do not have 3 to 4 heart failure.", False),
        ("You do not have stage 3 to 4 heart failure.", False),
        ("You do not have NYHA class 2 to 4 heart failure.", False),
    ],
)
def test_class_range_needs_its_scale(bullet: str, faithful: bool, shared_data: object) -> None:
    source = "No NYHA class III-IV heart failure"
    assert keys(source) == ["value|range|3|4|class||"]
    assert (not fidelity_errors(source, bullet, SectionKind.EXCLUSION)) is faithful


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Child-Pugh 7", ["value|=|7||||"]), ("Child-Pugh B", ["value|=|||class|||B"]),
     ("Hunt and Hess 4", ["value|=|4||grade||"]), ("Hunt and Hess grade 4", ["value|=|4||grade||"])],
)  # fmt: skip
def test_scale_names_give_their_level_word(text: str, expected: list[str]) -> None:
    assert keys(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The level word keeps its unit whatever way the bound is written, and a lettered level keeps its bound.
        ("Grade >/= 2 peripheral neuropathy", ["value|>=|2||grade||"]),
        ("grade of at least 3", ["value|>=|3||grade||"]),
        ("stage up to IIIA", ["value|<=|||stage|||3A"]),
        ("stage ≥ IIIB", ["value|>=|||stage|||3B"]),
        ("WHO functional class (FC) II or III at Visit 1", ["value|range|2|3|class||", "temporal|||||at|visit 1"]),
    ],
)
def test_scale_levels_with_any_comparator(text: str, expected: list[str]) -> None:
    assert keys(text) == expected
    for fact in extract_facts(text):
        assert [f.key for f in extract_facts(phrase(fact))] == [fact.key]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("less than or equal to (≤) 90% of predicted", ["value|<=||90|%||"]),
        ("FSH levels > 40 mlU/ml", ["value|>|40||mIU/mL||"]),
        # References and citations are no facts; a date is.
        ("the MINI, (Sheehan et al., 1998) PLUS any ONE of criteria 5 or 6 or 7", []),
        ("HAMD-17 item 1 score ≥ 2", ["value|>=|2||||"]),
        ("(as of July 1999)", ["value|=|||date|||1999-07"]),  # a month and its year: one date (fact_dates)
    ],
)
def test_bracketed_comparators_typos_and_references(text: str, expected: list[str]) -> None:
    assert keys(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Study days before Day 1 are negative: "Week -4" is a time point, not the number -4.
        ("Fasting plasma glucose >=120 mg/dL and <=240 mg/dL at the Week -4 visit",
         ["value|range|120|240|mg/dL||", "temporal|||||at|week -4"]),
        ("between Day -28 and Day -1", ["temporal|||||at|day -28", "temporal|||||at|day -1"]),
        # a no-break space between the sign and the digits (pasted text) is a space, as an ordinary one is
        ("between Day -\u00a028 and Day - 1", ["temporal|||||at|day -28", "temporal|||||at|day -1"]),
        # A window anchored on a time point is one fact, not the window and the point again.
        ("within 6 months prior to Day 0", ["temporal|<=||6|month|before|day 0"]),
        ("Subjects who participated in the screening visit of the primary study 108890", ["value|=|||code|||108890"]),
    ],
)  # fmt: skip
def test_time_points_and_study_numbers(text: str, expected: list[str]) -> None:
    assert keys(text) == expected
    for fact in extract_facts(text):
        assert fact.key in [f.key for f in extract_facts(phrase(fact))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "mm Hg" with a space was millimetres (the molar "mM" took it); 84 records write it so.
        ("SBP > 140 mm Hg", ["value|>|140||mmHg||"]),
        ("140 / 90 mm Hg", ["value|=|140||mmHg||", "value|=|90||mmHg||"]),
        # A pressure pair without its unit lost the diastolic number: "< 140/95" passed for "< 140/90".
        ("Blood pressure controlled to <140/90 on anti-hypertensive medication",
         ["value|<||140|mmHg||", "value|<||90|mmHg||"]),
        ("mean esophageal dose </= 34 Gy", ["value|<=||34|Gy||"]),
        ("<= 10 kPa on Fibroscan assessment", ["value|<=||10|kPa||"]),
        ("HIV-1 RNA >400 c/mL", ["value|>|400||copies/mL||"]),
    ],
)  # fmt: skip
def test_pressure_and_other_units(text: str, expected: list[str]) -> None:
    assert sorted(keys(text)) == sorted(expected)


def test_snellen_fractions_keep_their_denominator(shared_data: object) -> None:
    line = corpus_line("acuity score in the study eye of 20/40 to 20/320")
    assert "value|range|0.0625|0.5|Snellen||" in keys(line)
    assert keys("Best corrected vision worse than 20/200") == ["value|<||0.1|Snellen||"]
    assert keys("BCVA 6/60 or better") == keys("BCVA 20/200 or better") == ["value|>=|0.1||Snellen||"]
    assert fidelity_errors("visual acuity from 20/40 to 20/320", "Your eyesight is from 20/40 to 20/400.")
    assert not fidelity_errors("visual acuity from 20/40 to 20/320", "Your eyesight is from 20/40 to 20/320.")
    for fact in extract_facts("Visual acuity <20/400 in the fellow eye"):
        assert [f.key for f in extract_facts(phrase(fact))] == [fact.key]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "(or longer, if…)" widens the window in some cases: it is no "30 days or more ago".
        ("Are currently enrolled in, or discontinued within the last 30 days (or longer, if required by local "
         "regulation)", ["temporal|||||current|", "temporal|<=||30|day|before|"]),
        ("18 years (or older)", ["value|>=|18||year||"]),
        # Joining the study is "admission to the study"; the end of a trial is "trial completion".
        ("tobacco use at least 3 months prior to admission to the study on Day -2",
         ["temporal|>=|3||month|before|enrollment", "temporal|||||at|day -2"]),
        ("until 30 days after trial completion.", ["temporal|<=||30|day|after|end of study"]),
        ("3 days after hospital admission", ["temporal|=|3||day|after|admission"]),
    ],
)  # fmt: skip
def test_window_clauses_and_anchors(text: str, expected: list[str]) -> None:
    assert keys(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A fraction kept only its numerator: "7/8 matched" and "7/10 matched" were the same fact.
        ("HLA A, B, C, DRB1 8/8 or 7/8 matched related donor",
         ["value|=|||fraction|||8/8", "value|=|||fraction|||7/8"]),
        ("at least 8/68 tender joints and 6/66 swollen joints",
         ["value|>=|||fraction|||8/68", "value|=|||fraction|||6/66"]),
        ("Mitotic rate > 10/50 high-power fields", ["value|>|||fraction|||10/50"]),
        # Small neighbours are a choice of levels, also after a slash; "or greater" bounds a pressure pair.
        ("ECOG 0/1.", ["value|range|0|1|||"]),
        ("ECOG 0/1 of the scale", ["value|range|0|1|||"]),
        ("hypertension: 140/90 or greater.", ["value|>=|140||mmHg||", "value|>=|90||mmHg||"]),
        ("controlled B/P as defined as >160/90 on B/P therapy", ["value|>|160||mmHg||", "value|>|90||mmHg||"]),
        ("blood pressure at study entry>160/100.",
         ["temporal|||||at|enrollment", "value|>|100||mmHg||", "value|>|160||mmHg||"]),
    ],
)  # fmt: skip
def test_fractions_and_pressure_pairs(text: str, expected: list[str]) -> None:
    assert keys(text) == expected
    for fact in extract_facts(text):
        assert fact.key in [f.key for f in extract_facts(phrase(fact))]


def test_a_part_of_a_whole_or_a_spoonful_is_no_choice_of_levels() -> None:
    # "2/3 of patients" had read "2 to 3" (and the offline backend said "2 to 3 of patients"); "1/2 teaspoon or
    # more" "1 to 2 teaspoon or more"
    assert keys("At least, 2/3 of patients will be treated") == ["value|=|||fraction|||2/3"]
    assert keys("bright red blood of 1/2 teaspoon or more") == ["value|>=|0.5||||"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "100 000/mm3" was "less than 100" and a count of 0.
        ("Platelet count less than 100 000/mm3", ["value|<||100000|/mm3||"]),
        # A word between the amount and its unit lost the unit.
        ("Has not been naturally postmenopausal for at least 24 consecutive months", ["temporal|>=|24||month|for|"]),
        ("Creatinine clearance (CrCl) >= 30 milliliter per minute (mL/min)", ["value|>=|30||mL/min||"]),
        (">20 Decibels Hearing Level (dBHL)", ["value|>|20||dB||"]),
    ],
)
def test_spaced_thousands_and_spelled_units(text: str, expected: list[str]) -> None:
    assert keys(text) == expected


@pytest.mark.parametrize(
    "text",
    ["for 30 days after the last dose of the current study drug", "6 months after the last dose of IMP.",
     "within 90 days after the last dose of investigational medicinal product"],
)  # fmt: skip
def test_study_treatment_in_other_words_is_still_the_anchor(text: str) -> None:
    assert [f.anchor for f in extract_facts(text)] == ["last dose"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("fever > 101.30 F", ["value|>|101.3||°F||"]),
        ("temperature above 38.5 C rectally", ["value|>|38.5||°C||"]),
        ("aged 35 C-section", ["value|=|35||year||"]),  # a spaced capital is a degree only after temperature words
        ("ANC ≥ 1.5 Giga/L", ["value|>=|1.5||x10^9/L||"]),
        ("2x daily", ["value|=|2||times/day||"]),
    ],
)
def test_spaced_degrees_and_giga_per_litre(text: str, expected: list[str]) -> None:
    assert keys(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ALT or AST levels > 2.5 times the upper limits of the laboratory reference range", ["value|>|2.5||x ULN||"]),
        ("Vitamin D deficiency (25-(OH) vitamin D level <20 ng/mL).", ["value|<||20|ng/mL||"]),
    ],
)
def test_reference_range_wording_and_vitamin_d_name(text: str, expected: list[str]) -> None:
    assert keys(text) == expected


@pytest.mark.parametrize(
    "text",
    ["equal to 1.5x IULN", "more than 2.5 times of the reference upper limit", "> 2,5 x upper reference limit",
     "Serum creatinine > 1,5 x upper normality limit"],
)  # fmt: skip
def test_more_names_of_the_upper_limit_of_normal(text: str) -> None:
    assert [f.unit for f in extract_facts(text)] == ["x ULN"]


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("for at least three weeks prior to receiving the first dose of study drug", "first dose"),
        ("within 4 weeks of first study drug.", "first dose"),
        ("within 3 weeks prior to the first day of treatment", "first dose"),
        ("within 4 weeks prior to beginning study treatment.", "first dose"),
        ("within 28 days prior to planned start of study therapy.", "first dose"),
        ("within 14 days prior to the initial dose of study medication.", "first dose"),
        ("120 days after the final study drug administration.", "last dose"),
        ("within the past 180 days prior to the day of screening", "screening"),
        ("within 28 days prior to being registered for protocol therapy.", "enrollment"),
    ],
)
def test_anchor_wordings_found_over_the_corpus(text: str, anchor: str) -> None:
    assert [f.anchor for f in extract_facts(text)] == [anchor]


@pytest.mark.parametrize(("text", "key"), [
    ("within 30 calendar days prior to enrollment", "temporal|<=||30|day|before|enrollment"),
    ("at least 14 full days", "value|>=|14||day||"),
    ("at least the equivalent of 1 full-time week", "value|>=|1||week||"),
])
def test_a_word_between_amount_and_unit_keeps_the_unit(text: str, key: str) -> None:
    assert [f.key for f in extract_facts(text)] == [key]


def test_working_days_are_not_days() -> None:
    assert all(f.unit != "day" for f in extract_facts("within 7 working days"))


def test_digits_that_disagree_with_their_number_word_are_read(shared_data: object) -> None:
    # "two (2)" is one number said twice; "two (12)" was read as "two" with "(12)" dropped as a list
    # marker, so a changed bracket went unseen.
    line = corpus_line("at least two (2) prior episodes")
    assert "value|>=|2||||" in keys(line)
    changed = line.replace("two (2)", "two (12)")
    assert "value|>=|12||||" in keys(changed)
    assert fidelity_errors(line, changed)


def test_another_power_of_metre_is_not_body_surface(shared_data: object) -> None:
    line = corpus_line("below 30 mL/min/1.73 m^2")
    assert "value|<||30|mL/min/1.73m2||" in keys(line)
    assert "value|<||30|mL/min/1.73m2||" not in keys(line.replace("m^2", "m^1"))
    assert fidelity_errors(line, line.replace("m^2", "m^1"))


def test_comparator_written_without_its_or_is_still_a_bound(shared_data: object) -> None:
    # "less than equal to 2" is "≤ 2", not "= 2": a bullet that turns it into "at least 2" must be caught.
    line = line_of("NCT00844857", "less than equal to 2")
    assert "value|<=||2|||" in keys(line)
    assert "temporal|<=||14|day|before|randomization" in keys(line_of("NCT04576156", "less than equal to 14 days"))
    assert fidelity_errors(line, line.replace("less than equal to 2", "more than equal to 2"))
