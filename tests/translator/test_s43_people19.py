"""Third-person rows put to the reader where the rewrite is exact (session 43, people19): a judgement of the subject
("Participants determined to be unsuitable by the investigator …"), the investigator's opinion after a "who" written
with a comma or after "Those who", and near cases that must keep their words."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import backend, said
from translator.backend import CriterionRequest, RequestItem
from translator.criteria import SectionKind
from translator.facts import extract_facts
from translator.fidelity import check_rendering, errors

INCLUSION = SectionKind.INCLUSION


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        (
            "Participants determined to be unsuitable by the investigator for any reason.",
            "You are determined to be unsuitable by the study doctor for any reason.",
        ),
        (
            "Subjects judged to be inappropriate for this study by the investigator or sub-investigator.",
            "You are judged to be inappropriate for this study by the study doctor or sub-investigator.",
        ),
        ("Individuals deemed unable to comply with the protocol.", "You are judged unable to follow the study plan."),
        (
            "Subjects considered by the Investigator to be unsuitable for the study.",
            "You are thought by the study doctor to be unsuitable for the study.",
        ),
        (
            "Participants considered in stable health in the opinion of the investigator",
            "You are considered in stable health. The study doctor decides this.",
        ),
        (
            "Participants considered unresponsive to clozapine or who were only responsive to clozapine.",
            "You are considered unresponsive to clozapine or were only responsive to clozapine.",
        ),
    ],
)
def test_a_judged_subject_is_the_reader_judged(source: str, plain: str) -> None:
    assert said(source) == plain


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        # a verb of its own after the judgement: the subject is narrowed, not described (a made-up near case)
        (
            "Patients thought to benefit from surgery must have it first",
            "Patients thought to benefit from surgery must have it first",
        ),
        # judged for taking part: the exclusion said twice
        (
            "Patients determined to have N2 disease, that was not apparent radiologically preoperatively (and "
            "completely resected) can be included.",
            "Patients determined to have N2 disease, that was not apparent radiologically preoperatively (and "
            "completely resected) can be included.",
        ),
        # other participants named
        (
            "Subjects determined by the Investigator to have a high risk of seizures, including participants with an "
            "unstable or poorly controlled seizure disorder.",
            "Subjects determined by the study doctor to have a high risk of seizures, including participants with an "
            "unstable or poorly controlled seizure disorder.",
        ),
    ],
)
def test_a_judged_subject_with_more_keeps_its_words(source: str, plain: str) -> None:
    assert said(source) == plain


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        (
            "Subject, who in the opinion of the investigator, is unable to complete the study period",
            "You are unable to complete the study. The study doctor decides this.",
        ),
        (
            "Subjects, who in the opinion of the investigator, may not be able to comply with the safety monitoring "
            "requirements of the study",
            "You may not be able to follow the safety monitoring requirements of the study. The study doctor decides "
            "this.",
        ),
        (
            "Those who, in the opinion of the Investigator, have a risk of non-compliance with study procedures.",
            "You have a risk of non-compliance with study procedures. The study doctor decides this.",
        ),
        (
            "Patient which, in the opinion of the investigator, may not comply with study related procedures;",
            "You may not follow study related procedures. The study doctor decides this.",
        ),
    ],
)
def test_the_investigators_opinion_of_the_reader_after_a_comma_or_those(source: str, plain: str) -> None:
    assert said(source) == plain


def test_those_who_have_someone_else_keep_their_words() -> None:
    source = "Those who, in the opinion of the Investigator, have a partner who smokes."
    assert said(source).startswith("Those who have a partner who smokes.")


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        (
            "Any subject judged to be medically inappropriate for participation in the study",
            "You are judged to be medically inappropriate for taking part in the study.",
        ),
        (
            "Any subject considered to be an imminent danger to themselves or others",
            "You are thought to be an imminent danger to yourself or others.",
        ),
        ("Any patient under 18 years of age", "You are under 18 years of age."),
        ("Any person with any known immunodeficiency", "You have any known immunodeficiency."),
        (
            "Any person receiving immunosuppressive medications",
            "You are getting medicines that weaken the immune system.",
        ),
    ],
)
def test_any_one_patient_is_the_reader(source: str, plain: str) -> None:
    assert said(source) == plain


@pytest.mark.parametrize(
    "source",
    [
        # what one of them must do, with a verb of its own
        "Any patient receiving interleukin-2 (IL-2) must sign a durable power of attorney.",
        # someone else, in whom the doctor judges
        "Any patient in whom the investigator considers capecitabine monotherapy appropriate",
    ],
)
def test_any_patient_with_a_verb_of_its_own_keeps_its_words(source: str) -> None:
    assert said(source).startswith("Any patient")


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        (
            "Patient meets DSM-IV criteria for schizophrenia.",
            "You meet Diagnostic and Statistical Manual of Mental Disorders (DSM-IV) criteria for schizophrenia.",
        ),
        (
            "Participant meets the DSM-5 severity criteria for moderate or severe substance use disorder",
            "You meet the DSM-5 severity criteria for moderate or severe substance use disorder.",
        ),
    ],
)
def test_meeting_criteria_is_no_age(source: str, plain: str) -> None:
    assert said(source, INCLUSION) == plain


@pytest.mark.parametrize(
    ("source", "plain", "kind"),
    [
        # "that in the investigator's opinion will …": the relative clause's verb, past the judge named first
        (
            "Subjects with current comorbid psychopathology that in the investigator's opinion will warrant immediate "
            "treatment or will interfere with the safe execution of the protocol (i.e. Anxiety or Major Depressive "
            "Disorder rated as moderate on CGI).",
            "You have current comorbid psychopathology that will warrant immediate treatment or will get in the way of "
            "the safe execution of the study plan (that is, Anxiety or Major Depressive Disorder rated as moderate on "
            "CGI). The study doctor decides this.",
            SectionKind.EXCLUSION,
        ),
        # the investigator judges; no one else is named
        (
            "Subjects with Multiple Sclerosis must be clinically stable in the investigator's opinion, with no "
            "exacerbation (relapse) of MS for at least 3 months prior to Screening.",
            "If you have multiple sclerosis, you must be clinically stable in the study doctor's view, with no "
            "flare-up (relapse) of MS for at least 3 months before Screening.",
            INCLUSION,
        ),
        (
            "Subjects with treatment resistant schizophrenia, as judged by the investigator, who have been treated "
            "with antipsychotics for adequate durations and with adequate dosages.",
            "You have treatment resistant schizophrenia, as judged by the study doctor, and have been treated with "
            "antipsychotics for good enough durations and with good enough dosages.",
            INCLUSION,
        ),
    ],
)
def test_a_single_judge_is_no_second_person(source: str, plain: str, kind: SectionKind) -> None:
    assert said(source, kind) == plain



@pytest.mark.parametrize(
    ("source", "plain"),
    [
        (
            "Subjects chronically infected with hepatitis C virus (HCV) genotype 3",
            "You are chronically infected with hepatitis C virus (HCV) genotype 3.",
        ),
        ("Patient currently affected by infectious enteritis", "You are now affected by infectious enteritis."),
        # not "You have been now enrolled …"
        ("Patients currently enrolled in any clinical trial,", "You are now enrolled in any clinical trial."),
    ],
)
def test_a_state_now_keeps_its_adverb(source: str, plain: str) -> None:
    assert said(source) == plain


def test_a_state_now_with_a_verb_of_its_own_keeps_its_words() -> None:
    source = (
        "Patients concurrently treated with oral 5-aminosalicylates or corticosteroids were to receive a stable dose "
        "for at least 2 weeks prior to baseline"
    )
    assert said(source, INCLUSION).startswith("Patients at the same time treated")


@pytest.mark.parametrize(
    "source",
    [
        # "You are 4 to 16 years old … who presents": the "who" clause's verb is for one person
        "Any patient age 4-16 years with sickle cell disease who presents the Pediatric ER with acute sickle cell pain "
        "crisis with a pain of 6/10 or higher",
    ],
)
def test_an_age_before_a_who_of_one_person_keeps_its_words(source: str) -> None:
    assert said(source, INCLUSION).startswith("Any patient age 4 to 16 years old")


def test_items_under_a_household_contact_are_someone_elses() -> None:
    request = CriterionRequest(
        kind=SectionKind.EXCLUSION,
        items=[
            RequestItem(ref=ref, text=text, facts=extract_facts(text))
            for ref, text in (
                ("1", "household member or close contact (for an additional 2 weeks after discharge from the "
                      "isolation facility) who is:"),
                ("1.1", "less than 3 years of age;"),
                ("1.2", "any person with any known immunodeficiency;"),
            )
        ],
    )
    rendering, _ = backend().render_items(request)
    assert not errors(check_rendering(request, rendering))
    said_of_others = ["Younger than 3 years", "Any person with any known immunodeficiency"]
    assert [b.text for b in rendering.bullets[1:]] == said_of_others


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        (
            "Patients must be current non-smokers or ex-smokers with a cigarette smoking history of <10 pack-years",
            "You must be a current non-smoker or ex-smoker with a cigarette smoking history of less than 10 "
            "pack-years.",
        ),
        # each sentence its own subject (offline_subject_sentences), once the first can be said of one reader
        (
            "Patients must be current or ex-smokers with a smoking history of more than 10 pack years. Patients who "
            "have never smoked cigarettes must be excluded.",
            "You must be a current or ex-smoker with a smoking history of more than 10 pack years. If you have never "
            "smoked cigarettes, you cannot take part.",
        ),
    ],
)
def test_ex_smokers_are_said_of_one_reader(source: str, plain: str) -> None:
    assert said(source, INCLUSION) == plain
