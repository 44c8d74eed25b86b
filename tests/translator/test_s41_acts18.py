"""Openings the acts18 round put to the reader (real corpus criteria), each with near cases that must keep their
words. `said` also checks that the fidelity check finds no error in each bullet.

- a first sentence put to the reader when a later sentence on a group of its own opens with a connective ("However,
  subjects who …", "Exception: Subjects who …", "In addition, subjects with …", "Note: Patients …"): the note keeps
  its words (translator.offline_note_connectives, read by offline_first_sentence), unless it is a verdict or a duty
  for the reader's group, which translator.offline_later_subjects says to the reader ("Note: If you have had …");
- "Positive with X" is no test result named "positive with …" (translator.offline_results): it keeps its words
  rather than read "You have positive with X".
"""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.criteria import SectionKind

EXC = SectionKind.EXCLUSION
INC = SectionKind.INCLUSION


@pytest.mark.parametrize(("text", "plain"), [
    (
        "History of other malignancy. However, subjects who have been disease-free for 5 years, or subjects with a "
        "history of completely resected non-melanoma skin cancer or successfully treated in situ carcinoma, are "
        "eligible",
        "You have had other cancer. However, subjects who have been disease-free for 5 years, or subjects who have had "
        "completely resected non-melanoma skin cancer or successfully treated in situ carcinoma, can take part.",
    ),
    (
        "History of other malignancy. However patients who have been disease free for 5 years, or patients with a "
        "history of resected non-melanoma skin cancer or successfully treated in situ cancer are eligible",
        "You have had other cancer. However patients who have been disease free for 5 years, or patients who have had "
        "resected non-melanoma skin cancer or successfully treated in situ cancer can take part.",
    ),
    (
        "History of hypersensitivity/intolerance to any components of the study inhalers (example, lactose, magnesium "
        "stearate). In addition, subjects with a history of severe milk protein allergy that, in the opinion of the "
        "study physician, contraindicates participation will also be excluded.",
        "You have had hypersensitivity/intolerance to any components of the study inhalers (example, lactose, "
        "magnesium stearate). In addition, if you have had severe milk protein allergy that, in the doctor's "
        "view, contraindicates taking part, you also cannot take part.",
    ),
    (
        "Significant dermatological disease including, but not limited to, skin drying and fissuring, paronychial "
        "inflammation, infectious sequelae (eg, blepharitis, cheilitis, cellulitis, cyst). Exception: patients with "
        "Grade ≤ 2 cetuximab-related rash, xerosis, fissures or paronychial inflammation are eligible.",
        "You have significant skin disease including skin drying and fissuring, paronychial inflammation, "
        "infectious sequelae. For example, blepharitis, cheilitis, cellulitis, cyst. Exception: If you have grade 2 "
        "or lower cetuximab-related rash, xerosis, fissures or paronychial inflammation, you can take part.",
    ),
    (
        "Current or past history of gastric or duodenal ulcers or other diseases of the gastrointestinal tract that "
        "could interfere with absorption of study drug. Note: Subjects with a history of appendectomy or "
        "cholecystectomy may be enrolled.",
        "You now have or have had stomach or duodenal ulcers or other diseases of the digestive tract that could get "
        "in the way of absorption of study drug. Note: If you have had appendectomy or cholecystectomy, you may be "
        "enrolled.",
    ),
])  # fmt: skip
def test_a_first_sentence_before_a_connective_note_on_a_group(text: str, plain: str) -> None:
    assert said(text, EXC) == plain


@pytest.mark.parametrize("text", [
    # a second group the criterion excludes, not a note: "Or subjects …" is no connective
    "History of allogeneic hematopoietic stem cell transplantation. Or subjects with a history of autologous "
    "hematopoietic stem cell transplantation within 100 days prior to study treatment.",
    # "Also excluded are patients …" opens with no subject
    "History of active tuberculosis requiring treatment within previous 3 years or history of opportunistic infections "
    "within 2 months, uncontrolled active infection or documented HIV infection. Also excluded are patients with "
    "evidence of latent tuberculosis.",
    # the note's subject is not at its opening ("Hepatitis B vaccinated patients")
    "History of infection with hepatitis B or hepatitis C virus, history of cirrhosis, or any known active or chronic "
    "liver disease. NOTE: Hepatitis B vaccinated patients are eligible.",
])  # fmt: skip
def test_later_sentences_that_are_no_connective_note_keep_the_criterion(text: str) -> None:
    assert not said(text, EXC).startswith("You")


@pytest.mark.parametrize("text", [
    "Positive with hepatitis B surface antigen (HBsAg), hepatitis B core antibody (HBcAb), or hepatitis C antibody "
    "(Hep C Ab) at the screening visit.",
    "Positive with hepatitis B surface antigen (HBsAg) at the screening visit.",
])  # fmt: skip
def test_a_result_before_a_preposition_names_no_test(text: str) -> None:
    assert said(text, EXC) == text  # as written: no rule has a reading of it


def test_a_result_for_an_infection_still_reads() -> None:
    assert said("Positive for HBsAg at screening.", EXC) == (
        "You are positive for hepatitis B surface antigen (HBsAg) at screening."
    )


@pytest.mark.parametrize(("text", "plain"), [
    (
        "Uncontrolled active infection; patients with infection requiring parenteral antibiotics are eligible if the "
        "infection is controlled",
        "You have an uncontrolled active infection. If you have infection needing parenteral antibiotics, you can "
        "take part if the infection is controlled.",
    ),
    (
        "History of non-hormone-related malignancy within 5 years before screening; subjects with a non-melanoma skin "
        "cancer are allowed in the study",
        "You have had non-hormone-related cancer within 5 years before screening. If you have a non-melanoma skin "
        "cancer, you are allowed in the study.",
    ),
    (
        "Ongoing therapy with oral or parenteral anticoagulants; patients on low-dose anticoagulants to maintain "
        "patency of central venous catheters are eligible.",
        "You are getting ongoing treatment with oral or parenteral blood thinners. If you are on low-dose blood "
        "thinners to maintain patency of central venous catheters, you can take part.",
    ),
    (
        "Any active infection secondary to HIV requiring acute therapy; however, patients that require maintenance "
        "therapy (i.e., secondary prophylaxis for opportunistic infections) will be eligible for the study",
        "You have any active infection secondary to HIV needing acute treatment; however, patients that need "
        "maintenance treatment (that is, secondary prophylaxis for opportunistic infections) can take part.",
    ),
])  # fmt: skip
def test_a_rule_before_a_semicolon_note_on_a_group(text: str, plain: str) -> None:
    assert said(text, EXC) == plain


@pytest.mark.parametrize("text", [
    # a semicolon inside brackets is an aside's
    "Liver transplant (Main Global and ME2 cohorts only; Participants with prior liver transplant may be eligible for "
    "OLE cohort).",
    # a second group the criterion excludes: nothing is said of it
    "A recognized immunodeficiency disease including cellular immunodeficiencies, hypogamma-globulinemia, or "
    "dysgammaglobulinemia; participants who have hereditary or congenital/acquired immunodeficiencies",
    # "they" in the note might be the reader
    "Has known active central nervous system (CNS) metastases and/or carcinomatous meningitis; subjects with "
    "previously treated brain metastases may participate provided they are stable",
    # "the participant" of the rule would be said "you" ("you treatment")
    "Clinically significant illness (other than HCV) or any other major medical disorder that may interfere with the "
    "participant treatment, assessment or compliance with the protocol; participants currently under evaluation for a "
    "potentially clinically significant illness (other than HCV) are also excluded.",
])  # fmt: skip
def test_a_semicolon_before_no_note_keeps_the_criterion(text: str) -> None:
    assert not said(text, EXC).startswith("You")
