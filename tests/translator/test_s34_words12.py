"""Session 34, words12: more criteria put to the reader. An expected need after a past event (offline_expected_joins)
and "Anticipation of need for X" at the top (offline_expected); the judge said after the reader where it opened the
bullet (offline_judge_first); the source's first capital lowered before an eponym and for more ordinary words
(offline_case_words); a woman described by two "who" clauses (offline_women_whos); taking part in another study
at the same time (offline_simultaneous_parts). Each rule has real cases from the corpus and near cases that must
not change."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import backend, said
from translator.backend import CriterionRequest, RequestItem
from translator.criteria import SectionKind
from translator.facts import extract_facts

INCLUSION = SectionKind.INCLUSION
EXCLUSION = SectionKind.EXCLUSION


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        (  # NCT01236690-like oncology exclusion
            "Major surgical procedure or significant traumatic injury within 4 weeks of the first dose of study"
            " intervention or an anticipated need for major surgery during the study",
            "You have had major surgery or significant traumatic injury within 4 weeks of the first dose of study"
            " intervention. Or you are expected to need major surgery during the study.",
        ),
        (
            "Blood transfusion within 12 weeks prior to Day 1 or anticipated need for transfusion.",
            "You have had a blood transfusion in the 12 weeks before Day 1. Or you are expected to need transfusion.",
        ),
        (
            "Recent treatment with high doses of systemic steroids or anticipated need for concomitant high-dose"
            " steroid treatment during the trial.",
            "You have recently had treatment with high doses of systemic steroids. Or you are expected to need"
            " concomitant high-dose steroid treatment during the trial.",
        ),
        (
            "Anticipation of need for major surgical procedures during the course of the study",
            "You are expected to need major surgical procedures during the study.",
        ),
        (
            "Anticipation of the need for major surgery during the course of study treatment",
            "You are expected to need major surgery during the course of study treatment.",
        ),
    ],
)
def test_an_expected_need_is_said_of_the_reader(source: str, plain: str) -> None:
    assert said(source, EXCLUSION) == plain


@pytest.mark.parametrize(
    ("source", "kind"),
    [
        # a comma alone joins the two: "or" would be a reading of it
        (
            "Major surgical procedure, open biopsy, or significant traumatic injury within 28 days prior to Day 0,"
            " anticipation of need for major surgical procedure during the course of the study.",
            EXCLUSION,
        ),
        # a second sentence after the joint
        (
            "Major surgical procedure within 28 days prior to Day 1 or anticipation of need for major surgical"
            " procedure during the course of the study. Patients with recent resection will be eligible.",
            EXCLUSION,
        ),
        # an inclusion asks for it
        ("Blood transfusion within 12 weeks prior to Day 1 or anticipated need for transfusion.", INCLUSION),
    ],
)
def test_an_expected_need_joined_otherwise_keeps_its_words(source: str, kind: SectionKind) -> None:
    assert ", or you are expected to need" not in said(source, kind)


@pytest.mark.parametrize(
    ("source", "kind", "plain"),
    [
        (
            "In the opinion of the investigator, the participant is capable of understanding and complying with"
            " protocol requirements.",
            INCLUSION,
            "You are capable of understanding and complying with study rules. The study doctor decides this.",
        ),
        (
            "In the investigator's opinion, the patient requires immediate treatment.",
            INCLUSION,
            "You need immediate treatment. The study doctor decides this.",
        ),
        # two sentences: "this" would be read as the examples
        (
            "In the opinion of the investigator, the subject is unlikely to comply with the Clinical Study Protocol"
            " (e.g. alcoholism, drug dependency or psychotic state).",
            EXCLUSION,
            "In the study doctor's view, you are unlikely to follow the Clinical Study Protocol. For example,"
            " alcoholism, drug dependency or psychotic state.",
        ),
        # no reader after the judge: as it was ("…, unlikely to comply with protocol" has one since session 61:
        # tests/translator/test_s61_reader_subjects.py)
        (
            "In the investigator's judgment, a significant risk of suicide or violent behavior",
            EXCLUSION,
            "In the study doctor's view, a significant risk of suicide or violent behavior",
        ),
    ],
)
def test_the_judge_is_said_after_the_reader(source: str, kind: SectionKind, plain: str) -> None:
    assert said(source, kind) == plain


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        ("Advanced Alzheimer's disease", "You have advanced Alzheimer's disease."),
        ("Refractory Wilms' tumor", "You have refractory Wilms' tumor."),
        ("Idiopathic Parkinson's disease for at least 5 years", "You have had idiopathic Parkinson's disease for at"
         " least 5 years."),
        ("Conventional chemotherapy or radiation within 4 weeks.",
         "You have had conventional chemotherapy or radiation within 4 weeks."),
        ("Intravesical chemotherapy in the previous 4 weeks", "You have had intravesical chemotherapy in the past 4"
         " weeks."),
        ("Random plasma glucose >= 200 mg/dL.", "Your random plasma glucose is 200 mg/dL or more."),
        # a Title Case name keeps its capitals
        ("Idiopathic Parkinson Disease confirmed at baseline", "You have Idiopathic Parkinson Disease confirmed at"
         " baseline."),
        ("Patients with Down Syndrome are excluded.", "You have Down Syndrome."),
    ],
)  # fmt: skip
def test_a_first_capital_is_lowered_when_no_name(source: str, plain: str) -> None:
    assert said(source, EXCLUSION) == plain


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        (
            "Women who have a positive pregnancy test or who are lactating.",
            "You are a woman who has a positive pregnancy test or who is breastfeeding.",
        ),
        ("Women who are pregnant or who are breastfeeding", "You are a woman who is pregnant or who is breastfeeding."),
        # a second verb inside a clause: as written here once; every item a state only a woman has, it is the
        # reader's with each verb agreeing (offline_women_state_lists, you30)
        (
            "Women who are pregnant or plan to become pregnant or who are lactating",
            "You are pregnant or plan to get pregnant or are breastfeeding.",
        ),
        # a "with" description before them is the woman's too
        (
            "Women with a positive pregnancy test, or who are lactating",
            "You are a woman with a positive pregnancy test, or who is breastfeeding.",
        ),
        (
            "Women with a positive pregnancy test, ongoing pregnancy, or who are breastfeeding.",
            "You are a woman with a positive pregnancy test, ongoing pregnancy, or who is breastfeeding.",
        ),
        # another person in the description: as written
        (
            "Women with partners who are pregnant or who plan pregnancy",
            "Women with partners who are pregnant or who plan pregnancy",
        ),
        # "female": a state only women have in each clause ("You are female who" → "You are a female who")
        (
            "Female subject who is breast-feeding or who has positive serum pregnancy test 72 hours prior to"
            " randomization",
            "You are a female who is breastfeeding or who has positive serum pregnancy test 72 hours before"
            " randomization.",
        ),
        (
            "Females who were breastfeeding and/or who had a positive pregnancy test result prior to receiving trial"
            " medication.",
            "You are a female who was breastfeeding and/or who had a positive pregnancy test result before getting"
            " trial medicine.",
        ),
    ],
)
def test_a_woman_of_two_who_clauses_is_the_reader(source: str, plain: str) -> None:
    assert said(source, EXCLUSION) == plain


def test_a_female_of_two_who_clauses_without_a_womans_state_keeps_its_words() -> None:
    # in an inclusion "You are a female who …" would make being female a requirement
    source = "Female subjects who are postmenopausal or who are surgically sterile"
    assert said(source, INCLUSION) == "Female subjects who are postmenopausal or who are sterilized by surgery"


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        (
            "Participation in another simultaneous medical investigation or trial",
            "You are taking part in another medical investigation or trial at the same time.",
        ),
        (
            "Participation in another ocular investigation or trial simultaneously",
            "You are taking part in another eye investigation or trial at the same time.",
        ),
        ("Simultaneous participation in other studies.", "You are taking part in other studies at the same time."),
        # a verb, a window of its own: as written
        (
            "Simultaneous participation in other therapeutic clinical trials will not be allowed",
            "Simultaneous participation in other therapeutic clinical trials will not be allowed",
        ),
        (
            "Participation in trials for other therapeutic investigational drugs simultaneously or 4 weeks before"
            " recruitment.",
            "Taking part in trials for other therapeutic experimental drugs at the same time or 4 weeks before"
            " recruitment.",
        ),
    ],
)
def test_taking_part_in_another_study_at_the_same_time(source: str, plain: str) -> None:
    assert said(source, EXCLUSION) == plain


def test_taking_part_with_a_verb_of_its_own_keeps_the_full_rewrite() -> None:
    # the rule would have said "You are taking part in … will not be allowed at the same time", which the check
    # faults: the criterion fell back to a level without the plain words
    text = "Simultaneous participation in other therapeutic clinical trials will not be allowed"
    request = CriterionRequest(kind=EXCLUSION, items=[RequestItem(ref="1", text=text, facts=extract_facts(text))])
    _, items = backend().render_items(request)
    assert items[0].level == "rewrite"
