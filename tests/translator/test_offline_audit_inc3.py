"""A third audit of inclusion bullets beside their sources: rewrites the fidelity checks passed that still misread the
criterion. A label that names a topic for what follows ("Prior therapy:", "Prior anthracycline exposure: Patients
must have less than 400 mg/m2") does not say one has had it; "≥ 8-year history" is how long, not how old ("8 years or
older history"); an age after "with" keeps its words ("with at least 18 years of age, but not older than 65 years",
not "with 18 to 65 years old"); "is defined as follows:" is not "means follows:"; an example in brackets ("(e.g.
leuprolide)") does not end the clause whose verb comes after it ("Ongoing ADT … must continue on therapy" is no
condition the reader has); "Age range of 18 to 70 years" is no "You are range of …"; an item that finishes its
lead-in's clause about a thing ("breast cancer that:" / "is unresectable or metastatic") is the thing's, not the
reader's, and so is an item of a definition of a group of people ("Female subjects of childbearing potential are
defined as follows:" / "Women who have had tubal ligation"). With the cases that must keep their words or their
rewrite. `said` also checks that the fidelity check finds no error in each bullet."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import bullet_for, said
from translator.criteria import SectionKind
from translator.offline_thing_clauses import goes_on_about_a_thing

INC = SectionKind.INCLUSION
EXC = SectionKind.EXCLUSION


@pytest.mark.parametrize(("nct_id", "text", "kind", "plain"), [
    # a label over what follows names a topic: the reader has not had "therapy" because the heading says "Prior therapy"
    ("NCT00275028", "Prior therapy:", INC, "Past treatment:"),
    ("NCT05607199", "Previous Treatments :", INC, "Past Treatments:"),
    ("NCT00440726", "Prior anthracycline exposure: Patients must have less than 400mg/m2 lifetime exposure of "
     "anthracycline chemotherapy.", INC,
     "Past anthracycline exposure: You must have less than 400mg/m2 lifetime exposure of anthracycline "
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
     "as leuprolide, goserelin) or antagonist (such as degarelix) must continue on treatment unless past removal of "
     "both testicles has been done."),
    # (negative) an example in brackets with no verb after it keeps the opening
    ("NCT04780568", "Patients who have not recovered from adverse events (AEs) due to prior anti-cancer therapy (i.e., "
     "have residual toxicities > grade 1), with the exception of alopecia", EXC,
     "You have not recovered from adverse events (AEs) due to past cancer treatment (that is, have residual toxicities "
     "grade higher than 1), except for hair loss."),
    # an age range keeps its words: "You are range of 18 to 70 years" is no sentence
    ("NCT00998335", "Age range of 18 to 70 years (inclusive).", INC, "Age range of 18 to 70 years (inclusive)."),
    ("NCT04361422", "Age range 18-40", INC, "Age range 18-40"),
    # (negative) an age with no "range" still opens "You are"
    ("NCT00287729", "Age 40 to 80 years", INC, "You are 40 to 80 years old."),
])  # fmt: skip
def test_inclusion_audit_3(nct_id: str, text: str, kind: SectionKind, plain: str) -> None:
    assert said(text, kind) == plain, nct_id


@pytest.mark.parametrize(("nct_id", "item", "plain"), [
    # the cancer is unresectable, the disease has recurred: not the reader
    ("NCT06429761", "is unresectable or metastatic", "Is unresectable or metastatic"),
    ("NCT01058655", "has recurred or progressed following standard therapy",
     "Has recurred or progressed following standard treatment"),
    # (negative) an item with a subject of its own under the same lead-in is worded as before
    ("NCT06429761", "Absolute neutrophil count", "Your absolute neutrophil count is 1.5 × 10^9/L or more."),
    # the items of a definition of a group of people ("Female subjects of childbearing potential are defined as
    # follows:") say who is in the group, not what the reader must be
    ("NCT01174264", "Women who have had tubal ligation", "Women who have had tubal ligation"),
    ("NCT01174264", "Patients with regular menses", "Patients with regular monthly bleeding"),
    # (negative) under a definition of the reader's own state the items are still the reader's
    ("NCT01061736", "high sensitivity C-reactive protein", "Your high sensitivity C-reactive protein (hs-CRP) is"),
])  # fmt: skip
def test_items_that_finish_a_clause_about_a_thing(nct_id: str, item: str, plain: str) -> None:
    assert bullet_for(nct_id, item).text.startswith(plain), nct_id


@pytest.mark.parametrize(("parent", "item", "about_a_thing"), [
    ("Participants with pathologically documented breast cancer that:", "is unresectable or metastatic", True),
    ("Disease which:", "has recurred", True),
    # (negative) people, a lead-in with no relative clause, an item with its own subject
    ("Patients who:", "are 18 years or older", False),
    ("Patients must have:", "is unresectable", False),
    ("Breast cancer that:", "HER2-positive expression", False),
    (None, "is unresectable", False),
])  # fmt: skip
def test_goes_on_about_a_thing(parent: str | None, item: str, about_a_thing: bool) -> None:
    assert goes_on_about_a_thing(parent, item) is about_a_thing
