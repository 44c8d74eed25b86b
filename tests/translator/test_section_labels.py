"""Section headings on real records: what a source header says beyond "inclusion/exclusion criteria" (who, or
when) leads the plain heading, so a reader can tell the mother's criteria from the infant's."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.corpus import corpus_by_id, corpus_doc, criteria_text
from translator.criteria import SectionKind
from translator.offline import OfflineBackend
from translator.outline import parse_criteria
from translator.pipeline import Translator
from translator.section_labels import qualifier, section_label


def headings(nct_id: str) -> list[tuple[str, str | None]]:
    study = corpus_by_id()[nct_id]
    doc = parse_criteria(criteria_text(study))
    translation = Translator(OfflineBackend()).translate(doc, nct_id=nct_id)
    return [(s.label, s.source_label) for s in translation.sections]


def test_groups_of_people_and_moments_lead_their_headings() -> None:
    assert headings("NCT01780831") == [
        ("Maternal: you may be able to join if…", "Maternal Inclusion Criteria"),
        ("Maternal: you cannot join if…", "Maternal Exclusion Criteria"),
        ("Infant: you may be able to join if…", "Infant Inclusion Criteria"),
        ("Infant: you cannot join if…", "Infant Exclusion Criteria"),
    ]
    labels = [label for label, _ in headings("NCT00683553")]
    assert labels[:3] == [
        "Before surgery: you may be able to join if…",
        "During surgery: you may be able to join if…",
        "After surgery: you may be able to join if…",
    ]


def test_pdq_topic_headers_are_said_plainly() -> None:
    assert [label for label, _ in headings("NCT00002475")] == [
        "Your disease: you may be able to join if…",
        "Your health: you may be able to join if…",
        "Past and current treatment: you may be able to join if…",
    ]


@pytest.mark.parametrize("label", ["PRIOR CONCURRENT THERAPY", "Prior Concurrent Therapy", "PRIOR/CONCURRENT THERAPY"])
def test_pdq_treatment_header_in_any_spelling_is_said_plainly(label: str) -> None:
    assert qualifier(label) == "Past and current treatment"


def test_headers_that_only_name_the_kind_keep_the_plain_heading() -> None:
    assert headings("NCT05994521")[0][0] == "You may be able to join if…"  # "(all of the following)"
    assert headings("NCT01066962")[-1][0] == "You cannot join if…"  # "Non-inclusion Criteria"


@pytest.mark.parametrize(
    ("label", "lead"),
    [
        ("Inclusion Criteria:", None),
        ("Key Exclusion Criteria include", None),
        ("Inclusion and Exclusion Criteria", None),
        ("Study Exclusion Criteria - participants are ineligible for the study if they", None),
        ("Inclusion Criteria - Recipient", "Recipient"),
        ("Swab inclusion criteria - participants will be eligible for swab testing if they", "Swab"),
        ("Study Inclusion Criteria - app users will be eligible to join the study if they", None),
        ("INCLUSION CRITERIA: CELL HARVEST", "Cell harvest"),
        ("PHASE II TRIAL", "Phase II trial"),
        ("Additional exclusion criteria for subjects with CHC infection", "For subjects with CHC infection"),
        ("General Medical Exclusions", "General Medical"),
        (None, None),
    ],
)
def test_qualifier(label: str | None, lead: str | None) -> None:
    assert qualifier(label) == lead


@pytest.mark.parametrize(
    ("label", "lead"),
    [
        ("Part I: Inclusion criteria for Inadequate responders", "Part I, for Inadequate responders"),
        ("Part 1: Key Exclusion Criteria For Healthy Volunteers", "Part 1, for Healthy Volunteers"),
        ("Exclusion criteria for Part I", "For Part I"),
        ("Part IV : specific additional exclusion criteria", "Part IV"),
        ("Part 1 additional inclusion criteria", "Part 1"),
        ("Cancer-Specific Exclusion Criteria", "Cancer-Specific"),
        ("Additional Key Entry Criteria for HCV patients (Part II)", "For HCV patients (Part II)"),
        ("INCLUSION CRITERIA: CELL HARVEST", "Cell harvest"),
        # a sub-heading's topic (NCT03273153): "Related to" says nothing more; "Specific to" names whom it is for
        ("Exclusions Related to Cardiovascular Disease", "Cardiovascular Disease"),
        ("Exclusion criteria related to prior therapy:", "Prior therapy"),
        ("Inclusion Criteria Specific to Obinutuzumab-Containing Cohorts", "For Obinutuzumab-Containing Cohorts"),
    ],
)
def test_qualifier_keeps_only_the_group_from_labels_that_name_a_part_and_a_kind(label: str, lead: str) -> None:
    assert qualifier(label) == lead


def test_a_cohort_label_that_says_one_kind_does_not_head_sections_of_the_other(shared_data: Path) -> None:
    # "Inclusion Criteria for Part 2 Only:" is in force over the exclusions that follow it for Part 2
    labels = [label for label, _ in headings("NCT00445458")]
    assert "For Part 2 Only: you cannot join if…" in labels
    # "For Cohort 2 of this study, eligible patients must meet all of the following criteria:"
    assert headings("NCT00558103")[-1][0] == "For Cohort 2 of this study: you cannot join if…"


def test_no_heading_over_the_corpus_names_the_other_kind_or_says_criteria(shared_data: Path) -> None:
    wrong = []
    for nct_id in corpus_by_id():
        for section in corpus_doc(nct_id).sections:
            heading = section_label(section)
            lead = heading.rsplit(": ", 1)[0].lower() if ": " in heading else ""
            other = "inclusion" if section.kind is SectionKind.EXCLUSION else "exclusion"
            # "Exception to Inclusion Criterion #5 for …" may cite one criterion; a lead of "… criteria" says nothing
            if other in lead or "criteria" in lead:
                wrong.append((nct_id, heading))
    assert wrong == []


def test_a_text_with_neither_inclusion_nor_exclusion_headers_is_what_the_study_says(shared_data: Path) -> None:
    # "Criteria:" and one list: "Other things…" would promise a main list that is not there
    assert [label for label, _ in headings("NCT00436501")] == ["What the study says about who can join"]
    # beside inclusions and exclusions a preamble stays "other things"
    labels = [label for label, _ in headings("NCT00031044")]
    assert labels[0] == "Other things the study says about who can join"
