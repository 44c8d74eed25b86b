"""parse18's parser leftovers: counted markers after a bullet, items run together inside a line, stale numbers.

Each layout was found in the corpus by an audit of criteria whose clean text still opened with a marker or held
a run of markers; the texts here are invented in the same layouts, and a real record of each is checked too.
"""

from __future__ import annotations

import pytest

from tests.translator.test_outline_markers import real, rows

XML = "\n        Inclusion Criteria:\n\n{items}\n"


def _xml(*items: str) -> str:
    return XML.format(items="\n\n".join(f"          -  {item}" for item in items))


# -- counted markers after a bullet ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "second"), [("a)", "b)"), ("(a)", "(b)"), ("a.", "b."), ("1)", "2)"), ("(i)", "(ii)")]
)
def test_a_counted_run_after_a_bullet_that_introduces_it_is_its_sub_list(first: str, second: str) -> None:
    raw = _xml("A caregiver who:", f"{first} Lives with the participant;", f"{second} Gives consent", "Age 18 or over")
    assert rows(raw) == [
        ("I1", "-", "A caregiver who:"),
        ("I1.1", first, "Lives with the participant;"),
        ("I1.2", second, "Gives consent"),
        ("I2", "-", "Age 18 or over"),
    ]


def test_a_lead_in_word_introduces_the_run_as_a_colon_does() -> None:
    raw = _xml("Patients who have progressed following", "a. initial therapy; or", "b. two lines of chemotherapy")
    assert [(r[0], r[1]) for r in rows(raw)] == [("I1", "-"), ("I1.1", "a."), ("I1.2", "b.")]


def test_in_markdown_too() -> None:
    raw = "Inclusion Criteria:\n\n* Adequate function, defined as:\n* a) ANC ≥ 1500\n* b) Platelets ≥ 100,000\n* Age 18"
    assert [(r[0], r[1]) for r in rows(raw)] == [("I1", "*"), ("I1.1", "a)"), ("I1.2", "b)"), ("I2", "*")]


def test_after_an_item_that_introduces_nothing_the_counted_items_stay_siblings_with_their_letters() -> None:
    raw = _xml("Measurable disease", "A) Dose escalation: relapsed lymphoma", "B) Dose expansion: any lymphoma")
    assert rows(raw) == [
        ("I1", "-", "Measurable disease"),
        ("I2", "-", "A) Dose escalation: relapsed lymphoma"),
        ("I3", "-", "B) Dose expansion: any lymphoma"),
    ]


def test_a_list_numbered_after_its_bullets_throughout_stays_flat() -> None:
    raw = _xml("(1) Between 18 and 68 years of age;", "(2) Duration of injury ≥ 1 year;", "(3) Euhydration")
    assert [(r[0], r[1], r[2][:3]) for r in rows(raw)] == [("I1", "-", "(1)"), ("I2", "-", "(2)"), ("I3", "-", "(3)")]


def test_a_run_that_does_not_start_at_its_first_count_is_no_sub_list() -> None:
    raw = _xml("A caregiver who:", "c) Lives with the participant;", "d) Gives consent")
    assert [(r[0], r[1]) for r in rows(raw)] == [("I1", "-"), ("I2", "-"), ("I3", "-")]


def test_the_sub_list_ends_where_the_count_breaks() -> None:
    raw = _xml("A caregiver who:", "a) Lives with the participant;", "a) Signs consent")
    assert [(r[0], r[1]) for r in rows(raw)] == [("I1", "-"), ("I1.1", "a)"), ("I2", "-")]


def test_real_records_with_counted_runs_after_a_bullet() -> None:
    partner = real("NCT02750306")
    lead = next(c for c in partner.criteria if c.text.endswith("caregiver) who:"))
    assert [partner.get(i).marker for i in lead.children if partner.get(i)] == ["a)", "b)", "c)", "d)", "e)", "f)"]
    progressed = real("NCT03514836").get("I4")
    assert progressed is not None and len(progressed.children) == 4
    dose = real("NCT01049984").get("I1.1")
    assert dose is not None and dose.marker == "1)" and dose.text.startswith("Minimum dose")


# -- a stray numeral among bullets ----------------------------------------------------------------------------


def test_a_stray_numeral_among_bullets_holds_none_of_the_bullets_after_it() -> None:
    raw = _xml(
        "Adequate bone marrow function with platelets > 100 X 109/l\n             i) Adequate renal function",
        "Adequate hepatic function",
        "Life expectancy of at least 12 weeks",
    )
    assert [(r[0], r[1]) for r in rows(raw)] == [("I1", "-"), ("I2", "i)"), ("I3", "-"), ("I4", "-")]
    assert real("NCT00294359").get("I9.1") is None


# -- items run together inside one line -----------------------------------------------------------------------


def test_numbered_alternatives_after_either_are_cut_even_when_an_item_opens_with_a_number() -> None:
    raw = _xml(
        "Not of reproductive potential: one who has either 1) reached menopause, 2) 6 weeks post "
        "oophorectomy, or 3) tubal ligation."
    )
    assert rows(raw)[1:] == [
        ("I1.1", "1)", "reached menopause,"),
        ("I1.2", "2)", "6 weeks post oophorectomy, or"),
        ("I1.3", "3)", "tubal ligation."),
    ]


def test_a_numbered_run_that_mixes_its_brackets_after_a_colon_is_cut() -> None:
    raw = "Inclusion Criteria:\n\n- Alzheimer's disease by criteria from both: (1) NINCDS-ADRDA 2) DSM-IV-TR\n"
    assert rows(raw) == [
        ("I1", "-", "Alzheimer's disease by criteria from both:"),
        ("I1.1", "(1)", "NINCDS-ADRDA"),
        ("I1.2", "2)", "DSM-IV-TR"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "At least 14 days must have elapsed since 1) prior therapy, 2) 4 weeks of radiation",  # no lead-in
        "Either of the groups: 1) to 3) as listed in the protocol",  # a range of items
        "Patients who underwent the following: 1) or 2) within 90 days",  # a reference to items
    ],
)
def test_numbers_inside_a_sentence_stay_in_it(text: str) -> None:
    raw = _xml(text)
    assert rows(raw) == [("I1", "-", text)]


def test_a_spaced_double_hyphen_before_a_capital_opens_an_item() -> None:
    raw = _xml("Hemoglobin ≥ 9.0 g/dL -- Adequate renal function", "Creatinine ≤ 1.5 x ULN")
    assert rows(raw) == [
        ("I1", "-", "Hemoglobin ≥ 9.0 g/dL"),
        ("I2", "--", "Adequate renal function"),
        ("I3", "-", "Creatinine ≤ 1.5 x ULN"),
    ]
    assert [c.text[:5] for c in real("NCT00078637").criteria if c.marker == "--"] == ["Women"]


def test_a_spaced_double_hyphen_before_a_lower_case_word_is_a_dash_of_the_sentence() -> None:
    text = "Palliative radiation for metastases -- minimum fraction size of 3 Gy."
    assert rows(_xml(text)) == [("I1", "-", text)]


# -- numbers of an earlier draft ------------------------------------------------------------------------------


def test_numbers_of_an_earlier_draft_after_the_item_number_are_the_marker_s() -> None:
    raw = "Exclusion Criteria:\n\n8. Prior surgery\n9. 26.27. Known history of a primary immunodeficiency\n"
    assert rows(raw)[1] == ("E2", "9.", "Known history of a primary immunodeficiency")
    stale = next(c for c in real("NCT02446899").criteria if c.marker == "9." and c.kind.value == "exclusion")
    assert stale.text.startswith("Known history")


def test_a_decimal_value_opening_an_item_stays_its_text() -> None:
    raw = "Exclusion Criteria:\n\n1. 2.5 mg of prednisone or more\n2. 1.5. Other\n"
    assert rows(raw)[0] == ("E1", "1.", "2.5 mg of prednisone or more")


# -- a lead-in written under an item ---------------------------------------------------------------------------


def test_a_lead_in_written_under_an_item_introduces_the_items_after_it() -> None:
    raw = (
        "\n        Inclusion Criteria:\n\n"
        "         12. Must be in general good health\n\n"
        "         13. A history of receptive intercourse in the last three months.\n\n"
        "             In addition to the criteria listed above, female participants must meet the following\n"
        "             criteria:\n\n"
        "         14. Willing to abstain from vaginal products\n"
    )
    assert [(r[0], r[1], r[2][:14]) for r in rows(raw)] == [
        ("I1", "12.", "Must be in gen"),
        ("I2", "13.", "A history of r"),
        ("I3", None, "In addition to"),
        ("I4", "14.", "Willing to abs"),
    ]
    lead_in = next(c for c in real("NCT01575405").criteria if c.text.startswith("In addition to the criteria"))
    assert lead_in.parent is None


@pytest.mark.parametrize(
    "note",
    [
        "Postmenopausal is defined as:\n\n               -  Amenorrheic for 1 year or more",  # it holds its items
        "See the protocol for details.",  # it ends with no colon
    ],
)
def test_a_note_under_an_item_that_holds_its_items_or_introduces_nothing_stays_there(note: str) -> None:
    raw = (
        "\n        Inclusion Criteria:\n\n"
        "          1. Evidence of non-childbearing status\n\n"
        f"             {note}\n\n"
        "          2. Willing to comply with the protocol\n"
    )
    assert rows(raw)[1][0] == "I1.1"


def test_a_lead_in_under_the_last_item_of_a_list_stays_there() -> None:
    raw = "\n        Inclusion Criteria:\n\n          1. Age 18 or over\n\n             Further details:\n"
    assert [r[0] for r in rows(raw)] == ["I1", "I1.1"]


# -- a letter opening a hard-wrapped line ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Infection with HIV, HBV (Hepatitis B) or HCV (Hepatitis", "C)"),
        ("More than 3 weeks since prior therapy (6 weeks for nitrosourea or mitomycin", "C)"),
        ("Staging: Tumor (T) 1-3, Lymph Node (LN) N0-1, Metastasis", "(M) 0."),
        ("Resting oxygen therapy >3 liter", "(L)/minute at screening"),
    ],
)
def test_a_letter_opening_a_hard_wrapped_line_is_a_word_of_the_sentence(first: str, second: str) -> None:
    raw = f"\n        Exclusion Criteria:\n\n          -  {first}\n             {second}\n\n          -  Pregnancy\n"
    assert rows(raw) == [("E1", "-", f"{first} {second}"), ("E2", "-", "Pregnancy")]
    hepatitis = real("NCT00593853")
    assert any(c.text.endswith("(Hepatitis C)") for c in hepatitis.criteria)


def test_a_letter_opening_a_hard_wrapped_line_after_the_letter_before_it_is_the_next_item() -> None:
    raw = (
        "\n        Inclusion Criteria:\n\n          1. Adequate function:\n"
        "             a. Neutrophils ≥ 1500\n             b. Platelets ≥ 100,000\n"
    )
    assert [(r[0], r[1]) for r in rows(raw)] == [("I1", "1."), ("I1.1", "a."), ("I1.2", "b.")]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Use of tobacco (within 3 months before dosing on Day", "1)"),
        ("Any arrhythmia that is not rate-controlled (rate between 60 and", "100)"),
    ],
)
def test_a_number_and_bracket_opening_a_hard_wrapped_line_after_a_value_word_is_the_value(
    first: str, second: str
) -> None:
    raw = f"\n        Exclusion Criteria:\n\n          -  {first}\n             {second}\n\n          -  Pregnancy\n"
    assert rows(raw) == [("E1", "-", f"{first} {second}"), ("E2", "-", "Pregnancy")]
    assert any(c.text.endswith("on Day 1)") for c in real("NCT02596399").criteria)
