"""Labs said to the reader in the shapes the rules left as notes: a lab named with "a" under a lead-in, a duration
of a condition, a lab with a verb of its own ("must be"), and a blood-pressure pair after a sentence split
(translator.offline_leads, offline_lab_words, offline_lab_verbs, fact_fractions)."""

from __future__ import annotations

import pytest

from tests.translator.test_fidelity_false_alarms6 import EXC, INC, checks
from tests.translator.test_offline import said
from tests.translator.test_offline_topic_items import under


@pytest.mark.parametrize(("heading", "item", "plain"), [
    # NCT02227251, NCT02354937: a lab named with "a", under a lead-in, as a lab named bare is
    ("Any of the following laboratory abnormalities:", "A circulating lymphocyte count of >50,000/L.",
     "Your circulating lymphocyte count is more than 50,000/L."),
    ("Exclusion criteria for all subjects:", "A serum sodium level =<125 milliequivalent (mEq) /liter (L) at screening",
     "Your serum sodium level is no more than 125 milliequivalent (mEq) /liter (L) at screening."),
    # a heading whose last word wants its items reads them after it: "History of: a platelet count …"
    ("History of:", "A platelet count < 50,000/mm3", "A platelet count less than 50,000 per mm³"),
])  # fmt: skip
def test_a_lab_named_with_an_article_under_a_lead_in(heading: str, item: str, plain: str) -> None:
    assert under(heading, item, EXC) == plain


@pytest.mark.parametrize(("source", "plain"), [
    # NCT00555581, NCT06443593; "QRS duration" was said already (NCT01873950), now by the lab word itself
    ("Disease duration of less than or equal to 10 years.", "Your disease duration is 10 years or less."),
    ("Diabetes duration > 2 years", "Your diabetes duration is more than 2 years."),
    ("QRS duration ≥ 120 ms", "Your QRS duration is 120 ms or more."),
    # a duration with nothing that says whose stays as written
    ("Duration of neurological deficit (TIA) > 5 minutes",
     "Duration of neurological deficit (TIA) more than 5 minutes"),
])  # fmt: skip
def test_a_duration_is_said_as_the_readers(source: str, plain: str) -> None:
    assert said(source, INC) == plain


@pytest.mark.parametrize(("source", "plain"), [
    ("Platelet count must be greater than/equal to 100,000/mm^3.",
     "Your platelet count must be 100,000 per mm³ or more."),
    ("The ECOG performance status must be 0, 1, or 2.", "Your ECOG performance status must be 0 to 2."),
    ("aspartate aminotransferase (AST) must be less than/equal to 1.5 x ULN for the lab.",
     "Your aspartate aminotransferase (AST) must be no more than 1.5 times the upper limit of normal for the lab."),
    ("The hemoglobin level must be greater than 9 g/dL; low hemoglobin counts may be corrected with transfusion to "
     "achieve eligibility for study",
     "Your hemoglobin level must be more than 9 g/dL. Low hemoglobin counts may be corrected with transfusion to "
     "achieve eligibility for study."),
    ("The total GCS score is greater than 8 at the time of enrollment.",
     "Your total Glasgow Coma Scale (GCS) score is more than 8 when joining the study."),
    # no lab ends the name: the interval is between measurements, not the reader's
    ("the interval between each PSA measurement must be ≥ 1 week, and",
     "The interval between each prostate-specific antigen (PSA) measurement must be 1 week or more, and"),
    # the value is not right after the verb, or an alternative is no value of the lab: as written
    ("Serum testosterone must be at castrate levels (< 50 ng/dL) at least 3 months prior to registration",
     "Serum testosterone must be at castrate levels (less than 50 ng/dL) at least 3 months before joining the study"),
    ("LVEF must be < 45% or history of congestive heart failure",
     "Left ventricular ejection fraction (LVEF) must be less than 45% or history of congestive heart failure"),
])  # fmt: skip
def test_a_lab_with_a_verb_of_its_own_is_the_readers(source: str, plain: str) -> None:
    assert said(source, INC) == plain


HYPERTENSION = "Uncontrolled hypertension (defined as > 150/90 at rest)"  # NCT00276406


def test_a_pressure_pair_after_a_split_stays_two_pressures() -> None:
    assert said(HYPERTENSION) == (
        "You have high blood pressure that is not under control. This means more than 150/90 at rest."
    )
    split = "You have high blood pressure that is not under control. This means more than {} at rest."
    assert checks(HYPERTENSION, split.format("150/90")) == []
    assert checks(HYPERTENSION, split.format("150/95"))  # a changed diastolic value is found


def test_et_al_ends_no_sentence_of_a_concurrent_use() -> None:
    # NCT02179658: "et.al." closes the list of drugs; "at the same time" went after it, before "aiming at …"
    assert said("Concurrent use of oral vancomycin, metronidazole, et.al. aiming at the treatment of CDAD") == (
        "You use, at the same time, oral vancomycin, metronidazole, et.al. aiming at the treatment of "
        "Clostridioides difficile-associated diarrhea (CDAD)."
    )


@pytest.mark.parametrize(("source", "plain"), [
    # a lone "=" is the source's own comparator: an exact value, said with "is" (a lab) or as an age (NCT corpus
    # rows "Age = 18 years.", "aged = 6 months", "PSA = 20"); a person is an age "old", not a quantity
    ("Age = 18 years.", "You are 18 years old."),
    ("aged = 6 months", "You are 6 months old."),
    ("Age 18 years", "You are 18 years old."),
    ("Age 18 years or older", "You are 18 years or older."),
    ("PSA = 20", "Your prostate-specific antigen (PSA) is 20."),
])  # fmt: skip
def test_an_exact_value_reads_as_one(source: str, plain: str) -> None:
    assert said(source, INC) == plain


def test_an_i_e_ends_no_sentence_of_a_pressure_pair() -> None:
    # NCT01240928: "i.e." before the pair read it as the lone number 160 in the source, and as two pressures once
    # the split's "This means" carried the pressure words over: the source reads two pressures too now
    source = (
        "Uncontrolled hypertension (i.e., 160/90 mHg SiBP). Patients who are controlled on antihypertensive "
        "medication will be allowed to enter the study"
    )
    assert said(source) == (
        "High blood pressure that is not under control. This means 160/90 mHg SiBP. Patients who are controlled on "
        "antihypertensive medicine will be allowed to enter the study"
    )
    assert checks("Uncontrolled hypertension (i.e., 160/90 mmHg)", "You have uncontrolled high blood pressure "
                  "(that is, 160/95 mmHg).")  # a changed diastolic value is found
