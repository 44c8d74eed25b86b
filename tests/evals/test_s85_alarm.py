"""checks-47 (alarm49): the held-out paraphrases that drew a false error, each with a wrong version the checks still
fault, and planted errors the suites missed.

Each case quotes its source criterion (NCT id and criterion id in a comment), the faithful wording of the held-out
file (evals/data/paraphrases_heldout.jsonl), which must pass, and a wrong version (a word cut, a bound lost, a negation
added or dropped, a copy left out…), which must still be faulted."""

from __future__ import annotations

import pytest

from tests.translator.test_fidelity_false_alarms6 import EXC, INC, checks
from translator.criteria import SectionKind
from translator.facts import Comparator, FactKind, extract_facts
from translator.fidelity_split_terms import _covers
from translator.fidelity_swaps import swaps

# NCT01336543 I7
CONSOLIDATION = ("Initiation of consolidation chemotherapy within 4-8 weeks of concurrent chemo-radiotherapy without "
                 "progression.")
CONSOLIDATION_SAID = ("Consolidation chemotherapy starts 4 to 8 weeks after concurrent chemo-radiotherapy, without the "
                      "disease getting worse.")
# NCT01732770 E3.1
VITAMIN_D = ("vitamin D deficiency (25[OH] vitamin D level < 20 ng/mL), repletion will be allowed and subjects may be "
             "re-screened")
VITAMIN_D_SAID = ("Vitamin D deficiency (a 25[OH] vitamin D level below 20 ng/mL); you may take supplements to correct "
                  "it and then be screened again")
# NCT04343989 I1.6 (the source's own "until at")
BARRIER = ("Men must be willing to use a double-barrier contraception from enrollment until at 5 months after the last "
           "dose of study drug, if not abstinent.")
BARRIER_SAID = ("If you are a man and not abstinent, you are willing to use double-barrier contraception from "
                "enrollment until 5 months after the last dose of study drug.")
# NCT03399786 I2
APHERESIS = ("If undergoing LDL apheresis, must have initiated LDL apheresis at least 3 months prior to screening and "
             "must have been on a stable weekly or every other week schedule and/or stable settings for at least 8 "
             "weeks")
APHERESIS_SAID = ("If you have LDL apheresis (a treatment that filters cholesterol out of the blood), you must have "
                  "started it at least 3 months before screening and have been on a stable weekly or every-other-week "
                  "schedule, stable settings, or both, for at least 8 weeks.")
# NCT01411098 I8
WEIGHT = ("Weight loss =< 5% in the previous six months unless weight loss is intentional (per judgment of study "
          "medical doctor [MD])")
WEIGHT_SAID = ("You have lost 5% of your body weight or less in the previous six months, unless the weight loss was "
               "intentional (as judged by the study doctor).")
# NCT01411098 E2
MALIGNANCY = ("Concurrent malignancy except non-melanomatous skin cancer or prior cancer if disease-free for one year "
              "or more")
MALIGNANCY_SAID = ("You have another cancer at the same time. Non-melanoma skin cancer does not count, and neither "
                   "does an earlier cancer if you have been disease-free for one year or more.")
# NCT02887183 I1.5 (its last sentence)
RANGE = ("If the EF measurement is expressed as a value range, the average of the range endpoint values should be used "
         "as the EF.")
RANGE_SAID = "If the EF is given as a range of values, the average of the two ends of the range is used as the EF."
# NCT00609011 E2
HEMORRHAGE = ("Have current/active intratumor hemorrhage by CT/MRI within 3 weeks prior to Day 1 of Study Drug "
              "confirmed by CT/MRI")
HEMORRHAGE_SAID = ("You have current or active bleeding inside a tumour (intratumor hemorrhage), confirmed by CT or "
                   "MRI within 3 weeks before Day 1 of the study drug.")
# NCT02487498 I4
SPIROMETRY = ("Post-bronchodilator Forced Expiratory Volume in 1 Second (FEV1)< 80% and ≥ 30% of the predicted normal "
              "value and post-bronchodilator FEV1/FVC (forced vital capacity) <70%")
SPIROMETRY_SAID = ("After using a bronchodilator (a medicine that opens the airways), your FEV1 (how much air you can "
                   "blow out in 1 second) is below 80% and at least 30% of the predicted normal value, and your "
                   "FEV1/FVC ratio (FVC is forced vital capacity) is below 70%.")


@pytest.mark.parametrize(("source", "faithful", "wrong", "kind"), [
    # "the disease getting worse" says "progression" whole (spreading is a way it gets worse); "spreading" alone has
    # narrowed it, and a cut gloss of another term is still a cut
    (CONSOLIDATION, CONSOLIDATION_SAID, CONSOLIDATION_SAID.replace("without the disease getting worse",
                                                                   "with the disease getting worse"), INC),
    (CONSOLIDATION, CONSOLIDATION_SAID, CONSOLIDATION_SAID.replace("4 to 8 weeks", "4 to 6 weeks"), INC),
    # "you may take supplements … and then be screened again": two permissions; the re-screening left out is a loss,
    # and so is a permission turned into a ban
    (VITAMIN_D, VITAMIN_D_SAID, VITAMIN_D_SAID.replace(" and then be screened again", ""), EXC),
    (VITAMIN_D, VITAMIN_D_SAID, VITAMIN_D_SAID.replace("you may take", "you may not take"), EXC),
    (VITAMIN_D, VITAMIN_D_SAID, "Vitamin D deficiency (a 25[OH] vitamin D level below 20 ng/mL); you may be screened "
     "again", EXC),
    # "until at 5 months after" is until then; "at 5 months after" alone is a point, and another month another window
    (BARRIER, BARRIER_SAID, BARRIER_SAID.replace("until 5 months", "at 5 months"), INC),
    (BARRIER, BARRIER_SAID, BARRIER_SAID.replace("until 5 months", "until 6 months"), INC),
    # "LDL apheresis" said once, then "it": the one term the source repeats; the "it" left out leaves the start undated
    (APHERESIS, APHERESIS_SAID, APHERESIS_SAID.replace("started it at least", "started at least"), INC),
    (APHERESIS, APHERESIS_SAID, APHERESIS_SAID.replace("3 months before screening", "3 months after screening"), INC),
    # "5% of your body weight or less" keeps the bound; "or more" turns it, and "5% of your body weight" loses it
    (WEIGHT, WEIGHT_SAID, WEIGHT_SAID.replace("body weight or less", "body weight or more"), INC),
    (WEIGHT, WEIGHT_SAID, WEIGHT_SAID.replace("body weight or less", "body weight"), INC),
    # "does not count, and neither does" says the one exception of two items; an added "not" is still one too many,
    # and an exception turned into an inclusion has lost its negation
    (MALIGNANCY, MALIGNANCY_SAID, MALIGNANCY_SAID.replace("if you have been", "if you have not been"), EXC),
    (MALIGNANCY, MALIGNANCY_SAID, MALIGNANCY_SAID.replace("does not count, and neither", "counts, and so"), EXC),
    (MALIGNANCY, MALIGNANCY_SAID, MALIGNANCY_SAID.replace("and neither does", "and either does"), EXC),
    # a range has two ends; three is a number of the bullet's own
    (RANGE, RANGE_SAID, RANGE_SAID.replace("the two ends", "the three ends"), INC),
    (RANGE, RANGE_SAID, RANGE_SAID.replace("the two ends of the range", "the two readings"), INC),
    # one method named twice in a sentence, said once; a method left out is still lost
    (HEMORRHAGE, HEMORRHAGE_SAID, HEMORRHAGE_SAID.replace("CT or MRI", "MRI"), EXC),
    (HEMORRHAGE, HEMORRHAGE_SAID, HEMORRHAGE_SAID.replace("within 3 weeks", "within 4 weeks"), EXC),
    # one post-bronchodilator window fronted over both values; a window kept on one value only has lost the other
    (SPIROMETRY, SPIROMETRY_SAID, "Your FEV1 (how much air you can blow out in 1 second) is below 80% and at least 30% "
     "of the predicted normal value, and after using a bronchodilator your FEV1/FVC ratio is below 70%.", INC),
    (SPIROMETRY, SPIROMETRY_SAID, SPIROMETRY_SAID.replace("in 1 second", "in 2 seconds"), INC),
])
def test_faithful_wording_passes_and_the_wrong_one_is_faulted(source: str, faithful: str, wrong: str,
                                                              kind: SectionKind) -> None:
    assert checks(source, faithful, kind) == []
    assert checks(source, wrong, kind)


def test_a_cut_gloss_is_still_cut_unless_its_first_half_means_the_second() -> None:
    # "the disease getting worse" means "or spreading"; "the disease spreading" does not mean "getting worse", and
    # "confirmed by looking at tissue" has cut the cells from "histologically or cytologically confirmed"
    assert _covers("the disease getting worse", "spreading")
    assert not _covers("the disease spreading", "getting worse")
    assert checks("Histologically or cytologically confirmed adenocarcinoma, measurable",
                  "Adenocarcinoma confirmed by looking at tissue, measurable.", INC)


def test_it_refers_back_only_to_one_term() -> None:
    # two terms with one abbreviation ("LDL cholesterol", "LDL apheresis"): "it" cannot say which
    source = "LDL cholesterol ≥ 100 mg/dL despite LDL apheresis"
    assert checks(source, "Your LDL cholesterol is 100 mg/dL or more despite LDL apheresis.", INC) == []
    assert checks(source, "Your LDL cholesterol is 100 mg/dL or more despite it.", INC)


def test_a_method_named_in_two_sentences_keeps_its_copies() -> None:
    source = "Hemorrhage by CT/MRI within 3 weeks. Metastases excluded by CT/MRI."
    assert checks(source, "You have bleeding within 3 weeks. Metastases are ruled out by CT or MRI.", EXC)


@pytest.mark.parametrize(("text", "comparator", "high"), [
    ("until at 5 months after the last dose", Comparator.LE, 5.0),
    ("till at 3 weeks after the last dose", Comparator.LE, 3.0),
])
def test_until_at_is_bounded_by_its_until(text: str, comparator: Comparator, high: float) -> None:
    fact = next(f for f in extract_facts(text) if f.kind is FactKind.TEMPORAL)
    assert (fact.comparator, fact.high) == (comparator, high)


def test_a_spirometry_gloss_keeps_its_second_a_measure() -> None:
    # "(how much air you can blow out in 1 second)" names FEV1's second, no window; a time elsewhere is one
    glossed = extract_facts("your FEV1 (how much air you can blow out in 1 second) is below 80%")
    assert not [f for f in glossed if f.kind is FactKind.TEMPORAL]
    assert [f for f in extract_facts("you can walk 100 m in 6 minutes") if f.kind is FactKind.TEMPORAL]


# NCT01902225 I5 (its last sentence): the corpus's one time_window_dropped the checks missed
DOSES = ("Patients are allowed to continue any medications with known activity in T cell lymphomas at the "
         "pre-enrollment doses for conditions other than T cell lymphomas, if the frequency and dosage of steroids has "
         "not changed for 60 days prior to the study.")
DOSES_SAID = ("You may continue any medicines with known activity in T cell lymphomas at the pre-enrollment doses for "
              "conditions other than T cell lymphomas, if the frequency and dosage of steroids has not changed for the "
              "60 days before the study.")


def test_a_window_before_joining_takes_its_own_copy() -> None:
    # "for the 60 days before the study" says the 60-day window; it cannot also say "pre-enrollment"
    assert checks(DOSES, DOSES_SAID, INC) == []
    assert checks(DOSES, DOSES_SAID.replace("at the pre-enrollment doses", "at the doses"), INC)


# NCT02720523 (Chia): "regardless of treatment duration" said "no matter how long you took it"
INTOLERANCE = ("Subjects who are responding to bDMARD therapy but had to discontinue due to intolerability (regardless "
               "of treatment duration).")
INTOLERANCE_SAID = ("Your bDMARD was working, but you had to stop it because you could not tolerate it (no matter how "
                    "long you took it).")


def test_no_matter_keeps_its_no() -> None:
    assert checks(INTOLERANCE, INTOLERANCE_SAID, INC) == []
    assert checks(INTOLERANCE, INTOLERANCE_SAID.replace("(no matter", "(a matter"), INC)


# NCT06372145 (ungated term_swapped): "non-liver-related disorder" said "a disorder not related to the liver"
LIVER = ("Alanine aminotransferase (ALT) more than 1.5 × upper limit of normal (ULN) OR alkaline phosphatase more "
         "than 2 × ULN (unless caused by non-liver-related disorder or explained by a stable chronic liver "
         "disorder) OR total bilirubin more than 1.5 × ULN (unless due to Gilbert syndrome or non-liver-related "
         "disorder).")
LIVER_SAID = ("ALT (a liver enzyme) more than 1.5 times the upper limit of normal (ULN); alkaline phosphatase more "
              "than 2 times ULN, unless a disorder not related to the liver causes it or a stable long-term liver "
              "disorder explains it; or total bilirubin more than 1.5 times ULN, unless it is due to Gilbert syndrome "
              "or a disorder not related to the liver.")


def test_an_organ_after_non_is_named_and_its_swap_found() -> None:
    assert checks(LIVER, LIVER_SAID, EXC) == []
    wrong = LIVER_SAID.replace("a disorder not related to the liver causes", "a disorder not related to the kidney "
                               "causes")
    assert swaps([LIVER], wrong, []) == [("the kidneys", "the liver")]
    assert checks(LIVER, wrong, EXC)


# Held-out negation_dropped misses: a gloss whose words before it say the opposite of its cued term.
# NCT01780831 ("RAL-naive"), NCT00463840 ("unresectable")
NAIVE = "Cohort 1 and Cohort 2 RAL-naive: Aged 48 hours or less."
NAIVE_SAID = "Cohort 1 and Cohort 2 babies never exposed to raltegravir (RAL-naive): 48 hours old or younger."
UNRESECTABLE = ("Patients with a clear clinical diagnosis of localized pancreatic cancer deemed unresectable, who have "
                "undergone at least 2 biopsies which were not diagnostic of adenocarcinoma, may be entered at the "
                "discretion of the principal investigator.")
UNRESECTABLE_SAID = ("If you have a clear clinical diagnosis of localized pancreatic cancer that is judged "
                     "unresectable (cannot be removed by surgery), and at least 2 biopsies did not show "
                     "adenocarcinoma, you may be entered at the principal investigator's discretion.")


@pytest.mark.parametrize(("source", "faithful", "wrong"), [
    (NAIVE, NAIVE_SAID, NAIVE_SAID.replace("never exposed", "exposed")),
    (UNRESECTABLE, UNRESECTABLE_SAID, UNRESECTABLE_SAID.replace("(cannot be", "(can be")),
])
def test_a_gloss_after_words_that_deny_its_term_has_lost_the_negation(source: str, faithful: str, wrong: str) -> None:
    assert checks(source, faithful, INC) == []
    assert "negation_dropped" in checks(source, wrong, INC)
