"""Exclusions listed inside an inclusion section under a lead-in that says they exclude (translator.lead_in_kinds).

Invented texts for the rule and its limits, real records for the layouts found in the corpus, and the translation:
the block is shown with the exclusions and passes the fidelity checks (the polarity check among them).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.corpus import corpus_by_id, criteria_text
from tests.translator.test_outline import assert_invariants
from translator.criteria import CriteriaDoc
from translator.fidelity import check, errors
from translator.lead_in_kinds import excludes_its_items
from translator.offline import OfflineBackend
from translator.outline import parse_criteria
from translator.pipeline import Translator

BLOCK = """Inclusion Criteria:

- Age 18 years or older
- Medical history: patients who have any of the following are NOT eligible:
  - Active bleeding
  - Heart disorders:
    - Unstable angina
- Signed informed consent

Exclusion Criteria:

- Pregnancy
"""


def kinds(doc: CriteriaDoc) -> list[tuple[str, str]]:
    return [(c.id, c.kind.value) for c in doc.criteria]


def test_a_lead_in_that_says_its_items_are_not_eligible_makes_its_block_exclusions() -> None:
    doc = parse_criteria(BLOCK)
    assert kinds(doc) == [
        ("I1", "inclusion"),
        ("I2", "exclusion"),
        ("I2.1", "exclusion"),
        ("I2.2", "exclusion"),
        ("I2.2.1", "exclusion"),
        ("I3", "inclusion"),
        ("E1", "exclusion"),
    ]
    assert [s.kind.value for s in doc.sections] == ["inclusion", "exclusion"]
    assert_invariants(BLOCK, doc)
    angina = doc.get("I2.2.1")
    assert angina is not None and angina.raw_span(0, 8) == (BLOCK.index("Unstable"), BLOCK.index("Unstable") + 8)


@pytest.mark.parametrize(
    "lead",
    [
        "Patients with any of the following are excluded:",
        "Subjects will be excluded if any of the following apply:",
        "A patient with any of the following is ineligible for this study:",
        "Adequate organ function. Patients with any of the following are not eligible for enrollment:",
        "Any of the following laboratory values at Screening will be exclusionary for study participation:",
    ],
)
def test_lead_ins_that_state_their_items_exclude(lead: str) -> None:
    assert excludes_its_items(lead)
    doc = parse_criteria(f"Inclusion Criteria:\n\n- Adults\n- {lead}\n  - Active bleeding\n  - Pregnancy\n")
    assert kinds(doc) == [("I1", "inclusion"), ("I2", "exclusion"), ("I2.1", "exclusion"), ("I2.2", "exclusion")]


@pytest.mark.parametrize(
    "lead",
    [
        # the lead-in asks for an absence: an inclusion as written, "you cannot join if none of …" would invert it
        "None of the following within the past 6 months:",
        "Must not have any of the following:",
        "Patients must not have any uncontrolled illness, which are excluded, including:",
        # ineligible for a treatment, not for the study
        "Not eligible for transplant, based on one of the following:",
        "Ineligible to receive platinum-based chemotherapy (at least one of the following):",
        # the clause that leads to the items defines; the exclusion is said of someone else before it
        "Pregnant women are excluded; a woman of childbearing potential is one who meets the following criteria:",
        # says its items exclude, but does not lead to them
        "Patients with bone only disease are excluded.",
    ],
)
def test_lead_ins_that_keep_their_kind(lead: str) -> None:
    assert not excludes_its_items(lead)
    doc = parse_criteria(f"Inclusion Criteria:\n\n- Adults\n- {lead}\n  - Active bleeding\n  - Pregnancy\n")
    assert {kind for _, kind in kinds(doc)} == {"inclusion"}


def test_only_a_top_level_lead_in_outside_the_exclusions_turns_its_block() -> None:
    nested = "Inclusion Criteria:\n\n- Medical history:\n  - Patients with any of the following are excluded:\n"
    nested += "    - Active bleeding\n"
    assert {kind for _, kind in kinds(parse_criteria(nested))} == {"inclusion"}
    # no children: the items it means are not under it
    flat = "Inclusion Criteria:\n\n- Adults\n- Patients with any of the following are excluded:\n- Active bleeding\n"
    assert {kind for _, kind in kinds(parse_criteria(flat))} == {"inclusion"}
    exclusions = "Exclusion Criteria:\n\n- Patients with any of the following are excluded:\n  - Active bleeding\n"
    assert kinds(parse_criteria(exclusions)) == [("E1", "exclusion"), ("E1.1", "exclusion")]
    other = "Criteria:\n\n- Adults\n- Patients with any of the following are excluded:\n  - Active bleeding\n"
    assert kinds(parse_criteria(other)) == [("O1", "other"), ("O2", "exclusion"), ("O2.1", "exclusion")]


def test_the_block_is_translated_with_the_exclusions_and_passes_the_checks() -> None:
    doc = parse_criteria(BLOCK)
    translation = Translator(OfflineBackend()).translate(doc, nct_id="NCT00000001")
    shown = [(s.kind.value, s.label, [b.source_ids[0] for b in s.bullets]) for s in translation.sections]
    assert shown == [
        ("inclusion", "You may be able to join if…", ["I1", "I3"]),
        # "Heart disorders:" and its one item are one bullet citing both (translator.topic_bullets)
        ("exclusion", "You cannot join if…", ["I2", "I2.1", "I2.2"]),
        ("exclusion", "You cannot join if…", ["E1"]),
    ]
    assert translation.sections[1].bullets[-1].source_ids == ["I2.2", "I2.2.1"]
    assert not errors(check(doc, translation))


def test_a_block_in_a_cohort_section_keeps_the_cohort_in_its_heading() -> None:
    raw = "Part A Inclusion Criteria:\n\n- Adults\n- Patients with any of the following are excluded:\n  - Bleeding\n"
    translation = Translator(OfflineBackend()).translate(parse_criteria(raw), nct_id="NCT00000001")
    assert [(s.kind.value, s.label) for s in translation.sections] == [
        ("inclusion", "Part A: you may be able to join if…"),
        ("exclusion", "Part A: you cannot join if…"),
    ]


@pytest.mark.parametrize(
    ("nct_id", "lead", "last", "after"),
    [
        # "Patient history: patients who have any of the following are NOT eligible:" in the inclusions
        ("NCT02601209", "I13", "I13.5.10", "I14"),
        # "Any of the following laboratory values at Screening will be exclusionary …" in an "other" section
        ("NCT01448200", "O6", "O6.8", None),
    ],
)
def test_real_blocks_of_exclusions_outside_the_exclusions(
    nct_id: str, lead: str, last: str, after: str | None, shared_data: Path
) -> None:
    doc = parse_criteria(criteria_text(corpus_by_id()[nct_id]))
    block = [c for c in doc.criteria if c.id == lead or c.id.startswith(f"{lead}.")]
    assert block[-1].id == last and {c.kind.value for c in block} == {"exclusion"}
    assert doc.sections[block[0].section].kind.value != "exclusion"
    following = doc.get(after) if after else None
    assert after is None or (following is not None and following.kind.value == "inclusion")
    translation = Translator(OfflineBackend()).translate(doc, nct_id=nct_id)
    assert not errors(check(doc, translation))


def test_a_block_goes_right_after_its_own_section_when_two_sections_look_alike() -> None:
    # two inclusion sections with the same header and the block in the second: its exclusions follow the second
    raw = (
        "Inclusion Criteria:\n\n- Patients with any of the following are excluded:\n  - Bleeding\n\n"
        "Inclusion Criteria:\n\n- Patients with any of the following are excluded:\n  - Anemia\n"
    )
    translation = Translator(OfflineBackend()).translate(parse_criteria(raw), nct_id="NCT00000001")
    assert [(s.kind.value, [b.source_ids[0] for b in s.bullets]) for s in translation.sections] == [
        ("exclusion", ["I1", "I1.1"]),
        ("exclusion", ["I2", "I2.1"]),
    ]
