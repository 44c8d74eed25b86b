"""Plain wordings the 100 out-of-sample paraphrases of session 64 (helper para38a) showed the checks faulted, each
accepted now and each still faulted with a planted error: the faithful bullet draws no error, the wrong one does.

Inputs are the corpus criteria the paraphrases cover (their NCT id and criterion id in a comment), and the bullets
are those of `evals/data/paraphrases.jsonl` or that bullet with one planted error.
"""

from __future__ import annotations

import pytest

from evals.cases import CaseBullet, CaseSource, EvalCase, case_errors
from translator.criteria import SectionKind

EXC, INC, OTH = SectionKind.EXCLUSION, SectionKind.INCLUSION, SectionKind.OTHER


def errors(sources: dict[str, str], bullets: list[tuple[str, list[str]]], kind: SectionKind) -> list[str]:
    """The checks that report an error on the bullets (text, cited ids) rendering `sources` (id → text)."""
    case = EvalCase(case_id="t", nct_id="NCT00000000", origin="paraphrase",
                    sources=[CaseSource(id=i, kind=kind, text=t) for i, t in sources.items()],
                    bullets=[CaseBullet(text=t, source_ids=ids, kind=kind) for t, ids in bullets])
    return sorted({f.check for f in case_errors(case)})


# (source, faithful bullet, the bullet with a planted error, section, the check that must fault the planted error)
ONE = [
    # NCT01061736 I2.3: "continuous" said "without a break" (translator.fidelity_negation_meanings)
    ("continuous treatment with MTX for at least 12 weeks prior to baseline visit and on stable dose for at least 6 "
     "weeks prior to screening visit.",
     "You have taken methotrexate (MTX) without a break for at least 12 weeks before the baseline visit, on a stable "
     "dose for at least 6 weeks before the screening visit.",
     "You have taken methotrexate (MTX) without a break for at least 12 weeks before the baseline visit, not on a "
     "stable dose for at least 6 weeks before the screening visit.", INC, "negation_added"),
    # NCT01656031 I2.3: "refractory" said "did not respond"
    ("Refractory to initial induction therapy",
     "Your disease did not respond to the first treatment (initial induction therapy).",
     "Your disease did not respond to the first treatment (initial induction therapy), and it has not come back.",
     INC, "negation_added"),
    # …and said "did respond", with no cue: the negation the word carries is lost
    ("Refractory to initial induction therapy",
     "Your disease did not respond to the first treatment (initial induction therapy).",
     "Your disease did respond to the first treatment (initial induction therapy).", INC, "negation_dropped"),
    # NCT01240928 I6.3: "with amenorrhea" said "with periods" has lost it the same way
    ("Prior bilateral oophorectomy or prior radiation castration with amenorrhea for at least 6 months",
     "You have had both ovaries removed (bilateral oophorectomy) or radiation to stop your ovaries working (radiation "
     "castration), with no periods for at least 6 months.",
     "You have had both ovaries removed (bilateral oophorectomy) or radiation to stop your ovaries working (radiation "
     "castration), with periods for at least 6 months.", INC, "negation_dropped"),
    # NCT01507610 I5.3: "amenorrhea" said "no periods", the term kept in a gloss
    ("bilateral oophorectomy or be postmenopausal with amenorrhea for at least 1 year prior to Day 1 and follicle "
     "stimulating hormone (FSH) serum levels ≥ 40 mIU/mL.",
     "removal of both ovaries (bilateral oophorectomy), or you are past menopause with no periods (amenorrhea) for "
     "at least 1 year before Day 1 and a blood follicle stimulating hormone (FSH) level of 40 mIU/mL or more",
     "removal of both ovaries (bilateral oophorectomy), or you are not past menopause with no periods (amenorrhea) "
     "for at least 1 year before Day 1 and a blood follicle stimulating hormone (FSH) level of 40 mIU/mL or more",
     INC, "negation_added"),
    # NCT00469937 I1: "extracranial" said "outside the skull"
    ("Histopathologically confirmed extracranial primary malignancy",
     "Tissue tests confirm that your main (primary) cancer started outside the skull (extracranial).",
     "Tissue tests do not confirm that your main (primary) cancer started outside the skull (extracranial).",
     INC, "negation_added"),
    # NCT00585468 E4: "a low count of neutrophils" is neutropenia, no level of its own (translator.fact_levels)…
    ("Neutropenia (Absolute Neutrophil Count < 1.3x10^3/mL)",
     "You have a low count of neutrophils, a type of white blood cell (neutropenia): an absolute neutrophil count "
     "below 1.3x10^3/mL.",
     "You have a high count of neutrophils, a type of white blood cell (neutropenia): an absolute neutrophil count "
     "below 1.3x10^3/mL.", EXC, "fact_invented"),
    # …and "reduced blood flow to the heart" is cardiac ischaemia (NCT00589550 I28.1)
    ("Cardiac ischemia", "reduced blood flow to the heart (cardiac ischemia)",
     "increased blood flow to the heart (cardiac ischemia)", INC, "fact_invented"),
    # NCT01064622 E9: "despite adequate supplementation" said "even with enough supplements" (translator.results)
    ("Patients with uncontrolled hypocalcemia, hypomagnesemia, hyponatremia, or hypokalemia, defined as less than the "
     "lower limit of normal for the institution, despite adequate electrolyte supplementation are excluded from this "
     "study",
     "You have low calcium, low magnesium, low sodium or low potassium (hypocalcemia, hypomagnesemia, hyponatremia or "
     "hypokalemia) that is not controlled, meaning below the lower limit of normal for the study site, even with "
     "enough electrolyte supplements.",
     "You have low calcium, low magnesium, low sodium or low potassium (hypocalcemia, hypomagnesemia, hyponatremia or "
     "hypokalemia) that is not controlled, meaning below the lower limit of normal for the study site, even with "
     "electrolyte supplements.", EXC, "fact_missing"),
    # NCT00737204 E12: "twice/week" is twice a week (translator.quantities)
    ("Regular and frequent cannabis use (> twice/week regularly)",
     "You use cannabis regularly and often (more than twice a week on a regular basis).",
     "You use cannabis regularly and often (more than twice a month on a regular basis).", EXC, "fact_changed"),
    # NCT01062230 I2.2: "mg per 24 hours" is the rate "mg/24 hrs", its period no fact of its own
    ("Urinary M-protein excretion > 200 mg/24 hrs; or", "M-protein in your urine above 200 mg per 24 hours, or",
     "M-protein in your urine above 100 mg per 24 hours, or", INC, "fact_changed"),
    # NCT01120834 I6.2: "75,000//uL" is 75,000/uL
    ("platelets > = 75,000//uL", "Your platelet count is 75,000/uL or more.",
     "Your platelet count is 75,000/uL or less.", INC, "fact_changed"),
    # NCT00763412 I3: "or above" right before a number bounds that number (translator.numbers)
    ("Must have a glucose pattern by Oral Glucose Tolerance Test with fasting blood glucose <126 mg/dl and 2 hour: "
     "140 - 199 mg/dl or >200 mg/dl.",
     "On an oral glucose tolerance test, your fasting blood glucose must be below 126 mg/dl, and your 2-hour blood "
     "glucose must be 140 to 199 mg/dl or above 200 mg/dl.",
     "On an oral glucose tolerance test, your fasting blood glucose must be below 126 mg/dl, and your 2-hour blood "
     "glucose must be 140 to 199 mg/dl or below 200 mg/dl.", INC, "fact_changed"),
    # NCT00753935 I1: "When you enroll" is "at time of enrollment" (translator.anchors)
    ("On aspirin 81-325mg daily at time of enrollment",
     "When you enroll, you take 81 to 325 mg of aspirin every day.",
     "When you are randomized, you take 81 to 325 mg of aspirin every day.", INC, "fact_changed"),
    # NCT01448200 O3: "at Screen" is at screening
    ("ALT must be <5 x ULN at screen",
     "At screening, your ALT (a liver enzyme) must be less than 5 times the upper limit of normal (ULN).",
     "At baseline, your ALT (a liver enzyme) must be less than 5 times the upper limit of normal (ULN).",
     OTH, "fact_changed"),
    # NCT00555256 O7: "before you start the study drug" is before its first dose, not before the study starts
    ("Patients may not have undergone major surgery within 4 weeks prior to starting study drug administration. In "
     "addition, any surgical complications must be resolved, and the surgical scar must be determined by the surgeon "
     "to be healing appropriately",
     "You must not have had major surgery in the 4 weeks before you start the study drug. Any problems from surgery "
     "must also have cleared up, and your surgeon must find that your scar is healing properly.",
     "You must not have had major surgery in the 4 weeks before you start the study. Any problems from surgery "
     "must also have cleared up, and your surgeon must find that your scar is healing properly.",
     OTH, "fact_changed"),
    # NCT01534702 I1.2: a code's hyphen said as a space (translator.fidelity_codes)
    ("absence of an activating FLT3-mutation (FLT3-ITD or TKD-mutation)",
     "You do not have an activating FLT3 mutation (FLT3-ITD or TKD mutation).",
     "You do not have an activating mutation (FLT3-ITD or TKD mutation).", INC, "content_missing"),
]


@pytest.mark.parametrize(("source", "faithful", "wrong", "kind", "check"), ONE)
def test_faithful_wording_passes_and_planted_error_is_caught(source: str, faithful: str, wrong: str,
                                                              kind: SectionKind, check: str) -> None:
    assert errors({"1": source}, [(faithful, ["1"])], kind) == []
    assert check in errors({"1": source}, [(wrong, ["1"])], kind)


# NCT00467116 I1: a sub-item's "disease" is its parent's (translator.fidelity_conditions), and "cannot be removed by
# surgery (unresectable)" says the source's one negation twice (translator.fidelity_negation_meanings).
PANCREAS = {
    "I1": "Histologically confirmed adenocarcinoma of the pancreas (head, body, or tail) or periampullary region, "
          "meeting both of the following criteria:",
    "I1.1": "Unresectable disease",
    "I1.2": "Locally advanced disease",
}
PANCREAS_SAID = [
    ("Tests of tissue under a microscope confirm you have adenocarcinoma (a type of cancer) of the pancreas (head, "
     "body or tail) or of the periampullary region, and it meets both of these:", ["I1"]),
    ("It cannot be removed by surgery (unresectable).", ["I1.1"]),
    ("It is locally advanced.", ["I1.2"]),
]
# NCT00096486 I1: "Stage IV disease" said "Stage IV" under a parent bullet that names the cancer
LUNG = {
    "I1": "Histologically confirmed non-small cell lung cancer (NSCLC) meeting 1 of the following stage criteria:",
    "I1.1": "Stage IIIB (unresectable, with malignant pleural or pericardial effusion)",
    "I1.2": "Stage IV disease",
    "I1.3": "Recurrent disease",
}
LUNG_SAID = [
    ("Tissue tests confirm you have non-small cell lung cancer (NSCLC) at 1 of these stages:", ["I1"]),
    ("Stage IIIB that cannot be removed by surgery, with cancerous fluid around the lungs or the heart (malignant "
     "pleural or pericardial effusion)", ["I1.1"]),
    ("Stage IV", ["I1.2"]),
    ("Cancer that has come back (recurrent)", ["I1.3"]),
]
# NCT01266031 E21: "2+ or more" is the dipstick grade 2+ with its bound; "1g of protein or less" a bound on 1 g
PROTEIN = {
    "E21": "Proteinuria as demonstrated by:",
    "E21.1": "Urine protein: creatinine (UPC) ratio greater than or equal to 1.0 at screening OR",
    "E21.2": "Urine dipstick for proteinuria greater than or equal to 2+ (patients discovered to have greater than or "
             "equal to 2+ proteinuria on dipstick urinalysis at baseline should undergo a 24 hour urine collection "
             "and must demonstrate less than or equal to 1g of protein in 24 hours to be eligible).",
}
PROTEIN_SAID = [
    ("You have protein in your urine (proteinuria), shown by:", ["E21"]),
    ("a urine protein to creatinine (UPC) ratio of 1.0 or more at screening, or", ["E21.1"]),
    ("a urine dipstick result for protein of 2+ or more. If your dipstick urine test shows 2+ or more at baseline, "
     "you should have a 24 hour urine collection and must have 1g of protein or less in 24 hours to be eligible.",
     ["E21.2"]),
]
# NCT01240928 I6: "FSH values" said "your FSH" (translator.fidelity_measured_names); "no periods (amenorrhea)";
# "prior to protocol enrollment" said "before you enroll"
MENOPAUSE = {
    "I6": "Post-menopausal female subjects defined prior to protocol enrollment by any of the following:",
    "I6.1": "At least 55 years of age",
    "I6.2": "Under 55 years of age and amenorrheic for at least 12 months or follicle-stimulating hormone (FSH) "
            "values ≥ 40 IU/L and estradiol levels < or equal to 20IU/L",
    "I6.3": "Prior bilateral oophorectomy or prior radiation castration with amenorrhea for at least 6 months",
}
MENOPAUSE_SAID = [
    ("You are a woman past menopause, shown before you enroll by any of these:", ["I6"]),
    ("You are 55 years or older.", ["I6.1"]),
    ("You are younger than 55 and have had no periods (amenorrhea) for 12 months or more, or your "
     "follicle-stimulating hormone (FSH) is 40 IU/L or higher and your estradiol is 20 IU/L or lower.", ["I6.2"]),
    ("You have had both ovaries removed (bilateral oophorectomy) or radiation to stop your ovaries working "
     "(radiation castration), with no periods for at least 6 months.", ["I6.3"]),
]


# NCT06972459 I1: "cardiovascular disease" names a disease of its own, which the parent's "health problems" does not
# say for it: the sub-item is no stage or extent of the parent's disease
WEIGHT = {
    "I1": "Have body mass index (BMI) ≥30 kilograms per square meter (kg/m2) or BMI ≥25.0 kg/m2 and at least 1 of the "
          "following weight-related comorbidities at screening:",
    "I1.1": "hypertension",
    "I1.2": "dyslipidemia",
    "I1.3": "obstructive sleep apnea, or",
    "I1.4": "cardiovascular disease",
}
WEIGHT_SAID = [
    ("Your body mass index (BMI) is 30 kg/m2 or more, or your BMI is 25.0 kg/m2 or more and at screening you have at "
     "least 1 of these weight-related health problems:", ["I1"]),
    ("high blood pressure (hypertension)", ["I1.1"]),
    ("unhealthy levels of fats in the blood (dyslipidemia)", ["I1.2"]),
    ("obstructive sleep apnea", ["I1.3"]),
    ("heart or blood vessel disease (cardiovascular disease)", ["I1.4"]),
]


def _planted(said: list[tuple[str, list[str]]], index: int, old: str, new: str) -> list[tuple[str, list[str]]]:
    text, ids = said[index]
    assert old in text
    return [*said[:index], (text.replace(old, new), ids), *said[index + 1 :]]


@pytest.mark.parametrize(("sources", "said", "kind", "index", "old", "new", "check"), [
    (PANCREAS, PANCREAS_SAID, INC, 2, "It is locally advanced.", "It is not locally advanced.", "negation_added"),
    (PANCREAS, PANCREAS_SAID, INC, 1, "It cannot be removed by surgery (unresectable).",
     "It cannot be removed by surgery (unresectable) and has not spread.", "negation_added"),
    # the parent's bullet that names no disease leaves "Stage IV disease" without one
    (LUNG, LUNG_SAID, INC, 0, "non-small cell lung cancer (NSCLC) at 1 of these stages", "1 of these stages",
     "content_missing"),
    (WEIGHT, WEIGHT_SAID, INC, 4, "heart or blood vessel disease (cardiovascular disease)", "heart",
     "content_missing"),
    (PROTEIN, PROTEIN_SAID, EXC, 2, "1g of protein or less", "1g of protein or more", "fact_changed"),
    (PROTEIN, PROTEIN_SAID, EXC, 2, "for protein of 2+ or more", "for protein of 3+ or more", "fact_invented"),
    (MENOPAUSE, MENOPAUSE_SAID, INC, 0, "before you enroll", "before you are randomized", "fact_changed"),
    (MENOPAUSE, MENOPAUSE_SAID, INC, 2, "your follicle-stimulating hormone (FSH) is 40 IU/L",
     "it is 40 IU/L", "content_missing"),
])
def test_parent_and_children_pass_and_planted_error_is_caught(
        sources: dict[str, str], said: list[tuple[str, list[str]]], kind: SectionKind, index: int, old: str,
        new: str, check: str) -> None:
    assert errors(sources, said, kind) == []
    assert check in errors(sources, _planted(said, index, old, new), kind)

