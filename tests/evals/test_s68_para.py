"""False alarms of the fidelity checks on the 150 held-out paraphrases written in the session of 2026-12-06 12:51,
before the checks ran on them (evals/data/paraphrases_heldout.jsonl): each faithful bullet now passes, and the same
bullet with a planted error is still faulted.

- anchors (translator.anchors): "on entry" said "when you enter,"; "before enrolling on the study" said "before you
  enroll in the study"; "the first dose of drug on this study" is the study drug's; "the start of screening" is
  screening;
  "On randomised treatment" is the treatment assigned at random, no time;
- a bound shared over "or" past the word that says what the first amount measures ("≥ 160 mm Hg systolic or 95 mm Hg
  diastolic", translator.fidelity_restated); "the lab's upper limit of normal" is ULN (translator.units);
- "during the screening visit" is "at the screening visit" (translator.units);
- words that mean a negation said with a cue (translator.fidelity_negation_meanings, fidelity_negations):
  "incompatible" / "does not fit", "intolerability" / "could not tolerate", "regardless" / "no matter",
  "premenopausal" / "have not gone through menopause", "outpatients" / "not staying in hospital";
- "each one" is no count (translator.fact_pronoun_one); "one copy"/"two copies" of a gene say heterozygous and
  homozygous (translator.fidelity_counted);
- results (translator.results): "ascertained" is confirmed, "a good response" the positive one, "of the predicted
  normal value" the source's "of predicted normal", "meets the following DSM-5 criteria" meets named criteria;
- "Patients were excluded if …" sets no condition (translator.fidelity_clause_ends);
- a short bracket glosses the negated words before it: "do not agree (consent)" (translator.fidelity_negation_scope).
"""

from __future__ import annotations

import pytest

from tests.translator.test_fidelity_false_alarms6 import EXC, INC, checks
from translator.criteria import SectionKind


@pytest.mark.parametrize(("source", "faithful", "wrong", "kind"), [
    # NCT02670551 E6.1
    ("Participants with a positive cannabinoid on entry may be retested before randomization. If the participant "
     "remains positive, the participant is no longer eligible",
     "If you test positive for cannabinoids (cannabis) when you enter, you may be tested again before randomization. "
     "If you are still positive, you can no longer take part.",
     "If you test positive for cannabinoids (cannabis), you may be tested again before randomization. "
     "If you are still positive, you can no longer take part.", EXC),
    # NCT02078089 E4
    ("NOTE: Patients on gabapentin or pregabalin can be considered if they can be tapered off before enrolling on "
     "the study.",
     "Note: if you take gabapentin or pregabalin, you can be considered if you can be tapered off it before you "
     "enroll in the study.",
     "Note: if you take gabapentin or pregabalin, you can be considered if you can be tapered off it after you "
     "enroll in the study.", EXC),
    # NCT02849080 I2.2
    ("On randomised treatment with or without rescue medication at week 52.",
     "You are on your randomised treatment, with or without rescue medicine, at week 52.",
     "You are on your randomised treatment, with or without rescue medicine, at week 26.", INC),
    # NCT02611908 E5.1
    ("Chemotherapy, external beam radiation therapy, anticancer antibodies within 30 days prior to the first dose of "
     "drug on this study.",
     "Chemotherapy, external beam radiation therapy, or anticancer antibodies within 30 days before the first dose of "
     "the study drug.",
     "Chemotherapy, external beam radiation therapy, or anticancer antibodies within 30 days after the first dose of "
     "the study drug.", EXC),
    # NCT03514836 E2
    ("Administration of experimental therapy within the last 4 weeks before start of screening",
     "You have been given an experimental therapy within the last 4 weeks before screening starts.",
     "You have been given an experimental therapy within the last 4 weeks before randomization.", EXC),
    # NCT01082068 E7
    ("The subject has prothrombin time/ International Normalized Ratio (PT/ INR) or partial thromboplastin time (PTT) "
     "test results at screening that are above 1.3 x the laboratory upper limit of normal.",
     "At screening, your prothrombin time/International Normalized Ratio (PT/INR) or partial thromboplastin time "
     "(PTT) blood clotting test results are above 1.3 times the lab's upper limit of normal.",
     "At screening, your prothrombin time/International Normalized Ratio (PT/INR) or partial thromboplastin time "
     "(PTT) blood clotting test results are above 1.3 times the lab's lower limit of normal.", EXC),
    # NCT00863265 E2.3
    ("blood pressure >= 160 mm Hg systolic or 95 mm Hg diastolic;",
     "blood pressure of 160 mm Hg or higher for the top number (systolic) or 95 mm Hg or higher for the bottom number "
     "(diastolic).",
     "blood pressure of 160 mm Hg or higher for the top number (systolic) or 95 mm Hg or lower for the bottom number "
     "(diastolic).", EXC),
    # NCT02260492 I3
    ("Subjects with a pre-bronchodilator FEV1 of > 40% and <85% of the predicted value during the screening visit "
     "and on the first day of treatment",
     "Before using a bronchodilator, your FEV1 is more than 40% and less than 85% of the predicted value, at the "
     "screening visit and on the first day of treatment.",
     "Before using a bronchodilator, your FEV1 is more than 40% and less than 85% of the predicted value, before the "
     "screening visit and on the first day of treatment.", INC),
    # NCT00863265 E14
    ("Lifestyle or schedule incompatible with the study protocol;",
     "Your lifestyle or schedule does not fit with the study protocol.",
     "Your lifestyle or schedule fits with the study protocol.", EXC),
    # NCT02720523 I4.2
    ("Subjects who are responding to bDMARD therapy but had to discontinue due to intolerability (regardless of "
     "treatment duration).",
     "Your bDMARD was working, but you had to stop it because you could not tolerate it (no matter how long you took "
     "it).",
     "Your bDMARD was working, but you had to stop it because you could tolerate it (no matter how long you took "
     "it).", INC),
    # NCT02370888 I13
    ("Females of child-bearing potential (i.e., women who are premenopausal or not surgically sterile) may "
     "participate, provided they meet the following conditions:",
     "If you are a woman who can become pregnant (you have not gone through menopause or have not been surgically "
     "sterilized), you may take part, as long as you meet these conditions:",
     "If you are a woman who can become pregnant (you have not gone through menopause or have been surgically "
     "sterilized), you may take part, as long as you meet these conditions:", INC),
    # NCT01966107 I1
    ("Male or female outpatients ≥ 40 years of age",
     "You are a man or a woman, not staying in hospital (an outpatient), and you are 40 years of age or older.",
     "You are a man or a woman, not staying in hospital (an outpatient), and you are 45 years of age or older.", INC),
    # NCT05144867 I5
    ("1 to 3 brain metastases, each with a maximum diameter of no more than 3 cm on contrast enhanced magnetic "
     "resonance imaging(MRI) scans",
     "You have 1 to 3 tumors that have spread to the brain (brain metastases), and each one is no more than 3 cm "
     "across at its widest on contrast-enhanced magnetic resonance imaging (MRI) scans.",
     "You have 1 to 3 tumors that have spread to the brain (brain metastases), and each one is no more than 4 cm "
     "across at its widest on contrast-enhanced magnetic resonance imaging (MRI) scans.", INC),
    # NCT03227471 I5.1, I5.2
    ("Parts D and F: Heterozygous for F508del and an MF mutation (F/MF)",
     "Parts D and F: you have one copy of F508del and one MF mutation (heterozygous, F/MF).",
     "Parts D and F: you have two copies of F508del and one MF mutation (heterozygous, F/MF).", INC),
    ("Part E: Homozygous for F508del (F/F)",
     "Part E: you have two copies of F508del (homozygous, F/F).",
     "Part E: you have three copies of F508del (homozygous, F/F).", INC),
    # NCT04427332 E1
    ("Patients without ascertained diagnosis of Sars-Cov-2 infection carried out at San Gerardo Hospital in Monza;",
     "You do not have a confirmed diagnosis of Sars-Cov-2 infection made at San Gerardo Hospital in Monza.",
     "You have a confirmed diagnosis of Sars-Cov-2 infection made at San Gerardo Hospital in Monza.", EXC),
    # NCT03107026 I2
    ("Subject meets the following DSM-5 criteria for a diagnosis of BED. An episode of binge eating is characterized "
     "by both:",
     "You meet the DSM-5 criteria for a diagnosis of binge eating disorder (BED). An episode of binge eating has both "
     "of these:",
     "You meet the DSM-4 criteria for a diagnosis of binge eating disorder (BED). An episode of binge eating has both "
     "of these:", INC),
    # NCT02485249 I2.3
    ("Cystoid macular edema (CME) secondary to having undergone a previous PPV and having a mean CST ≥ 300µm on "
     "SD-OCT images taken at the baseline visit (Day 0) having a history of previous positive response to steroid "
     "treatment",
     "Cystoid macular edema (CME) after a previous PPV (eye surgery to remove the vitreous gel), with a mean CST of "
     "at least 300µm on SD-OCT images taken at the baseline visit (Day 0), and a history of a good response to "
     "steroid treatment in the past",
     "Cystoid macular edema (CME) after a previous PPV (eye surgery to remove the vitreous gel), with a mean CST of "
     "at least 300µm on SD-OCT images taken at the baseline visit (Day 0), and a history of a poor response to "
     "steroid treatment in the past", INC),
    # NCT03135899 I1.1 (shortened)
    ("Pre-bronchodilator clinic measured FEV1 >=70% of predicted normal at the screening visit.",
     "Before using a bronchodilator, your FEV1 measured in the clinic is 70% or more of the predicted normal value at "
     "the screening visit.",
     "Before using a bronchodilator, your FEV1 measured in the clinic is 70% or more of the predicted value at the "
     "screening visit.", INC),
    # NCT01441245 E1
    ("Patients were excluded if they had received more than 2 IV doses of furosemide or any continuous infusion of "
     "furosemide 1 month before randomization",
     "You received more than 2 doses of furosemide through a vein (IV), or any continuous furosemide infusion, in "
     "the 1 month before randomization.",
     "You received more than 3 doses of furosemide through a vein (IV), or any continuous furosemide infusion, in "
     "the 1 month before randomization.", EXC),
    # NCT05123326 E1
    ("Patients who do not consent to the study.",
     "You do not agree (consent) to take part in the study.",
     "You agree (consent) to take part in the study.", EXC),
])
def test_faithful_paraphrase_passes_and_planted_error_is_caught(
        source: str, faithful: str, wrong: str, kind: SectionKind) -> None:
    assert checks(source, faithful, kind) == []
    assert checks(source, wrong, kind) != []


def test_a_real_condition_after_if_is_still_required() -> None:
    # the frame "excluded if" is no condition; an "if" of the criterion's own still is
    source = "Use of systemic steroids if the daily dose is above 10 mg of prednisone"
    assert "content_missing" in checks(source, "You use systemic steroids.", EXC)
