"""Losses the checks did not see (session 50, checks30), each caught while its faithful wording passes:

- "pre-existing" left out ("No pre-existing grade 2 or greater neuropathy" said as "You have grade 2 … neuropathy");
- "oral" before a dosage form left out ("lasmiditan oral tablets" said as "lasmiditan tablets"): the tablets the word
  narrows say no route of their own; and "oral" said fewer times than the source says it and its far wordings;
- a named member of a list left out: platelets, a complete blood count, vital signs, squamous cell carcinoma,
  peginterferon, a signed consent, a psychiatric condition;
- a body part put where the source has "cervical spine" ("ovarian spine"), or another part of the spine;
- one of two numbered names left out while the other is said ("(HIV)-1 or HIV-2" said as "HIV-2");
- "non-liver-related" said as "liver-related" (the hyphenated "non-" dropped).
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
]


@pytest.mark.parametrize(("source", "kind", "faithful", "lossy", "check"), CASES)
def test_the_loss_is_found_and_the_faithful_wording_passes(source: str, kind: SectionKind, faithful: str,
                                                           lossy: str, check: str) -> None:
    assert check in checks(source, lossy, kind)
    assert checks(source, faithful, kind) == []
