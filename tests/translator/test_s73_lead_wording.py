"""The reader beside whoever acts for them, when the source says "The patient …", names the person "(s)" or as
two ("parent/legal guardian", "designee"), or keeps "a"/"the" before them (session of 2026-12-06, 18:51)."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.criteria import SectionKind

INC, EXC = SectionKind.INCLUSION, SectionKind.EXCLUSION


@pytest.mark.parametrize(
    ("source", "kind", "plain"),
    [
        (
            "The patient or legal guardian must be able to understand the characteristics of the study and fill in "
            "the seizure diaries.",
            INC,
            "You or your legal guardian must be able to understand the characteristics of the study and fill in the "
            "seizure diaries.",
        ),
        (
            "The patient and/or the patient's parent/legal guardian is willing and able to provide signed informed "
            "consent.",
            INC,
            "You and/or your parent/legal guardian is willing and able to give signed informed consent.",
        ),
        (
            "Participant or parent(s)/caregiver(s) have daily commitments during the study duration that would "
            "interfere with attending all study visits",
            EXC,
            "You or your parent(s)/caregiver(s) have daily commitments during the study duration that would get in "
            "the way of attending all study visits.",
        ),
        (
            "Patient and designee capable of giving fully informed consent in writing",
            INC,
            "You and your designee are able to give fully informed consent in writing.",
        ),
        (
            "The patient or a legally authorized representative must provide study-specific informed consent prior "
            "to study entry",
            INC,
            "You or a legally authorized representative must provide study-specific informed consent before joining "
            "the study.",
        ),
        (
            "Subject and parent/legally acceptable representative (if applicable) able to attend all scheduled "
            "visits and to comply with all trial procedures.",
            INC,
            "You and your parent/legally acceptable representative (if applicable) are able to attend all scheduled "
            "visits and to follow all trial procedures.",
        ),
    ],
)
def test_the_reader_beside_whoever_acts_for_them(source: str, kind: SectionKind, plain: str) -> None:
    assert said(source, kind) == plain


@pytest.mark.parametrize(
    "source",
    [
        # the verb is the subject's alone: "you" would take another form
        "The subject (or the legal guardian) understands the nature of the study and provides written informed "
        "consent prior to the study enrollment",
        # named again: "they" may be either or both
        "Subject and their legal guardian(s) understand that they must comply with study medication",
    ],
)
def test_left_in_the_third_person(source: str) -> None:
    assert not said(source, INC).startswith("You")
