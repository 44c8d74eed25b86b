"""Exclusion wordings of this round (offline backend): "a second cancer" (translator.offline_bare_singulars), "In your
case, X" for "Patients in whom X" (translator.offline_in_whom), and a group of people after an exclusion's thing put
to the reader ("Major surgery … or patients who have not recovered …"; translator.offline_later_groups)."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.criteria import SectionKind

INC = SectionKind.INCLUSION


@pytest.mark.parametrize(("source", "plain"), [
    ("History of second malignancy within the past 3 years", "You have had a second cancer within the past 3 years."),
    ("Second malignancy other than basal or squamous cell skin cancer.",
     "You have a second cancer other than basal or squamous cell skin cancer."),
    ("Patients with a history of second malignant tumor", "You have had a second cancerous tumor."),
    # plural, and an ordinal that names a kind, keep their words
    ("Second malignancies (except non-melanoma skin cancer) unless disease-free for 3 years.",
     "You have second cancers (except non-melanoma skin cancer) unless disease-free for 3 years."),
    ("Third degree atrioventricular block or sick sinus syndrome.",
     "You have third degree atrioventricular block or sick sinus syndrome."),
])
def test_an_ordinal_cancer_has_its_article(source: str, plain: str) -> None:
    assert said(source) == plain


@pytest.mark.parametrize(("source", "plain", "kind"), [
    ("Patients in whom the qualifying event was due to a complication of cerebral angiography or trauma",
     "In your case, the qualifying event was due to a complication of brain angiography or trauma.",
     SectionKind.EXCLUSION),
    ("Patients in whom inhaled beta-2 agonists or anticholinergics are contraindicated.",
     "In your case, inhaled beta-2 agonists or anticholinergics are contraindicated.", SectionKind.EXCLUSION),
    ("Patients in whom a biopsy is planned", "In your case, a biopsy is planned.", INC),
    # the section's verdict in the same sentence, or an aside right after "in whom": the source's words
    ("Patients in whom IV fluid hydration is contraindicated (e.g. due to renal impairment) will NOT be eligible",
     "Patients in whom intravenous (IV) fluid hydration is contraindicated cannot take part. For example, due to "
     "reduced kidney function.", SectionKind.EXCLUSION),
    ("Patients in whom, in the opinion of the treating physician, should receive chemotherapy with docetaxel.",
     "Patients in whom, in the doctor's view, should get chemotherapy with docetaxel.", SectionKind.EXCLUSION),
])
def test_patients_in_whom_is_the_readers_case(source: str, plain: str, kind: SectionKind) -> None:
    assert said(source, kind) == plain


@pytest.mark.parametrize(("source", "plain"), [
    ("Major surgery within 4 weeks of the start of study treatment or patients who have not recovered from the side "
     "effects of any major surgery.",
     "You have had major surgery within 4 weeks of the start of study treatment. Or you have not recovered from the "
     "side effects of any major surgery."),
    # a group with a verb of its own in the sentence is someone else: the source's words
    ("Major surgery within 4 weeks of the start of study treatment or patients who have not recovered from it will "
     "be excluded.",
     "Major surgery within 4 weeks of the start of study treatment or patients who have not recovered from it "
     "cannot take part."),
    # a group inside a bracket the text leaves open is one of its examples, not a second condition on the reader
    ("Other chronic illnesses, such as arrhythmia (heart rate <60 beats/min, or patients with myocardial infarction "
     "within 3 months before the trial, or severe heart failure",
     "Other chronic illnesses, such as arrhythmia (heart rate less than 60 beats per minute, or patients with a heart "
     "attack within 3 months before the trial, or severe heart failure"),
])
def test_a_later_group_no_longer_keeps_the_opening_from_the_reader(source: str, plain: str) -> None:
    assert said(source) == plain


@pytest.mark.parametrize(("source", "plain"), [
    ("Females who are pregnant or who intend to become pregnant during the study.",
     "You are pregnant or plan to get pregnant during the study."),
    ("Female subjects who are currently pregnant or who are considering becoming pregnant while participating in "
     "the study.",
     "You are now pregnant or are considering getting pregnant while taking part in the study."),
    # another state after "or who" is no plan to become pregnant: each "who" clause kept, its verb for one woman
    # (translator.offline_women_whos)
    ("Women who are pregnant or who have a positive test",
     "You are a woman who is pregnant or who has a positive test."),
])
def test_a_plan_to_become_pregnant_after_or_who_is_the_readers(source: str, plain: str) -> None:
    assert said(source) == plain
