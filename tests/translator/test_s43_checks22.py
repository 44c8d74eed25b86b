"""checks22: faithful LLM-style rewordings the checks once flagged, and the real losses they must still catch.

- an abbreviation in brackets after its words is one term ("intravenous (IV) iron"): the words alone, the
  abbreviation alone or both say it, in the list-item, run, named-condition and fact checks
  (translator.fidelity_abbreviated);
- "at or below" / "at or above" are comparators (translator.numbers);
- "the first screening visit" is "the initial screening visit", "screen visit" the screening visit, "before the study
  starts" before its start, "you are registered for protocol therapy" the registration (translator.anchors);
- "unless due to X, in which case …" said as "If it is … because of X, …" keeps its exception
  (translator.fidelity_negation_counts);
- "of either sex" said as "a man or a woman" (translator.fidelity_deleted_items);
- planted drops the checks missed in the new paraphrases: an acronym no bullet writes ("mFOLOFX6 or XELOX" said as
  "mFOLOFX6"; translator.fidelity_item_words), "-asidone"/"-peridone" medicine names (translator.fidelity_content), a
  "between 27 and 35, inclusive" said without its ends taken in (translator.fidelity_qualifiers), a lone example in
  brackets said nowhere ("clinical benefit (e.g. symptom improvement)"; translator.fidelity_examples);
- "fracture(s)" said as "one or more fractures" invents no number (translator.fidelity_counted);
- "within 2 months from radical resection" put "before radical resection" is turned round
  (translator.fidelity_restated).
"""

from __future__ import annotations

import pytest

from tests.translator.test_fidelity_false_alarms6 import EXC, INC, checks
from tests.translator.test_s42_checks21 import IRON, IRON_TAIL
from translator.criteria import SectionKind

IRON_HEAD = "You have received before screening: / Within 8 weeks "
IRON_REST = " or use of depot iron preparation" + IRON_TAIL
DSM = ("History of any sleep disorder, or any Diagnostic and Statistical Manual of Mental Disorders, 4th edition "
       "(DSM-IV) axis I disorder other than primary insomnia.")
FEV = ("All patients must be diagnosed with COPD and must meet the following spirometric criterion: "
       "post-bronchodilator forced expiratory volume in 1 second (FEV1) < 70% of forced vital capacity (FVC) at "
       "Screening Visit (Visit 1).")
CROHN = ("Active Crohn's disease (CD) disease as determined by the Crohn's Disease Activity Index (CDAI) score and "
         "the Simple Endoscopic Score for Crohn's Disease (SES-CD)")
ALCOHOL = ("Average alcohol consumption during 30 days prior to screening higher than a medium drinking risk level "
           "(men: > 4 drinks/day or 14 drinks/week; women > 3 drinks/day or 7 drinks/week) according to the National "
           "Institute on Alcohol Abuse and Alcoholism (NIAAA) criteria.")
DRINKS = ("for men, more than 4 drinks a day or 14 drinks a week; for women, more than 3 drinks a day or 7 drinks a "
          "week.")
LABS = ("The following baseline laboratory data: Serum bilirubin </=1.5 x upper limit of normal (ULN) or </= 3 x ULN "
        "for patients with Gilbert's disease; Serum creatinine </=1.5 x ULN AND creatinine clearance >30 ml/min; "
        "Alanine aminotransferase (ALT) and aspartate aminotransferase (AST) </=3 x ULN")
LAB_WORDS = ("You have the following baseline lab results: bilirubin in your blood at or below {} times the ULN, or at "
             "or below 3 times the ULN if you have Gilbert's disease; blood creatinine at or below 1.5 times the ULN "
             "and creatinine clearance above 30 ml/min; and ALT and AST at or below 3 times the ULN.")
ANGINA = ("The patient has a history of ≥ 1 episode of exercise induced angina within 2 months prior to the initial "
          "screening visit.")
LIVER = ("Liver transaminases (alanine aminotransferase [ALT] and aspartate aminotransferase [AST]) ≦ 2 x upper limit "
         "of normal (ULN) with no active liver disease and creatine kinase (CK) ≦ 2 x ULN at screen visit.")
GILBERT = ("Total bilirubin =< 1.5 x upper limit of normal (ULN) (unless due to Gilbert syndrome, in which case it "
           "should be =< 3.0 x ULN)")
AGES = (">=18 years of age to 65 years of age, of either sex, and having a body mass index (BMI) between 27 and 35, "
        "inclusive (USA participants)")
CART = ("Patients should have exhausted (or be ineligible for) approved therapies known to provide clinical benefit "
        "for DLBCL or PCNSL (e.g. high dose chemotherapy with autologous stem cell transplant, chimeric antigen "
        "receptor-transduced [CAR-T] therapy, etc.).")
CART_WORDS = ("You should have used up all approved therapies known to give clinical benefit for DLBCL or PCNSL, or be "
              "ineligible for them. Examples are high dose chemotherapy with an autologous stem cell transplant{}, and "
              "so on.")
FRACTURE = ("Participants must have undergone an orthopedic procedure (that is, total knee or hip replacement, spinal "
            "fusion, or reduction of fracture(s) with or without surgical fixation post trauma).")
FRACTURE_WORDS = ("You must have had an orthopedic procedure, that is: a spinal fusion, a total knee or hip "
                  "replacement, or the reduction of {} with or without surgical fixation after trauma.")
IUD = ("intrauterine device in place for at least 3 months prior to the start of the study and remaining in place "
       "during the study period, or")
IUD_WORDS = ("You have had an intrauterine device in place for 3 months or more before the study {}, and it will stay "
             "in place during the study, or")
REGISTERED = ("No treatment with any investigational agent within 30 days prior to being registered for protocol "
              "therapy.")
CHECKPOINTS = ("Prior therapy with anti-Programmed death-1 (PD-1), anti-Programmed cell death ligand 1 (PD-L1), "
               "anti-Programmed cell death ligand 2 (PD-L2), or anti-CD137 antibody")
XELOX = ("Histologically confirmed diagnosis of colorectal adenocarcinoma with a phase II or III disease, within 2 "
         "months from radical resection, and intends to receive 6 months of adjuvant chemotherapy with mFOLOFX6 or "
         "XELOX, without adjuvant radiation indications")
QT = ("History of prolonged QT syndrome or current or planned therapy with quinidine, procainamide, amiodarone, "
      "sotalol, or ziprasidone during the intensive phase of tuberculosis treatment.")
QT_WORDS = ("You have a history of long QT syndrome, or you take or plan to take quinidine, procainamide, amiodarone, "
            "sotalol{} during the intensive phase of tuberculosis treatment.")
BIBF = ("The patients should not have progression of their underlying tumour disease unless there is evidence for "
        "significant clinical benefit (e.g. symptom improvement) from treatment with BIBF 1120.")
BIBF_WORDS = ("Your tumour disease should not have progressed, unless there is evidence that BIBF 1120 treatment gave "
              "you significant clinical benefit{}.")
RESECTION = ("Histologically confirmed diagnosis of colorectal adenocarcinoma with a phase II or III disease, within 2 "
             "months from radical resection, and intends to receive 6 months of adjuvant chemotherapy with mFOLOFX6 or "
             "XELOX, without adjuvant radiation indications")
RESECTED = ("Tissue tests have confirmed that you have colorectal adenocarcinoma with phase II or III disease, "
            "within 2 months {} radical resection. You plan to get 6 months of adjuvant chemotherapy with mFOLOFX6 or "
            "XELOX, and there is no reason for you to have adjuvant radiation.")


@pytest.mark.parametrize(("source", "faithful", "kind"), [
    # NCT02680756 E2: the known false alarm, "intravenous (IV) iron" said as "IV iron"
    (IRON, IRON_HEAD + "intramuscular or IV iron" + IRON_REST, EXC),
    (IRON, IRON_HEAD + "intramuscular or intravenous iron" + IRON_REST, EXC),
    (IRON, IRON_HEAD + "iron given into a muscle or into a vein" + IRON_REST, EXC),
    (IRON, IRON_HEAD + "intramuscular iron or iron given into a vein" + IRON_REST, EXC),
    (IRON, IRON_HEAD + "IV or intramuscular iron" + IRON_REST, EXC),
    # NCT00608985 E1, NCT01943552 I3, NCT02596893 I1.2, NCT03663374 I3: the abbreviation alone
    (DSM, "You have a history of any sleep disorder, or of any DSM-IV axis I disorder other than primary insomnia.",
     EXC),
    (FEV, "You have been diagnosed with COPD, and your breathing test after a bronchodilator shows an FEV1 below 70% "
     "of your FVC at the screening visit (Visit 1).", INC),
    (CROHN, "You have active Crohn's disease, as shown by your CDAI score and your SES-CD.", INC),
    (ALCOHOL, "In the 30 days before screening, on average you drank more than a medium-risk level under the NIAAA "
     "criteria: " + DRINKS, INC),
    # NCT02096042 I5: "at or below" is "≤"
    (LABS, LAB_WORDS.format("1.5"), INC),
    # NCT00682565 I4, NCT00652327 I1.5: the first screening visit, the screen visit
    (ANGINA, "You have had 1 or more episodes of angina brought on by exercise in the 2 months before the first "
     "screening visit.", INC),
    (LIVER, "Your liver enzymes (ALT and AST) are 2 x ULN or less, you have no active liver disease, and your CK is "
     "2 x ULN or less at the screening visit.", INC),
    # NCT02782403 I4: the exception said as the case it makes
    (GILBERT, "Your total bilirubin is 1.5 x ULN or less. If it is higher because of Gilbert syndrome, it must be 3.0 "
     "x ULN or less.", INC),
    # NCT00673465 I1: "of either sex" said as "a man or a woman"
    (AGES, "For participants in the USA: you are a man or a woman aged 18 to 65, and your BMI is between 27 and 35, "
     "including those values.", INC),
    # NCT02251977 I2: "from" an event is after it
    (RESECTION, RESECTED.format("after"), INC),
    # NCT00648414 I2.2.1, NCT01496534 E4: "before the study starts", "before you are registered for protocol therapy"
    (IUD, IUD_WORDS.format("starts"), INC),
    (REGISTERED, "You have had no treatment with any investigational agent in the 30 days before you are registered "
     "for protocol therapy.", EXC),
    (QT, QT_WORDS.format(" or ziprasidone"), EXC),
    (BIBF, BIBF_WORDS.format(", such as better symptoms"), INC),
    (BIBF, BIBF_WORDS.format(" (for example, your symptoms improved)"), INC),
    (AGES, "For participants in the USA: you are a man or a woman aged 18 to 65, and your BMI is from 27 to 35.", INC),
    (AGES, "For participants in the USA: you are a man or a woman aged 18 to 65, and your BMI is between 27 and 35, "
     "inclusive.", INC),
    # NCT03558750 I3.4: an abbreviation in square brackets
    (CART, CART_WORDS.format(", CAR-T therapy"), INC),
    # NCT00640146 I2: "fracture(s)" is one or more fractures
    (FRACTURE, FRACTURE_WORDS.format("one or more fractures"), INC),
])
def test_faithful_llm_rewordings_stay_silent(source: str, faithful: str, kind: SectionKind) -> None:
    assert checks(source, faithful, kind) == []


@pytest.mark.parametrize(("source", "lost", "kind", "check"), [
    # the route left out: intramuscular or intravenous is no longer both
    (IRON, IRON_HEAD + "intramuscular iron" + IRON_REST, EXC, "content_missing"),
    (IRON, IRON_HEAD + "IV iron" + IRON_REST, EXC, "content_missing"),
    # the abbreviation's term left out, words and letters
    (DSM, "You have a history of any sleep disorder other than primary insomnia.", EXC, "content_missing"),
    (CROHN, "You have active Crohn's disease, as shown by your CDAI score.", INC, "content_missing"),
    (ALCOHOL, "In the 30 days before screening, on average you drank more than a medium-risk level: " + DRINKS, INC,
     "content_missing"),
    # a changed limit, however its comparator is worded
    (LABS, LAB_WORDS.format("2.5"), INC, "fact_invented"),
    # the window's event changed
    (ANGINA, "You have had 1 or more episodes of angina brought on by exercise in the 2 months before the first "
     "dose.", INC, "fact_changed"),
    # the exception's case lost
    (GILBERT, "Your total bilirubin is 1.5 x ULN or less. It must be 3.0 x ULN or less.", INC, "negation_dropped"),
    # the window turned round
    (RESECTION, RESECTED.format("before"), INC, "fact_changed"),
    # another event
    (IUD, IUD_WORDS.format("ends"), INC, "fact_changed"),
    (REGISTERED, "You have had no treatment with any investigational agent in the 30 days before you are registered "
     "for another study.", EXC, "fact_changed"),
    # NCT01642004 E5: a number changed among the words the bullet spells out beside the abbreviation
    (CHECKPOINTS, "You have had treatment with anti-Programmed death-1 (PD-1), anti-Programmed cell death ligand 2 "
     "(PD-L1), anti-Programmed cell death ligand 2 (PD-L2), or anti-CD137 antibody.", EXC, "fact_missing"),
    # an acronym or a medicine's name said nowhere; the ends of a range left open (NCT02251977 I2, NCT02114684 E,
    # NCT00673465 I1: clause_dropped plants in the new paraphrases)
    (XELOX, RESECTED.format("after").replace(" or XELOX", ""), INC, "content_missing"),
    (QT, QT_WORDS.format(""), EXC, "content_missing"),
    (AGES, "For participants in the USA: you are a man or a woman aged 18 to 65, and your BMI is between 27 and 35.",
     INC, "fact_changed"),
    # NCT00715403 I1 (paraphrase): a lone example in brackets left out
    (BIBF, BIBF_WORDS.format(""), INC, "content_missing"),
    # the example left out; a count the source has no "(s)" for
    (CART, CART_WORDS.format(""), INC, "content_missing"),
    (FRACTURE, FRACTURE_WORDS.format("one or more fractures").replace("procedure,", "procedure on one or more "
                                                                        "joints,"), INC, "fact_invented"),
])
def test_real_losses_are_still_caught(source: str, lost: str, kind: SectionKind, check: str) -> None:
    assert check in checks(source, lost, kind)
