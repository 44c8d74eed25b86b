"""Planted clause and window drops the mutation suite showed going unseen (checks-38), each with its faithful wording
passing and the planted error caught, in the wording of the case that showed it:

- a medical list item none of whose words a bullet says, left out beside a neighbour the bullet glosses in brackets
  ("ventricular arrhythmia (irregular heartbeat), stroke"): the gap is read past the gloss
  (translator.fidelity_items, translator.fidelity_item_neighbours.unglossed);
- a list item that is a bare phrase of two or more content words ("or hip replacement,", "and iron deficiency,"),
  none of which a bullet says, is left out however its neighbours are said (translator.fidelity_item_words.
  unsaid_whole); a clause said in words of its own ("as specified in the protocol") is no bare phrase;
- a medicine the lexicon names with no stem ending to tell it ("phenytoin") is a medicine's name like one with such an
  ending: left out alone, it is reported (translator.fidelity_content.dropped_medicines);
- a side of an event said twice in the source, once with an amount ("for 30 days prior to study entry … prior to study
  entry"): the bullet's copy of the window with the amount does not also say the bare side
  (translator.fidelity_counts.unclaimed).
"""

from __future__ import annotations

import pytest

from tests.translator.test_fidelity_false_alarms6 import EXC, INC, checks
from translator.criteria import SectionKind

# NCT01050985 (Chia), hand-written paraphrase
CARDIAC = ("Cardiovascular disease problems including unstable angina, therapy for life-threatening ventricular "
           "arrhythmia, or myocardial infarction, stroke, or congestive heart failure within the last 6 months")
CARDIAC_SAID = ("You have heart or blood vessel problems, including unstable angina (chest pain), treatment for a "
                "life-threatening ventricular arrhythmia (irregular heartbeat), {mi}stroke or congestive heart failure "
                "in the last 6 months.")
# NCT04598620, hand-written paraphrase
SUPPORT = ("Need for vasopressor therapy, mechanical ventilation, extracorporal circulation, or dialysis at "
           "admission")
SUPPORT_SAID = ("When you are admitted, you need vasopressor therapy (medicine to raise blood pressure), {vent}"
                "extracorporeal circulation (a machine that does the work of the heart and lungs), or dialysis.")
# NCT00640146, hand-written paraphrase
ORTHOPEDIC = ("Participants must have undergone an orthopedic procedure (that is, total knee or hip replacement, "
              "spinal fusion, or reduction of fracture(s) with or without surgical fixation post trauma).")
ORTHOPEDIC_SAID = ("You must have had an orthopedic procedure, that is: a spinal fusion, a total knee{hip}, or the "
                   "reduction of one or more fractures with or without surgical fixation after trauma.")
# NCT01978028 I1 (Chia)
IRON = ("Patients with chronic heart failure of New York Heart Association Class II or III, a left ventricular "
        "ejection fraction of = 40% for patients in NYHA class II or = 45% for patients in NYHA class III, a "
        "hemoglobin level at the screening visit between 9.5-13.5 g/dl, and iron deficiency, which is defined as "
        "serum ferritin level < 100µg/l or between 100 and 299 µg/l, when transferring saturation is < 20%.")
IRON_SAID = ("Patients with chronic heart failure of NYHA class 2 or 3, a left ventricular ejection fraction of = 40% "
             "for patients in NYHA class II or = 45% for patients in NYHA class III, a hemoglobin level at the "
             "screening visit 9.5 to 13.5 g/dL, {iron}which means serum ferritin level less than 100 µg/L or 100 to "
             "299 µg/L, when transferring saturation is less than 20%.")
# NCT00375310 E22
RISK = ("Other severe, acute or chronic medical or psychiatric condition, or laboratory abnormality that may increase "
        "the risk associated with study participation or study drug administration, or may interfere with the "
        "interpretation of study results & in the judgment of the investigator would make the patient inappropriate "
        "for entry into this study.")
RISK_SAID = ("Other severe, acute or chronic medical or mental health condition, or lab abnormality that may increase "
             "the risk linked to taking part in the study{drug}, or may get in the way of the interpretation of study "
             "results & in the study doctor's view would make the patient inappropriate for entry into this study.")
# NCT00402116 E2
SEIZURE = ("Patients will be excluded if unable to discontinue use of enzyme inducing antiepileptic drugs or have been "
           "off of these agents less than 2 weeks prior to treatment (i.e. phenytoin (Dilantin®), carbamazepine, "
           "etc.)")
SEIZURE_SAID = ("You cannot take part if unable to stop use of enzyme inducing antiepileptic drugs or have been off of "
                "these agents less than 2 weeks before treatment (that is, {drug}carbamazepine, etc.).")
# NCT00050349 I3 (Chia)
OCTREOTIDE = ("Patients on Sandostatin Lar (long acting somatostatin analogue) must be on a stable dose for 30 days "
              "prior to study entry and short acting somatostatin analogues must be judged to be on a clinically "
              "stable dose by the investigator prior to study entry")
OCTREOTIDE_SAID = ("Patients on Sandostatin Lar (long acting somatostatin analogue) must be on a stable dose for the "
                   "30 days before study entry and short acting somatostatin analogues must be judged to be on a "
                   "clinically stable dose by the study doctor{entry}")
# NCT03150082 I5 (held-out paraphrase set's corpus cases)
CONTRACEPTION = (
    "Healthy Male or female subjects: Male subjects: A male subject must agree to use contraception during the "
    "treatment period and for at least 5 days, after the last dose of study treatment and refrain from donating sperm "
    "during this period; Female subjects: A female subject is eligible to participate if she is not pregnant, not "
    "breastfeeding, and at least one of the following conditions applies: Not a woman of childbearing potential "
    "(WOCBP) OR A WOCBP who agrees to follow the contraceptive guidance during the treatment period and for at least "
    "30 days after the last dose of study treatment.")
CONTRACEPTION_SAID = (
    "Healthy Male or female subjects: Male subjects: A male subject must agree to use birth control during the "
    "treatment time and for at least 5 days{dose}, and refrain from donating sperm during this period; Female "
    "subjects: A female subject can take part if she is not pregnant, not breastfeeding, and at least one of these "
    "conditions applies: Not a woman who can get pregnant OR A women able to get pregnant who agrees to follow the "
    "birth control guidance during the treatment time and for at least 30 days after the last dose of study "
    "treatment.")


@pytest.mark.parametrize(("source", "faithful", "dropped", "check", "kind"), [
    (CARDIAC, CARDIAC_SAID.format(mi="or a heart attack (myocardial infarction), "), CARDIAC_SAID.format(mi=""),
     "content_missing", EXC),
    (SUPPORT, SUPPORT_SAID.format(vent="mechanical ventilation (a breathing machine), "), SUPPORT_SAID.format(vent=""),
     "content_missing", INC),
    (ORTHOPEDIC, ORTHOPEDIC_SAID.format(hip=" or hip replacement"), ORTHOPEDIC_SAID.format(hip=""), "content_missing",
     INC),
    (IRON, IRON_SAID.format(iron="and iron deficiency, "), IRON_SAID.format(iron=""), "content_missing", INC),
    (RISK, RISK_SAID.format(drug=" or getting the study drug"), RISK_SAID.format(drug=""), "content_missing", EXC),
    (SEIZURE, SEIZURE_SAID.format(drug="phenytoin (Dilantin®), "), SEIZURE_SAID.format(drug=""), "content_missing",
     EXC),
    (OCTREOTIDE, OCTREOTIDE_SAID.format(entry=" before joining the study"), OCTREOTIDE_SAID.format(entry=""),
     "fact_missing", INC),
    (CONTRACEPTION, CONTRACEPTION_SAID.format(dose=", after the last dose of study treatment"),
     CONTRACEPTION_SAID.format(dose=""), "fact_missing", INC),
])
def test_planted_drop_is_caught_and_faithful_wording_passes(source: str, faithful: str, dropped: str, check: str,
                                                            kind: SectionKind) -> None:
    assert checks(source, faithful, kind) == []
    assert check in checks(source, dropped, kind)


@pytest.mark.parametrize(("source", "bullet", "kind"), [
    # the item in brackets in the source itself, said in brackets: "(or less frequently)" as "(or less often)"
    ("Subjects who progressed while being treated with, or within 60 days of last dose of bortezomib maintenance "
     "given once every 2 weeks (or less frequently) are not excluded.",
     "Subjects who progressed while being treated with, or within 60 days of the last dose of bortezomib maintenance "
     "given once every 2 weeks (or less often) are not excluded.", INC),
    # a comparator word said otherwise after a glossed term: "or higher" as "or above"
    ("Subject has peripheral neuropathy of grade 2 or higher;",
     "You have peripheral neuropathy (nerve damage) of grade 2 or above.", EXC),
    # a clause said in words of its own is no bare phrase (an offline bullet of the corpus)
    ("Patients with significant cardiovascular disease, as specified in the protocol",
     "You have significant heart and blood vessel disease, as set out in the study plan.", EXC),
    # a bare phrase said by other words but followed by a window, not a list's end: "dose and dosing regimen for"
    ("Subjects on thyroid hormone replacement must be on a stable dose and dosing regimen for at least 6 weeks",
     "If you take thyroid hormone replacement, you must have been on a stable dose and schedule for at least 6 weeks.",
     INC),
    # a medical term said in everyday words the lexicon does not list: "cardiac arrhythmia" as "an irregular heartbeat"
    ("history of MI within 1 year, cardiac arrhythmia, hospitalization for heart failure within 1 year",
     "You have had a heart attack in the last year, an irregular heartbeat, or a hospital stay for heart failure in "
     "the last year.", EXC),
    # a class of medicines said in everyday words: no medicine's name
    ("The subjects had no systemic disease and were not taking antibiotics or receiving other antimicrobial therapy.",
     "You have no body-wide (systemic) disease, and you are not taking antibiotics or any other treatment against "
     "germs.", INC),
    # the side of an event said once, with its amount, for a window that has none of its own: both said
    ("Stable dose of medication for 30 days prior to study entry, with no change planned prior to study entry",
     "Your medicine dose has been stable for the 30 days before study entry, and no change is planned before you "
     "enter the study.", INC),
])
def test_faithful_wording_near_the_new_rules_passes(source: str, bullet: str, kind: SectionKind) -> None:
    assert checks(source, bullet, kind) == []
