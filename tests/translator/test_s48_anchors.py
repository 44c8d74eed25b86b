"""Time windows whose anchor the plain words reword still read as the source's (translator.anchors).

The offline backend says "investigational" as "experimental", "investigator" as "study doctor", "protocol" as
"study plan", "receiving" as "getting", "hospitalization" as "hospital stay", and spells out "SV" and "ICF"; each
of these made the check read another anchor in the bullet than in its source (or one where the source had none),
so about 120 corpus criteria fell back from their full rewrite. An anchor that really changes is still an error.
"""

from __future__ import annotations

import pytest

from tests.translator.test_fidelity_false_alarms6 import EXC, INC, checks
from tests.translator.test_offline import said
from translator.facts import extract_facts


def _anchors(text: str) -> list[str | None]:
    return [f.anchor for f in extract_facts(text) if f.kind.value == "temporal"]


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("within 30 days before the first dose of experimental treatment", "first dose"),
        ("negative pregnancy test before getting the first dose of study drug", "first dose"),
        ("within 14 days prior to initiation of study", "study start"),
        ("within 3 months of signature of ICF", "consent"),
        ("within 2 years preceding the SV", "screening"),
        ("during the course of this study", "study"),
        ("during hospital stay", "admission"),
        ("during the hospitalization", "admission"),  # as "during the hospital stay" reads (NCT01007019)
        ("for 30 days following discontinuation of investigational medicinal product", "last dose"),
        ("for 30 days after stopping experimental treatment", "last dose"),
        ("birth control while getting study treatment", "study treatment"),  # the plain "receiving"
        ("progression following initial therapy", "first dose"),  # as "following first treatment" reads
    ],
)
def test_the_plain_wording_of_an_anchor_is_read(text: str, anchor: str) -> None:
    assert anchor in _anchors(text)


@pytest.mark.parametrize(
    "text",
    [
        "You may be eligible at the study doctor's discretion.",  # a person of the study, no time
        "Documented major ECG abnormalities at the study doctor's discretion.",
    ],
)
def test_the_study_doctor_is_no_time(text: str) -> None:
    assert _anchors(text) == []


@pytest.mark.parametrize(
    ("source", "bullet"),
    [
        (
            "Use of an investigational agent within 30 days or 5 half-lives, whichever is the longer, preceding the "
            "first dose of investigational product.",
            "You have used an experimental drug within 30 days or 5 half-lives, whichever is the longer, before the "
            "first dose of experimental treatment.",
        ),
        (
            "Patients with a colostomy or ileostomy may be eligible at investigator discretion",
            "If you have a colostomy or ileostomy, you may be eligible at the study doctor's discretion.",
        ),
        (
            "The patient has a history of alcohol or drug abuse within 2 years preceding the SV.",
            "You have a history of alcohol or drug abuse within 2 years before the screening visit (SV).",
        ),
    ],
)
def test_a_faithful_plain_window_draws_no_error(source: str, bullet: str) -> None:
    assert checks(source, bullet) == []


@pytest.mark.parametrize(
    ("source", "bullet"),
    [
        (
            "Use of an investigational agent within 30 days preceding the first dose of investigational product.",
            "You have used an experimental drug within 30 days after the last dose of experimental treatment.",
        ),
        (
            "History of alcohol or drug abuse within 2 years preceding the SV.",
            "You have a history of alcohol or drug abuse within 2 years before randomization.",
        ),
        (
            "Surgery during the course of this study",
            "You need surgery before the study starts.",
        ),
    ],
)
def test_a_changed_anchor_is_still_an_error(source: str, bullet: str) -> None:
    assert "fact_changed" in checks(source, bullet) or "fact_invented" in checks(source, bullet)


def test_the_full_rewrite_now_stands() -> None:
    # NCT01245660: the rewrite fell back to the source's words over "experimental treatment"
    assert said(
        "Use of an investigational agent within 30 days or 5 half-lives, whichever is the longer, preceding the first "
        "dose of investigational product.",
        EXC,
    ) == (
        "You have used an experimental drug within 30 days or 5 half-lives, whichever is the longer, before the first "
        "dose of experimental treatment."
    )
    assert said("Able to reside in the clinic at the investigator's discretion", INC).startswith("You")
