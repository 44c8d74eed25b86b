"""Planted errors the gated pool's checks missed at session start (clause_dropped 393 of 400 on both corpora), and the
planted "errors" that lost nothing the source says:

- a slash list's member left out ("drug/therapy/test" said as "therapy or test": translator.fidelity_slash_members);
- the women of "Male, 35-80 years; female, postmenopausal to 80 years" left out, their condition put on the men
  (translator.fidelity_sexes: a man and a woman each leading a clause of their own);
- the generator no longer leaves out a writer's gloss after an abbreviation ("(CrCl), a measure of kidney
  function,"), an abbreviation alone in brackets ("(NSAID)"), or a lead-in ("as shown by:");
- "and" turned "or" before an abbreviation the bullet spells out ("and no ECT" said "or no electroconvulsive therapy
  (ECT)": translator.fidelity_joins).
"""

from __future__ import annotations

import pytest

from tests.evals.test_mutations_clauses24 import _planted
from tests.translator.test_fidelity_false_alarms6 import EXC, INC, checks
from tests.translator.test_offline import said

# NCT02316899 E10
PROHIBITED = ("Patient who used or underwent or will use or undergo drug/therapy/test prohibited to combine 3 days "
              "before the start of bowel habit observation period (Day -17) or thereafter")
_REST = (" that must not be combined with the study, from 3 days before the start of the bowel habit observation "
         "period (Day -17) onward.")


@pytest.mark.parametrize("faithful", [
    "You used or had, or will use or have, a drug, therapy or test" + _REST,
    "You used or had, or will use or have, a medicine, treatment or test" + _REST,
])
def test_a_slash_list_said_member_by_member_passes(faithful: str) -> None:
    assert checks(PROHIBITED, faithful, EXC) == []


@pytest.mark.parametrize("lost", [
    "You used or had, or will use or have, therapy or test" + _REST,
    "You used or had, or will use or have, a medicine or treatment" + _REST,
])
def test_a_slash_list_member_left_out_is_an_error(lost: str) -> None:
    assert checks(PROHIBITED, lost, EXC) == ["content_missing"]


@pytest.mark.parametrize("source", [
    # NCT02687009 E8: a web address's path; NCT06356129 I1.4: "T-cell/histiocyte/rich" is one name
    "Medications known to interact (see https://drug-interactions.medicine.iu.edu/clinpharm/ddis/main-table)",
    "T-cell/histiocyte/rich large B-cell lymphoma (THRLBCL)",
])
def test_no_slash_list_where_a_slash_joins_no_list(source: str) -> None:
    assert checks(source, said(source, EXC), EXC) == []


SEXES = "Male, 35-80 years; female, postmenopausal to 80 years;"  # NCT01857167 I2 (Chia)


def test_the_women_of_their_own_clause_left_out_is_an_error() -> None:
    assert checks(SEXES, "You are male and 35 to 80 years old, postmenopausal to 80 years.", INC) == ["sex_dropped"]
    assert checks(SEXES, said(SEXES, INC), INC) == []


@pytest.mark.parametrize(("source", "bullet", "kept"), [
    # NCT00443690 I3: the writer's gloss of creatinine clearance says nothing the source does
    ("Estimated creatinine clearance (CrCl) between 20-60 mL/min",
     "Your estimated creatinine clearance (CrCl), a measure of kidney function, is between 20 and 60 mL/min.",
     "a measure of kidney function"),
    # NCT01098383 E8 (Chia): the abbreviation alone
    ("a chronic use of non-steroidal anti-inflammatory drugs, (NSAID)",
     "A chronic use of non-steroidal anti-inflammatory drugs, (NSAID), or aspirin", "(NSAID)"),
])
def test_a_gloss_or_an_abbreviation_is_never_planted(source: str, bullet: str, kept: str) -> None:
    assert all(kept in text for text in _planted(source, bullet, "inclusion"))


def test_a_lead_in_is_never_planted() -> None:
    # NCT02552212 I5: "as shown by:" leads the list; the list's members are what can be lost
    planted = _planted("Active disease at Screening as defined by, pain or fatigue",
                       "Your disease is active at Screening, as shown by:, pain or fatigue", "inclusion")
    assert all("as shown by" in text for text in planted)


def test_an_appositive_with_source_words_is_still_planted() -> None:
    # "a stroke" after a bracket says the source's word: leaving it out loses it
    planted = _planted("Transient ischemic attack (TIA), stroke or seizures",
                       "You have had a transient ischemic attack (TIA), a stroke, or seizures.", "exclusion")
    assert "You have had a transient ischemic attack (TIA), or seizures." in planted


ECT = "Failed at least 2 anti-depressant treatments and no ECT in past 6 months"  # NCT02935647 I1.2


@pytest.mark.parametrize(("source", "faithful", "turned"), [
    (ECT, "You failed at least 2 anti-depressant treatments and no electroconvulsive therapy (ECT) in the past 6 "
     "months.", "You failed at least 2 anti-depressant treatments or no electroconvulsive therapy (ECT) in the past 6 "
     "months."),
    ("History of HIV and HBV", "You have had HIV and hepatitis B virus (HBV).",
     "You have had HIV or hepatitis B virus (HBV)."),
])
def test_a_join_turned_before_a_spelled_out_abbreviation_is_an_error(source: str, faithful: str, turned: str) -> None:
    assert checks(source, faithful, INC) == []
    assert checks(source, turned, INC) == ["join_turned"]



# NCT02137369 E (Chia): "as assessed by" said "as checked by", once "check" joined the word group of "test"
ASSESSED = ("Alcohol or Drug Dependence within 12 months or Abuse within 3 months (excluding nicotine and caffeine) of "
            "baseline visit, as assessed by history and urine drug screen.")


def test_assessed_said_as_checked_passes() -> None:
    said_as = ASSESSED.replace("excluding", "except").replace("assessed", "checked")
    assert checks(ASSESSED, said_as, EXC) == []
    assert checks(ASSESSED, said_as.replace("as checked ", ""), EXC) == ["content_missing"]


def test_a_denied_clause_and_a_joined_one_each_keep_their_verb() -> None:
    # NCT (corpus) "Patients with T2DM …": once left as written, in case the "not" seemed to reach the joined verb;
    # alarm43's checks-41 read "or who are" as a clause of its own, and the bullet repeats "are" without the "not"
    source = ("Patients with T2DM who are not receiving treatment with any anti-hyperglycemic agents (AHAs) for at "
              "least 12 weeks, or who are receiving treatment with a stable dose and regimen of metformin monotherapy")
    bullet = ("You have T2DM and are not getting treatment with any anti-hyperglycemic agents (AHAs) for at least 12 "
              "weeks, or are getting treatment with a stable dose and regimen of metformin monotherapy.")
    assert said(source, INC) == bullet
    assert checks(source, bullet, INC) == []
    assert checks(source, bullet.replace("and are not getting", "and are getting"), INC) == ["negation_dropped"]
    # a "not" added to the joined clause: the source's "not" ends at the bracket, before "or who are", and is read
    # over no list, so the bullet's second "not" is one more
    assert checks(source, bullet.replace(", or are getting", ", or are not getting"), INC) == ["negation_added"]
