"""parse21: a bare number and a space that numbers an item ("5 Uncontrolled T2DM …"), read by
`translator.line_markers.bare_number`.

The texts are cut from the corpus records cited; labels/criteria_audit.toml holds the whole records.
"""

from __future__ import annotations

import pytest

from tests.corpus import corpus_by_id, criteria_text
from tests.translator.test_outline import checked_parse
from translator.criteria import CriteriaDoc
from translator.outline import parse_criteria


def _rows(doc: CriteriaDoc) -> list[tuple[str, str | None, str]]:
    return [(c.id, c.marker, c.text) for c in doc.criteria]


# NCT06742723: "4. T1DM:" holds a sub-list, then the list goes on with numbers that lost their periods
AFTER_A_SUB_LIST = (
    "Exclusion Criteria:\n\n"
    "3. Serum sodium \\< 135 mmol/L.\n\n"
    "4. T1DM:\n\n"
    "1. For US only: patients with T1DM treated with SGLT2i for at least 4 months.\n"
    "2. For Japan only: patients with T1DM treated with dapagliflozin 10 mg for at least 4 months.\n\n"
    "   5 Uncontrolled T2DM with HbA1c \\> 10.5% (\\> 91 mmol/mol).\n\n"
    "   6 New York Heart Association functional HF class IV at screening.\n\n"
    "   10 Any acute kidney injury within 3 months prior to the Screening Visit.\n"
)


def test_a_bare_number_that_continues_the_top_count_after_a_sub_list_is_the_next_item() -> None:
    doc = checked_parse(AFTER_A_SUB_LIST.replace("   10 Any", "   7 Any"))
    assert _rows(doc) == [
        ("E1", "3.", "Serum sodium < 135 mmol/L."),
        ("E2", "4.", "T1DM:"),
        ("E2.1", "1.", "For US only: patients with T1DM treated with SGLT2i for at least 4 months."),
        ("E2.2", "2.", "For Japan only: patients with T1DM treated with dapagliflozin 10 mg for at least 4 months."),
        ("E3", "5", "Uncontrolled T2DM with HbA1c > 10.5% (> 91 mmol/mol)."),
        ("E4", "6", "New York Heart Association functional HF class IV at screening."),
        ("E5", "7", "Any acute kidney injury within 3 months prior to the Screening Visit."),
    ]
    five = doc.criteria[4]
    assert five.marker_start is not None and doc.raw[five.marker_start : five.marker_end] == "5"


def test_a_bare_number_that_skips_a_count_stays_in_the_text() -> None:
    doc = checked_parse(AFTER_A_SUB_LIST)  # "10" after "6": no open item counts to 9
    assert _rows(doc)[-1] == ("E4.1", None, "10 Any acute kidney injury within 3 months prior to the Screening Visit.")


def test_a_bare_numbered_list_opens_with_a_one_whose_two_follows() -> None:
    raw = (  # NCT06429761
        "Inclusion Criteria:\n\n"
        "1 Participant must be \\>18 years of age inclusive, at the time of signing the informed consent.\n\n"
        "2 Patients who are willing and capable of giving signed informed consent.\n\n"
        "3 Participants with pathologically documented breast cancer that:\n\n"
        "* is unresectable or metastatic\n"
    )
    assert _rows(checked_parse(raw)) == [
        ("I1", "1", "Participant must be >18 years of age inclusive, at the time of signing the informed consent."),
        ("I2", "2", "Patients who are willing and capable of giving signed informed consent."),
        ("I3", "3", "Participants with pathologically documented breast cancer that:"),
        ("I3.1", "*", "is unresectable or metastatic"),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "5 mg of prednisone or more per day",  # a dose: no capitalised word after the number
        "5 or more prior lines of therapy",
        "5 X upper limit of normal",  # "2 X upper limit of normal (ULN)", NCT02367183: a lone letter
    ],
)
def test_a_number_that_is_content_stays_in_the_text(line: str) -> None:
    raw = f"Exclusion Criteria:\n\n1. Prior chemotherapy.\n2. Pregnancy.\n3. Allergy.\n4. Other:\n\n{line}\n"
    assert _rows(checked_parse(raw))[-1][1:] == (None, line)


@pytest.mark.parametrize(
    "raw",
    [
        # NCT03305341: "20 Moderate COVID-19 patients" opens no list and continues none
        "Conducting an initial small, controlled trial.\n20 Moderate COVID-19 patients\n",
        # NCT00571116: an ECOG scale under a numbered list that has not reached 0
        "1. ECOG 0-1.\n\n        GRADE SCALE\n\n        0 Fully active; able to carry on all pre-disease activities.\n",
        # a first "1" with no "2" after it: a count of the sentence
        "Inclusion Criteria:\n\n* Stable disease\n\n1 Tablet of the study drug tolerated at the run-in visit\n",
    ],
)
def test_a_bare_number_that_continues_no_count_stays_in_the_text(raw: str) -> None:
    doc = checked_parse(raw)
    assert all(c.marker is None or not c.marker.isdigit() for c in doc.criteria)
    assert any(c.text.startswith(("20 Moderate", "0 Fully", "1 Tablet")) for c in doc.criteria)


def test_a_bare_number_opening_a_hard_wrapped_line_stays_in_the_sentence() -> None:
    raw = (
        "\n        Exclusion Criteria:\n\n"
        "          1. Prior chemotherapy within 4 weeks.\n\n"
        "          2. Known allergy to the study drug or to any of its excipients given in the last\n"
        "             3 Months of the run-in.\n"
    )
    assert [c.text for c in checked_parse(raw).criteria][-1].endswith("given in the last 3 Months of the run-in.")


def test_real_bare_number_after_a_numbered_item_that_introduces_a_list() -> None:
    # NCT01316341: "3. … such as:" then, after a blank line, "4 Any late stage complication of diabetes …"
    doc = parse_criteria(criteria_text(corpus_by_id()["NCT01316341"]))
    four = next(c for c in doc.criteria if c.id == "E4")
    assert four.marker == "4" and four.text.startswith("Any late stage complication of diabetes")


RUN_ON = (  # NCT01316341: a paragraph that lost its line breaks and the periods of its numbers
    "\n        Exclusion criteria:\n\n"
    "          3. Clinically relevant concomitant diseases, such as:\n\n"
    "        4 Any late stage complication of diabetes (e.g. retinopathy, diabetic foot) 5 Renal insufficiency\n"
    "        (calculated creatinine clearance < 80 ml/min/1.73m²) 6 Cardiac insufficiency NYHA II-IV, stroke and\n"
    "        TIA 7 Neurological disorders 10. History of relevant allergy 11. A marked prolongation of QTc\n"
)


def test_bare_numbers_that_count_on_inside_a_paragraph_are_items() -> None:
    doc = checked_parse(RUN_ON)
    assert _rows(doc) == [
        ("E1", "3.", "Clinically relevant concomitant diseases, such as:"),
        ("E2", "4", "Any late stage complication of diabetes (e.g. retinopathy, diabetic foot)"),
        ("E3", "5", "Renal insufficiency (calculated creatinine clearance < 80 ml/min/1.73m²)"),
        ("E4", "6", "Cardiac insufficiency NYHA II-IV, stroke and TIA"),
        # "10." skips the counts 8 and 9: it stays in the text, and so does "11." after it
        ("E5", "7", "Neurological disorders 10. History of relevant allergy 11. A marked prolongation of QTc"),
    ]


@pytest.mark.parametrize(
    "paragraph",
    [
        # one number that counts on is no run: "… for 5 Days" is a value of the sentence
        "4 Any late complication of diabetes treated for 5 Days or more",
        # numbers that do not count on from the paragraph's own: "… 6 Months …", "… 12 Weeks …"
        "4 Any late complication of diabetes within 6 Months or 12 Weeks of Visit 1",
    ],
)
def test_numbers_inside_a_paragraph_that_do_not_run_on_stay_in_its_text(paragraph: str) -> None:
    raw = "\n        Exclusion criteria:\n\n          3. Other diseases:\n\n        " + paragraph + "\n"
    assert _rows(checked_parse(raw))[-1] == ("E2", "4", paragraph[2:])
