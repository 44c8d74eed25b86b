"""Third-person openings put to the reader (people16): a topic named before the sentence (offline_topic_labels), a
group for one sex named first (offline_for_groups), a narrowed group's aside with facts in it (offline_narrowed), an
aside's own verb after "Patients with X" (offline_relatives) and "who concurrently have" (offline_person). Each rule
has real cases from the corpus that change and near cases that must not."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.criteria import SectionKind
from translator.offline_relatives import verb_of_its_own

INCLUSION = SectionKind.INCLUSION


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        (
            "Lung resection: Subjects with lung volume reduction surgery within the 12 months prior to Visit 1.",
            "Lung resection: You have had lung volume reduction surgery in the 12 months before Visit 1.",
        ),
        (
            "Monoclonal antibodies: Subjects who have received any monoclonal antibody within 5 half-lives of Visit 1.",
            "Monoclonal antibodies: You have had any monoclonal antibody within 5 half-lives of Visit 1.",
        ),
        (
            "Phase 1b only: Subjects who discontinued prior tyrosine kinase inhibitor due to toxicity will be "
            "ineligible.",
            "Phase 1b only: If you stopped past tyrosine kinase inhibitor due to toxicity, you will be ineligible.",
        ),
        (
            "Pregnancy: Women who are pregnant or lactating or are planning on becoming pregnant during the study.",
            "Pregnancy: You are pregnant or breastfeeding or are planning on getting pregnant during the study.",
        ),
    ],
)
def test_a_topic_before_a_third_person_sentence_stays_and_the_sentence_is_the_readers(source: str, plain: str) -> None:
    assert said(source) == plain


@pytest.mark.parametrize(
    "source",
    [
        # a class the criterion defines, not a condition on the reader
        "Class 3: Patients with marked limitation of physical activity, comfortable at rest, but less than ordinary "
        "activity causes symptoms.",
        "Standard risk 1: Patients must be < 11 years of age at enrollment",  # a risk group its items define
        "Exception: Patients with elevated bilirubin levels due to Gilberts syndrome are eligible.",
        "DONOR: Female donors of child-bearing potential must have a negative serum or urine beta-human chorionic "
        "gonadotropin (HCG) test within three weeks of the transplant.",
        "Children in care: Children who are wards of the government or state are not eligible for participation.",
        # a pronoun no rule made the reader's, or the patients named again in the sentence: a second name for "you"
        "Medication prior to spirometry: Subjects who are medically unable to withhold their albuterol (salbutamol) or "
        "their ipratropium bromide for the 4-hour period required prior to spirometry testing at each study visit.",
        "Stem Cell Transplant (SCT): Patients are eligible after allogeneic stem cell transplant as long as patients "
        "are not actively being treated for graft-versus-host-disease (GvHD).",
    ],
)
def test_a_label_that_is_no_topic_of_the_readers_keeps_its_words(source: str) -> None:
    assert ": You" not in said(source)


@pytest.mark.parametrize(
    ("source", "kind", "plain"),
    [
        (
            "For women of childbearing potential, a negative serum pregnancy test within 14 days of registration",
            INCLUSION,
            "If you can get pregnant, you have a negative serum pregnancy test within 14 days of joining the study.",
        ),
        ("For women: Pregnancy.", SectionKind.EXCLUSION, "If you are female, you are pregnant."),
        (
            "For females only: Currently pregnant (confirmed with positive pregnancy test) or breastfeeding.",
            SectionKind.EXCLUSION,
            "If you are female, you are now pregnant (confirmed with positive pregnancy test) or breastfeeding.",
        ),
    ],
)
def test_a_group_named_first_is_the_readers_condition(source: str, kind: SectionKind, plain: str) -> None:
    assert said(source, kind) == plain


@pytest.mark.parametrize(
    "source",
    [
        "For women with therapy-induced amenorrhea, oophorectomy or serial measurements of FSH and/or estradiol are "
        "needed to ensure postmenopausal status.",
        "For women of childbearing age : Pregnancy/breastfeeding",
        "For women, pregnancy as confirmed by a urine pregnancy test",  # no sentence the rules make of the rest
    ],
)
def test_a_group_named_first_without_a_sentence_of_the_readers_keeps_its_words(source: str) -> None:
    assert said(source).startswith("For women")


def test_a_group_named_first_keeps_its_words_where_she_stays() -> None:
    source = (
        "For female patients only: The patient is post-menopausal (≥ 1 year) or sterilized, or if she is of "
        "childbearing potential, she is not breastfeeding."
    )
    assert said(source, INCLUSION).startswith("For female patients only: The patient")


def test_a_narrowed_groups_aside_with_facts_stays_between_group_and_duty() -> None:
    source = (
        "Women of childbearing potential (defined as not postmenopausal [ie, ≥ 12 months of non-therapy-induced "
        "amenorrhea] or not surgically sterile) must have a negative serum pregnancy test within 21 days prior to "
        "initiation of Toca 511."
    )
    assert said(source, INCLUSION) == (
        "If you are a woman who can get pregnant (defined as not postmenopausal [ie, 12 months or more of "
        "non-therapy-induced amenorrhea] or not sterilized by surgery), you must have a negative serum pregnancy test "
        "within 21 days before the initiation of Toca 511."
    )


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        (
            "Patients with active known or suspected autoimmune disease "
            "(treated hypothyroidism is permitted to enroll)",
            "You have active known or suspected autoimmune disease. Treated underactive thyroid is allowed to enroll.",
        ),
        (
            "Patients who concurrently have bipolar disorder, schizophrenia, delusional disorder or epilepsy.",
            "You concurrently have bipolar disorder, schizophrenia, delusional disorder or epilepsy.",
        ),
    ],
)
def test_an_asides_verb_or_an_adverb_leaves_the_subject_the_readers(source: str, plain: str) -> None:
    assert said(source) == plain


def test_an_asides_verb_is_its_own_unless_the_aside_speaks_of_the_patients() -> None:
    at = len("Patients with")
    assert not verb_of_its_own("Patients with autoimmune disease (treated hypothyroidism is permitted to enroll)", at)
    # "who" in the aside points back to the patients: its verb may be theirs
    assert verb_of_its_own("Patients with known brain metastases (who must be stable)", at)
    assert verb_of_its_own("Patients with autoimmune disease (treated hypothyroidism) must use X", at)


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        ("Adult patients", "You are an adult."),
        ("Adult patients with acute leukemia", "You are an adult with acute leukemia."),
        (
            "Adults with Friedreich ataxia due to homozygosity for the GAA repeat expansion in intron 1 of the "
            "FXN gene",
            "You are an adult with Friedreich ataxia due to homozygosity for the GAA repeat expansion in intron 1 "
            "of the FXN gene.",
        ),
    ],
)
def test_an_adult_alone_or_with_a_condition_is_the_reader(source: str, plain: str) -> None:
    assert said(source, INCLUSION) == plain


@pytest.mark.parametrize(
    "source",
    [
        "Adults with asthma who smoke",  # a clause the "with" would have to carry
        "Adult patients with registered opt-out for using clinical and/or laboratory data.",
        "Adult T-cell leukemia",  # a disease's name
    ],
)
def test_an_adult_with_more_than_a_condition_keeps_its_words(source: str) -> None:
    assert not said(source, INCLUSION).startswith("You")


def test_a_narrowed_group_whose_partners_are_fertile_keeps_the_clause_in_its_condition() -> None:
    source = (
        "Women of childbearing potential (WOCBP) whose male partners are potentially fertile (that is, no vasectomy) "
        "must use highly effective birth control methods for the duration of the study."
    )
    assert said(source, INCLUSION) == (
        "If you are a woman who can get pregnant whose male partners are potentially fertile (that is, no vasectomy), "
        "you must use highly effective birth control methods for the length of the study."
    )
