"""Checks that see the planted errors the gate missed once the 310 older held-out paraphrases joined the gated pool
(session 76, checks-42), each with its faithful paraphrase passing and the planted error flagged:

- a member of a set named first in a text, right after an opening bracket, is counted ("or a sudden (chronic)
  infection" names "chronic"), an abbreviation the bullet says itself ("COPD") excuses no other member of its set
  beside it ("a resting lung rate"), a gloss may follow up to six words of the plain words it explains and hold up to
  eight ("a primary brain tumor (one that started in the spinal cord)"), and "mastectomy" names the breast
  (translator.fidelity_swaps);
- key words with few wordings: a leak, edema, "intermittent", "serious" before an infection or illness,
  "permanent", "during" of "during and 3 months after", "recreational", "deficits in understanding", "still
  receiving", "witnessed" (translator.fidelity_key_words);
- a "(… naïve)" gloss after words that say the thing was had ("You have ever taken antiretroviral therapy (ART
  naïve)") has lost the negation its words must say (translator.fidelity_negation_meanings);
- an acronym no lexicon knows and the source does not spell out ("DHHS") is said by a bullet (translator.
  fidelity_acronyms);
- key_word_dropped plants no error before a gloss in brackets that says the word in its own words (evals.
  mutations_terms).
"""

from __future__ import annotations

import random

import pytest

from evals.cases import CaseBullet, CaseSource, EvalCase, case_errors
from evals.mutations_terms import key_word_dropped
from tests.translator.test_fidelity_false_alarms6 import EXC, INC, checks
from translator.criteria import SectionKind


@pytest.mark.parametrize(("source", "faithful", "planted", "kind"), [
    # NCT00205699:paraphrase1212 (term_swapped)
    ("or acute infection.",
     "or a sudden (acute) infection.",
     "or a sudden (chronic) infection.",
     EXC),

    # NCT06201611:paraphrase22 (term_swapped)
    ("Absolute contra-indications for nebivolol - sick-sinus syndrome, sinus bradycardia with a resting "
     "heart rate < 50/ minute, second or third degree AV-nodal blocks fascicular blocks, severe asthma or "
     "COPD and acute heart failure",
     "You have a condition that rules out nebivolol completely: sick sinus syndrome, a slow heart rhythm "
     "(sinus bradycardia) with a resting heart rate under 50 per minute, second- or third-degree AV-nodal "
     "block, fascicular block, severe asthma or COPD, or acute heart failure.",
     "You have a condition that rules out nebivolol completely: sick sinus syndrome, a slow heart rhythm "
     "(sinus bradycardia) with a resting lung rate under 50 per minute, second- or third-degree AV-nodal "
     "block, fascicular block, severe asthma or COPD, or acute heart failure.",
     EXC),

    # NCT06381531:paraphrase1169 (term_swapped)
    ("All patients diagnosed with primary brain tumors with available pre/ post-operative or pre-radiation "
     "brain images with computed tomography (CT) or magnetic resonance imaging (MRI)",
     "You have been diagnosed with a primary brain tumor (one that started in the brain), and brain images "
     "taken before or after surgery, or before radiation, are available from a computed tomography (CT) "
     "scan or a magnetic resonance imaging (MRI) scan.",
     "You have been diagnosed with a primary brain tumor (one that started in the spinal cord), and brain "
     "images taken before or after surgery, or before radiation, are available from a computed tomography "
     "(CT) scan or a magnetic resonance imaging (MRI) scan.",
     INC),

    # NCT00469937:paraphrase1155 (term_swapped)
    ("Multiple (i.e., > 3) brain metastases OR < 3 metastases with at least 1 metastasis > 4.0 cm in "
     "diameter",
     "The cancer has spread to the brain in many places (more than 3 brain metastases), or in fewer than 3 "
     "places with at least 1 of them larger than 4.0 cm across.",
     "The cancer has spread to the spinal cord in many places (more than 3 brain metastases), or in fewer "
     "than 3 places with at least 1 of them larger than 4.0 cm across.",
     INC),

    # NCT05450016:paraphrase1198 (term_swapped)
    ("Mastectomy without whole breast reconstruction",
     "You have had a mastectomy (removal of the breast) without reconstruction of the whole breast.",
     "You have had a mastectomy (removal of the prostate) without reconstruction of the whole breast.",
     EXC),

])
def test_a_member_put_in_place_of_another(source: str, faithful: str, planted: str, kind: SectionKind) -> None:
    assert checks(source, faithful, kind) == []
    # (the swap may be told twice: where the organ stands, and beside a term whose plain words name the source's)
    assert set(checks(source, planted, kind)) == {"fact_changed"}


@pytest.mark.parametrize(("source", "faithful", "planted", "kind"), [
    # NCT01025570:paraphrase533 (clause_dropped)
    ("Any of the following post-operative complications: wound dehiscence or infection, intraabdominal "
     "abscess, pancreatic or biliary leak or fistula.",
     "After your operation you had any of these complications: the wound opening up (dehiscence) or an "
     "infected wound, an abscess inside the abdomen, or a leak or fistula from the pancreas or bile ducts.",
     "After your operation you had any of these complications: the wound opening up (dehiscence) or an "
     "infected wound, an abscess inside the abdomen or fistula from the pancreas or bile ducts.",
     EXC),

    # NCT02960672:paraphrase1163 (clause_dropped)
    ("Combined pulmonary embolism, pulmonary edema, pulmonary tuberculosis, and peumonias",
     "You also have a blood clot in the lungs (pulmonary embolism), fluid in the lungs (pulmonary edema), "
     "lung tuberculosis (pulmonary tuberculosis), or pneumonia.",
     "You also have a blood clot in the lungs (pulmonary embolism), lung tuberculosis (pulmonary "
     "tuberculosis), or pneumonia.",
     EXC),

    # NCT00293371:paraphrase843 (clause_dropped)
    ("Intermittent dexamethasone",
     "dexamethasone taken now and then (intermittently)",
     "dexamethasone taken now",
     INC),

    # NCT01248793:paraphrase1374 (clause_dropped)
    ("Have had a serious infection, or have been hospitalized for an infection, or have been treated with "
     "intravenous (IV) antibiotics for an infection within 2 months prior to first administration of study "
     "agent.",
     "Within 2 months before your first dose of the study drug (study agent), you had a serious infection, "
     "were in hospital for an infection, or got antibiotics through a vein (IV) for an infection.",
     "Within 2 months before your first dose of the study drug (study agent), were in hospital for an "
     "infection, or got antibiotics through a vein (IV) for an infection.",
     EXC),

    # NCT00448214:paraphrase1447 (clause_dropped)
    ("Subject has paroxysmal permanent or persistent NVAF",
     "You have atrial fibrillation not caused by a heart valve problem (NVAF) that is paroxysmal (comes "
     "and goes), permanent or persistent.",
     "You have atrial fibrillation not caused by a heart valve problem (NVAF) that is paroxysmal (comes "
     "and goes) or persistent.",
     INC),

    # NCT02374047:paraphrase1455 (time_window_dropped)
    ("Males: surgically sterile, abstinent, or subject or partner is utilizing an acceptable contraceptive "
     "method during and 3 months after the last study dose",
     "You are a man who is surgically sterile or abstinent, or you or your partner use an acceptable birth "
     "control method during the study and for 3 months after the last study dose.",
     "You are a man who is surgically sterile or abstinent, or you or your partner use an acceptable birth "
     "control method and for 3 months after the last study dose.",
     INC),

    # NCT02220894:paraphrase1150 (clause_dropped)
    ("Regular user (including \"recreational use\") of any illicit drugs or had a recent history (within the "
     "last year) of substance abuse (including alcohol)",
     "You regularly use any illegal (illicit) drugs, including \"recreational use\", or you have a recent "
     "history (within the last year) of substance abuse, including alcohol.",
     "You regularly use any illegal (illicit) drugs, or you have a recent history (within the last year) "
     "of substance abuse, including alcohol.",
     EXC),

    # NCT06442748:paraphrase1091 (clause_dropped)
    ("Altered mental status with deficits in understanding or inability to consent to the study",
     "Your mental state is changed (altered mental status), with problems understanding or being unable to "
     "consent to the study.",
     "Your mental state is changed (altered mental status) or being unable to consent to the study.",
     EXC),

    # NCT00264290:paraphrase1224 (clause_dropped)
    ("On a stable highly addictive antiretroviral therapy (HAART) regimen (DHHS definition) for the "
     "preceding 6 months.",
     "You have been on a stable highly active antiretroviral therapy (HAART) regimen, as defined by the "
     "DHHS, for the past 6 months.",
     "You have been on a stable highly active antiretroviral therapy (HAART) regimen, for the past 6 "
     "months.",
     INC),

    # NCT02660905:paraphrase1334 (clause_dropped)
    ("Prescribed cART that may include any DHHS recommended or alternative regimens, which the treating "
     "physician considers, is appropriate for their patient. (We anticipate that approximately 60% will be "
     "on HIV protease inhibitor-based regimens).",
     "You have been prescribed combination HIV treatment (cART), which may include any regimen recommended "
     "by the DHHS or an alternative regimen, that your doctor considers right for you. (About 60% are "
     "expected to be on regimens based on HIV protease inhibitors.)",
     "You have been prescribed combination HIV treatment (cART) or an alternative regimen, that your "
     "doctor considers right for you. (About 60% are expected to be on regimens based on HIV protease "
     "inhibitors.)",
     INC),
    # NCT02386800 E1 and I5 (the offline bullets of Chia's run)
    ("Patient has participated in a combination trial where ruxolitinib was dispensed in combination with another "
     "study medication and the patient is still receiving combination therapy.",
     "You have taken part in a combination trial where ruxolitinib was dispensed together with another study "
     "medicine and you are still getting combination treatment.",
     "You have taken part in a combination trial where ruxolitinib was dispensed together with another study "
     "medicine.", EXC),
    ("Written informed consent obtained prior to enrolling in roll-over study and receiving study medication. If "
     "consent cannot be expressed in writing, it must be formally documented and witnessed, ideally via an "
     "independent trusted witness.",
     "You have given written informed consent before enrolling in roll-over study and getting study medicine. If "
     "consent cannot be expressed in writing, it must be formally recorded and witnessed, ideally via an "
     "independent trusted witness.",
     "You have given written informed consent before enrolling in roll-over study and getting study medicine. If "
     "consent cannot be expressed in writing, it must be formally recorded, ideally via an independent trusted "
     "witness.", INC),
])
def test_a_thing_or_kind_left_out(source: str, faithful: str, planted: str, kind: SectionKind) -> None:
    assert checks(source, faithful, kind) == []
    # checks-45: "pulmonary edema" is also reported as the list item it is (a medical term's word lost with a copy of
    # "pulmonary"), beside "edema" as a key word: one kind of finding either way
    assert set(checks(source, planted, kind)) == {"content_missing"}


@pytest.mark.parametrize(("source", "bullet", "kind"), [
    # NCT02692716:paraphrase116: "on-and-off" says "intermittent"
    ("Chronic or intermittent hemodialysis or peritoneal dialysis or severe renal impairment (corresponding to eGFR "
     "(glomerular filtration rate, estimated) below 30 mL/min/1.73 m^2)",
     "You are on long-term or on-and-off hemodialysis or peritoneal dialysis, or your kidneys are severely impaired "
     "(an eGFR below 30 mL/min/1.73 m^2).", EXC),
    # an acronym the source spells out may be said in plain words; a shouted word or a unit is no acronym
    ("Females of Child-bearing Potential (FOCP) must have a negative serum pregnancy test at Screening",
     "If you are a female who can get pregnant, you must have a negative serum pregnancy test at screening.", INC),
    ("Patients who have had a prior stem cell transplantation are NOT eligible for participation",
     "You have had a past stem cell transplantation.", EXC),
    ("Have a heart rate <50 or ≥ 90 BPM at baseline prior to randomization.",
     "Your heart rate is less than 50 or 90 beats per minute or more at baseline before randomization.", EXC),
    # a gloss of the plain words before it that names their own member
    ("History of hepatic encephalopathy",
     "You have had brain problems caused by liver disease (hepatic encephalopathy).", EXC),
])
def test_near_misses_left_alone(source: str, bullet: str, kind: SectionKind) -> None:
    assert checks(source, bullet, kind) == []


def test_a_naive_gloss_after_words_that_say_it_was_had_has_lost_the_negation() -> None:
    # NCT03117569:paraphrase1251 (I8.1)
    source = "ART naïve with CD4 T cell count >500 cells/mm3; OR"
    faithful = ("You have never taken antiretroviral therapy (ART naïve) and your CD4 T cell count is above 500 "
                "cells/mm3; OR")
    assert checks(source, faithful, INC) == []
    assert checks(source, faithful.replace("never", "ever"), INC) == ["negation_dropped"]
    # words that say it with no cue ("new to") leave the gloss alone
    assert checks("Treatment-naive patients", "You are new to treatment (treatment-naive).", INC) == []


def _case(source: str, bullet: str) -> EvalCase:
    kind = SectionKind.EXCLUSION
    return EvalCase(case_id="T:1", nct_id="NCT00000000", origin="test",
                    sources=[CaseSource(id="E1", kind=kind, text=source)],
                    bullets=[CaseBullet(text=bullet, source_ids=["E1"], kind=kind)])


@pytest.mark.parametrize(("source", "bullet"), [
    # NCT02611908:paraphrase1049, NCT02038153:paraphrase1207, NCT06381531:paraphrase1169: the gloss still says the kind
    ("Allogeneic stem cell transplant within 6 months prior to first dose on this study",
     "An allogeneic stem cell transplant (cells from a donor) within 6 months before the first dose on this study."),
    ("Post autologous stem cell transplant bone marrow biopsy core that is consistent with morphologic remission",
     "A bone marrow biopsy core taken after your autologous stem cell transplant (a transplant using your own stem "
     "cells) is consistent with remission on morphology (how the cells look)."),
    ("All patients diagnosed with primary brain tumors", "You have been diagnosed with a primary brain tumor (one "
     "that started in the brain)."),
])
def test_no_key_word_dropped_before_a_gloss_that_says_it(source: str, bullet: str) -> None:
    assert case_errors(_case(source, bullet)) == []
    assert key_word_dropped(_case(source, bullet), random.Random(0)) is None


def test_a_key_word_before_a_gloss_of_its_noun_alone_is_still_dropped() -> None:
    case = _case("Symptomatic brain metastases", "You have symptomatic brain metastases (cancer that has spread to "
                 "the brain).")
    mutated = key_word_dropped(case, random.Random(0))
    assert mutated is not None and mutated.bullets[0].text.startswith("You have brain metastases")
    assert case_errors(mutated)
