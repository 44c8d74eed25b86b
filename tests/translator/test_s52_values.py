"""Values and labs said as plain sentences to the reader (session 52, words31): real corpus and Chia criteria."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.criteria import SectionKind

INC, EXC = SectionKind.INCLUSION, SectionKind.EXCLUSION


@pytest.mark.parametrize(
    ("source", "kind", "plain"),
    [
        # NCT00261326: a bare "maximum" closing a measure is its bound in words, and "Symptom" an ordinary word
        ("Symptom duration maximum 4 weeks", INC, "Your symptom duration is 4 weeks or less."),
        ("Body Mass Index (BMI) maximum 33.0 kg/m^2", INC, "Your body mass index (BMI) is 33 kg/m² or less."),
        # not where "minimum" qualifies what follows: a bolus of at least 2 litres is no bound on the reader
        (
            "Hypotension (systolic pressure <90 mmHg) after a minimum 2 liter fluid bolus followed by "
            "vasopressor-dependence.",
            EXC,
            "You have low blood pressure (systolic pressure less than 90 mmHg) after a minimum 2 liter fluid bolus "
            "followed by vasopressor-dependence.",
        ),
        # NCT02777424: the criterion's first capital, mid-sentence after the opening
        ("Extracranial active bleeding", EXC, "You have extracranial active bleeding."),
        # NCT04779892, NCT02219516: a second lab with an article is the reader's too ("and your BMI is"), past the
        # first value's conversion in brackets
        (
            "Subject with a body weight of ≥50 kg and ≤ 80 kg and a BMI between 19.0~26.0 kg/m2 (both inclusive);",
            INC,
            "Your body weight is 50 to 80 kg and your body mass index (BMI) is 19 to 26 kg/m² (both inclusive).",
        ),
        (
            "Subject has a body weight ≥ 50 kg (110 lbs.) and a body mass index ≥ 18 and ≤ 40 kg/m2.",
            INC,
            "Your body weight is 50 kg or more (110 lbs.) and your body mass index is 18 to 40 kg/m².",
        ),
        # NCT02851303, NCT02708238: weeks of a pregnancy take "of"
        ("Greater than 34 weeks gestation", INC, "More than 34 weeks of pregnancy"),
        (
            "term delivery (≥37 weeks gestation at birth);",
            INC,
            "Term delivery (at least 37 weeks of pregnancy at birth)",
        ),
        # NCT06194448, NCT02071082: the "+" of a marker is part of the lab's name
        ("CD4+ count of >350 cells/μL", INC, "Your CD4+ count is more than 350 per µL."),
        # the time a measure is taken at is part of its name too
        (
            "The subject has a baseline corrected QT interval (QTc) > 470 ms.",
            EXC,
            "Your baseline corrected QT interval (QTc) is more than 470 ms.",
        ),
        # values before "of" say the verb's number
        (
            "Baseline values of cancer antigen-125 (CA-125) at least 2 x upper limit of normal (ULN)",
            INC,
            "Your baseline values of cancer antigen-125 (CA-125) are at least 2 times the upper limit of normal.",
        ),
        # NCI's layout: a gloss in square brackets inside the name's own ("[SGOT]"), a long name of two labs
        (
            "Aspartate aminotransferase (AST) (serum glutamic oxaloacetic transaminase [SGOT]) and alanine "
            "aminotransferase (ALT) (serum glutamate pyruvate transaminase [SGPT]) =< 2.5 X ULN",
            INC,
            "Your aspartate aminotransferase (AST) (serum glutamic oxaloacetic transaminase [SGOT]) and alanine "
            "aminotransferase (ALT) (serum glutamate pyruvate transaminase [SGPT]) are no more than 2.5 times the "
            "upper limit of normal.",
        ),
        (
            "Sweat chloride >60 milliequivalent per liter (mEq/L)",
            INC,
            "Your sweat chloride is more than 60 milliequivalent per liter (mEq/L).",
        ),
        # a lab in a condition's aside is no name of the reader's lab; a scale's name is no plural before "of"
        (
            "neutropenia [neutrophil count < 0.5 x10^9/L];",
            EXC,
            "You have neutropenia [neutrophil count less than 0.5 × 10^9/L].",
        ),
        (
            "Myasthenia Gravis-Activities of Daily Living (MG-ADL) score ≥6 at screening.",
            INC,
            "Your Myasthenia Gravis-Activities of Daily Living (MG-ADL) score is 6 or more at screening.",
        ),
        # NCT01954732: "A1C" glued to the bracket is no abbreviation to spell out again ("(Hg)hemoglobin A1c")
        ("Hemoglobin (Hg)A1C must be below 7%", INC, "Your hemoglobin (Hg)A1C must be below 7%."),
    ],
)
def test_values_said_to_the_reader(source: str, kind: SectionKind, plain: str) -> None:
    assert said(source, kind) == plain


@pytest.mark.parametrize(
    ("source", "kind", "plain"),
    [
        # Chia: after "is", an "=" says nothing the verb does not; an alternative "or = 50mmHg" is the same lab's
        (
            "Patients with supine systolic blood pressure (SBP) = 180 mm Hg, or diastolic blood pressure (DBP) = 110 "
            "mm Hg.",
            EXC,
            "Your supine systolic blood pressure (SBP) is 180 mm Hg, or your diastolic blood pressure (DBP) is 110 mm "
            "Hg.",
        ),
        (
            "Subjects with a diastolic blood pressure = 110mmHg or = 50mmHg or systolic blood pressure = 180mmHg or = "
            "90mmHg at the Screening or Baseline Visit.",
            EXC,
            "Your diastolic blood pressure is 110mmHg or 50mmHg or your systolic blood pressure is 180mmHg or 90mmHg "
            "at the Screening or Baseline Visit.",
        ),
        # every "=" goes or none: "is 50 kg … and = 45 kg" would make the two values read differently
        (
            "Body weight = 50 kg (110 lbs) for men and = 45 kg for women and Body Mass Index (BMI) within the range "
            "19.0-30.0 kg/m2 inclusive.",
            INC,
            "Your body weight is = 50 kg (110 lbs) for men and = 45 kg for women and Body Mass Index (BMI) within the "
            "range 19.0-30.0 kg/m2 inclusive.",
        ),
        # an "=" joined by "and" to another bound is one side of a range whose comparator was lost: it stays
        (
            "Estimated glomerular filtration rate =20 mL/min and <60 mL/min",
            INC,
            "Your estimated glomerular filtration rate is =20 mL/min and less than 60 mL/min.",
        ),
        (
            "Patients with body weight = 55 kg and = 140 kg and body mass index (BMI) = 18 kg/m2",
            INC,
            "Your body weight is = 55 kg and = 140 kg and body mass index (BMI) = 18 kg/m2.",
        ),
    ],
)
def test_equals_after_is(source: str, kind: SectionKind, plain: str) -> None:
    assert said(source, kind) == plain


@pytest.mark.parametrize(
    ("source", "kind", "plain"),
    [
        # NCT02792218: the group a value holds for is the reader
        (
            "Disease duration of more than 10 years in patients with an EDSS score of 2 or less",
            INC,
            "Your disease duration is more than 10 years if you have an Expanded Disability Status Scale (EDSS) score "
            "of 2 or less.",
        ),
        (
            "ALT and AST ≤ 2.5x ULN (≤ 5x ULN in patients with liver metastases)",
            INC,
            "Your alanine aminotransferase (ALT) and aspartate aminotransferase (AST) are no more than 2.5 times the "
            "upper limit of normal (no more than 5 times the upper limit of normal if you have liver metastases).",
        ),
        # NCT01092325: also where "Have" opened it
        (
            "Have QT/QTc prolongation > 460 msec or > 500msec in patients with preexisting bundle branch block (only "
            "applies to non-paced patients in sinus rhythm)",
            EXC,
            "Your QT/QTc prolongation is more than 460 ms or more than 500 ms if you have preexisting bundle branch "
            "block (only applies to non-paced patients in sinus rhythm).",
        ),
        (
            "creatinine clearance >=60 mL/min/1.73 m^2 for patients with creatinine levels above institutional normal",
            INC,
            "Your creatinine clearance is 60 mL/min/1.73 m² or more if you have creatinine levels above institutional "
            "normal.",
        ),
        # a group that names them again keeps its words
        (
            "Alanine aminotransferase (ALT) and aspartate aminotransferase (AST) =< 2.5 x ULN (=< 5 x ULN for subjects "
            "with liver involvement of their cancer)",
            INC,
            "Your alanine aminotransferase (ALT) and aspartate aminotransferase (AST) are no more than 2.5 times the "
            "upper limit of normal (no more than 5 times the upper limit of normal for subjects with liver involvement "
            "of their cancer).",
        ),
        # NCT01583686: a group with a clause of its own keeps its words
        (
            "Total bilirubin less than or equal to 1.5 mg/dl, except in patients with Gilbert's Syndrome who must have "
            "a total bilirubin less than 3.0 mg/dl.",
            INC,
            "Your total bilirubin is 1.5 mg/dL or less, except in patients with Gilbert's Syndrome who must have a "
            "total bilirubin less than 3.0 mg/dl.",
        ),
    ],
)
def test_a_values_group_is_the_reader(source: str, kind: SectionKind, plain: str) -> None:
    assert said(source, kind) == plain
