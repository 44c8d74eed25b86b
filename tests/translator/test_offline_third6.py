"""Plain conditions on "Patients who …" put to the reader, where a guard declined them for a verb that was no verb
of their own (offline backend, on real corpus criteria).

- the reader's own verb past its auxiliary ("Patients who have| had …") is no verb dangling after the subject;
- an infinitive ("… are planning to have surgery") and a verb after "nor" ("neither undergone nor are scheduled")
  open no clause with a subject of their own;
- a colon after words that open a list ("… the following X within 14 days of screening:", "… including:",
  "… criteria for:") opens the subject's list, not a condition for some of them.

A colon after a description that sets a condition for some ("Patients with liver metastases: AST ≤ 5 x ULN") keeps
its third person.
"""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.criteria import SectionKind

EXC, INC = SectionKind.EXCLUSION, SectionKind.INCLUSION


@pytest.mark.parametrize(
    ("source", "kind", "plain"),
    [
        # NCT02571777: "have had" is one verb, the reader's
        ("Patients who have had a respiratory tract infection or asthma worsening as determined by investigator "
         "within 4 weeks prior to Visit 1 (Screening) or between Visit 1 and Visit 102.", EXC,
         "You have had a respiratory tract infection or asthma worsening as judged by the study doctor in the 4 "
         "weeks before Visit 1 (Screening) or between Visit 1 and Visit 102."),
        # NCT00924729: "to have" is an infinitive
        ("Subjects who have a visually significant cataract and are planning to have cataract surgery.", INC,
         "You have a visually significant cataract. You are also planning to have cataract surgery."),
        # NCT00234065: "nor are scheduled" is the reader's second verb
        ("Patients who have neither undergone nor are scheduled to undergo percutaneous transluminal angioplasty or "
         "revascularization for the treatment of cerebral infarction", INC,
         "You have neither undergone nor are scheduled to have percutaneous transluminal angioplasty or "
         "revascularization for the treatment of brain infarction."),
    ],
)
def test_the_readers_own_verbs_leave_none_dangling(source: str, kind: SectionKind, plain: str) -> None:
    assert said(source, kind) == plain


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        # NCT02750410: the list's name is short ("the following at screening")
        ("Participants who have been treated with 2 of the following at screening: DPP-4 inhibitor, SU, and glinide",
         "You have been treated with 2 of the following at screening: dipeptidyl peptidase-4 (DPP-4) inhibitor, "
         "sulfonylurea (SU), and glinide."),
        # NCT00758693
        ("Patients who require concomitant treatment with CYP1A2 inhibitors including: Cimetidine, Ciprofloxacin, "
         "Fluvoxamine, Ticlopidine.",
         "You need concomitant treatment with cytochrome P450 1A2 (CYP1A2) inhibitors including: Cimetidine, "
         "Ciprofloxacin, Fluvoxamine, Ticlopidine."),
    ],
)
def test_a_colon_after_list_words_opens_the_subjects_list(source: str, plain: str) -> None:
    assert said(source, EXC) == plain


def test_a_colon_after_a_group_keeps_its_condition_for_some() -> None:
    # NCT02482441: the colon sets a lab limit for the patients with liver metastases, not for every reader
    text = said("Patients with documented liver metastases: AST (SGOT) and/or ALT (SGPT) ≤ 5 × ULN", INC)
    assert text.startswith("Patients with recorded liver metastases:")


@pytest.mark.parametrize(
    ("source", "kind", "plain"),
    [
        # NCT02634801: a second description with "and who"
        ("Participants who are candidates for systemic therapy and who are naive to systemic treatment for psoriasis.",
         INC, "You are a candidate for systemic treatment. You are also naive to systemic treatment for psoriasis."),
        # NCT03116971
        ("Participants eligible for first line platinum-based chemotherapy", INC,
         "You are eligible for first line platinum-based chemotherapy."),
        # NCT01918761
        ("Patients who are candidates to receive pemetrexed monotherapy", INC,
         "You are a candidate to get pemetrexed monotherapy."),
        # NCT05607199
        ("Patients eligible for intensive chemotherapy for AML (such as the 3 + 7 regimen).", EXC,
         "You are eligible for intensive chemotherapy for acute myeloid leukemia (AML). For example, the 3 + 7 "
         "regimen."),
    ],
)
def test_eligible_for_a_treatment_is_said_of_the_reader(source: str, kind: SectionKind, plain: str) -> None:
    assert said(source, kind) == plain


@pytest.mark.parametrize(
    "source",
    [
        # NCT00452699: eligible for the study itself, with a verb of its own
        "Subjects eligible for enrollment in the study must meet all of the following criteria:",
        # NCT02312661: another group after it
        "Patients eligible for neo-adjuvant carboplatin/paclitaxel chemotherapy prior to surgical debulking OR "
        "patients with relapsed or progressive ovarian cancer after",
        # NCT00642655
        "Patients eligible for the study will be those who have anti-HLA antibody (Panel Reactive Antibody [PRA]) of "
        ">30% and are eligible for transplantation",
    ],
)
def test_eligible_for_the_study_or_with_more_keeps_its_words(source: str) -> None:
    assert not said(source, INC).startswith("You")


def test_a_later_sentence_with_a_colon_leaves_the_sex_label_to_the_reader() -> None:
    # NCT03086330: the colon is the second sentence's ("For Japan only:"), which keeps its words
    assert said(
        "Male or female, above or equal to 18 years at the time of signing informed consent. For Japan only: Male or "
        "female, age equal to or above 20 years at the time of signing informed consent", INC
    ) == ("You are male or female and 18 years or older at signing informed consent. For Japan only: Male or female, "
          "age 20 years or older at signing informed consent.")


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        # NCT05157152
        ("Patients known to have any liver disease.", "You are known to have any liver disease."),
        # NCT01811238
        ("Patients known to have, or suspected of having a history of drug abuse",
         "You are known to have, or suspected of having a history of drug abuse."),
    ],
)
def test_a_state_after_the_subject_is_said_with_are(source: str, plain: str) -> None:
    assert said(source, EXC) == plain


def test_a_second_description_with_or_with_keeps_its_words() -> None:
    # NCT02086513: "You cannot take oral drugs or with lack of …" would leave "with" hanging
    assert said("Patients unable to take oral drugs or with lack of physical integrity of the upper gastrointestinal "
                "tract or known malabsorption syndromes.", EXC).startswith("Patients unable to take oral drugs or with")


def test_an_infinitive_after_a_verb_leaves_that_verb_the_clauses_own() -> None:
    # NCT01801111: "need to have" has "need" as the main verb: the subject is the condition, not "You received … need"
    assert said("Participants who received crizotinib or any other tyrosine kinase inhibitors need to have a minimum "
                "1-week washout period before the first dose of study drug", EXC) == (
        "If you received crizotinib or any other tyrosine kinase inhibitors, you need to have a minimum 1-week "
        "washout time before the first dose of study drug.")


def test_a_listed_subject_on_a_treatment_stays_the_readers_before_or_with() -> None:
    # NCT02074839: "or with" after a state like "on immunosuppressive therapy" stays as the listed subjects had it
    assert said("Subjects who have undergone hematopoietic stem cell transplant (HSCT) within 60 days of the first "
                "dose of AG-120, or subjects on immunosuppressive therapy post HSCT at the time of screening, or with "
                "clinically significant graft-versus-host disease (GVHD).", EXC).startswith(
        "You have had a hematopoietic stem cell transplant (HSCT) within 60 days of the first dose of AG-120, or "
        "you are on immunosuppressive treatment post HSCT at screening, or with")
