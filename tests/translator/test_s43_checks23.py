"""checks23: faithful LLM-style rewordings the checks once flagged, and the real losses they must still catch.

- "when you are randomized" is "at time of randomization" (translator.anchors); "the 7 days immediately preceding
  Visit 2" are before it, as "right before Visit 2" says (translator.temporal);
- "organ system problem" says "organ system dysfunction" (translator.fidelity_content);
- "1.5 IU per kg of body weight or less" is one bound (translator.fact_per_weight), and "international units" is IU
  (translator.units); "greater than 2 times (inclusive) the ULN" is ≥ 2 × ULN (translator.fact_inclusive);
  "minimum weight 50 kg" is ≥ 50 kg (translator.numbers); "a single one" is no number;
- "showed no A, no B and no C" is "negative for A, B or C" (translator.shown_none);
- "Tissue or cell tests" say "histologically or cytologically" (translator.fidelity_content); "Apart from this, …"
  adds, it takes no case out (translator.negation);
- NCT02442700 I5: "without any lipid-lowering agent or discontinued it" negates no list, so a planted "did not
  stop" is a negation added (translator.fidelity_negations).
"""

from __future__ import annotations

import pytest

from tests.translator.test_fidelity_false_alarms6 import EXC, INC, checks
from translator.criteria import SectionKind

SUNITINIB = ("At time of randomization, at least 2 weeks since prior treatment with sunitinib, palliative radiation "
             "therapy, and/or surgery.")
SUNITINIB_WORDS = ("When you are {}, at least 2 weeks have passed since your past treatment with sunitinib, palliative "
                   "radiation therapy, and/or surgery.")
DIARY = ("Electronic Diary Compliance: Compliance with completion of the eDiary defined as completion of all questions "
         "on 5 or more days out of the 7 days immediately preceding Visit 2.")
DIARY_WORDS = ("Electronic diary compliance: you completed the eDiary, meaning you answered all its questions on 5 or "
               "more days out of the 7 days right {} Visit 2.")
IBRUTINIB = ("An life-threatening illness, medical condition, or organ system dysfunction which, in the investigator's "
             "opinion could compromise the subject's safety, interfere with the absorption or metabolism of Ibrutinib "
             "capsules, or put the study outcomes at undue risk")
IBRUTINIB_WORDS = ("You have a life-threatening illness, {} that the investigator thinks could put your safety at "
                   "risk, interfere with how Ibrutinib capsules are absorbed or broken down, or put the study results "
                   "at undue risk.")
INSULIN = ("Have had type 1 diabetes mellitus (T1DM) based on the World Health Organization classification for at "
           "least 1 year and have a daily insulin dose ≤1.5 international units (IU) per kilogram (kg) of body weight")
INSULIN_WORDS = ("You have had type 1 diabetes (T1DM), based on the World Health Organization classification, for 1 "
                 "year or more, and your daily insulin dose is {}.")
ALT = ("Evidence of at least one elevated serum alanine amonotransferase (ALT) levels greater than 2 times (inclusive) "
       "the upper limit of the normal range (ULN) in the previous 6 months.")
ALT_WORDS = "In the previous 6 months, at least one blood test showed a raised ALT level {}."
WEIGHT = ("Body mass index (BMI) 18-32 kg/m2 inclusive for HV and 18-36 kg/m2 for subjects with CHC, minimum weight "
          "50 kg in both populations.")
WEIGHT_WORDS = ("Your BMI is 18-32 kg/m2 inclusive if you are a healthy volunteer (HV), or 18-36 kg/m2 if you have "
                "CHC, {} in both groups.")
BLACKOUTS = ("Subject has a history of epilepsy, seizures (except childhood febrile seizures), unexplained syncope or "
             "other unexplained blackouts (except single incident), or head trauma with loss of consciousness lasting "
             "more than 5 minutes, or a history of clinically significant repeated head-traumas without loss of "
             "consciousness.")
BLACKOUT_WORDS = ("You have a history of epilepsy, seizures (not counting febrile seizures in childhood), unexplained "
                  "fainting or other unexplained blackouts ({}), or a head injury with loss of consciousness for more "
                  "than 5 minutes, or a history of clinically significant repeated head injuries without loss of "
                  "consciousness.")
HNSCC = ("Pathologically (histologically or cytologically) proven diagnosis of head and neck squamous cell carcinoma "
         "(HNSCC) involving the oral cavity (excluding lips), oropharynx (p16 negative), hypopharynx or larynx")
HNSCC_WORDS = ("{} have proven that you have head and neck squamous cell carcinoma (HNSCC) in the oral cavity (not the "
               "lips), the oropharynx (p16 negative), the hypopharynx or the larynx.")
CONTRACEPTION = ("Negative pregnancy test if female and of childbearing age. In addition, females of childbearing age "
                 "must agree to use effective contraception for the duration of the study.")
CONTRACEPTION_WORDS = ("If you are a woman who can become pregnant, you have a negative pregnancy test. Apart from "
                       "this, you must {}agree to use effective birth control for the whole study.")
SITES = ("Patient's disease may not involve more than 3 metastatic sites. In addition, patient may not be symptomatic "
         "from pulmonary metastasis or have liver metastasis involving > 50% of parenchyma.")
COLONOSCOPY = ("Colonoscopy negative for obstructive lesions, cancer, or inflammatory bowel disease (IBS) within the "
               "last 8 years if 50 years of age or older")
COLONOSCOPY_WORDS = ("If you are 50 years old or older: in the last 8 years, a colonoscopy {} inflammatory bowel "
                     "disease (IBS).")
LIPIDS = ("patients who had cholesterol level between 200 and 500 and LDL between 130 and 400 mg/dL without any "
          "lipid-lowering agent or discontinued the lipid-lowering agent at least 1 month prior to randomization")
LIPID_WORDS = ("Your cholesterol level is between 200 and 500 and your LDL is between 130 and 400 mg/dL, and you take "
               "no lipid-lowering medicine or you {} your lipid-lowering medicine 1 month or more before "
               "randomization.")


@pytest.mark.parametrize(("source", "faithful", "kind"), [
    # NCT00474786 I: "when you are randomized"
    (SUNITINIB, SUNITINIB_WORDS.format("randomized"), INC),
    # NCT02105961 O1.2: "right before Visit 2", and the offline's "right preceding"
    (DIARY, DIARY_WORDS.format("before"), INC),
    (DIARY, DIARY_WORDS.format("preceding"), INC),
    # NCT02863718 E5: "organ system problem"
    (IBRUTINIB, IBRUTINIB_WORDS.format("medical condition or organ system problem"), EXC),
    # NCT01640834 I1: the bound after the weight the dose is counted per, units said either way
    (INSULIN, INSULIN_WORDS.format("1.5 IU per kg of body weight or less"), INC),
    (INSULIN, INSULIN_WORDS.format("1.5 international units (IU) per kilogram of body weight or less"), INC),
    (INSULIN, INSULIN_WORDS.format("no more than 1.5 international units (IU) per kg of body weight"), INC),
    # NCT01205165 I1.3: "(inclusive)" takes the 2 in
    (ALT, ALT_WORDS.format("of 2 times the ULN or more"), INC),
    (ALT, ALT_WORDS.format("at least 2 times the ULN"), INC),
    (ALT, ALT_WORDS.format("more than 2 times (inclusive) the ULN"), INC),
    # NCT01554085 I5: "minimum weight 50 kg" is a floor
    (WEIGHT, WEIGHT_WORDS.format("with a minimum weight of 50 kg"), INC),
    (WEIGHT, WEIGHT_WORDS.format("and you weigh at least 50 kg"), INC),
    (WEIGHT, WEIGHT_WORDS.format("and your minimum weight is 50 kg"), INC),
    # NCT02564588 E18: "a single one" counts nothing new
    (BLACKOUTS, BLACKOUT_WORDS.format("unless it was a single one"), EXC),
    # NCT00276406 I5: "negative for A, B or C" said as "showed no A, no B and no C"
    (COLONOSCOPY, COLONOSCOPY_WORDS.format("showed no obstructive lesions, no cancer and no"), INC),
    (COLONOSCOPY, COLONOSCOPY_WORDS.format("found no obstructive lesions, no cancer, or no"), INC),
    # NCT02775812 I2: "Tissue or cell tests"
    (HNSCC, HNSCC_WORDS.format("Tissue or cell tests"), INC),
    # NCT00170053 I, NCT00216047 I: "Apart from this," for "In addition,"
    (CONTRACEPTION, CONTRACEPTION_WORDS.format(""), INC),
    (SITES, "Your disease does not involve more than 3 metastatic sites. Apart from this, you do not have symptoms "
     "from lung metastasis or liver metastasis involving more than 50% of the liver tissue.", INC),
    # NCT02442700 I5: the faithful wording of the detection hole
    (LIPIDS, LIPID_WORDS.format("stopped"), INC),
])
def test_faithful_llm_rewordings_stay_silent(source: str, faithful: str, kind: SectionKind) -> None:
    assert checks(source, faithful, kind) == []


@pytest.mark.parametrize(("source", "lost", "kind", "check"), [
    # another event; the window turned round
    (SUNITINIB, SUNITINIB_WORDS.format("screened"), INC, "fact_missing"),
    (DIARY, DIARY_WORDS.format("after"), INC, "fact_changed"),
    # the item left out
    (IBRUTINIB, IBRUTINIB_WORDS.format("medical condition"), EXC, "content_missing"),
    (IBRUTINIB, IBRUTINIB_WORDS.format("or organ system problem"), EXC, "content_missing"),
    # the bound turned round, the number changed, the bound dropped
    (INSULIN, INSULIN_WORDS.format("1.5 IU per kg of body weight or more"), INC, "fact_changed"),
    (INSULIN, INSULIN_WORDS.format("2.5 IU per kg of body weight or less"), INC, "fact_changed"),
    (INSULIN, INSULIN_WORDS.format("1.5 IU per kg of body weight"), INC, "fact_changed"),
    (ALT, ALT_WORDS.format("of 3 times the ULN or more"), INC, "fact_changed"),
    (ALT, ALT_WORDS.format("of 2 times the ULN or less"), INC, "fact_changed"),
    (WEIGHT, WEIGHT_WORDS.format("with a maximum weight of 50 kg"), INC, "fact_changed"),
    (WEIGHT, WEIGHT_WORDS.format("with a minimum weight of 60 kg"), INC, "fact_changed"),
    # a number that is one
    (BLACKOUTS, BLACKOUT_WORDS.format("unless it was a single one in one year"), EXC, "fact_invented"),
    # an item shown, not ruled out; the result turned round
    (COLONOSCOPY, COLONOSCOPY_WORDS.format("showed no obstructive lesions, no cancer and"), INC, "negation_added"),
    (COLONOSCOPY, COLONOSCOPY_WORDS.format("showed no obstructive lesions, cancer and no"), INC, "negation_added"),
    (COLONOSCOPY, COLONOSCOPY_WORDS.format("showed obstructive lesions, no cancer and no"), INC, "fact_missing"),
    # a test left out
    (HNSCC, HNSCC_WORDS.format("Tissue tests"), INC, "content_missing"),
    # a negation planted after "Apart from this"; a real exception dropped
    (CONTRACEPTION, CONTRACEPTION_WORDS.format("not "), INC, "negation_added"),
    ("Prior anti-tumor therapy apart from radiation therapy", "You have had anti-tumor therapy before.", EXC,
     "negation_dropped"),
    # NCT02442700 I5: the detection hole, a planted "not"
    (LIPIDS, LIPID_WORDS.format("did not stop"), INC, "negation_added"),
])
def test_real_losses_are_still_caught(source: str, lost: str, kind: SectionKind, check: str) -> None:
    assert check in checks(source, lost, kind)
