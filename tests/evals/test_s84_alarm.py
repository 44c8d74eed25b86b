"""checks-46 (alarm48): held-out paraphrases that drew a false error, each with a wrong version the checks still fault.

Each case quotes its source criterion (NCT id and criterion id in a comment), the faithful wording of the held-out
file (evals/data/paraphrases_heldout.jsonl), which must pass, and a wrong version (its window turned, its bound lost,
its negation dropped…), which must still be faulted."""

from __future__ import annotations

import pytest

from tests.translator.test_fidelity_false_alarms6 import EXC, INC, checks
from translator.criteria import SectionKind
from translator.facts import Comparator, FactKind, extract_facts

# NCT02658084 E2 (its own words, without the items under it)
TRASTUZUMAB = "If last dose of trastuzumab was:"
TRASTUZUMAB_SAID = "Your last dose of trastuzumab was:"
# NCT01901809 I5
ECHO = ("Known ejection fraction by noninvasive testing of > 50% within 12 months of admission to the hospital with no "
        "interval myocardial infarction since inclusion transthoracic echo, by history, or by ECG.")
ECHO_SAID = ("You have a known ejection fraction above 50% measured by a noninvasive test within 12 months of your "
             "admission to the hospital, and you have had no heart attack since the transthoracic echo done at "
             "inclusion, by your history or by ECG.")
# NCT00405548 I1
DIASTOLIC = ("Subjects with ejection fraction of greater than 50% with moderate or severe diastolic dysfunction as "
             "assessed by Doppler echocardiography")
DIASTOLIC_SAID = ("Your ejection fraction (how much blood the heart pumps out with each beat) is greater than 50%, and "
                  "you have moderate or severe diastolic dysfunction (the heart fills poorly), as assessed by Doppler "
                  "echocardiography (an ultrasound of the heart).")
# NCT00642655 I5
BIRTH_CONTROL = ("Men and women of reproductive potential must agree to use an acceptable method of birth control "
                 "during treatment and for twelve months (1 year) after completion of treatment.")
BIRTH_CONTROL_SAID = ("If you are a man or woman who could have children, you agree to use an acceptable method of "
                      "birth control during treatment and for twelve months (1 year) after treatment ends.")
# NCT01568775 I3.3
STANDING = ("Diastolic blood pressure, 60-90 mmHg Blood pressure and pulse will be taken again in the standing "
            "position. After 3 minutes standing, there shall be no more than a 20 mm Hg drop in systolic or 10 mmHg "
            "drop in diastolic blood pressure associated with symptomatic postural hypotension.")
STANDING_SAID = ("Diastolic blood pressure 60 to 90 mmHg. Blood pressure and pulse are taken again standing up. After "
                 "3 minutes standing, there is no drop of more than 20 mm Hg in systolic or 10 mmHg in diastolic blood "
                 "pressure together with symptomatic postural hypotension (feeling faint on standing).")
# NCT01618305 I1
ZIDOVUDINE = ("Naive to antiretroviral therapy (ART) or have received ART with short course zidovudine (maximum of 8 "
              "weeks) for prevention of mother-to-child transmission in previous pregnancies")
ZIDOVUDINE_SAID = ("You have never had antiretroviral therapy (ART), or you had ART as a short course of zidovudine "
                   "(8 weeks at most) to prevent passing HIV from mother to child in earlier pregnancies.")
# NCT02087059 I4
SPLEEN = ("Patients with intermediate risk-1 (patients who have only one of the IMG-MRT risk factors indicated above ) "
          "must have palpable splenomegaly with a length of ≥5 cm from the costal margin to the point of the greatest "
          "spleen protrusion.")
SPLEEN_SAID = ("If you are at intermediate risk-1 (you have only one of the IMG-MRT risk factors above), you must have "
               "an enlarged spleen that can be felt (palpable splenomegaly), reaching 5 cm or more from the edge of "
               "the ribs (costal margin) to the point where it sticks out most.")
# NCT02201901 I4
CPT = "Confirmed CPT class B (7-9) at screening"
CPT_SAID = "At screening, your CPT (Child-Pugh-Turcotte) class is confirmed as B (7-9)."
# NCT02612246 E2
PARTICIPATION = ("Concurrent participation or participation within 8 weeks prior to the initial study drug "
                 "administration in a drug/device investigational research study")
PARTICIPATION_SAID = ("You are taking part in a drug or device research study now, or you took part in one within 8 "
                      "weeks before the first dose of study drug.")
# NCT02652819 I5
HB = ("Mean of the two most recent Hb values during the Screening Period obtained at least 6 days apart must be ≥7.0 "
      "g/dL and <10 g/dL.")
HB_SAID = ("The average of your two most recent Hb (hemoglobin) values in the Screening Period, taken at least 6 days "
           "apart, is at least 7.0 g/dL and below 10 g/dL.")


@pytest.mark.parametrize(("source", "faithful", "wrong", "kind"), [
    # an exclusion that is a bare "If …:" lead-in: the section's "you cannot join if" says its condition …
    (TRASTUZUMAB, TRASTUZUMAB_SAID, "Your last dose of pertuzumab was:", EXC),
    # "since the echo done at inclusion" is since inclusion; done at screening it is another time
    (ECHO, ECHO_SAID, ECHO_SAID.replace("done at inclusion", "done at screening"), INC),
    (ECHO, ECHO_SAID, ECHO_SAID.replace("no heart attack", "a heart attack"), INC),
    # "(the heart fills poorly)" explains the dysfunction; a "poorly" of the ejection fraction is none of the source's
    (DIASTOLIC, DIASTOLIC_SAID, DIASTOLIC_SAID.replace("is greater than 50%", "is poorly above 50%"), INC),
    (DIASTOLIC, DIASTOLIC_SAID, DIASTOLIC_SAID.replace("moderate or severe diastolic", "moderate diastolic"), INC),
    # "after treatment ends" is after its completion; before it ends is another window
    (BIRTH_CONTROL, BIRTH_CONTROL_SAID, BIRTH_CONTROL_SAID.replace("after treatment ends", "before treatment ends"),
     INC),
    (BIRTH_CONTROL, BIRTH_CONTROL_SAID, BIRTH_CONTROL_SAID.replace("after treatment ends", "after treatment starts"),
     INC),
    # "no drop of more than 20 mm Hg" is at most a 20 mm Hg drop; without its "no", a drop above it
    (STANDING, STANDING_SAID, STANDING_SAID.replace("there is no drop", "there is a drop"), INC),
    (STANDING, STANDING_SAID, STANDING_SAID.replace("no drop of more than 20", "no drop of more than 30"), INC),
    (STANDING, STANDING_SAID, STANDING_SAID.replace("no drop of more than 20", "no drop of less than 20"), INC),
    # "(8 weeks at most)" is the source's maximum; "8 weeks" alone has lost the bound
    (ZIDOVUDINE, ZIDOVUDINE_SAID, ZIDOVUDINE_SAID.replace("(8 weeks at most)", "(8 weeks)"), INC),
    (ZIDOVUDINE, ZIDOVUDINE_SAID, ZIDOVUDINE_SAID.replace("(8 weeks at most)", "(8 weeks at least)"), INC),
    # a length "reaching 5 cm … from the edge of the ribs"; the name and the reach left out is still a loss
    (SPLEEN, SPLEEN_SAID, SPLEEN_SAID.replace(", reaching 5 cm or more from", ", 5 cm or more from"), INC),
    (SPLEEN, SPLEEN_SAID, SPLEEN_SAID.replace("reaching 5 cm or more", "reaching 4 cm or more"), INC),
    # "class is confirmed as B" is class B; class C is not, nor is the confirmation left out
    (CPT, CPT_SAID, CPT_SAID.replace("as B (7-9)", "as C (7-9)"), INC),
    (CPT, CPT_SAID, CPT_SAID.replace("is confirmed as B", "is B"), INC),
    # "took part in one" is the study named; the window is before the first dose of study drug (not after it)
    (PARTICIPATION, PARTICIPATION_SAID, PARTICIPATION_SAID.replace("in one within", "in two within"), EXC),
    (PARTICIPATION, PARTICIPATION_SAID, PARTICIPATION_SAID.replace("weeks before the first", "weeks after the first"),
     EXC),
    # "in the Screening Period" is during it; "before the Screening Period" is not
    (HB, HB_SAID, HB_SAID.replace("in the Screening Period", "before the Screening Period"), INC),
    (HB, HB_SAID, HB_SAID.replace(" in the Screening Period,", ","), INC),
])
def test_faithful_wording_passes_and_the_wrong_one_is_faulted(source: str, faithful: str, wrong: str,
                                                              kind: SectionKind) -> None:
    assert checks(source, faithful, kind) == []
    assert checks(source, wrong, kind)


def test_an_inclusion_lead_in_keeps_its_if() -> None:
    # "If female:" asks the items under it of women alone; said "You are female:" it asks them of everyone
    assert checks("If female:", "You are female:", INC)
    assert checks(TRASTUZUMAB, TRASTUZUMAB_SAID, INC)
    # an exclusion's "if" inside a clause is a condition of its own, whatever the section
    assert checks("Prior chemotherapy, if given within the last year", "You had prior chemotherapy.", EXC)


@pytest.mark.parametrize(("text", "comparator", "high"), [
    ("8 weeks at most", Comparator.LE, 8.0),
    ("(8 weeks at the most)", Comparator.LE, 8.0),
    ("no drop of more than 20 mm Hg", Comparator.LE, 20.0),
    ("no increase of less than 5%", Comparator.GE, None),
])
def test_bounds_said_after_or_around_the_amount(text: str, comparator: Comparator, high: float | None) -> None:
    fact = next(f for f in extract_facts(text) if f.kind is FactKind.VALUE)
    assert fact.comparator is comparator
    assert fact.high == high
    assert not any(f.kind is FactKind.NEGATION for f in extract_facts(text))


def test_only_a_change_and_no_following_number_moves_a_bound() -> None:
    # "no history of more than 2 seizures" keeps its "no"; "at most 3 times" bounds the 3, not the 5 mg before it
    assert any(f.kind is FactKind.NEGATION for f in extract_facts("no history of more than 2 seizures"))
    facts = [f for f in extract_facts("5 mg at most 3 times a day") if f.kind is FactKind.VALUE]
    assert [(f.low, f.high, f.comparator) for f in facts] == [(5.0, None, Comparator.EQ), (None, 3.0, Comparator.LE)]


def test_a_period_said_with_in_is_no_window_of_its_own() -> None:
    # "in the Screening period" says the source's "during the Screening Period" and no more: it does not stand in for
    # another window of the criterion, cut from its first score (NCT02680756 E3)
    assert not [f for f in extract_facts("values in the Screening Period") if f.kind is FactKind.TEMPORAL]
    ibd = ("Subjects with active inflammatory bowel disease as defined by a SCCAI score greater than 5 at Screening or "
           "a CDAI score greater than 300 in the Screening period.")
    assert checks(ibd, "You have active inflammatory bowel disease: a SCCAI score more than 5 at Screening or a CDAI "
                  "score more than 300 in the Screening period.", EXC) == []
    assert checks(ibd, "You have active inflammatory bowel disease: a SCCAI score more than 5 or a CDAI score more "
                  "than 300 in the Screening period.", EXC)
    assert checks(HB, HB_SAID.replace("in the Screening Period", "in the Treatment Period"), INC)
