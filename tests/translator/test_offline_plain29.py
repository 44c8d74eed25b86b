"""The twenty-ninth round: inclusion noun phrases put to the reader: a diagnosis named by how it was made ("Histologic
or cytologic diagnosis of X" → "You have a histologic or cytologic diagnosis of X"), an adult of an age ("Adult
patients 18 to 65 years old" → "You are an adult, 18 to 65 years old"), a condition whose adjectives end in "-ory"
("Relapsed or refractory X") or that is followed by how it was found ("Gastroparesis confirmed using the GEBT"), and
consent "obtained" ("Written informed consent must be obtained" → "You must give written informed consent"); with
the cases each must leave as written. `said` also checks that the fidelity check finds no error in each bullet."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.criteria import SectionKind

INC = SectionKind.INCLUSION
EXC = SectionKind.EXCLUSION


@pytest.mark.parametrize(("nct_id", "text", "plain"), [
    ("NCT01027676", "Histologic or cytologic diagnosis of NSCLC, Stage IV or selected stage IIIB",
     "You have a histologic or cytologic diagnosis of non-small cell lung cancer (NSCLC), Stage IV or selected "
     "stage IIIB."),
    ("NCT04361422", "Clinical and laboratory diagnosis of COVID-19.",
     "You have a clinical and lab diagnosis of COVID-19."),
    ("NCT01516983", "Histological or cytological confirmation of non-small cell lung cancer (NSCLC).",
     "You have histological or cytological confirmation of non-small cell lung cancer (NSCLC)."),
])
def test_a_diagnosis_named_by_how_it_was_made_is_the_readers(nct_id: str, text: str, plain: str) -> None:
    assert said(text, INC) == plain, nct_id


@pytest.mark.parametrize(("nct_id", "text", "plain"), [
    ("NCT00107653", "adult patients 18-65 years of age", "You are an adult, 18 to 65 years old."),
    ("NCT02567994", "Adults aged ≥ 19 years old", "You are an adult aged 19 years or older."),
    ("NCT04981743", "Adult (18 - 65 years old).", "You are an adult (18 to 65 years old)."),
    # the upper bound alone would drop that the reader must be an adult: "adult" stays
    ("NCT00700570", "adult patients, <=75 years of age;", "You are an adult, 75 years or younger."),
])
def test_an_adult_of_an_age_is_the_reader(nct_id: str, text: str, plain: str) -> None:
    assert said(text, INC) == plain, nct_id


@pytest.mark.parametrize(("nct_id", "text", "plain"), [
    ("NCT00095940", "Recurrent or refractory high grade glioma, (anaplastic astrocytoma, glioblastoma multiforme)",
     "You have recurrent or refractory high grade glioma, (anaplastic astrocytoma, glioblastoma multiforme)."),
    ("NCT00244985", "Relapsed or refractory CD20-positive disease",
     "You have relapsed or refractory CD20-positive disease."),
    ("NCT01464112", "Measurable or secretory multiple myeloma", "You have measurable or secretory multiple myeloma."),
    ("NCT02187094", "Gastroparesis confirmed using the GEBT", "You have gastroparesis confirmed using the GEBT."),
])
def test_a_condition_with_its_adjectives_or_its_finding_is_the_readers(nct_id: str, text: str, plain: str) -> None:
    assert said(text, INC) == plain, nct_id


@pytest.mark.parametrize(("nct_id", "text", "plain"), [
    ("NCT01038674", "Informed consent obtained before any trial-related activities",
     "You have given informed consent before any trial-related activities."),
    ("NCT00171834", "Written informed consent must be obtained.", "You must give written informed consent."),
    ("NCT00448214", "Written informed consent has been obtained.", "You have given written informed consent."),
    # (once kept as written by test_offline_plain13: "obtained" from the reader is consent the reader gives)
    ("NCT02887183", "Written informed consent must be obtained before any assessment is performed.",
     "You must give written informed consent before any assessment is done."),
    # "from the subject", one person alone, is the reader (once kept as written here; words16)
    ("NCT01357915", "Written informed consent obtained from the subject.", "You have given written informed consent."),
])
def test_consent_obtained_is_consent_the_reader_gives(nct_id: str, text: str, plain: str) -> None:
    assert said(text, INC) == plain, nct_id


@pytest.mark.parametrize(("nct_id", "text", "kind"), [
    # a diagnosis not (yet) had, or one whose clause has a verb of its own
    ("NCT01027676", "Suspected or clinical diagnosis of lung cancer", INC),
    ("NCT01027676", "Histologic or cytologic diagnosis of lung cancer must be made by biopsy", INC),
    # others besides adults, and a disease named "adult" ("Adults with X" alone: tests/translator/test_s39_people16.py)
    ("NCT02732119", "Adult men and women", INC),
    ("NCT03349333", "Adult T-cell lymphoma/leukemia (human T-cell leukemia virus [HTLV] 1+)", INC),
    # an exclusion's adult is not the rule's
    ("NCT00107653", "Adult patients 18 to 65 years old", EXC),
    # consent obtained as a form (consent "from the subject" alone is the reader's: see above)
    ("NCT01027676", "Informed consent form obtained before screening", INC),
])
def test_keeps_its_words(nct_id: str, text: str, kind: SectionKind) -> None:
    assert said(text, kind).rstrip(".") == text.rstrip(".;"), nct_id
