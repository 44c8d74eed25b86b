"""Losses the checks missed in the planted-error suites of main (checks-30), each now found, and the faithful
bullet each was cut from still clear:

- a clause that holds only whose judgement decides ("that, in the study doctor's view or …"): the judged clause
  was cut (translator.fidelity_clause_ends);
- a run of unsaid words that is nearly a whole list member ("or significantly confound the assessments")
  (translator.fidelity_cut_members);
- "not randomized" said where the source negates nothing (translator.fidelity_verdicts);
- an exclusion's exception lost ("… may be eligible for taking part in the study") (translator.fidelity_verdicts);
- a class of medicines no bullet names ("antibiotics", "neuroleptic") (translator.fidelity_medicine_classes);
- an ordinal of a series ("first or second relapse") (translator.fidelity_ordinals), a common disease ("stroke")
  left out of a list (translator.fidelity_disease_names);
- a list item after an abbreviation the bullet spells out ("GCP and the local legislation") (translator.
  fidelity_deleted_items);
- "live disease", the liver's with a letter lost, swapped for the kidneys (translator.fidelity_swaps);
- a join turned round under a verdict on people, and one with "no" after it (translator.fidelity_joins).
"""

from __future__ import annotations

import pytest

from translator.backend import CriterionRequest, RenderedBullet, Rendering, RequestItem
from translator.criteria import SectionKind
from translator.fidelity import check_rendering
from translator.findings import Severity

EXC, INC = SectionKind.EXCLUSION, SectionKind.INCLUSION


def errors(source: str, bullet: str, kind: SectionKind) -> list[str]:
    request = CriterionRequest(kind=kind, items=[RequestItem(ref="1", text=source)])
    rendering = Rendering(bullets=[RenderedBullet(text=bullet, refs=["1"])])
    return [f"{f.check}: {f.message}" for f in check_rendering(request, rendering) if f.severity is Severity.ERROR]


E11 = ("Subject with cardiovascular, liver, renal, haematologic, gastrointestinal, immunologic, endocrine, metabolic, "
       "or central nervous system disease that, in the opinion of the Investigator, may adversely affect the safety "
       "of the subject or severely limit the lifespan of the subject (i.e. unlikely to complete the full duration of "
       "the study).")
E11_SAID = ("You have heart and blood vessel, liver, kidney, haematologic, digestive, immunologic, endocrine, "
            "metabolic, or central nervous system disease that, in the study doctor's view{} or severely limit your "
            "lifespan (that is, unlikely to complete the full length of the study).")
PT = ("Prothrombin time (PT) or international normalized ratio (INR) or partial thromboplastin time ≤1.5 x ULN. "
      "Patients on a stable, maintenance regimen of anticoagulant therapy for at least 30 days prior to study drug "
      "administration may have PT/INR measurements >1.5 x ULN if, in the opinion of the Investigator, the patient is "
      "suitable for the study.")
PT_SAID = ("Prothrombin time (PT) or international normalized ratio (INR) or partial thromboplastin time no more than "
           "1.5 times the upper limit of normal. Patients on a stable, maintenance regimen of anticoagulant treatment "
           "for at least 30 days before getting the study drug may have PT/INR measurements more than 1.5 times the "
           "upper limit of normal if, in the study doctor's view{}.")
ILLNESS = ("Clinically significant new illness within 1 month before randomization that may affect the participant's "
           "ability to fulfill the study requirements or significantly confound the assessments")
ILLNESS_SAID = ("You have had a medically important new illness within 1 month before randomization that may affect "
                "your ability to fulfill the study rules{}.")
BLEEDING = "History of hemorrhage or major risk factors for hemorrhage (e.g., abnormally low platelet counts)."
DRUGS = ("Has a known or suspected history of drug abuse, a positive drug screen on the day of surgery, or a recent "
         "history of alcohol abuse. Note: Subjects with a positive drug screen who are taking an allowed, prescribed "
         "medication that is known to result in a positive drug test (eg, amphetamine and dextroamphetamine for "
         "attention deficit/hyperactivity disorder, benzodiazepine for anxiety disorder) may be eligible for "
         "participation in the study. Subjects taking medical marijuana are not allowed to participate in the study.")
DRUGS_SAID = ("You have a known or suspected history of drug abuse, a positive drug screen on the day of surgery, or a "
              "recent history of alcohol abuse. Note: If you have a positive drug screen and are taking an allowed, "
              "prescribed medicine that is known to result in a positive drug test (such as amphetamine and "
              "dextroamphetamine for attention deficit/hyperactivity disorder, benzodiazepine for anxiety "
              "disorder){}. If you are taking medical marijuana, you are not allowed to take part in the study.")
NEUROLEPTIC = ("Patients currently treated with oral risperidone, olanzapine or a conventional neuroleptic monotherapy "
               "at doses not exceeding 6 mg risperdal, 20 mg olanzapine, or a conversion dose of 10 mg haloperidol "
               "for oral conventional agents")
NEUROLEPTIC_SAID = ("You are currently treated with oral risperidone, olanzapine{}, at a dose no higher than 6 mg of "
                    "risperdal, 20 mg of olanzapine, or, for conventional oral medicines, a dose equal to 10 mg of "
                    "haloperidol.")
SKIN = ("Participants who are currently experiencing a skin infection that requires treatment, or is currently being "
        "treated, with topical or systemic antibiotics.")
CONSENT = ("Signed and dated written informed consent prior to admission to the study in accordance with GCP and the "
           "local legislation")
CONSENT_SAID = ("You have signed and dated written informed consent before admission to the study in line with Good "
                "Clinical Practice (GCP){}.")
LIVER = ("No current active hepatic or biliary disease (with exception of patients with Gilbert's syndrome, "
         "asymptomatic gallstones, liver metastases, or stable chronic live disease)")
LIVER_SAID = ("You do not currently have active liver or biliary disease. People with Gilbert's syndrome, gallstones "
              "without symptoms, liver metastases or stable chronic {} disease are the exception.")
ART = ("Off antiretroviral therapy (ART) for > 6 weeks before the study and no plans to begin treatment for the study "
       "duration.")
ART_SAID = ("Off antiretroviral treatment (ART) for more than 6 weeks before the study {} no plans to begin treatment "
            "for the study duration.")


@pytest.mark.parametrize(("source", "faithful", "cut", "kind", "said"), [
    # NCT02680756 E11: the judged clause cut, the judgement left in front of "or"
    (E11, E11_SAID.format(", may adversely affect your safety"), E11_SAID.format(""), EXC, "judgement decides"),
    # NCT03353753 I9: "if, in the study doctor's view." asks nothing
    (PT, PT_SAID.format(", you are suitable for the study"), PT_SAID.format(""), INC, "judgement decides"),
    # NCT03338296 E1: the second of two things the illness may do
    (ILLNESS, ILLNESS_SAID.format(" or significantly confound the assessments"), ILLNESS_SAID.format(""), EXC,
     "“significantly confound the assessments”, one of its list's alternatives"),
    # NCT00151216 E4 (hand-written): the risk factors cut, "bleeding" still said
    (BLEEDING, "You have had bleeding (hemorrhage), or you have major risk factors for bleeding. For example, "
     "abnormally low platelet counts.", "You have had bleeding (hemorrhage). For example, abnormally low platelet "
     "counts.", EXC, "“major risk factors”, one of its list's alternatives"),
    # NCT03295721 E15: the exclusion's exception cut; it now shuts out the people it let in
    (DRUGS, DRUGS_SAID.format(", you may be eligible for taking part in the study"), DRUGS_SAID.format(""), EXC,
     "lets a group in after all ('may be eligible')"),
    # NCT00216476 I2 (hand-written): one of three medicines
    (NEUROLEPTIC, NEUROLEPTIC_SAID.format(" or a conventional neuroleptic on its own"), NEUROLEPTIC_SAID.format(""),
     INC, "do not name the medicines “neuroleptic”"),
    # NCT03334396 E3 (hand-written): the antibiotics gone with the topical ones
    (SKIN, "You currently have a skin infection that needs treatment, or is being treated, with antibiotics put on "
     "the skin (topical) or taken by mouth or injection (systemic).", "You currently have a skin infection that needs "
     "treatment, or is being treated or taken by mouth or injection (systemic).", EXC,
     "do not name the medicines “antibiotics”"),
    # NCT01145014 I4: the item after "GCP", which the bullet spells out
    (CONSENT, CONSENT_SAID.format(" and the local legislation"), CONSENT_SAID.format(""), INC,
     "leave out the list item “local legislation”"),
    # NCT00699517 E (hand-written): "not" put before "randomized", a word no section's verdict uses
    ("Less than 3 weeks elapsed from prior treatment with radiotherapy, surgery, or chemotherapy to the time of "
     "randomization", "Less than three weeks will have passed from your prior radiotherapy, surgery or chemotherapy "
     "to the time you are randomized.", "Less than three weeks will have passed from your prior radiotherapy, "
     "surgery or chemotherapy to the time you are not randomized.", EXC, "say 'not randomized'"),
    # NCT00928200 I1.5.1 (hand-written): an ordinal of a series
    ("Patients may be in first or second relapse and should not have received more than 2 induction attempts "
     "(including frontline therapy).", "You may be in your first or second relapse, and you should not have had more "
     "than 2 attempts at induction treatment (counting your first-line therapy).", "You may be in your first, and "
     "you should not have had more than 2 attempts at induction treatment (counting your first-line therapy).", INC,
     "do not say “second”"),
    # NCT01031810 E1 (hand-written): a common disease, reordered in the list
    ("Significant past or present neurological disorder, including seizures, stroke, or head trauma",
     "You have now, or have had in the past, a significant neurological disorder, including head trauma, stroke, or "
     "seizures.", "You have now, or have had in the past, a significant neurological disorder, including head "
     "trauma, or seizures.", EXC, "leave out the list item “stroke”"),
    # NCT00424164 I14 (hand-written): "live disease" is the liver's
    (LIVER, LIVER_SAID.format("liver"), LIVER_SAID.format("kidney"), INC, "the kidneys"),
    # NCT03600623 E3: the people are refused; the join still says which tumors
    ("Patients with tumors extending or invading duodenum or gastric are not eligible.",
     "You have tumors extending or invading duodenum or stomach.",
     "You have tumors extending and invading duodenum or stomach.", EXC, "“extending” and “invading” by “or”"),
    # NCT01064752 I2: both asked for, "and no plans"
    (ART, ART_SAID.format("and"), ART_SAID.format("or"), INC, "“study” and “no plan” by “and”"),
    # NCT01943812 E1: "or no triple layer endometrium"
    ("endometrial thickness < 7 mm or no triple layer endometrium and/or functional follicles",
     "Endometrial thickness less than 7 mm or no triple layer endometrium and/or functional follicles",
     "Endometrial thickness less than 7 mm and no triple layer endometrium and/or functional follicles", EXC,
     "“mm” and “no triple” by “or”"),
])
def test_a_cut_is_found_and_the_faithful_bullet_passes(source: str, faithful: str, cut: str, kind: SectionKind,
                                                        said: str) -> None:
    assert errors(source, faithful, kind) == []
    found = errors(source, cut, kind)
    assert any(said in message for message in found), found


@pytest.mark.parametrize(("source", "bullet", "kind"), [
    # an exclusion's exception said in other words: "does not count", "is an exception", "you may still have had"
    ("Patients with malignancy for which the patient has undergone resection, radiation therapy or chemotherapy "
     "within the last five years. Patients with treated basal cell carcinoma are allowed.",
     "You have had cancer that was removed with surgery (resection), or treated with radiation therapy or "
     "chemotherapy, in the last five years. Treated basal cell carcinoma is an exception.", EXC),
    ("Prior radiation therapy is allowed, if the irradiated area is not the only source of measurable or assessable "
     "disease.", "You may have had radiation treatment, if the irradiated area is not the only source of measurable "
     "or assessable disease.", EXC),
    # a medicine class in other words the lexicon gives it, or as an adjective reworded
    ("Systemic treatment with immune suppressive medication, including chronic steroid use of > 10 mg prednisone or "
     "equivalent.", "You take medicine that dampens the immune system throughout the body, including long-term "
     "steroid use of more than 10 mg of prednisone or an equal dose.", EXC),
    # a chain's joins read one by one: "asthma or COPD and acute heart failure" said with "or"
    # an ordinal alone is no series: "a second malignancy" is another cancer
    ("A second malignancy within the last 5 years other than curatively treated carcinoma-in-situ or non-melanoma "
     "skin cancer.", "You have had another cancer in the last 5 years, other than carcinoma-in-situ or non-melanoma "
     "skin cancer that was treated to cure it.", EXC),
    ("Absolute contra-indications for nebivolol - sick-sinus syndrome, severe asthma or COPD and acute heart failure",
     "You have a condition that rules out nebivolol completely: sick sinus syndrome, severe asthma or COPD, or acute "
     "heart failure.", EXC),
])
def test_faithful_rewordings_stay_clear(source: str, bullet: str, kind: SectionKind) -> None:
    assert errors(source, bullet, kind) == []


CBC = ("Complete Blood Count (CBC): Total WBC (White Blood Cell): 3.5-14 thousand/microliter (MCL); Hemoglobin "
       "(Hgb): Men: 12.2-18 g/dl and Women: 10.5-17 g/dl.")
CMET = ("The subject has received more than two lines of prior cytotoxic chemotherapy for locally advanced or "
        "metastatic disease. For the purpose of this protocol, neoadjuvant therapy would not be considered to be "
        "prior cytotoxic chemotherapy. In addition, potential subjects who have received prior treatment with "
        "c-MET signaling inhibitor are excluded.")
CMET_SAID = ("You have had more than two lines of past cytotoxic chemotherapy for locally advanced or metastatic "
             "disease. For the purpose of this study plan, neoadjuvant treatment would not be thought to be past "
             "cytotoxic chemotherapy. Also, potential subjects who have had treatment with c-MET signaling inhibitor "
             "cannot take part.")
TIA = ("No myocardial infarction, severe/unstable angina, coronary/peripheral artery bypass graft or stenting, "
       "cerebrovascular accident or transient ischemic attack within the last year")
TIA_SAID = ("In the last year you have not had a heart attack, severe or unstable angina, a bypass graft or stent in a "
            "coronary or peripheral artery, {}or a mini-stroke (transient ischemic attack).")


@pytest.mark.parametrize(("source", "faithful", "lost", "kind", "said"), [
    # NCT00500747 CBC limits: "(MCL)" is the unit's short form, said as "per µL"; the unit lost is still found
    (CBC, "Complete Blood Count (CBC): Total WBC (White Blood Cell): 3,500 to 14,000 per µL. Hemoglobin (Hgb): Men: "
     "12.2 to 18 g/dL and Women: 10.5 to 17 g/dL.", "Complete Blood Count (CBC): Total WBC (White Blood Cell): 3,500 "
     "to 14,000 per mL. Hemoglobin (Hgb): Men: 12.2 to 18 g/dL and Women: 10.5 to 17 g/dL.", INC, "fact_changed"),
    # NCT00725712 E: "In addition, …" said as "Also, …" is no list item left out; the medicines left out are
    (CMET, CMET_SAID, CMET_SAID.replace(" with c-MET signaling inhibitor", ""), EXC,
     "do not name the medicines “inhibitor”"),
    # a "mini-stroke" is a transient ischemic attack: it does not say the stroke
    (TIA, TIA_SAID.format("a stroke (cerebrovascular accident), "), TIA_SAID.format(""), INC,
     "“cerebrovascular accident”"),
])
def test_a_faithful_rewrite_passes_and_the_loss_is_still_found(source: str, faithful: str, lost: str,
                                                                kind: SectionKind, said: str) -> None:
    assert errors(source, faithful, kind) == []
    found = errors(source, lost, kind)
    assert any(said in message for message in found), found
