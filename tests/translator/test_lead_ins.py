"""A lead-in ("one of the following:") whose items are listed beside it: flagged for an editor, not guessed."""

from __future__ import annotations

import pytest

from tests.corpus import corpus_by_id, criteria_text
from translator.fidelity import check
from translator.findings import Severity, is_concern
from translator.lead_ins import CHECK, lead_in_findings
from translator.offline import OfflineBackend
from translator.outline import parse_criteria
from translator.pipeline import Translator
from translator.translation import Translation


def _flagged(text: str, translation: Translation | None = None) -> list[str]:
    return [f.criterion_id or "" for f in lead_in_findings(parse_criteria(text), translation)]


@pytest.mark.parametrize(
    ("section", "lead_in"),
    [
        ("Inclusion", "Meets one of the following BMD criteria:"),
        ("Inclusion", "At least 1 of the following:"),
        ("Inclusion", "One or more of the following"),
        ("Inclusion", "Patients must have either of the following:"),
        ("Inclusion", "No concurrent CYP3A4 inducers, including any of the following:"),
        ("Inclusion", "Patients with none of the following:"),
        ("Exclusion", "At least two of the following:"),
        ("Exclusion", "All of the following:"),
    ],
)
def test_a_lead_in_whose_list_reads_otherwise_beside_it_is_flagged(section: str, lead_in: str) -> None:
    prefix = section[0]
    text = f"{section} Criteria:\n\n- Age 18 or over\n- {lead_in}\n- Diabetes\n- Kidney disease\n"
    assert _flagged(text) == [f"{prefix}2"]


@pytest.mark.parametrize(
    "text",
    [
        # Layouts that mean what they say: each item excludes on its own; each item is required.
        "Exclusion Criteria:\n\n- Any of the following:\n- Diabetes\n- Kidney disease\n",
        "Exclusion Criteria:\n\n- One of the following:\n- Diabetes\n- Kidney disease\n",
        "Inclusion Criteria:\n\n- All of the following:\n- Diabetes\n- Kidney disease\n",
        # The items are under the lead-in: the parse knows the list.
        "Inclusion Criteria:\n\n- One of the following:\n  - Diabetes\n  - Kidney disease\n- Age 18 or over\n",
        # Last item of its list: nothing beside it to misread.
        "Inclusion Criteria:\n\n- Age 18\n- One of the following:\n\nExclusion Criteria:\n\n- Diabetes\n",
        # Not a lead-in: the quantifier is inside a sentence that goes on.
        "Inclusion Criteria:\n\n- One of the following drugs was stopped 4 weeks ago\n- Diabetes\n",
    ],
)
def test_layouts_that_read_the_same_are_not_flagged(text: str) -> None:
    assert _flagged(text) == []


def test_the_warning_is_a_concern_in_check_and_grouping_the_bullets_clears_it() -> None:
    text = "Inclusion Criteria:\n\n- Meets one of the following criteria:\n- T-score -2.5 or lower, OR\n- A fracture\n"
    doc = parse_criteria(text)
    translation = Translator(OfflineBackend()).translate(doc, nct_id="NCT00000001")
    found = [f for f in check(doc, translation) if f.check == CHECK]
    assert len(found) == 1 and found[0].severity is Severity.WARNING and is_concern(found[0])
    assert found[0].criterion_id == "I1" and found[0].source_span == (doc.criteria[0].start, doc.criteria[0].end)
    assert "“one of the following”" in found[0].message and "one of them is enough" in found[0].message

    # The editor puts the alternatives in one bullet that cites the lead-in and them.
    grouped = translation.model_copy(deep=True)
    bullets = grouped.sections[0].bullets
    bullets[0].text = "You have one of these: a T-score of -2.5 or lower, or a fracture."
    bullets[0].source_ids = ["I1", "I2", "I3"]
    del bullets[1:]
    assert [f for f in check(doc, grouped) if f.check == CHECK] == []


def test_a_real_record_with_alternatives_beside_their_lead_in() -> None:
    # "patients with rheumatoid arthritis … who have one of the following conditions:" then two alternatives
    # (active RA, or RA in remission) written as paragraphs of their own.
    text = criteria_text(corpus_by_id()["NCT04779983"])
    assert _flagged(text) == ["I2"]


def test_a_list_with_no_header_is_flagged_for_what_either_reading_gets_wrong() -> None:
    # No "Inclusion/Exclusion Criteria" header: the items may be requirements or exclusions.
    assert _flagged("- Meets one of the following risk criteria:\n- Standard risk\n- High risk\n") == ["O1"]
    assert _flagged("- Meets all of the following:\n- Standard risk\n- High risk\n") == ["O1"]
    assert _flagged("- Age 18 or over\n- Consent\n") == []
