"""Fragments and third-person openings put to the reader (round 2): elapsed time said with a verb
(translator.offline_elapsed), a sex label with a "who" clause (offline_label_clauses), a rule before a closing note
on a group (offline_closing_notes), a recovery named as a noun (offline_recoveries), and a condition whose grade,
clause or severity kept it a noun phrase (offline_condition_phrases). Each rule has cases that change and near cases
that must not."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.criteria import SectionKind

INCLUSION = SectionKind.INCLUSION


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        ("At least 4 weeks must have elapsed from major surgery", "It has been at least 4 weeks since major surgery."),
        (
            "At least 28 days must have lapsed since completion of prior chemotherapy",
            "It has been at least 28 days since the end of past chemotherapy.",
        ),
        (
            "At least 3 weeks is required from prior treatment with bevacizumab",
            "It has been at least 3 weeks since any past treatment with bevacizumab.",
        ),
        (
            "At least 6 months must have passed since the last dose of rituximab",
            "It has been at least 6 months since the last dose of rituximab.",
        ),
    ],
)
def test_elapsed_time_with_a_verb_is_a_sentence(source: str, plain: str) -> None:
    assert said(source, INCLUSION) == plain


@pytest.mark.parametrize(
    "source",
    [
        # "from … to …": the far end of the span would be lost
        "At least 4 weeks must have elapsed from prior therapy to registration",
        # a second clause with its own subject
        "At least 4 weeks must have elapsed since last administration of chemotherapy and subjects must have"
        " recovered from any toxicity",
        # a lead-in with nothing after "from"
        "At least 3 weeks is required from:",
    ],
)
def test_elapsed_time_with_more_than_the_time_keeps_its_words(source: str) -> None:
    assert not said(source, INCLUSION).startswith("It has been")


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        (
            "Male or female subjects, 18 years or older who meet the ACR diagnostic criteria for fibromyalgia.",
            "You are male or female and 18 years or older, and meet the American College of Rheumatology (ACR)"
            " diagnostic criteria for fibromyalgia.",
        ),
        (
            "Male or female patients with advanced solid tumours who have completed a previous study with BIBF 1120.",
            "You are male or female and have advanced solid tumours, and have finished a past study with BIBF 1120.",
        ),
        (
            "Men and women aged 18 to 65 years who are in good health",
            "You are a man or a woman and aged 18 to 65 years old, and are in good health.",
        ),
    ],
)
def test_a_sex_label_with_a_who_clause_is_said_of_the_reader(source: str, plain: str) -> None:
    assert said(source, INCLUSION) == plain


@pytest.mark.parametrize(
    "source",
    [
        # the "who" is the partner's: who is who stays as written
        "Male or female patients with a partner who is pregnant",
        "Male or female patients with children who have asthma",
        # a pronoun in the clause, or two "who"s
        "Male or female outpatients who are at least 6 years of age, and who will not have reached their 18th birthday",
        # a verb that does not agree with "you"
        "Male or female patients aged 18 years or older who has diabetes",
        # a duty of the label's own after the clause
        "Male and female patients who are fertile must agree to use an effective means of birth control",
        # one sex in an inclusion: a condition on women only, not on every reader
        "Female patients younger than 50 years at the day of inclusion who meet all of the following criteria:",
    ],
)
def test_a_who_clause_about_someone_else_keeps_the_label(source: str) -> None:
    assert not said(source, INCLUSION).startswith("You are")


def test_one_sex_with_a_who_clause_in_an_exclusion_is_the_reader() -> None:
    assert said("Women who are determined to be pregnant or plan to be pregnant during the trial") == (
        "You are a woman, and are determined to be pregnant or plan to be pregnant during the trial."
    )


def test_a_rule_said_better_by_an_earlier_opening_keeps_that_wording() -> None:
    assert said("Women who are pregnant or breast feeding because of teratogenic potential.") == (
        "You are pregnant or breastfeeding. This is because of teratogenic potential."
    )


@pytest.mark.parametrize(
    ("source", "kind", "plain"),
    [
        (
            "Able to take aspirin (81 or 325 mg) daily as prophylactic anticoagulation (patients intolerant to ASA may"
            " use warfarin or low molecular weight heparin).",
            INCLUSION,
            "You can take aspirin (81 or 325 mg) daily as prophylactic anticoagulation. Patients intolerant to"
            " aspirin may use warfarin or low molecular weight heparin.",
        ),
        (
            "Evidence of TLS per the Cairo-Bishop definition of laboratory TLS (subjects may be enrolled upon"
            " correction of electrolyte abnormalities).",
            SectionKind.EXCLUSION,
            "You have signs of TLS per the Cairo-Bishop definition of lab TLS. You may be enrolled upon"
            " correction of electrolyte abnormalities.",
        ),
        (
            "Inability to swallow the study medication whole with the aid of water (patients may not chew, divide,"
            " dissolve, or crush the study medication)",
            SectionKind.EXCLUSION,
            # (put to the reader too since session 47: "may not chew … the study medication" is the reader's duty)
            "You cannot swallow the study medicine whole with the aid of water. You may not chew, divide,"
            " dissolve, or crush the study medicine.",
        ),
    ],
)
def test_a_rule_before_a_closing_note_on_a_group_is_put_to_the_reader(
    source: str, kind: SectionKind, plain: str
) -> None:
    assert said(source, kind) == plain


@pytest.mark.parametrize(
    ("source", "kind"),
    [
        # "their" in the note may mean the reader
        ("Known HIV infection (patients with their doctor's approval may join)", SectionKind.EXCLUSION),
        # a group before the note: its subject is not the reader
        (
            "Subjects receiving bevacizumab for maintenance therapy are excluded (subjects who received bevacizumab as"
            " part of their adjuvant therapy will be permitted)",
            SectionKind.EXCLUSION,
        ),
        # a note that is no group's own sentence
        (
            "Wish to parent children during the trial (men and women were required to practice contraception)",
            SectionKind.EXCLUSION,
        ),
    ],
)
def test_a_note_that_may_mean_the_reader_keeps_the_words(source: str, kind: SectionKind) -> None:
    assert not said(source, kind).startswith("You")


def test_a_bare_note_after_a_reader_rule_is_unchanged() -> None:
    assert said("Able to take aspirin daily (81 mg or 325 mg)", INCLUSION) == (
        "You can take aspirin daily (81 mg or 325 mg)."
    )


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        (
            "Resolution of toxicities associated with prior chemotherapy to ≤ Grade 1 (except for Grade 2 alopecia)",
            "You have recovered from toxicities linked to past chemotherapy to grade 1 or lower. This does not include"
            " Grade 2 hair loss.",
        ),
        (
            "Recovery from toxicities of prior therapy to grade 1 or less",
            "You have recovered from toxicities of past treatment to grade 1 or less.",
        ),
    ],
)
def test_a_resolution_of_toxicity_is_a_recovery_of_the_reader(source: str, plain: str) -> None:
    assert said(source, INCLUSION) == plain


@pytest.mark.parametrize(
    ("source", "kind"),
    [
        ("Resolution of pleural effusion", INCLUSION),  # not a harm done by a treatment
        ("Resolution of their CNS toxicity between Screening and Baseline visits", INCLUSION),  # someone's
        ("Resolution of toxicities of prior therapy to grade 1 or less", SectionKind.EXCLUSION),  # an exclusion
    ],
)
def test_other_resolutions_keep_their_words(source: str, kind: SectionKind) -> None:
    assert not said(source, kind).startswith("You have recovered")


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        ("Peripheral neuropathy ≥ Grade 2", "You have peripheral neuropathy grade 2 or higher."),
        (
            "Peripheral neuropathy ≥ CTCAE Grade 2 at baseline.",
            "You have peripheral neuropathy CTCAE grade 2 or higher at baseline.",
        ),
        ("Moderate to severe liver disease", "You have moderate to severe liver disease."),
        (
            "Impairment of GI function or GI disease that may significantly alter the absorption of nilotinib",
            "You have impairment of gastrointestinal (GI) function or GI disease that may significantly alter the"
            " absorption of nilotinib.",
        ),
    ],
)
def test_a_condition_with_a_grade_clause_or_severity_is_the_readers(source: str, plain: str) -> None:
    assert said(source) == plain


@pytest.mark.parametrize(
    "source",
    [
        # a clause that names someone: the source's words
        "Liver disease which could in the opinion of their physician interfere",
        # a severity of no condition
        "Moderate to large goiters or thyroid nodules",
        # a grade after a name that is no condition
        "Hand-foot skin reaction ≥ grade 2",
        # two sentences after the clause
        "Heart disease that may require treatment. Patients with a pacemaker are eligible.",
        # a time after the name: whether it goes on is the name's window to say
        "Bronchiolitis obliterans syndrome (BOS) Grade 3 or any BOS with FEV1 that has not been stable for at least 3"
        " months",
        # a second criterion run in
        "Acute infections which may affect blood glucose control within 4 weeks prior to screening Other"
        " protocol-defined inclusion/exclusion criteria may apply",
        # a judgement after the clause
        "Uncontrolled intercurrent illness or psychiatric illness/social situations that would limit compliance with"
        " study requirements, are ineligible",
        # a grade after a semicolon is no grade of the name
        "Diastolic dysfunction ; Grade II C.LV systolic function < 45%",
    ],
)
def test_a_condition_phrase_that_is_not_only_the_readers_keeps_its_words(source: str) -> None:
    assert not said(source).startswith("You have")


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        ("Concurrent steroids allowed", "You may use steroids at the same time."),
        (
            "Concurrent radiotherapy for brain metastases allowed",
            "You may have radiation treatment for brain metastases at the same time.",
        ),
        (
            "Concurrent endocrine therapy is not allowed",
            "You cannot join if you have hormone treatment at the same time.",
        ),
        (
            "Concurrent participation in SWOG-8947 or SWOG-8819 allowed",
            "You may take part in SWOG-8947 or SWOG-8819 at the same time.",
        ),
        ("Concomitant use of bisphosphonates is allowed.", "You may use bisphosphonates at the same time."),
    ],
)
def test_a_treatment_allowed_at_the_same_time_is_a_permission_to_the_reader(source: str, plain: str) -> None:
    assert said(source, INCLUSION) == plain


@pytest.mark.parametrize(
    ("source", "kind"),
    [
        # a condition after the permission, about "the patient"
        (
            "Concurrent bisphosphonates allowed provided the patient has been receiving the bisphosphonate for >= 4"
            " weeks",
            INCLUSION,
        ),
        # an exclusion's "allowed" is a note on what it does not exclude
        ("Concurrent steroids allowed", SectionKind.EXCLUSION),
        # an exception inside what is allowed
        ("Concurrent chemotherapy other than high-dose methotrexate allowed", INCLUSION),
        # a condition allowed, not a treatment
        ("Concomitant resectable pulmonary metastases are allowed", INCLUSION),
    ],
)
def test_a_same_time_permission_with_more_keeps_its_words(source: str, kind: SectionKind) -> None:
    assert not said(source, kind).startswith("You")


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        (
            "Pregnant or nursing (lactating) women, where pregnancy is defined as the state of a female after"
            " conception and until the termination of gestation, confirmed by a positive hCG laboratory test.",
            "You are pregnant or breastfeeding, where pregnancy means the state of a female after conception and until"
            " the termination of pregnancy, confirmed by a positive human chorionic gonadotropin (hCG) lab test.",
        ),
        (
            "Pregnant or nursing (lactating) women confirmed by a positive hCG laboratory test",
            "You are pregnant or breastfeeding, confirmed by a positive human chorionic gonadotropin (hCG) lab test.",
        ),
    ],
)
def test_the_pregnant_group_with_pregnancys_definition_is_the_reader(source: str, plain: str) -> None:
    assert said(source) == plain


@pytest.mark.parametrize(
    ("source", "kind"),
    [
        # an inclusion may ask for the group
        ("Pregnant or nursing (lactating) women, where pregnancy is defined as the state of a female", INCLUSION),
        # another group before the definition
        (
            "Pregnant or nursing women and male partners of pregnant women, where pregnancy is defined as the state of"
            " a female after conception",
            SectionKind.EXCLUSION,
        ),
    ],
)
def test_a_pregnancy_definition_after_more_than_the_group_keeps_its_words(source: str, kind: SectionKind) -> None:
    assert not said(source, kind).startswith("You")


def test_a_grade_before_a_sentence_that_may_mean_the_reader_keeps_its_words() -> None:
    assert (
        said("Neuropathy ≥ grade 2. They must be off treatment.")
        == "Nerve damage grade 2 or higher. They must be off treatment."
    )


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        ("Normal ECG", "Your electrocardiogram (ECG) is normal."),
        ("Normal serum calcium.", "Your serum calcium is normal."),
        ("Normal 12-lead ECG", "Your 12-lead ECG is normal."),
    ],
)
def test_a_result_named_normal_before_its_name_is_the_readers(source: str, plain: str) -> None:
    assert said(source, INCLUSION) == plain


@pytest.mark.parametrize(
    "source",
    [
        "Normal intelligence",  # no test
        "Normal range of serum calcium and magnesium",  # two, and a range
        "Normal ECG with QTc <= 450 msec",  # a number after it
    ],
)
def test_normal_before_more_than_one_results_name_keeps_its_words(source: str) -> None:
    assert not said(source, INCLUSION).startswith("Your")


def test_a_label_clause_the_check_faults_keeps_every_other_rewrite() -> None:
    # "…, and have not undergone X" reads to the check as a list item that lost its negation
    assert said(
        "Females with a history of dysfunctional uterine bleeding who have not undergone hysterectomy, including"
        " history of menorrhagia, metrorrhagia or polymenorrhea"
    ) == (
        "Females with a history of dysfunctional uterine bleeding who have not had hysterectomy. This includes history"
        " of menorrhagia, metrorrhagia or polymenorrhea."
    )
