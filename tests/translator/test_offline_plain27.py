"""The twenty-seventh round: a measurement with its bound said to the reader ("SBP <110 mmHg" → "Your systolic blood
pressure (SBP) is less than 110 mmHg"), in inclusions and exclusions alike: a lab named by an abbreviation whose
words are a lab, a scale named bare ("Karnofsky 70-100%" → "Your Karnofsky score is …"), a name with a gloss or a
method in brackets, a topic label before the lab, and each later lab of a list ("…; your platelet count is …"); with
the cases each must leave as written (a scale's organisation alone, a dose, a lesion's size, a run of values with
nothing between them, a word too general alone, a list item after words that may speak of it). `said` also checks
that the fidelity check finds no error in each bullet."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.criteria import SectionKind

INC, EXC = SectionKind.INCLUSION, SectionKind.EXCLUSION


@pytest.mark.parametrize(("nct_id", "kind", "text", "plain"), [
    # an abbreviation the lexicon files under no lab, whose words are one ("systolic blood pressure")
    ("NCT04340557", EXC, "SBP <110 mmHg", "Your systolic blood pressure (SBP) is less than 110 mmHg."),
    # a lab word as the last part of a hyphened word, and a general lab word after a word that says which
    ("NCT00382798", EXC, "Serum alpha-feto-protein > 50 ng/mL at screening.",
     "Your serum alpha-feto-protein is more than 50 ng/mL at screening."),
    ("NCT00121719", EXC, "other liver parameters greater than 3 x the upper limit of normal (ULN)",
     "Your other liver parameters are more than 3 times the upper limit of normal."),
    ("NCT00174785", INC, "Left atrium diameter greater than or equal to 50 mm by echocardiography",
     "Your left atrium diameter is 50 mm or more by heart ultrasound."),
    # a record's typo of a long lab word by one letter names the same lab (the typo kept)
    ("NCT00209612", INC, "Serum cleatinine ≤ 1.5mg/dl", "Your serum cleatinine is 1.5 mg/dL or less."),
    # a method or a gloss in brackets is no part of the name's grammar, nor counts to its length
    ("NCT01611363", EXC, "eGFR (based on MDRD method) less than 60 ml/min/1.73m2 on Day -2",
     "Your eGFR (based on MDRD method) is less than 60 ml/min/1.73m2 on Day -2."),
    ("NCT00306813", INC, "Eastern Cooperative Oncology Group (ECOG) performance status score of 0, 1 or 2.",
     "Your ECOG performance status score is 0 to 2."),
    ("NCT00712062", INC, "Transaminases (ALT and AST) < 1.5 x upper limits of normal",
     "Your transaminases (ALT and AST) are less than 1.5 times the upper limit of normal."),
    # "WHO" before a measure is the organisation's scale, not a relative "who"
    ("NCT00147875", INC, "WHO performance status 0-2",
     "Your World Health Organization (WHO) performance status is 0 to 2."),
    # "equal to" and "within" say how the value bounds the lab, and stay
    ("NCT00473512", INC, "Eastern Cooperative Oncology Group (ECOG) performance status score equal to 0 or 1",
     "Your ECOG performance status score is equal to 0 or 1."),
    ("NCT00085566", INC, "Creatinine within 1.5 times ULN (< 1.95 mg/dL at MSKCC)",
     "Your creatinine is within 1.5 times ULN (less than 1.95 mg/dL at MSKCC)."),
    # a scale named bare has a score
    ("NCT00002475", INC, "Karnofsky 70-100%", "Your Karnofsky score is 70 to 100%."),
    # a topic label before the lab stays, as a heading over its bullet would
    ("NCT00003005", INC, "Performance status: Karnofsky greater than 70%",
     "Your Karnofsky performance status is more than 70%."),  # offline_lab_sentences: the label joins the scale
    ("NCT00003926", INC, "Performance status:Karnofsky 70-100%",
     "Your Karnofsky performance status is 70 to 100%."),
    ("NCT00042991", INC,
     "Performance status: Karnofsky or Lansky >= 50% assessed within two weeks prior to registration",
     "Performance status: Your Karnofsky or Lansky score is at least 50%, checked in the 2 weeks before joining the "
     "study."),
])  # fmt: skip
def test_a_measurement_and_its_bound_are_said_to_the_reader(
    nct_id: str, kind: SectionKind, text: str, plain: str
) -> None:
    assert said(text, kind) == plain


@pytest.mark.parametrize(("nct_id", "kind", "text", "plain"), [
    ("NCT02422199", INC,
     "ANC: ≥ 1.5 x 10^9/L;Platelet count: ≥ 100 x 10^9/L;Hemoglobin: ≥ 9.0 g/dL;Total bilirubin: ≤ 1.5 x upper limit "
     "of normal (ULN);ALT and AST: ≤ 1.5 x ULN",
     "Your absolute neutrophil count (ANC) is 1.5 × 10^9/L or more; your platelet count is 100 × 10^9/L or more; your "
     "hemoglobin is 9 g/dL or more; your total bilirubin is no more than 1.5 times the upper limit of normal; your "
     "alanine aminotransferase (ALT) and aspartate aminotransferase (AST) are no more than 1.5 times the upper limit "
     "of normal."),
    ("NCT00183794", INC,
     "AGC/ANC greater than or equal to 1.5; platelets greater than or equal to 100,000; hemoglobin (Hgb) greater than "
     "or equal to 8.0.",
     "Your AGC/absolute neutrophil count (ANC) is 1.5 or more. Your platelets are 100,000 or more. Your hemoglobin "
     "(Hgb) is 8 or more."),
    ("NCT00264290", EXC,
     "Screening absolute neutrophil count <1,000 cells/mm3, platelet count <100,000 cells/mm3, hemoglobin < 8mg/dL, "
     "estimated creatinine clearance <50 mL/minute.",
     "Your screening absolute neutrophil count is less than 1,000 per mm³, your platelet count is less than 100,000 "
     "per mm³, your hemoglobin is less than 8 mg/dL, your estimated creatinine clearance is less than 50 mL/min."),
    # an "or" stays an "or"; "other" opens a second lab with its own value here, not a condition
    ("NCT00405548", EXC,
     "Total bilirubin of > 1.5 mg/dL or other liver enzymes > 1.5 times the upper limit of normal (mg/dL = milligrams "
     "per deciliter)",
     "Your total bilirubin is more than 1.5 mg/dL or your other liver enzymes are more than 1.5 times the upper limit "
     "of normal (mg/dL = milligrams per deciliter)."),
])  # fmt: skip
def test_each_lab_of_a_list_is_said_to_the_reader_in_its_order(
    nct_id: str, kind: SectionKind, text: str, plain: str
) -> None:
    assert said(text, kind) == plain


@pytest.mark.parametrize(("nct_id", "kind", "text", "plain"), [
    # an organisation alone names no measure (its heading "Performance status" is another item)
    ("NCT00068757", INC, "WHO 0-2", "WHO 0 to 2"),
    # a dose and a lesion's size are no values of the reader's
    ("NCT00052884", INC, "Lifetime total melphalan dose less than 150 mg/m^2 (based on ideal body weight)",
     "Lifetime total melphalan dose less than 150 mg/m^2 (based on ideal body weight)"),
    ("NCT00002633", INC, "Lymph nodes no more than 1.5 cm in greatest diameter by CT scan or MRI of the pelvis",
     "Lymph nodes no more than 1.5 cm in greatest diameter by CT scan or MRI of the pelvis"),
    # a word too general to name a lab alone (its dipstick grade's bound said before the "+": test_offline_audit_exc5)
    ("NCT00496756", INC, "Protein ≤ 1+ by urinalysis", "Protein at most 1+ by urinalysis"),
    # a topic label over a run of values with nothing between them
    ("NCT00002863", INC, "Hepatic: Bilirubin no greater than 1.5 mg/dL AST/ALT no greater than 2.5 times normal",
     "Liver: Bilirubin no greater than 1.5 mg/dL aspartate aminotransferase (AST)/alanine aminotransferase (ALT) no "
     "greater than 2.5 times normal"),
    # an alternative that is a condition, not a value of the lab
    ("NCT00275028", EXC,
     "Mean QTc > 500 msec (with Bazett's correction) in screening electrocardiogram or history of familial long QT "
     "syndrome",
     "Mean corrected QT interval (QTc) more than 500 ms (with Bazett's correction) in screening electrocardiogram or "
     "history of familial long QT syndrome"),
])  # fmt: skip
def test_a_bound_on_no_measure_of_the_reader_keeps_its_words(
    nct_id: str, kind: SectionKind, text: str, plain: str
) -> None:
    assert said(text, kind) == plain


def test_a_list_stops_at_an_item_after_words_that_may_speak_of_it() -> None:
    # NCT02090764: "including" opens a part of the score before it, not a lab of the reader's own
    assert (
        said(
            "Total Skin Infection Rating Scale (SIRS) score of at least 3, including pus/exudate score of at least 1",
            INC,
        )
        == "Your Total Skin Infection Rating Scale (SIRS) score is at least 3, including pus/exudate score of at least "
        "1."
    )
    # NCT00415818: "including neutrophils …" may be of the WBC: the items from there on keep their words
    text = said(
        "Hemoglobin >= 10.0 g/dL; WBC >= 3.0x10e9/L including neutrophils >= 1.5x10e9/L and total lymphocytes count "
        ">= 0.5x10e9/L; platelets count >= 100x10e9/L;",
        INC,
    )
    assert text.startswith("Your hemoglobin is 10 g/dL or more")
    assert "your white blood cell count (WBC) is" in text
    assert "including neutrophils 1.5" in text and "your platelets count" not in text
