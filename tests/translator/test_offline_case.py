"""The source's first capital once an opening stands before it, on real criteria: an ordinary word is lowered
("You have metastatic disease."), a name, an eponym or a Title Case name keeps its capitals."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from tests.translator.test_offline_audit2 import _faithful
from translator.criteria import SectionKind
from translator.offline_case import lowered, ordinary


@pytest.mark.parametrize(
    ("nct_id", "source", "plain"),
    [
        ("NCT00087334", "Metastatic disease", "You have cancer that has spread to other parts of the body."),
        ("NCT00463840", "Presence of metastatic disease.",
         "You have cancer that has spread to other parts of the body."),
        ("NCT00428194", "Malabsorption syndrome", "You have malabsorption syndrome."),
        ("NCT00109135", "Certain cancers", "You have certain cancers."),
        (
            "NCT00369226",
            "Another active solid tumor malignancy",
            "You have another active solid tumor cancer when joining the study.",
        ),
        # a plural ("Diseases") and an adverb ("Inadequately") of ordinary words
        ("NCT01145014", "Diseases of the central nervous system", "You have diseases of the central nervous system"),
        ("NCT00517595", "Inadequately controlled hypertension", "You have inadequately controlled high"),
        # a capital before a letter or a numeral is lowered too: no name
        ("NCT00642655", "History of Hepatitis B and/or Hepatitis C", "You have had hepatitis B and/or Hepatitis C."),
        ("NCT00511472", "History of Type 1 diabetes", "You have had type 1 diabetes."),
        ("NCT00096486", "Stage IV disease", "You have stage IV disease."),
        # a source capital on the word after an opening that replaced the source's first words
        ("NCT00558844", "Positive Pregnancy test", "You have a positive pregnancy test."),
    ],
)
def test_an_ordinary_first_word_is_lowered_after_the_opening(nct_id: str, source: str, plain: str) -> None:
    assert _faithful(nct_id, source).startswith(plain)


@pytest.mark.parametrize(
    ("nct_id", "source", "plain"),
    [
        # names and eponyms
        ("NCT00093704", "Hodgkin's lymphoma", "You have Hodgkin's lymphoma."),
        ("NCT00711269", "Patient has Parkinson's disease.", "You have Parkinson's disease."),
        ("NCT00257699", "Patients with Crohn's disease", "You have Crohn's disease involving"),
        ("NCT00209612", "Patients with Gilbert syndrome", "You have Gilbert syndrome."),
        ("NCT00440726", "Patients with Down Syndrome are excluded.", "You have Down Syndrome."),
        ("NCT00955110", "History of Addison's disease", "You have had Addison's disease"),
        # the lexicon writes "karnofsky" in lower case; it is a name all the same (it had been "Your karnofsky …")
        ("NCT00121719", "Karnofsky performance status", "Your Karnofsky performance status is 70% or more."),
        ("NCT00023673", "Zubrod 0-1", "Your Zubrod score is 0 to 1."),
        # Title Case names of scales, tests and conditions
        ("NCT00551161", "Mini-Mental State Examination", "Your Mini-Mental State Examination (MMSE) score is"),
        ("NCT00406640", "Montgomery-Asberg Depression", "Your Montgomery-Asberg Depression Rating Scale (MADRS)"),
        # the reader's measure, as a lab alone reads it ("Body Mass Index (BMI) <= 35"): offline_measured_reader
        ("NCT00768521", "Patient has a Body Mass Index", "Your body mass index (BMI) is 35 kg/m² or less."),
        ("NCT00312494", "Subjects with a Diagnostic and Statistical", "You have a Diagnostic and Statistical Manual"),
        ("NCT00513474", "Known history of Glucose-6-Phosphate", "You are known to have had Glucose-6-Phosphate"),
        (
            "NCT00643448",
            "Personal or family history of Torsades",
            "You have a personal or family history of Torsades de",
        ),
        # a numeral inside a Title Case name does not end it; a run of ordinary words naming a condition is no name
        # (tests/translator/test_offline_audit3.py): "You have type 2 diabetes", "major depressive disorder" (the
        # lexicon's plain wording for "type 2 diabetes mellitus", lowered as the source's words would be)
        ("NCT01709305", "Has Type 2 Diabetes Mellitus", "You have type 2 diabetes."),
    ],
)
def test_a_name_keeps_its_capital(nct_id: str, source: str, plain: str) -> None:
    assert _faithful(nct_id, source).startswith(plain)


@pytest.mark.parametrize(
    "text",
    [
        "HER2-positive breast cancer",  # a gene name
        "BRCA1 mutation",
        "mL/min creatinine clearance",  # a unit
        "ECOG performance status",  # an abbreviation
        "Waldenström macroglobulinemia",  # a name past the ASCII letters
        "Still disease",  # an easy word before a name's noun
        "Bell palsy",
        "English speaking",
        "Child-Pugh class A",
        "Wilms' tumor",
    ],
)
def test_a_fact_or_a_name_is_never_lowered(text: str) -> None:
    assert lowered(text, 0) is None


def test_plurals_and_adverbs_of_ordinary_words_are_ordinary_but_names_are_not() -> None:
    assert ordinary("Diseases") and ordinary("Allergies") and ordinary("Inadequately")
    assert not ordinary("Parkinson") and not ordinary("Karnofsky") and not ordinary("Down")
    assert not ordinary("HIV") and not ordinary("Gold")


def test_participles_of_ordinary_verbs_are_ordinary() -> None:
    # "Your Recorded hepatitis B virus DNA is …": the participle only opened the criterion
    assert ordinary("Recorded") and ordinary("Expected") and ordinary("Estimated")
    assert not ordinary("Reed") and not ordinary("Alfred")


def test_a_participle_after_your_is_lowered() -> None:
    assert said("Recorded hepatitis B virus DNA < 400 copies/mL", SectionKind.INCLUSION) == (
        "Your recorded hepatitis B virus DNA is less than 400 copies/mL."
    )
