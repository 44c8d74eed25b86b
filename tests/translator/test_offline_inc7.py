"""Inclusion wording audit, round 7: third-person groups and broken measurement sentences put plainly."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.criteria import SectionKind
from translator.offline_eligible_groups import eligible_group_edits

INC = SectionKind.INCLUSION


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        (
            "Patients with brain metastases are eligible provided the following are true:",
            "If you have brain metastases, you can take part as long as these are true:",
        ),
        (
            "Patients with chronic stable radiographic changes who are asymptomatic are eligible",
            "If you have chronic stable radiographic changes and are asymptomatic, you can take part.",
        ),
        (
            "Participants who are hepatitis B surface antigen (HBsAg) positive are eligible if they have received "
            "hepatitis B virus (HBV) antiviral therapy for at least 4 weeks",
            "If you are hepatitis B surface antigen (HBsAg) positive, you can take part if you have had "
            "hepatitis B virus (HBV) antiviral treatment for at least 4 weeks.",
        ),
        (
            "Patients with impaired decision-making capacity are eligible as long as their condition does not "
            "preclude their safe participation in the study",
            "If you have impaired decision-making capacity, you can take part as long as your condition does not "
            "prevent your safe participation in the study.",
        ),
    ],
)
def test_eligible_group_is_said_as_the_readers_condition(source: str, plain: str) -> None:
    assert said(source, INC) == plain


@pytest.mark.parametrize(
    "source",
    [
        # "they" may be the metastases: the source's words stay
        "Patients with brain metastases are eligible if they have been stable for at least six weeks.",
        # two groups in one ("with or without", "node-positive and node-negative")
        "Patients with or without prior exposure to anti-TNF agents can be included.",
        "Participants with node-positive and node-negative disease are eligible provided they meet risk criteria",
        # a clause of the description's own, another person, the group again in a later sentence
        "Patients with biliary obstruction for which a stent has been placed are eligible",
        "Patients with chronic conditions under the supervision of the patient's primary physician are eligible",
        "Patients with recurrent solid tumors are eligible; patients must have had histologic verification",
        "Patients with recurrence who undergo resection are eligible.",
        # the rewrite alone would fail the check ("t(15;17), you" reads as a list of numbers): the level is kept
        "Patients with acute promyelocytic leukemia t(15;17) are eligible provided they failed a prior regimen",
        # no verdict on the group
        "Patients with brain metastases must be stable for 4 weeks.",
    ],
)
def test_eligible_group_left_alone_where_the_reader_is_unsure(source: str) -> None:
    assert eligible_group_edits(source) == []


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        (
            "A female is eligible to enter and participate in the study if she is not pregnant",
            "If you are female, you can take part in the study if you are not pregnant.",
        ),
        (
            "A female participant is eligible if she is willing to abstain from donating oocytes",
            "If you are female, you can take part if you are willing to abstain from donating oocytes.",
        ),
        (
            "A female subject may be eligible to enter and participate in the study if she agrees to use contraception",
            "If you are female, you may be eligible to enter and take part in the study if you agree to use birth "
            "control.",
        ),
        (
            "A female is eligible to participate in this study if she is of:",
            "If you are female, you can take part in this study if you are:",
        ),
    ],
)
def test_one_of_a_sex_said_eligible_is_the_reader(source: str, plain: str) -> None:
    assert said(source, INC) == plain


@pytest.mark.parametrize(
    "source",
    [
        # another person in the sentence: "he" may not be the reader alone
        "A man with a female partner of childbearing potential is eligible if he uses a condom",
        "A female is eligible if she and her partner agree to use contraception",
        # the items run on after the colon with their own third-person verbs
        "A female is eligible to enter this study if she is: i) not able to become pregnant, ii) able to become "
        "pregnant, but has a negative pregnancy test",
        "A female may be eligible to enter and participate in the study if she: a. Is of non-childbearing potential",
        # no condition on her
        "A female participant must meet any of the following criteria:",
    ],
)
def test_one_of_a_sex_left_alone_where_unsure(source: str) -> None:
    assert eligible_group_edits(source) == []


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        ("Schirmer's test ≥ 0 to ≤ 9 mm/5min", "Schirmer's test 0 to 9 mm/5min"),
        (
            "Inhaled corticosteroid (ICS) ≥ 200 and ≤ 1000 µg/day fluticasone or equivalent.",
            "Inhaled corticosteroid (ICS) 200 to 1000 µg/day fluticasone or equivalent.",
        ),
        # a strict floor is no range with both ends in it: the two bounds stay apart
        (
            "Inhaled corticosteroid (ICS) > 200 and ≤ 1000 µg/day fluticasone",
            "Inhaled corticosteroid (ICS) more than 200 and at most 1000 µg/day fluticasone",
        ),
    ],
)
def test_two_inclusive_bounds_before_a_slashed_unit_are_one_range(source: str, plain: str) -> None:
    assert said(source, INC) == plain


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        (
            "All study participants must be registered into the mandatory RevAssist program, and be willing and able "
            "to comply with the requirements of RevAssist",
            "You must be registered into the mandatory RevAssist program. You must also be willing and able to "
            "follow the requirements of RevAssist.",  # one "must" for two duties, said for each (session 55)
        ),
        ("Study participants must be able to read English", "You must be able to read English."),
        # "study" naming something else than the people stays: no subject here
        ("Study drug must be given within 2 hours", "Study drug must be given within 2 hours"),
    ],
)
def test_study_participants_are_the_reader(source: str, plain: str) -> None:
    assert said(source, INC) == plain


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        # "to the study" is a preposition's "to": the second "be" is the reader's own verb
        (
            "Understand the long term commitment to the study and be likely to complete the study as planned",
            "You understand the long term commitment to the study. You are also likely to complete the study as"
            " planned.",
        ),
        # an infinitive's "to" still governs the "be" after it
        (
            "Willing to adhere to the study visit schedule and be available",
            "You are willing to follow the study visit schedule and be available.",
        ),
    ],
)
def test_be_after_a_prepositions_to_agrees_with_the_reader(source: str, plain: str) -> None:
    assert said(source, INC) == plain
