"""A participle of a past act keeps its subject (translator.offline_subject_heads), a noun right before a duty is no
verb of the subject's (translator.offline_subjects_words.not_a_verb), and the child a man would father is no other
person in the description (offline_subjects_words.OTHERS)."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.criteria import SectionKind


def test_a_participle_of_a_past_act_is_not_said_in_the_present() -> None:
    # NCT01456039: "You are getting romidepsin in the past" would say a past act is going on now
    assert said("Subjects receiving romidepsin in the past", SectionKind.EXCLUSION) == (
        "Subjects getting romidepsin in the past"
    )
    # NCT04973462: a window that runs to now keeps the participle's "are", as before
    assert said("Patients participating in other clinical research in the past three months.") == (
        "You are taking part in other clinical research in the past three months."
    )
    # an adjective "previous" is no time of the act
    assert said("Patients receiving warfarin for previous thrombosis", SectionKind.EXCLUSION) == (
        "You are getting warfarin for past thrombosis."
    )


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        (  # NCT06726265: "trial start must": "start" is the trial's noun before the duty, not the subject's verb
            "Participants who received major surgery prior to trial start must have recovered adequately from the "
            "toxicity and/or complications from the intervention prior to starting trial treatment.",
            "If you received major surgery before trial start, you must have recovered adequately from the toxicity "
            "and/or complications from the intervention before starting trial treatment.",
        ),
        ("Patients with disease progression must stop.", "If you have disease progression, you must stop."),
    ],
)
def test_a_noun_before_the_duty_is_no_verb_of_the_subject(source: str, plain: str) -> None:
    assert said(source, SectionKind.INCLUSION) == plain


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        (  # NCT03145948: the child a man would father is no one besides the reader
            "Male participant who is considering fathering a child or donating sperm during the study or through 30 "
            "days after the last dose of study drug.",
            "You are male and are considering fathering a child or donating sperm during the study or through 30 days "
            "after the last dose of study drug.",
        ),
        (  # NCT03561753
            "Males planning to conceive a child during the study or within 6 months of cessation of treatment.",
            "You are male and planning to conceive a child during the study or within 6 months of cessation of "
            "treatment.",
        ),
        (
            "Males planning to father a child during the study.",
            "You are male and planning to father a child during the study.",
        ),
        # a child or a father who is someone else keeps the source's words
        ("Patients whose child is enrolled in the study", "Patients whose child is enrolled in the study"),
        ("Patients whose father is enrolled in the study", "Patients whose father is enrolled in the study"),
    ],
)
def test_a_child_to_be_fathered_is_no_other_person(source: str, plain: str) -> None:
    assert said(source, SectionKind.EXCLUSION) == plain
