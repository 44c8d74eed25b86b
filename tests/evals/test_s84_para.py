"""checks-46 (para48): new held-out paraphrases that drew a false error out of sample, each with a wrong version the
checks still fault.

Each case quotes its source criterion (NCT id and criterion id in a comment), the faithful wording of the held-out
file (evals/data/paraphrases_heldout.jsonl, the 150 lines of the session of 2026-12-07 12:23), which must pass, and a
wrong version (a level, number, period, event or negation changed, an item's negation lost), which must still be
faulted."""

from __future__ import annotations

import pytest

from tests.translator.test_fidelity_false_alarms6 import EXC, INC, checks
from translator.criteria import SectionKind

# NCT01732770 E2.3, E2.4
PARATHYROID = "hypo- or hyperparathyroidism"
CALCIUM = "hypo- or hypercalcemia based on the central laboratory reference ranges"
# NCT01397084 I3
RABEPRAZOLE = ("Ongoing (until date of Visit 1) treatment with rabeprazole 10 mg, given once daily, for at least 4 "
               "weeks.The subject must take rabeprazole at least 4 days a week in the past 7 days prior to Visit 1.")
RABEPRAZOLE_SAID = ("You have been taking rabeprazole 10 mg once a day for at least 4 weeks, continuing up to the date "
                    "of Visit 1. In the 7 days before Visit 1, you took rabeprazole on at least 4 days a week.")
# NCT00431041 I2
BLADDER = ("Overactive bladder symptoms for greater than or equal to 3 months and as documented in a 3-day patient "
           "diary following screening and preceding baseline visit: > 1 urge episodes/24 hours (average); greater "
           "than or equal to 8 micturitions/24 hours (average)")
BLADDER_SAID = ("You have had overactive bladder symptoms for 3 months or more, and a 3-day diary you keep after "
                "screening and before the baseline visit shows, on average, more than 1 urge episode every 24 hours "
                "and 8 or more urinations (micturitions) every 24 hours.")
# NCT03573908 I2.2
BARRIER = "Double-barrier birth control"
# NCT03257865 I4
YMRS = "Young-mania rating scale (YMRS) score of ≥ 24 at screening and baseline"
# NCT02407236 E4
COLON = ("Participants with history of extensive colonic resection (for example, less than 30 cm of colon remaining) "
         "that would prevent adequate evaluation of the effect of study agent on clinical disease activity")
COLON_SAID = ("You have had a large part of your colon removed (extensive colonic resection, for example with less "
              "than 30 cm of colon left), which would {} assessment of how the study agent affects your disease "
              "activity.")
# NCT02600819 I2
VIRAL = ("Plasma HIV-1 ribonucleic acid (RNA) concentrations < 50 copies/mL for ≥ 6 months preceding the screening "
         "visit and have HIV-1 RNA < 50 copies/mL at screening")
# NCT02003391 I3
IOP = "Have a mean baseline lOP of >18 mmHg and <32 mmHg in at least one eye."
# NCT03257813 E2.2
VISION = "Subjects with visual capacity 20/200 or worse."
# NCT01899144 I2
GIRLS = "Male or pre-menarchal female 4-11 years of age, inclusive, as of the screening visit"
GIRLS_SAID = ("You are a boy, or a girl who has {} her first period (pre-menarchal), aged 4 to 11 years inclusive at "
              "the screening visit.")
# NCT04343989 E1.1
ANOXIC = ("Evidence of irreversible injury deemed non-survivable even if the pulmonary failure recovers (for example "
          "severe anoxic brain injury)")
ANOXIC_SAID = ("There is evidence of a permanent (irreversible) injury judged {} survivable even if the lung failure "
               "recovers, for example severe brain injury from lack of oxygen (anoxic brain injury).")
# NCT01009619 E6
ORGANS = "Multi-organ transplantation (lung+ other solid organ)"
# NCT03053388 E7
EPISTAXIS = ("History of frequent epistaxis (>1 episode/month) or significant hemoptysis within 30 days prior to "
             "enrolment (≥5 mL of blood in one coughing episode or >30 mL of blood in a 24-hour period.")
EPISTAXIS_SAID = ("You have a history of frequent nosebleeds (epistaxis, more than 1 episode a {}), or significant "
                  "coughing up of blood (hemoptysis) within 30 days before enrolment (5 mL of blood or more in one "
                  "coughing episode, or more than 30 mL of blood in a 24-hour period).")
# NCT01485185 I2
BMI = ("Body weight ≥ 50 Kilogram (kg) and BMI within the range 18.5-29.9 Killogram per square meter (kg/m2) "
       "(inclusive).")
# NCT01485185 E11
CAPSAICIN = ("Use of any topical steroid or capsaicin preparations in the previous 30 days to screening, unless in the "
             "opinion of the Investigator and GSK Medical Monitor the medication will not interfere with the study "
             "procedures or compromise subject safety.")
CAPSAICIN_SAID = ("You used any steroid or capsaicin preparation on the skin (topical) in the 30 days before {}, "
                  "unless the Investigator and the GSK Medical Monitor think the medicine will not interfere with the "
                  "study procedures or put your safety at risk.")
# NCT00546585 I1
VACCINE = ("Male or non-pregnant female (as indicated by a negative urine pregnancy test immediately prior to vaccine "
           "administration) between the ages of 18 and 40 years, inclusive.")
VACCINE_SAID = ("You are a man, or a woman who is not pregnant (shown by a negative urine pregnancy test just {} the "
                "vaccine is given), aged 18 to 40 years inclusive.")
# NCT02407236 I4
WASHOUT = ("Before the first administration of study agent, the following conditions must be met: vedolizumab must "
           "have been discontinued for at least 4 months and anti-tumor necrosis factors (TNFs) for at least 8 weeks")
WASHOUT_SAID = ("Before your first dose of the study agent, you must have stopped vedolizumab at least 4 months "
                "earlier and anti-TNF medicines (anti-tumor necrosis factors) at least {} earlier.")
# NCT00306631 E10
PREVIOUS = ("Patients with previous malignancies unless free of recurrence for at least 5 years except basal cell "
            "carcinoma of the skin or carcinoma-in-situ of the uterine cervix")
PREVIOUS_SAID = ("You have had a previous cancer, unless it has not come back for at least 5 years; basal cell skin "
                 "cancer and carcinoma in situ of the cervix (neck of the womb) {}.")
# NCT01042977 E2
DIABETES = ("Patients with 3 or more oral anti-hyperglycaemic drugs with or without insulin and/or poorly controlled "
            "diabetes")
DIABETES_SAID = ("You take 3 or more oral medicines that lower blood sugar (anti-hyperglycaemic drugs), with or "
                 "without insulin, or your diabetes is {} controlled, or both.")
# NCT00467077 I15
REMISSION = ("No other malignancy within the past 5 years except adequately treated basal cell or squamous cell "
             "carcinoma of the skin, carcinoma in situ of the cervix, or adequately treated stage I or II cancer from "
             "which the patient is currently in complete remission")
REMISSION_SAID = ("You have had no other cancer in the past 5 years, except adequately treated basal cell or squamous "
                  "cell skin cancer, carcinoma in situ of the cervix, or an adequately treated stage I or II cancer "
                  "that you are currently in complete remission{}")


@pytest.mark.parametrize(("source", "faithful", "wrong", "kind"), [
    # "low or high" shares the plain name "high" opens, and says the source's "hypo-"; not where no source has one,
    # nor before another name than the source's
    (PARATHYROID, "Low or high parathyroid function (hypo- or hyperparathyroidism)", "Low or high kidney function",
     EXC),
    (CALCIUM, "Low or high blood calcium (hypo- or hypercalcemia), based on the central laboratory's reference ranges",
     "Low or high blood potassium (hypo- or hyperkalemia), based on the central laboratory's reference ranges", EXC),
    ("hypercalcemia", "High blood calcium (hypercalcemia)", "Low or high blood calcium", EXC),
    # "10 mg, given once daily": the period of the dose a comma sets off
    (RABEPRAZOLE, RABEPRAZOLE_SAID, RABEPRAZOLE_SAID.replace("10 mg once a day", "10 mg once a week"), INC),
    # "every 24 hours" is the source's "/24 hours"; not another period
    (BLADDER, BLADDER_SAID, BLADDER_SAID.replace("8 or more urinations (micturitions) every 24 hours",
                                                 "8 or more urinations (micturitions) every 12 hours"), INC),
    # "two barrier methods" counts the source's "double-barrier"; not three
    (BARRIER, "Double-barrier birth control (two barrier methods used together)",
     "Double-barrier birth control (three barrier methods used together)", INC),
    # "at both screening and baseline" is "at screening and baseline"; not one of them alone
    (YMRS, "Your Young Mania Rating Scale (YMRS) score is 24 or more at both screening and baseline.",
     "Your Young Mania Rating Scale (YMRS) score is 24 or more at baseline.", INC),
    # "a proper assessment" is an "adequate evaluation"; not any assessment
    (COLON, COLON_SAID.format("prevent a proper"), COLON_SAID.format("prevent an"), EXC),
    # "concentrations" is what any measurement is, as "level" is: the HIV-1 RNA is the name; not dropped altogether
    (VIRAL, "Your HIV-1 RNA level in the plasma (viral load) has been below 50 copies/mL for 6 months or more before "
     "the screening visit, and it is below 50 copies/mL at screening.", "It has been below 50 copies/mL for 6 months "
     "or more before the screening visit, and it is below 50 copies/mL at screening.", INC),
    # "lOP" is the IOP typed with a lowercase "l"
    (IOP, "Your average eye pressure (IOP) at baseline is above 18 mmHg and below 32 mmHg in at least one eye.",
     "Your average at baseline is above 18 mmHg and below 32 mmHg in at least one eye.", INC),
    # "visual capacity" said "your vision"
    (VISION, "Your vision is 20/200 or worse.", "Your score is 20/200 or worse.", EXC),
    # "pre-menarchal" said "has not yet had her first period"; not "has had"
    (GIRLS, GIRLS_SAID.format("not yet had"), GIRLS_SAID.format("had"), INC),
    # "anoxic" glossed "from lack of oxygen" adds no negation; "survivable" for "non-survivable" lost one
    (ANOXIC, ANOXIC_SAID.format("not"), ANOXIC_SAID.format("to be"), EXC),
    # "lung+ other solid organ" joins two organs ("plus"): no positive test to keep
    (ORGANS, "You had a multi-organ transplant (a lung plus another solid organ).",
     "You had a multi-organ transplant (a lung plus another solid organ) and are HIV+.", EXC),
    # ">1 episode/month" is "more than 1 episode a month"; not a week
    (EPISTAXIS, EPISTAXIS_SAID.format("month"), EPISTAXIS_SAID.format("week"), EXC),
    # "Killogram per square meter (kg/m2)" is kg/m2, misspelled
    (BMI, "You weigh 50 kg or more and your body mass index (BMI) is between 18.5 and 29.9 kg/m2 (inclusive).",
     "You weigh 50 kg or more and your body mass index (BMI) is between 18.5 and 30.9 kg/m2 (inclusive).", INC),
    # "in the previous 30 days to screening" counts back from screening; not from randomization
    (CAPSAICIN, CAPSAICIN_SAID.format("screening"), CAPSAICIN_SAID.format("randomization"), EXC),
    # "just before the vaccine is given" is "prior to vaccine administration"; not after it
    (VACCINE, VACCINE_SAID.format("before"), VACCINE_SAID.format("after"), INC),
    # the second drug shares "discontinued for": "at least 8 weeks earlier"; not 4 weeks
    (WASHOUT, WASHOUT_SAID.format("8 weeks"), WASHOUT_SAID.format("4 weeks"), INC),
    # the exceptions named as such keep the source's "except"; said as included they lost it
    (PREVIOUS, PREVIOUS_SAID.format("are exceptions"), PREVIOUS_SAID.format("are included"), EXC),
    # ", or both" is no alternative a negation must reach; "well controlled" lost the one of "poorly"
    (DIABETES, DIABETES_SAID.format("poorly"), DIABETES_SAID.format("well"), EXC),
    # a relative clause may end on its preposition; a sentence cut after "the" may not
    (REMISSION, REMISSION_SAID.format(" from."), REMISSION_SAID.format(" from the."), INC),
])
def test_new_heldout_wording_passes_and_a_real_error_beside_it_is_caught(
        source: str, faithful: str, wrong: str, kind: SectionKind) -> None:
    assert checks(source, faithful, kind) == []
    assert checks(source, wrong, kind) != []
