"""Lists continued across paragraphs, stray numerals and numbers that end a hard-wrapped sentence.

Some exports broke a list over blank lines and glued items into the item before ("- PT, PTT all Grade 0-1 3) Ability
to take oral medication 4) Concomitant Medications", then "- Patient agrees … 5) Age and Sex" in the next paragraph):
markers of one style whose count goes on over two paragraphs or more are one list (`translator.chains`). Each rule on
the real record that shows it, and the guards on small made-up texts.
"""

from __future__ import annotations

import pytest

from tests.corpus import corpus_by_id, criteria_text
from tests.translator.test_outline import assert_invariants
from translator.criteria import CriteriaDoc
from translator.outline import parse_criteria


def real(nct_id: str) -> tuple[str, CriteriaDoc]:
    text = criteria_text(corpus_by_id()[nct_id])
    return text, parse_criteria(text)


def rows(doc: CriteriaDoc, parent: str | None) -> list[tuple[str, str | None, str]]:
    return [(c.id, c.marker, c.text) for c in doc.criteria if c.parent == parent]


def test_a_count_going_on_in_the_next_paragraph_cuts_the_items_glued_into_a_bullet() -> None:
    # "- PT, PTT all Grade 0-1 3) Ability to take oral medication 4) Concomitant Medications" then
    # "- Patient agrees … therapy 5) Age and Sex": 3), 4) and 5) are the headings of the original list
    text, doc = real("NCT02047149")
    assert rows(doc, "I1.1")[7:] == [
        ("I1.1.8", "-", "PT, PTT all Grade 0-1"),
        ("I1.1.9", "3)", "Ability to take oral medication"),
        ("I1.1.10", "4)", "Concomitant Medications"),
        ("I1.1.11", "5)", "Age and Sex"),
    ]
    assert [c.text for c in doc.criteria if c.parent == "I1.1.10"] == [
        "Patient agrees to discontinue St. Johns Wort while receiving dasatinib therapy"
    ]
    assert_invariants(text, doc)


def test_items_glued_into_a_sub_item_go_on_with_the_outer_list() -> None:
    # "-  1. Age … 2. Have diagnosis … conditions:" then sub-items 1.-3., the last one ending "… treatment 3. Receive,
    # understand, and sign … 4. Be able to return …": 3. and 4. go on with the outer count, not the sub-list's
    text, doc = real("NCT02485249")
    inclusions = [(c.id, c.text[:30]) for c in doc.criteria if c.kind.value == "inclusion" and c.parent is None]
    assert inclusions == [
        ("I1", "Age 18 to 90 years"),
        ("I2", "Have diagnosis of ME secondary"),
        ("I3", "Receive, understand, and sign "),
        ("I4", "Be able to return for all stud"),
    ]
    assert doc.criteria[[c.id for c in doc.criteria].index("I2.3")].text.endswith("response to steroid treatment")
    assert_invariants(text, doc)


def test_a_flattened_run_in_a_bullet_goes_on_with_the_numbered_list_above() -> None:
    # exclusions "1. … 17. … including any of the following:" (sub-items 1.-7. and a bullet), then in the bullet's
    # text "… management h. Troponin-T … 18. Subject has … 22. …" and a paragraph "23. … 24. … 26. …"
    text, doc = real("NCT02323906")
    top = [c.id for c in doc.criteria if c.kind.value == "exclusion" and c.parent is None]
    assert top == [f"E{n}" for n in range(1, 27)]
    assert [c.marker for c in doc.criteria if c.id in ("E18", "E23", "E26")] == ["18.", "23.", "26."]
    assert not [c for c in doc.criteria if c.parent == "E17.8"]
    assert_invariants(text, doc)


def test_letters_glued_before_and_after_a_break_go_on_with_their_list() -> None:
    text, doc = real("NCT02223065")
    # "- Women must not be breastfeeding. d) WOCBP must agree …" then "e) Men who …" and "f) Azoospermic …"
    assert [(cid, marker) for cid, marker, _ in rows(doc, "I3.3")] == [
        ("I3.3.1", "d)"),
        ("I3.3.2", "e)"),
        ("I3.3.3", "f)"),
    ]
    assert [c.text for c in doc.criteria if c.id == "I3.3"] == ["Women must not be breastfeeding."]
    # "… repeat is not permitted. d) A positive nicotine test" before "e)"; "i) PR … iv) QTcF ≥ 450 ms g) Positive
    # urine screen … h) … i) Positive blood screen …" after "f)": g), h) and i) are the letters after f)
    letters = [(c.marker, c.text[:24]) for c in doc.criteria if c.parent is None and c.marker and c.marker[0].isalpha()]
    assert letters == [
        ("d)", "A positive nicotine test"),
        ("e)", "Abnormal liver function "),
        ("f)", "Any of the following on "),
        ("g)", "Positive urine screen fo"),
        ("h)", "Positive urine alcohol t"),
        ("i)", "Positive blood screen fo"),
    ]
    assert [marker for _, marker, _ in rows(doc, "E18")] == ["i)", "ii)", "iii)", "iv)"]
    assert_invariants(text, doc)


def test_a_numeral_with_a_parenthesis_and_a_period_is_one_marker() -> None:
    # "… any of the following: i)\n Atrial Fibrillation …; ii)\n Sustained …; iii). Second degree heart block …"
    text, doc = real("NCT03478696")
    assert [(cid, marker) for cid, marker, _ in rows(doc, "E13")] == [
        ("E13.1", "i)"),
        ("E13.2", "ii)"),
        ("E13.3", "iii)."),
        ("E13.4", "iv)"),
    ]
    assert rows(doc, "E13")[2][2].startswith("Second degree heart block Mobitz type II")
    # "… finding at Visit\n 1. The Investigator will determine …": the visit's number, not an item 1
    assert "at Visit 1. The Investigator will determine" in doc.criteria[[c.id for c in doc.criteria].index("E13")].text
    assert_invariants(text, doc)


@pytest.mark.parametrize(
    ("nct_id", "cid", "end"),
    [
        ("NCT00411762", "I7", "(ECOG) 0, 1, or 2."),  # "… (ECOG) 0, 1, or\n 2."
        ("NCT01082068", "I9", "performance status of ≤ 1."),
        ("NCT02652806", "E5", "within 52 weeks prior to Day 1."),
        ("NCT00487786", "I10", "through the PK/ECG evaluations during Cycle 1."),
    ],
)
def test_a_number_opening_a_wrapped_line_after_a_value_word_ends_the_sentence(nct_id: str, cid: str, end: str) -> None:
    text, doc = real(nct_id)
    assert next(c.text for c in doc.criteria if c.id == cid).endswith(end)
    assert_invariants(text, doc)


def test_the_next_count_at_the_wrapped_texts_column_is_a_sibling() -> None:
    # "… one or more of the following: (1) documented CAD; (2) documented …; (3)\n documented …": "(3)" opens the
    # wrapped line, deeper than "(2)", and is its next item, not its child
    text, doc = real("NCT00120289")
    assert [(cid, marker) for cid, marker, _ in rows(doc, "I2")] == [("I2.1", "(1)"), ("I2.2", "(2)"), ("I2.3", "(3)")]
    assert_invariants(text, doc)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (  # a list's count goes on inside a bullet after the list
            "Exclusion Criteria:\n\n1. Age over 18\n\n2. Consent\n\n- Pregnant 3. Lactating 4. Nursing",
            [
                ("E1", "1.", "Age over 18"),
                ("E2", "2.", "Consent"),
                ("E2.1", "-", "Pregnant"),
                ("E3", "3.", "Lactating"),
                ("E4", "4.", "Nursing"),
            ],
        ),
        (  # the letter before a list's next line is its item
            "Exclusion Criteria:\n\n- Not breastfeeding. d) Men must agree\n\ne) Men who are active\n\nf) Males",
            [
                ("E1", "-", "Not breastfeeding."),
                ("E2", "d)", "Men must agree"),
                ("E3", "e)", "Men who are active"),
                ("E4", "f)", "Males"),
            ],
        ),
    ],
)
def test_a_count_across_paragraphs_is_one_list(raw: str, expected: list[tuple[str, str, str]]) -> None:
    doc = parse_criteria(raw)
    assert [(c.id, c.marker, c.text) for c in doc.criteria] == expected
    assert_invariants(raw, doc)


@pytest.mark.parametrize(
    ("raw", "kept"),
    [
        # a value ending the chain ("0 or 1 3."), a marker repeated on its own line, a count across a header, a chain
        # of two
        (
            "Exclusion Criteria:\n\n1. Age over 18\n\n2. Consent\n\n- ECOG 0 or 1 3. Pregnancy",
            "ECOG 0 or 1 3. Pregnancy",
        ),
        (
            "Exclusion Criteria:\n\n1. Age over 18\n\n2. Consent\n\n- Consent with 3. Form\n\n3. Pregnancy",
            "Consent with 3. Form",
        ),
        (
            "Inclusion Criteria:\n\n1. Age over 18\n\n2. Consent\n\nExclusion Criteria:\n\n- Pregnancy 3. Lactation",
            "Pregnancy 3. Lactation",
        ),
        ("Exclusion Criteria:\n\n1. Age over 18\n\n- Consent 2. Form\n\n- Pregnancy", "Consent 2. Form"),
    ],
)
def test_what_does_not_go_on_with_a_count_stays_text(raw: str, kept: str) -> None:
    doc = parse_criteria(raw)
    assert kept in [c.text for c in doc.criteria]
    assert_invariants(raw, doc)


def test_a_lone_first_numeral_opening_a_wrapped_line_is_the_next_item() -> None:
    # "-  Adequate bone marrow function … neutrophils > 1.5 X 109/l\n   i) Adequate renal function …" and no "ii)"
    # after it: a marker left from a list converted to bullets, the next inclusion, not a sub-item of the marrow one
    text, doc = real("NCT00294359")
    assert [(c.id, c.marker, c.text[:24]) for c in doc.criteria if c.id in ("I8", "I9")] == [
        ("I8", "-", "Adequate bone marrow fun"),
        ("I9", "i)", "Adequate renal function,"),
    ]
    assert not [c for c in doc.criteria if c.parent == "I8"]
    assert_invariants(text, doc)


def test_an_i_e_list_says_no_logic_of_its_own() -> None:
    # "i.e." names what the parent means; whether one item or all of them must hold is not written there
    # ("serious ECG abnormal at screening i.e.; 1) … 2) …" means any; "major organ functions, i.e: …" means all)
    _, doc = real("NCT00537485")
    assert [(c.text[-5:], c.logic) for c in doc.criteria if c.id == "E8"] == [("i.e.;", None)]
    _, doc = real("NCT01466647")
    assert [(c.text, c.logic) for c in doc.criteria if c.id == "I3"] == [
        ("Preserved major organ functions, i.e:", None)
    ]
    assert len([c for c in doc.criteria if c.parent == "I3"]) >= 3
    doc = parse_criteria("Exclusion Criteria:\n- One of the following, i.e.: a) pregnancy b) lactation c) surgery")
    assert [(c.id, c.logic) for c in doc.criteria] == [("E1", "any"), ("E1.1", None), ("E1.2", None), ("E1.3", None)]


def test_either_and_the_following_introduce_a_run_of_two() -> None:
    # "… renal function as demonstrated by either a. Urine protein:creatinine ratio … b.\n Urine dipstick …"
    text, doc = real("NCT00543842")
    assert [(c.id, c.text[-9:], c.logic) for c in doc.criteria if c.id == "E14"] == [("E14", "by either", "any")]
    assert [(cid, marker) for cid, marker, _ in rows(doc, "E14")] == [("E14.1", "a."), ("E14.2", "b.")]
    assert_invariants(text, doc)
    # "… defined by any of the following; i. Diabetic Ketoacidosis … OR ii. Insulin dependence …"
    text, doc = real("NCT05928260")
    assert [(cid, marker) for cid, marker, _ in rows(doc, "I1")] == [("I1.1", "i."), ("I1.2", "ii.")]
    assert_invariants(text, doc)
    # "… any combination of either (a) >50% luminal stenosis, or (b) previous revascularization …"
    text, doc = real("NCT02110303")
    assert [(cid, marker) for cid, marker, _ in rows(doc, "I1")] == [("I1.1", "(a)"), ("I1.2", "(b)")]
    assert_invariants(text, doc)


def test_a_paragraphs_own_letter_continued_inline_is_a_list() -> None:
    # sub-items "1. … 2. … Grade II C.LV systolic …" then "d. Pericardial constriction e. Restrictive
    # cardiomyopathy f. Significant coronary disease …": d. opens the paragraph, e. and f. go on with it
    text, doc = real("NCT01305252")
    assert [(cid, marker) for cid, marker, _ in rows(doc, "E6")][2:] == [("E6.3", "d."), ("E6.4", "e."), ("E6.5", "f.")]
    assert_invariants(text, doc)


def test_a_lead_in_ending_with_either_offers_alternatives() -> None:
    _, doc = real("NCT01064622")  # "Patients must have either:" then its items
    assert [(c.text, c.logic) for c in doc.criteria if c.id == "I3"] == [("Patients must have either:", "any")]
    assert [c.id for c in doc.criteria if c.parent == "I3"]
    # on an unmarked line, the alternatives cut from it sit under it
    raw = (
        "Exclusion Criteria:\nApathy for which either 1) the frequency is high, or 2) the severity is marked\nPregnancy"
    )
    doc = parse_criteria(raw)
    assert [(c.id, c.text, c.logic) for c in doc.criteria] == [
        ("E1", "Apathy for which either", "any"),
        ("E1.1", "the frequency is high, or", None),
        ("E1.2", "the severity is marked", None),
        ("E2", "Pregnancy", None),
    ]
    assert_invariants(raw, doc)


def test_a_header_opening_a_wrapped_line_of_a_flattened_list_opens_its_section() -> None:
    # "… analysed by the central laboratory at the screening visit\n Exclusion Criteria: - More than one episode …"
    text, doc = real("NCT02670915")
    assert [(c.id, c.kind.value) for c in doc.criteria] == [
        ("I1", "inclusion"),
        ("I2", "inclusion"),
        ("I3", "inclusion"),
        ("I4", "inclusion"),
        ("E1", "exclusion"),
        ("E2", "exclusion"),
    ]
    assert doc.criteria[3].text.endswith("at the screening visit")
    assert_invariants(text, doc)


def test_a_header_followed_by_a_lead_in_ending_with_a_colon_is_the_header() -> None:
    text, doc = real("NCT02178696")  # "Inclusion Criteria: Inclusion criteria will include:" then "- Participants …"
    assert [(s.kind.value, s.label) for s in doc.sections] == [
        ("inclusion", "Inclusion Criteria"),
        ("exclusion", "Exclusion Criteria"),
    ]
    assert [(c.id, c.text) for c in doc.criteria][:1] == [("I1", "Inclusion criteria will include:")]
    assert [c.id for c in doc.criteria if c.parent == "I1"] == ["I1.1"]
    assert_invariants(text, doc)


@pytest.mark.parametrize(
    ("nct_id", "cid", "expected"),
    [
        ("NCT00346359", "I2", "HLA-A, -B, -C, -DRB1, and -DQB1 matched related or unrelated donor available"),
        # "… typing at HLA-A, -B,\n -C, - DRB1, and -DQB1": a dash opening the wrapped line after a comma
        (
            "NCT00555048",
            "I4.1.3",
            "Matching must be based on results of high-resolution typing at HLA-A, -B, -C, - DRB1, and -DQB1",
        ),
    ],
)
def test_the_loci_of_a_name_are_no_items(nct_id: str, cid: str, expected: str) -> None:
    text, doc = real(nct_id)
    assert [c.text for c in doc.criteria if c.id == cid] == [expected]
    assert not [c for c in doc.criteria if c.text in ("B,", "C,", "C")]
    assert_invariants(text, doc)
