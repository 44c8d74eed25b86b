"""Session 41 lead rules: the ASA class named alone, a heart failure class as one condition, "e.g." before a
clause, a part of the protocol named by its title, and the article of a countable condition after an adjective (real
corpus and Chia criteria)."""

from __future__ import annotations

import pytest

from tests.translator.test_fidelity_false_alarms6 import EXC, INC, checks
from tests.translator.test_offline import said
from translator.criteria import SectionKind
from translator.offline_head_articles import head_articles


@pytest.mark.parametrize(
    ("source", "kind", "bullet"),
    [
        ("ASA I-III", INC, "Your American Society of Anesthesiologists (ASA) physical status is class I-III."),
        ("ASA > III", EXC, "Your American Society of Anesthesiologists (ASA) physical status is class higher than 3."),
        ("American Society of Anesthesiologists (ASA) class I", INC,
         "Your American Society of Anesthesiologists (ASA) physical status is class I."),
        ("ASA I-II patients", INC, "Your American Society of Anesthesiologists (ASA) physical status is class I-II."),
        ("ASA physical status I-III", INC,
         "Your American Society of Anesthesiologists (ASA) physical status is class I-III."),
    ],
)
def test_the_asa_class_alone_is_the_readers(source: str, kind: SectionKind, bullet: str) -> None:
    assert said(source, kind) == bullet
    assert checks(source, bullet, kind) == []


@pytest.mark.parametrize(
    "source",
    [
        # numbers after a generic word are values, not levels: "class 1 to 3" would change the fact
        "American Society of Anesthesiologists (ASA) Physical Status classification 1-3",
        # more than the class: a group of people scheduled for surgery
        "American Society of Anesthesiologists (ASA) physical status I-II adult patients scheduled for elective "
        "spinal surgery under general anesthesia",
        "ASA 3",  # a bare number after the letters may not be a class
    ],
)
def test_more_or_less_than_the_asa_class_keeps_its_words(source: str) -> None:
    assert not said(source, INC).startswith("Your")


@pytest.mark.parametrize(
    ("source", "bullet"),
    [
        ("New York Heart Association class II-IV congestive heart failure",
         "You have NYHA class 2 to 4 congestive heart failure."),
        ("New York Heart Association (NYHA) class III or IV heart failure.",
         "You have NYHA class 3 or 4 heart failure."),
        ("NYHA Class III or IV heart failure", "You have NYHA class 3 or 4 heart failure."),
        ("New York Heart Association Class III or IV congestive heart failure at enrollment",
         "You have NYHA class 3 or 4 congestive heart failure when joining the study."),
    ],
)
def test_a_heart_failure_class_is_one_condition(source: str, bullet: str) -> None:
    assert said(source) == bullet
    assert checks(source, bullet) == []


def test_a_class_before_a_list_of_conditions_keeps_its_words() -> None:
    # the class then a comma: is it the heart disease's, or an item of its own? The source does not say
    source = ("New York Heart Association (NYHA) Class III or IV, cardiac disease, myocardial infarction within 6 "
              "months prior to Day 1, or unstable arrhythmia")
    assert said(source).startswith("NYHA class 3 or 4, heart disease")


def test_an_example_that_is_a_clause_is_for_example() -> None:
    source = ("Participant has 2 hips that are evaluable by dual-energy X-ray absorptiometry (DXA) and quantitative "
              "computed tomography (QCT), e.g. contain no hardware from orthopedic procedures")
    assert said(source, INC).endswith("(QCT), for example, contain no hardware from orthopedic procedures.")
    source = ("PEDIS depth grade 1 or 2 (grade 3 at the discretion of the investigator e.g. if they have received "
              "appropriate surgical treatment to remove infected bones).")
    assert "(grade 3 at the discretion of the study doctor, for example, if they have had" in said(source, INC)
    assert said("Prior treatment with antibiotics, e.g. penicillin, amoxicillin or cefuroxime, within 7 days") == (
        "You have had treatment with antibiotics, such as penicillin, amoxicillin or cefuroxime, within 7 days.")


def test_a_part_of_the_protocol_named_by_its_title_keeps_its_name() -> None:
    source = ("Use of any over-the-counter (OTC) medication within 4 weeks of screening visit except for those listed "
              "in the permitted Concomitant Treatment section.")
    assert "the allowed Concomitant Treatment section" in said(source)
    assert said("No concomitant chemotherapy.") == "You are not getting chemotherapy at the same time."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("You have had abdominal fistula.", "You have had an abdominal fistula."),
        ("You have had pituitary tumor.", "You have had a pituitary tumor."),
        ("You have significant neurological disorder.", "You have significant neurological disorder."),  # no noun
        ("You have autoimmune condition.", "You have an autoimmune condition."),
        ("You have had urinary tract infection.", "You have had a urinary tract infection."),
        ("You have had thrombotic event within last year.", "You have had a thrombotic event within last year."),
        ("You have cancerous solid tumor confirmed by a biopsy.",
         "You have a cancerous solid tumor confirmed by a biopsy."),
        # a mass or plural reading keeps its words
        ("You have metastatic disease.", "You have metastatic disease."),
        ("You have severe health problem(s) that prohibit it.", "You have severe health problem(s) that prohibit it."),
        ("You have had abdominal fistulas.", "You have had abdominal fistulas."),
    ],
)
def test_a_countable_condition_after_an_adjective_takes_its_article(text: str, expected: str) -> None:
    assert head_articles(text) == expected


@pytest.mark.parametrize(
    ("source", "bullet"),
    [
        ("Alcohol or drug abuse;", "You have alcohol or drug abuse."),
        ("Drug or alcohol abuse.", "You have drug or alcohol abuse."),
        ("Alcohol or drug abuse or dependence in the past year",
         "You have had alcohol or drug abuse or dependence in the past year."),
    ],
)
def test_an_abuse_of_either_of_two_things_is_one_condition(source: str, bullet: str) -> None:
    assert said(source) == bullet
    assert checks(source, bullet) == []


# A verdict on joining turned round (translator.fidelity_verdicts): "not permitted" is no counted negation cue, so
# only these errors see it dropped or added.
@pytest.mark.parametrize(
    ("source", "bullet", "kind", "check"),
    [
        ("Patients with disseminated disease are not permitted", "If you have disseminated disease, you can join.",
         INC, "negation_dropped"),
        ("Patients with disseminated disease are not permitted", "If you have disseminated disease, you are allowed.",
         INC, "negation_dropped"),
        ("Subjects with brain metastases are ineligible.", "You have brain metastases.", INC, "negation_dropped"),
        ("Patients with compensated cirrhosis are permitted", "If you have compensated cirrhosis, you cannot join.",
         INC, "negation_added"),
        ("Subjects with stable atrial fibrillation are eligible.",
         "If you have stable atrial fibrillation, you are not eligible.", EXC, "negation_added"),
    ],
)
def test_a_verdict_on_joining_turned_round_is_an_error(source: str, bullet: str, kind: SectionKind,
                                                        check: str) -> None:
    assert check in checks(source, bullet, kind)


@pytest.mark.parametrize(
    ("source", "bullet", "kind"),
    [
        ("Patients with disseminated disease are not permitted", "If you have disseminated disease, you cannot join.",
         INC),
        ("Patients with disseminated disease are not permitted",
         "If you have disseminated disease, you are not allowed.", INC),
        ("Patients with compensated cirrhosis are permitted", "If you have compensated cirrhosis, you are allowed.",
         INC),
        # under the exclusions the refusal is the heading's: the bullet may leave it to the heading
        ("Patients with disseminated disease are not eligible", "You have disseminated disease.", EXC),
        ("Subjects with brain metastases are not eligible.", "If you have brain metastases, you cannot join.", INC),
    ],
)
def test_a_verdict_kept_is_silent(source: str, bullet: str, kind: SectionKind) -> None:
    assert not {"negation_dropped", "negation_added"} & set(checks(source, bullet, kind))


@pytest.mark.parametrize(
    ("source", "bullet"),
    [
        ("Bone marrow metastases allowed", "You may have bone marrow metastases."),
        ("Asymptomatic brain metastases allowed", "You may have asymptomatic brain metastases."),
        ("Intra- or extra-hepatic disease allowed", "You may have intra- or extra-hepatic disease."),
        ("Alopecia allowed", "You may have hair loss."),
        ("Untreated disease allowed", "You may have untreated disease."),
    ],
)
def test_a_condition_an_inclusion_allows_is_the_readers_permission(source: str, bullet: str) -> None:
    assert said(source, INC) == bullet
    assert checks(source, bullet, INC) == []


@pytest.mark.parametrize(
    ("source", "kind"),
    [
        ("Only Siewert type I gastroesophageal carcinoma allowed", INC),  # a restriction, not a permission
        ("Bone marrow metastases allowed", EXC),  # an exclusion's note on what it does not exclude
        ("Active brain metastases or leptomeningeal metastases are not allowed", INC),
        ("Infection that is controlled with antibiotics allowed", INC),
        ("Distant metastasis (excluding known brain metastases) allowed", INC),
    ],
)
def test_more_than_a_condition_allowed_keeps_its_words(source: str, kind: SectionKind) -> None:
    assert not said(source, kind).startswith("You may")


@pytest.mark.parametrize(
    ("source", "kind", "bullet"),
    [
        ("Patients with compensated cirrhosis are permitted", INC, "If you have compensated cirrhosis, you can join."),
        ("Patients with disseminated disease are not permitted", INC,
         "If you have disseminated disease, you cannot join."),
        ("Patients with brain or leptomeningeal metastases are allowed if protocol defined criteria are met.", EXC,
         "If you have brain or leptomeningeal metastases, you can join if protocol defined criteria are met."),
    ],
)
def test_a_verdict_on_the_reader_is_whether_you_can_join(source: str, kind: SectionKind, bullet: str) -> None:
    assert said(source, kind) == bullet
    assert checks(source, bullet, kind) == []


def test_allowed_to_do_something_keeps_its_words() -> None:
    source = ("Patients on warfarin anticoagulation are allowed to participate as long as they fit the following "
              "criteria:")
    assert "you are allowed to take part as long as" in said(source, INC)
