"""Losses the checks did not see (session 50, checks30), each caught while its faithful wording passes:

- "pre-existing" left out ("No pre-existing grade 2 or greater neuropathy" said as "You have grade 2 … neuropathy");
- "oral" before a dosage form left out ("lasmiditan oral tablets" said as "lasmiditan tablets"): the tablets the word
  narrows say no route of their own; and "oral" said fewer times than the source says it and its far wordings;
- a named member of a list left out: platelets, a complete blood count, vital signs, squamous cell carcinoma,
  peginterferon, a signed consent, a psychiatric condition;
- a body part put where the source has "cervical spine" ("ovarian spine"), or another part of the spine;
- one of two numbered names left out while the other is said ("(HIV)-1 or HIV-2" said as "HIV-2");
- "non-liver-related" said as "liver-related" (the hyphenated "non-" dropped; the negation counts saw it already);
- a hepatitis virus named fewer times than the source names it ("hepatitis B virus (HBV) … hepatitis B vaccination"
  said with the first left out);
- bleeding, chemotherapy, a TIA, "clinically insignificant", donor chimerism, a product's components left out.
"""

from __future__ import annotations

import pytest

from tests.translator.test_fidelity_false_alarms6 import EXC, INC, checks
from translator.criteria import SectionKind

CASES: list[tuple[str, SectionKind, str, str, str]] = [
    # NCT00074022 I28
    ("No pre-existing grade 2 or greater neuropathy", INC,
     "You do not have pre-existing nerve damage (neuropathy) of grade 2 or greater.",
     "You do not have nerve damage (neuropathy) of grade 2 or greater.", "content_missing"),
    # NCT02605174 E4
    ("Known hypersensitivity to lasmiditan or to any excipient of lasmiditan oral tablets, or any sensitivity to "
     "lasmiditan.", EXC,
     "You have a known allergy to lasmiditan or to any inactive ingredient of lasmiditan tablets taken by mouth, or "
     "any sensitivity to lasmiditan.",
     "You have a known allergy to lasmiditan or to any inactive ingredient of lasmiditan tablets, or any sensitivity "
     "to lasmiditan.", "content_missing"),
    # NCT01267266 I12: "oral" far from the tablets the source swallows later
    ("No patients with any condition (e.g., gastrointestinal tract disease resulting in an inability to take oral "
     "medication or a requirement for IV alimentation, prior surgical procedures affecting absorption, or active "
     "peptic ulcer disease) that impairs the ability to swallow AZD0530 tablets", INC,
     "You have no condition (such as a digestive tract disease that leaves you unable to take medicine by mouth or in "
     "need of IV alimentation, past surgery affecting absorption, or active peptic ulcer disease) that makes it hard "
     "to swallow AZD0530 tablets.",
     "You have no condition (such as a digestive tract disease that leaves you unable to take medicine or in need of "
     "IV alimentation, past surgery affecting absorption, or active peptic ulcer disease) that makes it hard to "
     "swallow AZD0530 tablets.", "content_missing"),
    # NCT03087513 I1
    ("All adult patients aged 18-80 years with American Society of Anesthesiologist (ASA) classification I-III "
     "undergoing cervical spine surgery in the prone position with intraoperative motor evoked potential monitoring.",
     INC,
     "You are an adult aged 18 to 80 with an ASA class of I to III, having surgery on the cervical spine (the neck) "
     "while lying face down, with motor evoked potential monitoring during surgery.",
     "You are an adult aged 18 to 80 with an ASA class of I to III, having ovarian spine surgery while lying face "
     "down, with motor evoked potential monitoring during surgery.", "fact_changed"),
    ("All adult patients aged 18-80 years with American Society of Anesthesiologist (ASA) classification I-III "
     "undergoing cervical spine surgery in the prone position with intraoperative motor evoked potential monitoring.",
     INC,
     "You are an adult aged 18 to 80 with an ASA class of I to III, having cervical spine surgery while lying face "
     "down, with motor evoked potential monitoring during surgery.",
     "You are an adult aged 18 to 80 with an ASA class of I to III, having lumbar spine surgery while lying face "
     "down, with motor evoked potential monitoring during surgery.", "fact_changed"),
    # NCT03028740 E4
    ("Human immunodeficiency virus (HIV)-1 or HIV-2 infection", EXC,
     "You have an HIV-1 or HIV-2 infection.", "You have an HIV-2 infection.", "content_missing"),
    # NCT06372145 E8 (shortened): the "non-" of a hyphenated word
    ("Total bilirubin more than 1.5 × ULN (unless due to Gilbert syndrome or non-liver-related disorder).", EXC,
     "Your total bilirubin is more than 1.5 times ULN, unless it is due to Gilbert syndrome or a disorder not related "
     "to the liver.",
     "Your total bilirubin is more than 1.5 times ULN, unless it is due to Gilbert syndrome or a liver-related "
     "disorder.", "negation_dropped"),
    # NCT00042991 E5
    ("Patients with significant cardiac, hepatic, gastrointestinal, renal, pulmonary, or psychiatric disease are "
     "ineligible", EXC,
     "You have significant heart, liver, gut, kidney, lung or mental health disease.",
     "You have significant heart, liver, gut, kidney or lung disease.", "content_missing"),
    # NCT03966365 I6 (shortened)
    ("Blood count (BH): Hemoglobin, erythrocytes, hematocrit, total leukocytes, platelets, mean corpuscular volume "
     "and mean corpuscular hemoglobin.", INC,
     "Blood count (BH): hemoglobin, erythrocytes, hematocrit, total white blood cells, platelets, mean corpuscular "
     "volume and mean corpuscular hemoglobin.",
     "Blood count (BH): hemoglobin, erythrocytes, hematocrit, total white blood cells, mean corpuscular volume and "
     "mean corpuscular hemoglobin.", "content_missing"),
    # NCT00278434 (a paraphrase's source)
    ("Screening laboratory values within normal range (e.g., complete blood count, liver function tests, renal panel, "
     "and electrolytes)", INC,
     "Your screening lab values are in the normal range, for example your full blood count, liver tests, kidney panel "
     "and electrolytes.",
     "Your screening lab values are in the normal range, for example your liver tests, kidney panel and electrolytes.",
     "content_missing"),
    # NCT01606228 (a paraphrase's source)
    ("Patient healthy on the basis of a physical examination, laboratory examination, and vital signs", INC,
     "You are healthy based on a physical exam, lab tests and vital signs (such as blood pressure and pulse).",
     "You are healthy based on a physical exam and lab tests.", "content_missing"),
    # NCT00346229 (a paraphrase's source)
    ("No other prior or concurrent primary malignancy except for melanoma in situ, nonmelanoma skin cancer, squamous "
     "cell carcinoma, or noninvasive cervical carcinoma", INC,
     "You have had no other earlier or current primary cancer, except for melanoma in situ, nonmelanoma skin cancer, "
     "squamous cell carcinoma or noninvasive cervical carcinoma.",
     "You have had no other earlier or current primary cancer, except for melanoma in situ, nonmelanoma skin cancer "
     "or noninvasive cervical carcinoma.", "content_missing"),
    # NCT01448200 (a paraphrase's source)
    ("No previous treatment with interferon, pegIFN, or ribavirin for genotype-1 patients", INC,
     "If you have genotype-1, you have had no earlier treatment with interferon, peginterferon (pegIFN) or ribavirin.",
     "If you have genotype-1, you have had no earlier treatment with interferon or ribavirin.", "content_missing"),
    # NCT02877927 (a paraphrase's source)
    ("Patients, ages 18 years or older who have signed the informed consent", INC,
     "You are 18 or older and have signed the consent form.", "You are 18 or older.", "content_missing"),
    # NCT01902225 E8: hepatitis B named twice, once in the list and once for the vaccination
    ("Known active viral infection with human immunodeficiency virus (HIV), hepatitis B virus (HBV) or hepatitis C "
     "virus (HCV). Patients who are seropositive because of prior hepatitis B virus vaccination are eligible.", EXC,
     "You have a known active viral infection with HIV, hepatitis B or hepatitis C. Patients who test positive "
     "because of an earlier hepatitis B vaccination can take part.",
     "You have a known active viral infection with HIV or hepatitis C virus (HCV). Patients who are seropositive "
     "because of past hepatitis B virus vaccination can take part.", "content_missing"),
    # NCT02206100 (a paraphrase's source)
    ("History of major bleeding, trauma, surgical procedure of any type, or vaginal delivery within six months prior "
     "to screening", EXC,
     "In the 6 months before screening, you had major bleeding, trauma, any type of surgery or a vaginal delivery.",
     "In the 6 months before screening, you had trauma, any type of surgery or a vaginal delivery.", "content_missing"),
    # NCT01060514 (a paraphrase's source)
    ("Patients must not have received prior therapy (including radiation, surgery, and/or chemotherapy) within 30 "
     "days", INC,
     "You have not had earlier treatment (including radiation, surgery and/or chemotherapy) in the last 30 days.",
     "You have not had earlier treatment (including radiation and/or surgery) in the last 30 days.",
     "content_missing"),
    # NCT02692716 (a paraphrase's source)
    ("Any of the following: myocardial infarction, stroke or hospitalisation for unstable angina or transient "
     "ischaemic attack within the past 60 days prior to screening", EXC,
     "In the 60 days before screening, you had a heart attack, a stroke, or a hospital stay for unstable angina or a "
     "mini-stroke (TIA).",
     "In the 60 days before screening, you had a heart attack, a stroke, or a hospital stay for unstable angina.",
     "content_missing"),
    # NCT00569153 I10
    ("Subject has normal or, in the opinion of the investigator, clinically insignificant, physical examination "
     "findings, ECG and chest x-ray results.", INC,
     "Your physical exam findings, ECG and chest x-ray results are normal or, in the study doctor's view, clinically "
     "insignificant.",
     "Your physical exam findings, ECG and chest x-ray results are normal or, in the study doctor's view, fine.",
     "content_missing"),
    # NCT02194374 (a paraphrase's source)
    ("Prior allogeneic hematopoietic stem-cell transplantation if evidence of donor chimerism persists. Patients with "
     "exclusively autologous hematopoiesis are eligible.", EXC,
     "You have had a stem cell transplant from a donor (allogeneic) and tests still show the donor's cells in your "
     "blood. If all your blood cells are your own (autologous hematopoiesis), you can take part.",
     "You have had a stem cell transplant from a donor (allogeneic). If all your blood cells are your own (autologous "
     "hematopoiesis), you can take part.", "content_missing"),
    # NCT02227992 E1 (Chia)
    ("Subjects with known intolerance to blood products or to one of the components of the study product or is "
     "unwilling to receive blood products;", EXC,
     "You are known not to tolerate blood products or one of the ingredients of the study product, or you are not "
     "willing to get blood products.",
     "You are known not to tolerate blood products, or you are not willing to get blood products.", "content_missing"),
]


@pytest.mark.parametrize(("source", "kind", "faithful", "lossy", "check"), CASES)
def test_the_loss_is_found_and_the_faithful_wording_passes(source: str, kind: SectionKind, faithful: str,
                                                           lossy: str, check: str) -> None:
    assert check in checks(source, lossy, kind)
    assert checks(source, faithful, kind) == []
