"""Section headings on real records: what a source header says beyond "inclusion/exclusion criteria" (who, or
when) leads the plain heading, so a reader can tell the mother's criteria from the infant's."""

from __future__ import annotations

import pytest

from tests.corpus import corpus_by_id, criteria_text
from translator.offline import OfflineBackend
from translator.outline import parse_criteria
from translator.pipeline import Translator
from translator.section_labels import qualifier


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
