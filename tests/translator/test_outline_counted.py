"""Flattened runs of roman numerals and letters: "i. … ii. … iii.", "a) … b) … c)", "(a) … (b) …".

A run that counts up from the first value (i / a), over three items or two after a colon, is a list whatever its
items open with; a numeral or a letter that does not count ("Type I.", "stage II.", "J. Smith", "NYHA class III
or IV", "i.e.", "a.m.") stays text. Each rule on the real record that shows it, and on small made-up texts for the
guards.
"""

from __future__ import annotations

import pytest

from tests.corpus import corpus_by_id, criteria_text
from tests.translator.test_outline import assert_invariants
from translator.criteria import CriteriaDoc
from translator.outline import parse_criteria

ROMANS = [
    "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x",
    "xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii", "xviii", "xix", "xx",
]  # fmt: skip


def real(nct_id: str) -> tuple[str, CriteriaDoc]:
    text = criteria_text(corpus_by_id()[nct_id])
    return text, parse_criteria(text)


def children(doc: CriteriaDoc, parent: str) -> list[tuple[str, str]]:
    return [(c.id, c.text) for c in doc.criteria if c.parent == parent]


def test_a_flattened_roman_list_under_an_item_is_its_children() -> None:
    text, doc = real("NCT01901809")  # "Cardiac diagnoses in addition to or other than HFpEF:\n i. Active … ii. …"
    assert children(doc, "E6") == [
        ("E6.1", "Active myocarditis"),
        ("E6.2", "Hypertrophic obstructive cardiomyopathy"),
        ("E6.3", "Severe valvular disease"),
        ("E6.4", "Restrictive or constrictive cardiomyopathy, including known amyloidosis, sarcoidosis, "
         "hemachromatosis"),
        ("E6.5", "Complex congenital heart disease"),
        ("E6.6", "Constrictive pericarditis"),
        ("E6.7", "Severe pulmonary hypertension (RVSP ≥ 60), not secondary to HFpEF"),
    ]
    assert [c.text for c in doc.criteria if c.id == "E7"] == ["Non-cardiac pulmonary edema"]
    assert_invariants(text, doc)


def test_lettered_items_across_a_wrap_are_siblings() -> None:
    # "Disease that: a) has recurred …, b) for which\n   no standard therapy …, or c) for which …": the wrap
    # indents "c)" but it is the third item of the same list, not a child of "b)"
    text, doc = real("NCT01058655")
    assert [cid for cid, _ in children(doc, "I4")] == ["I4.1", "I4.2", "I4.3"]
    assert children(doc, "I8") == [
        ("I8.1", "previous regimen of chemotherapy,"),
        ("I8.2", "immunotherapy or biological therapy,"),
        ("I8.3", "other investigational agents, and"),
        ("I8.4", "radiotherapy."),
    ]
    assert_invariants(text, doc)


def test_a_numeral_ending_its_line_opens_the_item_on_the_next() -> None:
    # "… including: i)\n   Diagnosed congenital … ii)\n   Diagnosed acquired …\n\n   iii) Ongoing …"
    text, doc = real("NCT01306942")
    # (E3.10: the cardiac items "i) … ii). … iii) … iv) …" before it are one criterion each since parser5)
    assert [(c.id, c.marker) for c in doc.criteria if c.parent == "E3.10"] == [
        ("E3.10.1", "i)"),
        ("E3.10.2", "ii)"),
        ("E3.10.3", "iii)"),
    ]
    assert [c.text for c in doc.criteria if c.id == "E3.10.2"] == [
        "Diagnosed acquired bleeding disorder within one year (e.g., acquired anti-factor VIII antibodies)."
    ]
    # "a) Category I drugs … including: …\n   i) quinidine … ii) amiodarone …": the cut "ii)" keeps the column of
    # the "i)" that opens its wrapped line
    assert [c.id for c in doc.criteria if c.parent == "E5.1"] == [f"E5.1.{n}" for n in range(1, 6)]
    assert_invariants(text, doc)


def test_a_run_of_letters_after_a_colon_nests_under_its_lead_in() -> None:
    text, doc = real("NCT04978207")  # "… if they are: a) self-identified as African American/Black; b) aged 18 …"
    rows = children(doc, "I1")
    assert [cid for cid, _ in rows] == ["I1.1", "I1.2", "I1.3", "I1.4", "I1.5"]
    assert rows[1] == ("I1.2", "aged 18 or older;")
    assert_invariants(text, doc)


def test_a_parenthesised_letter_with_a_period_is_one_marker() -> None:
    text, doc = real("NCT04862663")  # "… ECGs (b). Any clinically important abnormalities … (c). Any factors …"
    rows = [(c.marker, c.text) for c in doc.criteria if c.parent == "E6"]
    assert rows[1][0] == "(b)." and rows[1][1].startswith("Any clinically important abnormalities")
    assert [marker for marker, _ in rows] == ["(a).", "(b).", "(c).", "(d).", "(e).", "(f)", "(g)."]
    assert_invariants(text, doc)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (
            "Exclusion Criteria:\n- Any of: i. active myocarditis ii. severe valvular disease iii. 2 prior MIs",
            ["active myocarditis", "severe valvular disease", "2 prior MIs"],
        ),
        (
            "Exclusion Criteria:\n- Any of: A. pregnancy B. renal failure C. hepatic impairment",
            ["pregnancy", "renal failure", "hepatic impairment"],
        ),
        ("Exclusion Criteria:\n- Either: a) pregnancy, or b) lactation", ["pregnancy, or", "lactation"]),
        ("Exclusion Criteria:\n- Any of (I) stroke (II) TIA (III) bleeding", ["stroke", "TIA", "bleeding"]),
        (  # the "g." of "e.g." is no seventh letter, and "a) to …" opens an item
            "Exclusion Criteria:\n- Any of: a) to smoke (e.g. daily) b) lactation c) surgery",
            ["to smoke (e.g. daily)", "lactation", "surgery"],
        ),
        (  # "i)" after "h)" is the ninth letter
            "Exclusion Criteria:\n- Any of: a) aa b) bb c) cc d) dd e) ee f) ff g) gg h) hh i) ii j) jj",
            ["aa", "bb", "cc", "dd", "ee", "ff", "gg", "hh", "ii", "jj"],
        ),
        (
            "Exclusion Criteria:\n- Any of: " + " ".join(f"{r}. item {n}" for n, r in enumerate(ROMANS, start=1)),
            [f"item {n}" for n in range(1, len(ROMANS) + 1)],
        ),
        ("Exclusion Criteria:\n- Any of: I) stroke II) TIA III) bleeding", ["stroke", "TIA", "bleeding"]),
    ],
)
def test_a_counted_run_is_a_list_whatever_opens_its_items(raw: str, expected: list[str]) -> None:
    doc = parse_criteria(raw)
    assert [c.text for c in doc.criteria if c.parent == "E1"] == expected
    assert_invariants(raw, doc)


@pytest.mark.parametrize(
    "raw",
    [
        # a numeral after a value word, a run that does not count up from i / a, or an abbreviation: not a list
        "Exclusion Criteria:\n- Diabetes mellitus Type I. Type II. is allowed if controlled",
        "Exclusion Criteria:\n- Tumours of stage I. stage II. or stage III. are excluded",
        "Exclusion Criteria:\n- Excluded: Type I. Type II. diabetes",
        "Exclusion Criteria:\n- Grade I. and Grade II. and Grade III. toxicity",
        "Exclusion Criteria:\n- FIGO stage IIIc or stage IV. NYHA class III or IV heart failure",
        "Exclusion Criteria:\n- Cancer stage II. Grade III. tumours are excluded; phase I. studies allowed",
        "Exclusion Criteria:\n- Referral by J. Smith or K. Jones, i.e. the study doctors",
        "Exclusion Criteria:\n- Dosing at 8 a.m. and 8 p.m. vs. placebo, e.g. in the clinic",
        "Exclusion Criteria:\n- Hepatitis B. C. or D. infection",
        "Exclusion Criteria:\n- Vitamin D. a deficiency of vitamin b. c. levels",
        "Exclusion Criteria:\n- Meets criteria (a) or (b) of the protocol",
        "Exclusion Criteria:\n- Meets criterion ii. or iii. of the protocol",
    ],
)
def test_what_does_not_count_up_stays_text(raw: str) -> None:
    doc = parse_criteria(raw)
    assert [(c.id, c.text) for c in doc.criteria] == [("E1", raw.split("- ", 1)[1])]
    assert_invariants(raw, doc)


def test_a_numbered_list_after_i_e_is_the_items_children() -> None:
    text, doc = real("NCT00537485")  # "8. Subject has serious ECG abnormal at screening i.e.; 1) Subject … 2) …"
    assert [c.id for c in doc.criteria if c.parent == "E8"] == ["E8.1", "E8.2"]
    assert [c.text for c in doc.criteria if c.id == "E9"] == ["Subject has congenital long QT syndrome"]
    assert_invariants(text, doc)


def test_a_run_from_1_in_the_other_punctuation_is_a_numbered_items_list() -> None:
    # "3. Patients who have received following treatments … therapy 1) Other investigational drugs 2) Chemo-, …"
    text, doc = real("NCT02300298")
    assert children(doc, "E3") == [
        ("E3.1", "Other investigational drugs"),
        ("E3.2", "Chemo-, hormone-, immunotherapy, or monoclonal antibody."),
    ]
    text, doc = real("NCT02493777")  # "5. … must either 1) have prior experience … 2) be treated …"
    assert [c.id for c in doc.criteria if c.parent == "I5"] == ["I5.1", "I5.2"]
    assert_invariants(text, doc)


def test_a_bullet_opening_a_numbered_run_holds_a_flattened_list() -> None:
    text, doc = real("NCT02485249")  # "-  1. Age 18 to 90 years 2. Have diagnosis of ME secondary to …"
    assert [(c.id, c.text) for c in doc.criteria if c.parent is None and c.kind.value == "inclusion"][:2] == [
        ("I1", "Age 18 to 90 years"),
        ("I2", "Have diagnosis of ME secondary to one of the following diagnosed conditions:"),
    ]
    assert [c.id for c in doc.criteria if c.parent == "I2"] == ["I2.1", "I2.2", "I2.3"]
    assert_invariants(text, doc)
    text, doc = real("NCT02323906")  # "-  1. Subject has received … 2. Subject has received … 3. …"
    assert [c.id for c in doc.criteria if c.kind.value == "exclusion" and c.parent is None][:3] == ["E1", "E2", "E3"]
    assert_invariants(text, doc)


@pytest.mark.parametrize(
    "raw",
    [
        "Exclusion Criteria:\n- 1. pregnancy",  # a bullet's lone number is no run
        "Exclusion Criteria:\n3. Stage 1) or 2) disease",  # a reference to items, not a list
    ],
)
def test_a_lone_number_after_a_bullet_or_a_reference_stays_text(raw: str) -> None:
    doc = parse_criteria(raw)
    assert len(doc.criteria) == 1
    assert_invariants(raw, doc)


def test_parenthesised_numbers_inside_an_item_are_its_sub_items_not_rules_of_their_own() -> None:
    # "… with evidence of measurable (1) unresectable, locally recurrent, or (2) metastatic disease": the two
    # alternatives sit under the item, not beside it, where an inclusion list would require both.
    text, doc = real("NCT00216047")
    assert_invariants(text, doc)
    assert [c.id for c in doc.criteria if c.parent is None and c.kind.value == "inclusion"] == ["I1", "I2", "I3", "I4"]
    assert [c.id for c in doc.criteria if c.parent == "I1"] == ["I1.1", "I1.2"]
    assert doc.criteria[1].text == "unresectable, locally recurrent, or"
    lead = doc.get("I1")
    assert lead is not None and lead.logic == "any"  # "… or (2) …"

    text, doc = real("NCT00151216")  # "Individuals who have a (1) heart pacemaker …, (2) metal fragment …"
    assert children(doc, "E6")[0] == ("E6.1", "heart pacemaker and/or related implants,")
    assert len(children(doc, "E6")) == 4 and doc.criteria[-1].id == "E6.4"

    made = parse_criteria("Inclusion Criteria:\n\n- Patients with either (1) stage III or (2) stage IV disease\n")
    assert [(c.id, c.text) for c in made.criteria] == [
        ("I1", "Patients with either"), ("I1.1", "stage III or"), ("I1.2", "stage IV disease")
    ]
