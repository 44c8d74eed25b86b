"""Lists flattened onto one line (older exports lost their line breaks): the general rules that split them.

"Inclusion Criteria: 1. pregnancy 2. renal failure", "- Age - 18 years or older", headers in the middle of
the line. Each rule on the real record that shows it, where the corpus has one, and on a small made-up text
for the layout the corpus lacks; the metamorphic layouts ("flattened", "flattened-numbers") check them at scale.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.corpus import corpus_by_id, criteria_text
from tests.translator.test_outline import assert_invariants
from translator.criteria import CriteriaDoc
from translator.outline import parse_criteria


def real(nct_id: str) -> CriteriaDoc:
    return parse_criteria(criteria_text(corpus_by_id()[nct_id]))


def rows(doc: CriteriaDoc) -> list[tuple[str, str]]:
    return [(c.id, c.text) for c in doc.criteria]


@pytest.mark.parametrize(
    "raw",
    [
        "Exclusion Criteria: 1. pregnancy 2. renal failure 3. hepatic impairment",
        "Exclusion Criteria:\n1. pregnancy 2. renal failure 3. hepatic impairment",
        "Exclusion Criteria: 1. pregnancy 2. renal failure\n3. hepatic impairment",
    ],
)
def test_a_numbered_run_in_lower_case_is_a_list(raw: str) -> None:
    doc = parse_criteria(raw)
    assert rows(doc) == [("E1", "pregnancy"), ("E2", "renal failure"), ("E3", "hepatic impairment")]
    assert_invariants(raw, doc)


def test_a_numbered_run_opening_with_a_number_or_to_is_a_list() -> None:
    raw = "Inclusion Criteria: 1. to live in a non-fluoridated area 2. 18 years or older 3. ≥10% body surface area"
    doc = parse_criteria(raw)
    assert rows(doc) == [
        ("I1", "to live in a non-fluoridated area"),
        ("I2", "18 years or older"),
        ("I3", "≥10% body surface area"),
    ]
    assert_invariants(raw, doc)


@pytest.mark.parametrize(
    "raw",
    [
        # Two numbers that do not start a run, or a run of two without a colon before it, stay values.
        "Inclusion Criteria:\n- ECOG performance status 0 or 1. the score is read at screening 2. times",
        "Inclusion Criteria:\n- Patients from group 1. and 2. are eligible",
        "Inclusion Criteria:\n- Dose level 1. 5 mg 2. 10 mg",
        "Inclusion Criteria:\n- Hemoglobin 1.5 to 2.5 g/dL, 3. mg",
    ],
)
def test_numbers_that_do_not_count_up_from_one_stay_in_the_text(raw: str) -> None:
    doc = parse_criteria(raw)
    assert [c.id for c in doc.criteria] == ["I1"]


def test_a_lower_case_numbered_list_in_a_wrapped_paragraph_on_real_record(shared_data: Path) -> None:
    # "1. nucleoside analogs : … lamivudine 2.\n protease inhibitors : … 3. Non nucleoside … 4. integrase …"
    doc = real("NCT03256422")
    lead = doc.get("I5")
    assert lead is not None and lead.text == "Allowed treatment drugs are :"
    assert [doc.get(f"I5.{n}").text.split(" :")[0] for n in range(1, 5)] == [  # type: ignore[union-attr]
        "nucleoside analogs",
        "protease inhibitors",
        "Non nucleoside reverse transcriptase inhibitors",
        "integrase inhibitors",
    ]


def test_a_numbered_run_goes_on_past_a_value_word_on_real_record(shared_data: Path) -> None:
    # "… Dravet Syndrome 2. The patient has … in 2 weeks 3. The patient is treated … 4. Patient has …": "weeks 3."
    # could be a value, but "4." follows it as a plain marker; the items cut from the wrapped lines are siblings.
    doc = real("NCT02174094")
    texts = [c.text for c in doc.criteria if c.id.startswith("I4.")]
    assert texts[4] == "abnormal EEG consistent with Dravet Syndrome"
    assert texts[5].startswith("The patient has a history of approximately 2 tonic-clonic") and texts[5].endswith(
        "in 2 weeks"
    )
    assert texts[6].startswith("The patient is treated with at least 1 but no more than 3 antiepileptic drugs")
    assert texts[7].startswith("Patient has at least 2 seizures")
    assert [c.id for c in doc.criteria if c.text in texts[5:]] == ["I4.6", "I4.7", "I4.8"]


def test_numbered_items_cut_from_wrapped_lines_are_siblings_on_real_record(shared_data: Path) -> None:
    # "11. Having the following signs or symptoms: 1) known pulmonary …\n 2) an underlying … 3) known or suspected"
    doc = real("NCT03053388")
    item = doc.get("E11")
    assert item is not None and item.children == ["E11.1", "E11.2", "E11.3"]
    assert doc.get("E11.3").text == "known or suspected foreign body aspiration."  # type: ignore[union-attr]


def test_a_numbered_list_cut_out_of_an_item_that_introduces_it_is_its_children_on_real_record(
    shared_data: Path,
) -> None:
    # "2. Patients must have one of the following diseases. 1) metastatic breast cancer … 2) low grade advanced
    # ovarian cancer 3) high grade …" over three wrapped lines: the ")" list sits under item 2, not beside it.
    doc = real("NCT00523809")
    item = doc.get("I2")
    assert item is not None and item.text == "Patients must have one of the following diseases."
    assert item.children == ["I2.1", "I2.2", "I2.3"] and item.logic is not None and item.logic.value == "any"
    assert doc.get("I2.2").text == "low grade advanced ovarian cancer"  # type: ignore[union-attr]
    assert doc.get("I3").text == "Zubrod performance status </= 1."  # type: ignore[union-attr]


def test_a_number_in_parentheses_is_no_item_of_a_dotted_list() -> None:
    raw = (
        "Inclusion Criteria: 1. Age > 18 years 2. Diagnosis of diabetes mellitus (type 1 or 2)Any of the "
        "following is evidence of it 3. Macular edema Exclusion Criteria: 1. Pregnancy 2. Prior laser 3. Glaucoma"
    )
    doc = parse_criteria(raw)
    assert [c.id for c in doc.criteria] == ["I1", "I2", "I3", "E1", "E2", "E3"]
    assert doc.criteria[1].text == "Diagnosis of diabetes mellitus (type 1 or 2)Any of the following is evidence of it"
    assert_invariants(raw, doc)


@pytest.mark.parametrize(
    ("raw", "labels", "texts"),
    [
        (
            "Inclusion Criteria: Main Inclusion at Screening (Visit 1): - Completed the diary; Main Inclusion at "
            "Randomization (Visit 2): - At least 8 micturitions a day Exclusion Criteria: - Pregnancy",
            ["Inclusion Criteria", "Main Inclusion at Screening (Visit 1)", "Main Inclusion at Randomization (Visit 2)",
             "Exclusion Criteria"],
            ["Completed the diary;", "At least 8 micturitions a day", "Pregnancy"],
        ),
        (
            "Inclusion Criteria: - Age 18 or over (confirmation waived for gliomas) Part 2 only: - Neuroblastoma "
            "Exclusion Criteria (any of the following): - Active infection",
            ["Inclusion Criteria", "Part 2 only", "Exclusion Criteria (any of the following)"],
            ["Age 18 or over (confirmation waived for gliomas)", "Neuroblastoma", "Active infection"],
        ),
        (
            "Inclusion Criteria: 1. Age 18 or over 2. Fasting LDL-C > 70 mg/dL at Screening Inclusion Criteria for "
            "Cohort EE Only: 1. Homozygous FH For parent participants: 1. A primary caregiver",
            ["Inclusion Criteria", "Inclusion Criteria for Cohort EE Only", "For parent participants"],
            ["Age 18 or over", "Fasting LDL-C > 70 mg/dL at Screening", "Homozygous FH", "A primary caregiver"],
        ),
    ],
)
def test_a_header_between_two_items_of_a_flattened_list(raw: str, labels: list[str], texts: list[str]) -> None:
    doc = parse_criteria(raw)
    assert [s.label for s in doc.sections] == labels
    assert [c.text for c in doc.criteria] == texts
    assert_invariants(raw, doc)


def test_a_titled_header_after_a_sentence_end_keeps_its_title() -> None:
    # "… in discussions. Health Care Proxy Inclusion Criteria: - …": the title belongs to the header, not the item.
    raw = (
        "Resident Inclusion Criteria: - Lives in the canton - Speaks French. Health Care Proxy Inclusion Criteria: "
        "- Is the legal proxy of a resident - Has sufficient language proficiency"
    )
    doc = parse_criteria(raw)
    assert [s.label for s in doc.sections] == ["Resident Inclusion Criteria", "Health Care Proxy Inclusion Criteria"]
    assert [c.text for c in doc.criteria][:2] == ["Lives in the canton", "Speaks French."]
    assert_invariants(raw, doc)


def test_a_list_lead_in_between_flattened_items_is_no_header() -> None:
    raw = "Inclusion Criteria: - Age 18 or over - Any of the following conditions: - Asthma - COPD - Signed consent"
    doc = parse_criteria(raw)
    assert [s.label for s in doc.sections] == ["Inclusion Criteria"]
    assert "Any of the following conditions:" in [c.text for c in doc.criteria]


def test_a_flattened_hyphen_list_splits_at_items_opening_with_a_number() -> None:
    raw = (
        "Inclusion Criteria: - Clinically-significant anxiety (score ≥10 on GAD-7) - 21 years or older - English "
        "speaking women - 18-35 years of age - term delivery (≥37 weeks gestation at birth); - 5-minute Apgar score ≥7"
        " Exclusion Criteria: - HbA1c - 7.5% or more - weight - 70 kg or more - age 18 - 65"
    )
    doc = parse_criteria(raw)
    assert [c.text for c in doc.criteria] == [
        "Clinically-significant anxiety (score ≥10 on GAD-7)",
        "21 years or older",
        "English speaking women",
        "18-35 years of age",
        "term delivery (≥37 weeks gestation at birth);",
        "5-minute Apgar score ≥7",
        "HbA1c - 7.5% or more",
        "weight - 70 kg or more",
        "age 18 - 65",
    ]
    assert_invariants(raw, doc)


def test_a_flattened_hyphen_list_splits_at_a_lower_case_item_after_a_number() -> None:
    raw = (
        "Inclusion Criteria: - diagnosis of relapsed solid tumour - expected survival of at least 12 weeks - "
        "ECOG performance score of 0 or 1 - fully recovered from any prior surgical procedure - treated for 5 - fold"
    )
    assert [c.text for c in parse_criteria(raw).criteria] == [
        "diagnosis of relapsed solid tumour",
        "expected survival of at least 12 weeks",
        "ECOG performance score of 0 or 1",
        "fully recovered from any prior surgical procedure",
        "treated for 5 - fold",
    ]


def test_a_dash_after_a_name_opens_an_item_in_sentence_case() -> None:
    raw = (
        "Exclusion Criteria: - Predominant Stress Urinary Incontinence - Active or recurrent bladder infections - "
        "Any contraindication as defined in the Japanese Package Insert - Hypoglycemia unawareness - A Clinical "
        "Global Impression - Severity of Illness (CGI-S) score of 4 - Chronic Kidney Disease - Epidemiology"
    )
    assert [c.text for c in parse_criteria(raw).criteria] == [
        "Predominant Stress Urinary Incontinence",
        "Active or recurrent bladder infections",
        "Any contraindication as defined in the Japanese Package Insert",
        "Hypoglycemia unawareness",
        "A Clinical Global Impression - Severity of Illness (CGI-S) score of 4",
        "Chronic Kidney Disease - Epidemiology",
    ]


def test_a_dash_after_a_short_label_goes_on_with_its_details() -> None:
    # Among capitalised items, "- Medications - thiazolidinediones, …" is one item: a label, then its details.
    raw = (
        "Exclusion Criteria: - Type 2 diabetes - Pregnancy - Recent MI or stroke (within 6 months of screening) - "
        "Medications - thiazolidinediones, any steroids, anti-depressants - Other diseases influencing metabolism"
    )
    assert [c.text for c in parse_criteria(raw).criteria] == [
        "Type 2 diabetes",
        "Pregnancy",
        "Recent MI or stroke (within 6 months of screening)",
        "Medications - thiazolidinediones, any steroids, anti-depressants",
        "Other diseases influencing metabolism",
    ]
    # In a list of lower-case items the same dash separates two items.
    raw = "Inclusion Criteria: - seizure - to have at least 20 natural teeth - Signed consent - pregnancy"
    assert [c.text for c in parse_criteria(raw).criteria] == [
        "seizure",
        "to have at least 20 natural teeth",
        "Signed consent",
        "pregnancy",
    ]


def test_a_name_wrapped_after_its_dash_stays_whole_on_real_record(shared_data: Path) -> None:
    # "Estimated glomerular filtration rate > 60 mL/min (Chronic Kidney Disease -\n Epidemiology Collaboration
    # method)" had become two items.
    texts = [c.text for c in real("NCT03256422").criteria]
    whole = "Estimated glomerular filtration rate > 60 mL/min (Chronic Kidney Disease - Epidemiology Collaboration"
    whole += " method)"
    assert whole in texts
    # A number after a dash inside an item that is no flattened list stays a value ("medication - 30 days").
    texts = [c.text for c in real("NCT02207829").criteria]
    assert any("investigational medication - 30 days or within 5 drug half lives" in t for t in texts)


def test_an_item_with_one_more_dash_is_one_item_on_real_records(shared_data: Path) -> None:
    # A label and its value, a note or a cohort tag after the dash: one criterion, not two.
    assert any(c.text == "Performance status - Karnofsky 70-100%" for c in real("NCT00062127").criteria)
    texts = [c.text for c in real("NCT01276847").criteria]
    assert "Has psoriasis body surface area (BSA) involvement ≥ 10% at Baseline - Part 2" in texts
    texts = [c.text for c in real("NCT00087477").criteria]
    note = "Symptomatic or untreated brain metastases - Patients with brain metastases are eligible"
    assert any(t.startswith(note) for t in texts)
    # "overall NAPSI >\n 14 - Target nail is defined …": the 14 is the value, no "14 -" list marker.
    texts = [c.text for c in real("NCT00581100").criteria]
    assert any("overall NAPSI > 14 - Target nail is defined as the nail" in t for t in texts)
    # Still two items: a second item opens a wrapped line of the first ("… mCRC disease\n - Last dose of …").
    texts = [c.text for c in real("NCT00115765").criteria]
    assert "Radiotherapy within 14 days before randomization" in texts


@pytest.mark.parametrize(
    ("item", "texts"),
    [
        (
            "-  Pregnancy - Patients are asked the date of their last period",
            ["Pregnancy - Patients are asked the date of their last period"],
        ),
        (
            "-  Prior HDAC inhibitor therapy - More than 3 prior lines of therapy",
            ["Prior HDAC inhibitor therapy", "More than 3 prior lines of therapy"],
        ),
        (
            "-  Healthy as determined by the investigator. - History of regular bowel habits",
            ["Healthy as determined by the investigator.", "History of regular bowel habits"],
        ),
    ],
)
def test_one_more_dash_in_an_item_opens_an_item_only_after_a_sentence_or_before_a_criterion(
    item: str, texts: list[str]
) -> None:
    raw = f"\n        Exclusion Criteria:\n\n          -  Age under 18\n\n          {item}\n\n          -  Asthma\n"
    doc = parse_criteria(raw)
    assert [c.text for c in doc.criteria] == ["Age under 18", *texts, "Asthma"]
    assert_invariants(raw, doc)


def test_must_meet_all_after_an_empty_must_not_meet_any_opens_the_inclusions_again() -> None:
    # Inclusions, an empty exclusion list, then the inclusions and exclusions written again (NCT04779853's layout).
    raw = (
        "Patients must meet ALL of the following:\n\n- 10-18 years old\n\n"
        "Patients must NOT meet any of the following:\n\n"
        "Patients must meet ALL of the following:\n\n- 10-18 years old\n\n"
        "Patients must NOT meet any of the following:\n\n- Immunocompromised patients"
    )
    doc = parse_criteria(raw)
    assert [s.kind.value for s in doc.sections] == ["inclusion", "exclusion", "inclusion", "exclusion"]
    assert [(c.id, c.text) for c in doc.criteria] == [
        ("I1", "10-18 years old"),
        ("I2", "10-18 years old"),
        ("E1", "Immunocompromised patients"),
    ]
    # Under an exclusion list that holds items, the same line stays the exclusions' own lead-in.
    raw = "Patients must NOT meet any of the following:\n\n- Asthma\n- Patients must meet ALL of the following:\n  - X"
    assert [c.kind.value for c in parse_criteria(raw).criteria] == ["exclusion"] * 3


def test_a_list_restarting_at_one_after_a_lead_in_nests_under_it_on_real_records(shared_data: Path) -> None:
    # "4. Patients with … that would interfere with vitamin D absorption:\n\n 1. Celiac disease. 2. Chron's …"
    doc = real("NCT02256215")
    item = next(c for c in doc.criteria if c.text.endswith("would interfere with vitamin D absorption:"))
    assert len(item.children) == 6 and doc.get(item.children[0]).text == "Celiac disease."  # type: ignore[union-attr]
    # "4. T1DM:\n\n1. For US only: …\n2. For Japan only: …"
    item = real("NCT06742723").get("E4")
    assert item is not None and item.text == "T1DM:" and item.children[:2] == ["E4.1", "E4.2"]
    # A flat roman list under a roman item closes back to the outer list where its count does not go on.
    raw = (
        "Inclusion Criteria:\n\na. T-cell lymphoma\ni. Peripheral T-cell lymphoma and one or more of the following:\n"
        "i. High LDH\nii. Marrow involvement\nii. Angioimmunoblastic lymphadenopathy\nb. Mantle cell lymphoma"
    )
    assert [c.id for c in parse_criteria(raw).criteria] == ["I1", "I1.1", "I1.1.1", "I1.1.2", "I1.2", "I2"]
