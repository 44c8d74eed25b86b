"""A third audit of inclusion bullets beside their sources: rewrites the fidelity checks passed that still misread the
criterion. A label that names a topic for what follows ("Prior therapy:", "Prior anthracycline exposure: Patients
must have less than 400 mg/m2") says no one has had it; "≥ 8-year history" is how long, not how old ("8 years or older
history"); an age after "with" keeps its words ("with at least 18 years of age, but not older than 65 years", not
"with 18 to 65 years old"); "is defined as follows:" is not "means follows:"; an example in brackets ("(e.g.
leuprolide)") does not end the clause whose verb comes after it ("Ongoing ADT … must continue on therapy" is no
condition the reader has). With the cases that must keep their words or their rewrite. `said` also checks that the
fidelity check finds no error in each bullet."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.criteria import SectionKind

INC = SectionKind.INCLUSION
EXC = SectionKind.EXCLUSION


@pytest.mark.parametrize(("nct_id", "text", "kind", "plain"), [
    # a label over what follows names a topic: the reader has not had "therapy" because the heading says "Prior therapy"
    ("NCT00275028", "Prior therapy:", INC, "Past treatment:"),
    ("NCT05607199", "Previous Treatments :", INC, "Past Treatments:"),
    ("NCT00440726", "Prior anthracycline exposure: Patients must have less than 400mg/m2 lifetime exposure of "
     "anthracycline chemotherapy.", INC,
     "Past anthracycline exposure: Patients must have less than 400mg/m2 lifetime exposure of anthracycline "
     "chemotherapy."),
    # (negative) a lead-in that ends in its preposition, and a prior treatment with no label, still say "had"
    ("NCT00275028", "Prior chemotherapy with:", INC, "You have had chemotherapy with:"),
    ("NCT00268593", "Prior surgery is allowed.", INC, "You may have had surgery."),
    # how long a history has lasted is no age
    ("NCT02038920", "Participants with ≥ 8-year history of extensive or limited colitis", INC,
     "You have at least 8-year history of extensive or limited colitis."),
    # (negative) an age is still an age
    ("NCT02038920", "Participants aged ≥ 50 years", INC, "You are 50 years or older."),
    # an age after "with" keeps its words: "with 18 to 65 years old" is no sentence
    ("NCT00350207", "Male or female outpatients with at least 18 years of age, but not older than 65 years", INC,
     "You are a male or female outpatient with at least 18 years of age, but not older than 65 years."),
    # (negative) an age range with no "with" before it is still worded
    ("NCT00287729", "40 to 80 years of age", INC, "You are 40 to 80 years old."),
    # "is defined as follows" keeps its words
    ("NCT00519636", "SAR is defined as follows:", INC, "SAR is defined as follows:"),
    # (negative) "is defined as <what>" is still "means"
    ("NCT03004625", "Cirrhosis is defined as any one of the following:", INC, "Cirrhosis means any one of these:"),
    # an example in brackets does not end the clause: its verb after the brackets is the clause's own
    ("NCT02963051", "Ongoing ADT using an LHRH agonist (e.g. leuprolide, goserelin) or antagonist (e.g. degarelix) "
     "must continue on therapy unless prior bilateral orchiectomy has been performed.", INC,
     "Ongoing androgen deprivation therapy (ADT) using a luteinizing hormone-releasing hormone (LHRH) agonist (such "
     "as leuprolide, goserelin) or antagonist (such as degarelix) must continue on treatment unless past bilateral "
     "orchiectomy has been done."),
    # (negative) an example in brackets with no verb after it keeps the opening
    ("NCT00511901", "Patients with a condition (e.g. mental illness) or in a situation that, in the investigator's "
     "opinion, may put the subject at significant risk", EXC,
     "You have a condition (such as mental illness) or in a situation that, in the study doctor's view, may put you "
     "at significant risk."),
])  # fmt: skip
def test_inclusion_audit_3(nct_id: str, text: str, kind: SectionKind, plain: str) -> None:
    assert said(text, kind) == plain, nct_id
