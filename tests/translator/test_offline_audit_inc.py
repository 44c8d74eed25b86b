"""An audit of inclusion bullets beside their sources: rewrites the fidelity checks passed that still misread the
criterion. A bare adjective with no noun after it ("Uncontrolled as per …", "Refractory") is no condition the reader
has; a drug's passive with no object ("May be given orally") is said of the drug, not the reader; "(CA)19-9" and
"cancer antigen 19-9" name a marker, not a range; a value that opens a clause of its own ("≥ 14 days must have
elapsed") is no lab's value; "being" and "that is" between a lab and its value go; "is" inside a name ("is-CGMS")
is no verb to agree; an abbreviation the record defines itself keeps that sense. With the cases that must keep their
words or their rewrite. `said` also checks that the fidelity check finds no error in each bullet."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import bullet_for, said
from translator.criteria import SectionKind

INC = SectionKind.INCLUSION
EXC = SectionKind.EXCLUSION


@pytest.mark.parametrize(("nct_id", "text", "kind", "plain"), [
    # an adjective with no noun: its noun is a heading's or the trial's condition ("You have uncontrolled as per …")
    ("NCT00545844", "Uncontrolled as per Canadian asthma consensus guidelines", INC,
     "Uncontrolled as per Canadian asthma consensus guidelines"),
    ("NCT03453151", "Symptomatic with dyspnea", INC, "Symptomatic with shortness of breath"),
    # under "Immunomodulators": the drug failed; "You have refractory." said nothing
    ("NCT02038920", "Refractory", INC, "Refractory"),
    # (negative) a noun after the adjective, an abbreviation in capitals too
    ("NCT02896127", "Active AS assessed by BASDAI ≥4 at Baseline", INC,
     "You have active ankylosing spondylitis (AS) checked by BASDAI 4 or more at Baseline."),
    ("NCT00068250", "Active hepatitis B.", EXC, "You have active hepatitis B."),
    # under "Scheduled to receive … chemotherapy": the drug is given, not the reader ("You may be given by mouth")
    ("NCT01031953", "May be given orally, IV, or by continuous infusion on ≥ 1 day", INC,
     "May be given by mouth, intravenous (IV), or by continuous infusion on 1 day or more"),
    ("NCT01031953", "May be given for adjuvant, neoadjuvant, curative, or palliative intent", INC,
     "May be given for adjuvant, neoadjuvant, curative, or palliative intent"),
    # (negative) a passive the reader is the subject of
    ("NCT02038153",
     "Must be registered into the mandatory RevAssist® program and be willing and able to comply with the "
     "requirements of RevAssist®", INC,
     "You must be registered into the mandatory RevAssist® program. You must also be willing and able to follow "
     "the requirements of RevAssist®."),  # one "must" for two duties, said for each (session 55)
    # a marker's name, not a range: it read "Your cancer antigen (CA) is 9 to 19 less than 100 U/mL"
    ("NCT01964430", "Cancer antigen (CA)19-9 <100 U/mL assessed within 14 days of randomization", INC,
     "Your cancer antigen (CA)19-9 is less than 100 U/mL checked within 14 days of randomization."),
    # a value that is a clause's subject: it read "Your hematopoietic growth factors are 14 days or more must have …"
    ("NCT02780804",
     "Hematopoietic growth factors: >= 14 days must have elapsed from the last dose of a long-acting growth factor "
     "(e.g. pegfilgrastim) or 7 days for short-acting growth factor", INC,
     "Hematopoietic growth factors: at least 14 days must have passed from the last dose of a long-acting growth "
     "factor (such as pegfilgrastim) or 7 days for short-acting growth factor"),
    # (negative) a lab and its value
    ("NCT00151320", "Creatinine < 2.0 x ULN", EXC, "Your creatinine is less than 2 times the upper limit of normal."),
    # words between a lab and its value: "Your ECOG performance status being is 0 to 2", "Your serum creatinine that
    # is less than …" (no verb)
    ("NCT02232152", "Eastern Cooperative Oncology Group (ECOG) performance status being 0-2", INC,
     "Your ECOG performance status is 0 to 2."),
    ("NCT00079339",
     "Serum creatinine that is less than the upper limit of institutional normal for age or glomerular filtration "
     "rate (GFR) > 70 ml/min/1.73m2", INC,
     "Your serum creatinine is less than the upper limit of institutional normal for age or glomerular filtration "
     "rate (GFR) more than 70 mL/min/1.73 m²."),
    # "is-CGMS" (intermittently scanned) is a device's name: it read "and/or are-CGMS"
    ("NCT05928260", "No previous experience with rt-CGMS and/or is-CGMS;", INC,
     "You have had no experience with rt-CGMS and/or is-CGMS."),
    # (negative) the same subject's later verb agrees
    ("NCT00701363", "The subject is male or female and is over 18 years of age", INC,
     "You are male or female and are over 18 years of age."),
    # the record's own "antihyperglycemic agent (AHA)": not "American Heart Association (AHA)" at its second use
    ("NCT00511108",
     "Patient is not on an antihyperglycemic agent (AHA) (hemoglobin A1c [A1C] 7-10%) or on oral single AHA or "
     "low-dose combination therapy (A1C 6.5-9.0%)", INC,
     "You are not on an antihyperglycemic agent (AHA) (hemoglobin A1c [A1C] 7 to 10%) or on oral single AHA or "
     "low-dose combination treatment (A1C 6.5 to 9%)."),
    # (negative) an abbreviation the record does not define is still spelled out
    ("NCT02469090", "Clinical diagnosis of Idiopathic PD, consistent with UK Brain Bank Criteria.", INC,
     "You have a clinical diagnosis of idiopathic Parkinson's disease (PD), consistent with UK Brain Bank Criteria."),
])  # fmt: skip
def test_audited_inclusions(nct_id: str, text: str, kind: SectionKind, plain: str) -> None:
    assert said(text, kind) == plain


@pytest.mark.parametrize(("nct_id", "start", "plain"), [
    # the record's "hematopoietic cell transplantation (HCT)", in another criterion: not "after hematocrit (HCT)"
    ("NCT02086513", "Participants must be at least 100 days after HCT", "You must be at least 100 days after HCT."),
    # an abbreviation spelled out at a sentence's start keeps its capital (not ". cancer antigen 125 (CA125) levels")
    ("NCT00610792", "Patients may have measurable disease strictly",
     "You may have measurable disease strictly after the RECIST guidelines. Cancer antigen 125 (CA125) levels must"),
])  # fmt: skip
def test_abbreviations_in_their_record(nct_id: str, start: str, plain: str) -> None:
    assert bullet_for(nct_id, start).text.startswith(plain)


def test_an_expansion_after_e_g_or_i_e_takes_no_capital() -> None:
    # the full stop of "i.e." ends no sentence: "that is, systolic blood pressure", not "that is, Systolic …"
    assert "that is, systolic blood pressure (SBP)" in said("Hypertension, i.e. SBP > 140 mmHg", INC)
