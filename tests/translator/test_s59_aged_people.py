"""Third-person openings put to the reader (you35): a group named by nothing but its ages (offline_aged_people), and a
single subject whose verb the person rules did not know ("Patient requests …", "Subject poses …", "Patient expected
to …": offline_person). Real corpus text; each rule has cases that change and near cases that must not."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.criteria import SectionKind

INC, EXC = SectionKind.INCLUSION, SectionKind.EXCLUSION


@pytest.mark.parametrize(
    ("source", "kind", "plain"),
    [
        # NCT00932113, NCT02293902: the first value has no unit of its own, so it was read as no age
        ("Patients <18 or >85 years old", EXC, "You are less than 18 or older than 85 years."),
        ("Participants <20 or >75 years of age.", EXC, "You are less than 20 or older than 75 years."),
        # NCT02639052: an exclusion by age, its words kept
        ("Individuals under 18 or over 50 years of age.", EXC, "You are under 18 or over 50 years of age."),
        # NCT02406443: "of" before the ages
        ("Individuals of 18-70 years of age,", INC, "You are 18 to 70 years old."),
        # NCT02276482, NCT00748072, NCT01811238: a sex label before ages with no "aged"
        ("Males or females 12 years to <18 years", INC, "You are male or female and 12 years to less than 18 years."),
        (
            "Males or females > 16 and < 80 years of age.",
            INC,
            "You are male or female and more than 16 and younger than 80 years.",
        ),
        (
            "Male or female ≥ 20 and <80 years of age",
            INC,
            "You are male or female and 20 or more and younger than 80 years.",
        ),
        # NCT00486954: a semicolon after the label, and a closing note on when the age counts
        (
            "Male or female; ≥ 20 years (at the time of giving consent)",
            INC,
            "You are male or female and 20 years or more (at the time of giving consent).",
        ),
    ],
)
def test_a_group_named_by_its_ages_alone_is_the_reader(source: str, kind: SectionKind, plain: str) -> None:
    assert said(source, kind) == plain


@pytest.mark.parametrize(
    ("source", "kind"),
    [
        # NCT02137837: the group has a verb and a duty of its own after the age
        ("Patients < 60 years of age taking tamoxifen or toremifene must have FSH and plasma estradiol levels within "
         "post-menopausal ranges", INC),
        # NCT01554085: two ages, each for a group of its own
        ("Male or female, 18-55 years of age for HV and 18-65 years of age for subjects with CHC.", INC),
        # NCT00078637: a percentage of weight, no age
        ("Patients < 30% of ideal weight for height and age according to the Metropolitan Life Insurance Company "
         "Statistical Bulletin, or", EXC),
        # NCT01543269: a noun that says more than the reader, and weights, not ages
        ("Male and female volunteers weighing between 50-75kg and 45-75kg respectively.", INC),
        # NCT01966107: an age for each sex
        ("Male ≥ 65 years or female ≥ 70 years", INC),
    ],
)
def test_ages_that_are_not_the_whole_criterion_keep_the_group(source: str, kind: SectionKind) -> None:
    assert not said(source, kind).startswith("You")


@pytest.mark.parametrize(
    ("source", "kind", "plain"),
    [
        ("Patient requests epidural analgesia", INC, "You request epidural analgesia."),  # NCT02212210
        ("Subject poses a current suicide risk", EXC, "You pose a current suicide risk."),  # NCT02634346
        (  # NCT01870999
            "patient represents a significant risk of committing suicide based on history",
            EXC,
            "You represent a significant risk of committing suicide based on history.",
        ),
        (  # NCT03573908
            "Patient maintains a minimum level of compliance with daily diary",
            INC,
            "You maintain a minimum level of compliance with daily diary.",
        ),
        (  # NCT00570310
            "Patient anticipates the need for surgery while participating in the study",
            EXC,
            "You anticipate the need for surgery while taking part in the study.",
        ),
        (  # NCT00892606
            "Patient expected to have moderate to severe post-operative pain",
            INC,
            "You are expected to have moderate to severe post-operative pain.",
        ),
        (  # NCT06761586
            "Patient expected to require any other form of antineoplastic therapy or targeted therapy while in the "
            "study.",
            EXC,
            "You are expected to need any other form of antineoplastic treatment or targeted treatment while in the "
            "study.",
        ),
    ],
)
def test_a_single_subject_with_a_verb_of_its_own_is_the_reader(source: str, kind: SectionKind, plain: str) -> None:
    assert said(source, kind) == plain


@pytest.mark.parametrize(
    "source",
    [
        # a group whose expectation has a duty of its own after it: not "You are expected to X must Y"
        "Patients expected to require surgery must have a negative pregnancy test.",
        # NCT00659945: "refusal" is a noun, no verb of the reader's
        "Patient refusal",
    ],
)
def test_a_subject_whose_verb_is_not_the_readers_keeps_its_words(source: str) -> None:
    assert not said(source, EXC).startswith("You ")
