"""Rewrites that changed a criterion's meaning without changing a fact the checks compare (audit, round 2).

Each slip has its case and a near case that must keep its good rewrite.
"""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.criteria import SectionKind
from translator.offline_variant_terms import expansion_fits_variant

INC = SectionKind.INCLUSION
EXC = SectionKind.EXCLUSION


# --- a lexicon variant spelled out with its family's words: "BRCA genes (BRCA1)" says several genes


@pytest.mark.parametrize(
    ("source", "kept"),
    [
        ("Known BRCA1 mutation", "BRCA1"),
        ("Deleterious germline BRCA1 or BRCA2 mutation", "BRCA1"),
        ("History of cGVHD requiring systemic treatment", "cGVHD"),
        ("Patients with nmCRPC", "nmCRPC"),
        ("NT-proBNP > 400 pg/mL", "NT-proBNP"),
        ("Prior bDMARD use", "bDMARD"),
    ],
)
def test_a_narrower_variant_keeps_its_letters(source: str, kept: str) -> None:
    bullet = said(source, EXC)
    assert f"({kept})" not in bullet and kept in bullet
    assert "BRCA genes" not in bullet and "B-type natriuretic" not in bullet


@pytest.mark.parametrize(
    ("source", "spelled"),
    [
        ("NSAIDs use", "anti-inflammatory drugs (NSAIDs)"),
        ("Positive beta-hCG", "human chorionic gonadotropin (beta-hCG)"),
        ("Positive beta HCG exam for women", "human chorionic gonadotropin (beta HCG)"),
        ("Diagnosis per DSM-IV", "Diagnostic and Statistical Manual of Mental Disorders (DSM-IV)"),
        ("BNP > 100 pg/mL", "B-type natriuretic peptide (BNP)"),
        # a title's plural is no family: "NCI" is the body that wrote the criteria
        ("NCI CTCAE grade 3 hemorrhage", "Common Terminology Criteria for Adverse Events (NCI CTCAE)"),
    ],
)
def test_a_variant_of_the_same_thing_is_still_spelled_out(source: str, spelled: str) -> None:
    assert spelled in said(source, EXC)


def test_expansion_fits_variant() -> None:
    assert not expansion_fits_variant("BRCA", "BRCA1", "BRCA genes")
    assert not expansion_fits_variant("CDK4", "CDK4/6", "cyclin-dependent kinase 4")
    assert not expansion_fits_variant("SGLT2", "SGLT", "sodium-glucose cotransporter 2")
    assert not expansion_fits_variant("AMD", "nAMD", "age-related macular degeneration")
    assert expansion_fits_variant("CYP3A4/5", "CYP 3A4/5", "cytochrome P450 3A4 and 3A5")
    assert expansion_fits_variant("HER2", "HER-2", "human epidermal growth factor receptor 2")
    assert expansion_fits_variant("ALT", "ALAT", "alanine aminotransferase")
    assert expansion_fits_variant("HBcAb", "anti-HBc", "hepatitis B core antibody")


# --- "as defined by <criteria> and with … (IGA 2-4)": the range after the criteria is the second requirement's


def test_a_measure_after_the_criteria_and_is_not_the_definitions() -> None:
    source = (
        "Subjects with AD as defined by the Hanifen and Rajka criteria and with mild to severe disease activity "
        "(IGA 2-4)"
    )
    assert "This is defined by" not in said(source, INC)
    assert said("Anemia as defined by hemoglobin less than 11 g/dL.", INC) == (
        "You have anemia. This is defined by hemoglobin less than 11 g/dL."
    )


# --- the reader's "they" / "their" left beside "you": "You … if they do not agree", "your DIBS and their symptom"


def test_they_do_not_after_you_is_the_reader() -> None:
    source = "Patients receiving other dosage forms of bupropion if they do not agree to undergo a washout period"
    assert "if you do not agree" in said(source, EXC)


def test_their_after_the_readers_own_thing_is_the_readers() -> None:
    source = "Subject has had adequate control of their DIBS and their symptom of bloating the week preceding the visit"
    assert "your DIBS and your symptom" in said(source, EXC)
    assert said("Allergy to the study drugs or their components", EXC).endswith("the study drugs or their components.")


# --- "IGA score" (Investigator's Global Assessment) spelled out as the lab "immunoglobulin A (IGA)"


def test_a_labs_letters_before_score_are_not_the_lab() -> None:
    assert "immunoglobulin" not in said("IGA Score >3", INC)
    assert "immunoglobulin A (IGA) deficiency" in said("IGA deficiency", EXC)


@pytest.mark.parametrize(
    ("source", "kind", "said_part"),
    [
        (
            "Male subjects must use a condom until 90 days after last dose, unless they have been surgically "
            "sterilized (vasectomy).",
            INC,
            "unless you have been sterilized by surgery",
        ),
        ("Patients were included if they met the diagnostic criteria for heart failure.", INC, "if you met the"),
        ("Any condition which would endanger the subject if he or she took part in the trial.", EXC, "if you took"),
    ],
)
def test_the_readers_pronoun_after_you_is_you(source: str, kind: SectionKind, said_part: str) -> None:
    assert said_part in said(source, kind)


def test_they_of_things_stay_they() -> None:
    assert "if they have been treated" in said("Lesions are allowed if they have been treated with radiation", INC)


# --- a condition in a relative, or a phrase that names a profession, put to the reader ("You have had epilepsy
# in a first degree relative", "You have diabetes or obstetrics doctors")


@pytest.mark.parametrize(
    "source",
    [
        "History of primary generalized epilepsy in a first degree relative.",
        "presence of psychiatric disorders in first-degree relatives,",
        "History of hematological disorders (e.g., thrombocytopenia) in the immediate family (i.e., parents).",
        "Diabetes or obstetrics physicians",
    ],
)
def test_a_criterion_about_someone_else_is_not_put_to_the_reader(source: str) -> None:
    assert not said(source, EXC).startswith("You")


@pytest.mark.parametrize(
    "source",
    [
        "History of long QT syndrome or a family member with this condition",  # the reader's relative
        "Personal or family history of sudden death in a first-degree relative before age 40",
        "Diabetes diagnosed by a physician",
        "Must have had a transplant and a repeat one is deemed appropriate by the treating physicians.",
    ],
)
def test_the_readers_own_relative_or_judge_keeps_the_opening(source: str) -> None:
    assert said(source, EXC).startswith("You")


def test_examples_do_not_come_between_a_sentence_and_its_closing_aside() -> None:
    source = "History of blood disorders (e.g., thrombocytopenia) in the immediate family (i.e., parents and siblings)."
    assert "For example, thrombocytopenia. This means" not in said(source, EXC)
    moved = said("Talk therapy (such as supportive therapy) in the 3 months before screening.", EXC)
    assert moved.endswith("before screening. For example, supportive treatment.")


# --- a number grouped by a space ("≥ 100 000") was worded at its first group: "100 or more 000 IU/mL"


def test_a_space_grouped_number_is_worded_whole() -> None:
    assert "at least 100 000 IU/mL" in said("HCV RNA ≥ 100 000 IU/mL at Screening", INC)
    assert "5 or more 000" not in said("HIV-1 RNA plasma level ≥ 5 000 copies/ml at screening.", INC)
    assert said("Hemoglobin ≥ 9 g/dL", INC) == "Your hemoglobin is 9 g/dL or more."
    # the fact holds the whole number, or the group is a power of ten: worded as before
    assert said("Platelets >= 100 000/ μl", INC) == "Your platelets are 100,000 per µL or more."
    assert said("Neutrophils > 1.5 109/l", INC).startswith("Your neutrophils are more than 1.5 × 10^9/L")
