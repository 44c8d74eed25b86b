"""checks-49 (para51): the new held-out paraphrases that drew a false error out of sample, each with a wrong version
the checks still fault.

Each case quotes its source criterion (NCT id and criterion id in a comment, or the shape of one), the faithful wording
of the held-out file (evals/data/paraphrases_heldout.jsonl), which must pass, and a wrong version (a number, a bound or
a window changed, a negation added or dropped), which must still be faulted."""

from __future__ import annotations

import pytest

from tests.translator.test_fidelity_false_alarms6 import EXC, INC, checks
from translator.criteria import SectionKind

# NCT00867451 I6
CUTOFF = ("Presence of Significant Sleep Problems: Assessed through clinical history and a commonly used parent-report "
          "of children's sleep habits. A cut-off score of or greater than 41 on the Children's Sleep Habits "
          "Questionnaire (CSHQ) will be used.")
CUTOFF_SAID = ("The child has significant sleep problems, judged from the clinical history and a commonly used parent "
               "questionnaire on children's sleep habits: a score of 41 or higher on the Children's Sleep Habits "
               "Questionnaire (CSHQ) is the cut-off.")
# NCT01217957 E1 (the lead-in alone: its items are the case's other bullets)
ENROLLED = "Patients meeting any of the following exclusion criteria are not to be enrolled in the study:"
# NCT00454584 E4
ROUTE = ("Have received phototherapy or any systemic medications/treatments that could affect psoriasis or PASI "
         "evaluation (including, but not limited to, oral or injectable corticosteroids, retinoids, 1,25 dihydroxy "
         "vitamin D3 and analogues, psoralens, sulfasalazine, hydroxyurea, or fumaric acid derivatives) within 4 weeks "
         "of the first administration of study agent")
ROUTE_SAID = ("Within 4 weeks of the first administration of study agent, you received phototherapy (light treatment) "
              "or any systemic medicines or treatments that could affect psoriasis or the PASI evaluation (including, "
              "but not limited to, corticosteroids taken by mouth or injected, retinoids, 1,25 dihydroxy vitamin D3 "
              "and analogues, psoralens, sulfasalazine, hydroxyurea, or fumaric acid derivatives).")
# NCT02831855 E3
BIOLOGICS = "Subjects with a history of insufficient response to ≥2 biologics, regardless of the class."
BIOLOGICS_SAID = ("In the past, 2 or more biologics did not work well enough for you (insufficient response), whatever "
                  "their class.")
# NCT01259050 E8
IF_FEMALE = "If female, pregnant or breast-feeding; or, if of childbearing age, an unwillingness to use birth control."
IF_FEMALE_SAID = ("You are female and pregnant or breast-feeding, or you could have children (of childbearing age) and "
                  "are unwilling to use birth control.")
# NCT00526799 I5.5, its first clause
ADDITION = "No active cancer in addition to the epithelial ovarian cancer within the last 5 years."
ADDITION_SAID = "Within the last 5 years you have had no active cancer other than the epithelial ovarian cancer."
# NCT02106546 I4
RECURRENT = ("Subjects with recurrent squamous NSCLC after surgical treatment that is not amenable to surgical "
             "resection or radiation with curative intent are eligible.")
RECURRENT_SAID = ("If your squamous NSCLC came back (recurrent) after surgery and cannot be treated by surgical "
                  "resection or by radiation with curative intent, you can take part.")


@pytest.mark.parametrize(("source", "faithful", "wrong", "kind"), [
    # "of or greater than 41" is "of 41 or greater", the number said once after its bound
    (CUTOFF, CUTOFF_SAID, CUTOFF_SAID.replace("41 or higher", "more than 41"), INC),
    (CUTOFF, CUTOFF_SAID, CUTOFF_SAID.replace("41 or higher", "40 or higher"), INC),
    # "are not to be enrolled" refuses; it lets no group in
    (ENROLLED, "Any of the following applies to you:", "Any of the following applies to you, unless you are enrolled:",
     EXC),
    (ENROLLED.replace("following exclusion criteria", "following exclusion criteria, who are not on dialysis,"),
     "Any of the following applies to you, and you are not on dialysis:", "Any of the following applies to you:", EXC),
    # "instead of" is still an exception's cue ("in addition to" is one only under a "no")
    ("Patients who are planning to receive mycophenolate instead of everolimus",
     "You plan to receive mycophenolate instead of everolimus.", "You plan to receive mycophenolate and everolimus.",
     EXC),
    # "oral or injectable" said as "taken by mouth or injected": the route in words
    (ROUTE, ROUTE_SAID, ROUTE_SAID.replace("taken by mouth or injected", "injected"), EXC),
    (ROUTE, ROUTE_SAID, ROUTE_SAID.replace("taken by mouth or injected", "taken by mouth"), EXC),
    # "after surgical treatment" is after surgery
    (RECURRENT, RECURRENT_SAID, RECURRENT_SAID.replace("after surgery", "before surgery"), INC),
    ("Surgical treatment within 4 weeks before randomization",
     "You had surgical treatment within 4 weeks before randomization.",
     "You had surgical treatment within 4 weeks after randomization.", EXC),
    # "did not work well enough (insufficient response)": the plain words and the affixed word in a gloss are one
    # negation, counted once
    (BIOLOGICS, BIOLOGICS_SAID, BIOLOGICS_SAID.replace("did not work", "did work"), EXC),
    (BIOLOGICS, BIOLOGICS_SAID, BIOLOGICS_SAID.replace("2 or more", "more than 2"), EXC),
    (BIOLOGICS, BIOLOGICS_SAID, BIOLOGICS_SAID.replace("did not work well enough for you (insufficient response)",
                                                       "worked well enough for you"), EXC),
    # an exclusion's "If female, pregnant" is "You are female and pregnant": the condition said in its own words
    (IF_FEMALE, IF_FEMALE_SAID, IF_FEMALE_SAID.replace("You are female and pregnant", "You are pregnant"), EXC),
    (IF_FEMALE, IF_FEMALE_SAID, IF_FEMALE_SAID.replace("could have children (of childbearing age) and ", ""), EXC),
    # under a "no", "in addition to" excepts what it adds, as "other than" does
    (ADDITION, ADDITION_SAID, ADDITION_SAID.replace("no active", "active"), INC),
    (ADDITION, ADDITION_SAID, ADDITION_SAID.replace("5 years", "3 years"), INC),
    ("You had chemotherapy in addition to radiotherapy.", "You had chemotherapy in addition to radiotherapy.",
     "You did not have chemotherapy in addition to radiotherapy.", INC),
    # NCT00562627 E2: a Roman class said with its verb and its bound
    ("ASA > III", "Your ASA class is above III.", "Your ASA class is above II.", EXC),
    ("ASA > III", "Your ASA class is above III.", "Your ASA class is III.", EXC),
    ("ASA I-III", "Your ASA class is I to III.", "Your ASA class is I to IV.", INC),
])
def test_faithful_wording_passes_and_wrong_one_is_caught(source: str, faithful: str, wrong: str,
                                                        kind: SectionKind) -> None:
    assert checks(source, faithful, kind) == []
    assert checks(source, wrong, kind) != []


def test_an_inclusion_still_asks_its_condition_in_conditional_words() -> None:
    # "If female, must use contraception" asks it of women; "You are female and use contraception" asks everyone to be
    # female
    assert checks("If female, must use contraception during the study.",
                  "You are female and use contraception during the study.", INC) != []
