"""False alarms of the out-of-sample paraphrases of the session of 2026-12-07 06:22 (checks-44), and the planted
errors of the same kind that the checks must still catch."""

from __future__ import annotations

import pytest

from tests.translator.test_fidelity_false_alarms6 import EXC, INC, checks
from translator.criteria import SectionKind

# NCT01012362 I3
ALLOWED_BUT = (
    "Prior systemic chemotherapy, immunotherapy, or biological therapy is allowed; however prior use of either "
    "pazopanib or ixabepilone alone or in combination is not allowed."
)
# NCT01657760 E19
VITALS = (
    "Resting vital signs on any study visit outside of acceptable parameters: Pulse of 50-105 bpm, Blood pressures of "
    "90-160 mm Hg systolic, 55-100 mm Hg diastolic;"
)
VITALS_SAID = (
    "Your resting vital signs at any study visit are {} the acceptable limits: a pulse of 50 to 105 beats per minute, "
    "a systolic blood pressure of 90 to 160 mm Hg, and a diastolic blood pressure of 55 to 100 mm Hg."
)
# NCT02211833 I2
NSCLC = (
    "Recurrent, advanced or metastatic NSCLC that had progressed following 1 prior chemotherapy regimen for advanced "
    "disease. Patients could have received prior adjuvant chemotherapy as long as the disease free interval was longer "
    "than 1 year."
)
NSCLC_SAID = (
    "Your non-small cell lung cancer (NSCLC) is recurrent, advanced or has spread (metastatic), and it got worse "
    "after 1 earlier chemotherapy regimen for advanced disease. You could have had earlier adjuvant chemotherapy as "
    "long as you {} for longer than 1 year afterwards."
)
# NCT01046487 I2
INOPERABLE = "metastatic disease or locally advanced disease, inoperable, with no standard treatment"
INOPERABLE_SAID = "Your disease has spread (metastatic) or is locally advanced, {}, and has no standard treatment."
# NCT01294215 I4
ADALAT = (
    "Patients who are treated with Adalat CR 40 mg od and at least one antihypertensive drug (other than Ca "
    "antagonists) for 4 weeks or more before entry in this study"
)
ADALAT_SAID = (
    "You are being treated with Adalat CR 40 mg once a day and at least one other blood pressure medicine (not a "
    "calcium antagonist) for 4 weeks or more {}."
)
# NCT00570921 I7
WASHOUT = (
    "Prior aromatase inhibitor therapy or other endocrine therapy must be discontinued at least 1 week prior to "
    "enrollment and any toxicity from such therapy must have reverted to grade I or less at the time of enrollment"
)
WASHOUT_SAID = (
    "Any earlier aromatase inhibitor or other hormone (endocrine) therapy must have been stopped at least 1 week "
    "before enrollment, and any side effects from it must have gone back to grade I or less {}."
)
# NCT02158533 I2
CONTRACEPTION = "Agree to use an acceptable method of contraception for the duration of the study"
# NCT01780831 I4.2
NEWBORN = "Cohort 2 RAL-exposed: Aged 60 hours or less."
# NCT01269047 I4
TANNER = "Tanner stage greater than or equal to 3"
# NCT02396316 E4
SUSPECTED = "Women who are pregnant, suspected of being pregnant or lactating,"
# NCT00297089 E5
WEIGHT_LOSS = "Significant weight loss (>10%) within 6 weeks of study entry"
# NCT03413618 E8
VERIFIED = "Use of other anticoagulants for more than 7 days from the DVT verification"
VERIFIED_SAID = ("You have used other blood thinners (anticoagulants) for more than {} days from when your DVT (deep "
                 "vein clot) was {}.")


@pytest.mark.parametrize(("source", "faithful", "wrong", "kind"), [
    # A prohibition ("is not allowed", no cue) said with a plain "not", beside the exception said as a permission
    (ALLOWED_BUT,
     "You may have had earlier systemic chemotherapy, immunotherapy, or biological therapy; however, you may not have "
     "used pazopanib or ixabepilone before, alone or together.",
     ["You may not have had earlier systemic chemotherapy, immunotherapy, or biological therapy; however, you may not "
      "have used pazopanib or ixabepilone before, alone or together.",
      "You may have had earlier systemic chemotherapy, immunotherapy, or biological therapy; however, you may have "
      "used pazopanib or ixabepilone before, alone or together.",
      "You may have had earlier systemic chemotherapy, immunotherapy, or biological therapy; however, you may not have "
      "used pazopanib or ixabepilone before, alone or together, and you have not had surgery."], INC),
    ("Prior use of pazopanib is not allowed.", "You must not have used pazopanib before.",
     ["You have used pazopanib before.", "You must not have used pazopanib before and you have not had surgery."], INC),
    # "outside of" with no determiner is the negation "outside the" is
    (VITALS, VITALS_SAID.format("outside"), [VITALS_SAID.format("within")], EXC),
    # "disease free interval" spaced, as "disease-free interval" hyphenated
    (NSCLC, NSCLC_SAID.format("were free of disease"), [NSCLC_SAID.format("had disease")], INC),
    # "inoperable" said as what it means, or kept with the lexicon's gloss
    (INOPERABLE, INOPERABLE_SAID.format("cannot be removed by surgery"),
     [INOPERABLE_SAID.format("can be removed by surgery"), INOPERABLE_SAID.format("is operable")], INC),
    (INOPERABLE, INOPERABLE_SAID.format("inoperable (cannot be treated by surgery)"),
     [INOPERABLE_SAID.format("inoperable (can be treated by surgery)")], INC),
    # "entering this study" is joining it, as "entry in this study" is
    (ADALAT, ADALAT_SAID.format("before entering this study"),
     [ADALAT_SAID.format("after entering this study"), ADALAT_SAID.format("before randomization in this study")], INC),
    # "by the time you enroll": at enrollment
    (WASHOUT, WASHOUT_SAID.format("by the time you enroll"),
     [WASHOUT_SAID.format("by the time you are randomized"), WASHOUT_SAID.format("").replace(" .", ".")], INC),
    # "for as long as the study lasts": during the study
    (CONTRACEPTION, "You agree to use an acceptable method of birth control for as long as the study lasts.",
     ["You agree to use an acceptable method of birth control until the study starts.",
      "You agree to use an acceptable method of birth control for as long as the treatment lasts."], INC),
    # "60 hours old or younger": an age in hours with its bound after "old", as in years
    (NEWBORN, "Cohort 2 babies exposed to raltegravir (RAL-exposed): 60 hours old or younger.",
     ["Cohort 2 babies exposed to raltegravir (RAL-exposed): 60 hours old or older.",
      "Cohort 2 babies exposed to raltegravir (RAL-exposed): 72 hours old or younger."], INC),
    # "stage is 3 or higher": a stage said with its verb
    (TANNER, "Your puberty (Tanner) stage is 3 or higher.",
     ["Your puberty (Tanner) stage is 2 or higher.", "Your puberty (Tanner) stage is 3 or lower."], INC),
    # "might be pregnant" says "suspected of being pregnant"; "may be given" says nothing of it
    (SUSPECTED, "You are a woman who is pregnant, might be pregnant, or is breastfeeding.",
     ["You are a woman who is pregnant or is breastfeeding.",
      "You are a woman who is pregnant, may be given birth control, or is breastfeeding."], EXC),
    # "a lot of weight" says "significant weight loss"
    (WEIGHT_LOSS, "You have lost a lot of weight (more than 10%) in the 6 weeks before study entry.",
     ["You have lost weight (more than 10%) in the 6 weeks before study entry.",
      "You have lost a lot of weight (more than 5%) in the 6 weeks before study entry."], EXC),
    # "verification" is the result "confirmed", as "verified" is
    (VERIFIED, VERIFIED_SAID.format(7, "confirmed"),
     [VERIFIED_SAID.format(7, "found"), VERIFIED_SAID.format(5, "confirmed")], EXC),
])
def test_faithful_wording_passes_and_planted_error_is_caught(source: str, faithful: str, wrong: list[str],
                                                            kind: SectionKind) -> None:
    assert checks(source, faithful, kind) == []
    for bullet in wrong:
        assert checks(source, bullet, kind), bullet


def test_by_needs_the_time_to_be_a_window() -> None:
    # NCT02387359 E12: "approved by the study Medical Monitor" is no time "at the study"
    source = "Any laboratory value > 3X ULN unless discussed and approved by the study Medical Monitor"
    said = ("Any of your lab values is more than 3 times the upper limit of normal (ULN), unless the study Medical "
            "Monitor has discussed and approved it.")
    assert checks(source, said, EXC) == []
