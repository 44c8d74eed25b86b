"""Checks that see the planted errors the gate missed once the 144 older held-out paraphrases joined the gated pool
(session 72), each with its faithful paraphrase passing and the planted error flagged:

- "non melanoma" written apart is the source's own affix, the same negation as the bullet's "non-melanoma" (it stood
  for a "no" the bullet lost: translator.fidelity_affix_swaps);
- a term that means a denial, explained in a bracket that names what it denies with no negation ("decompensated liver
  disease (liver disease that the body can make up for)", "status epilepticus (a seizure that does stop)") has lost
  it (translator.fidelity_negation_meanings);
- a list item that names its own exception ("chemotherapy or surgical intervention except core biopsy") is read up
  to the exception, so the item left out is seen (translator.fidelity_item_parts);
- key words with few wordings: a numbered genotype, "hepatobiliary", "laboratory" diagnosis, "plasma" donation,
  "significant", "or requiring treatment"; from Chia's run, "febrile", a heart valve, a rapid antigen test, "and
  restrictions", "or cytology", metabolism after absorption, a systemic or infectious disease, an echocardiogram,
  "nonspecific" (translator.fidelity_key_words).
"""

from __future__ import annotations

import pytest

from tests.translator.test_fidelity_false_alarms6 import EXC, INC, checks
from translator.criteria import SectionKind


@pytest.mark.parametrize(("source", "faithful", "planted", "kind", "check"), [
    # NCT05211895:paraphrase876: "non melanoma" and "non-melanoma" are one negation; the "no" is the bullet's other
    ("Adequately resected non melanoma skin cancer or lentigo maligna without evidence of disease .",
     "non-melanoma skin cancer or lentigo maligna that was adequately removed and shows no sign of disease",
     "non-melanoma skin cancer or lentigo maligna that was adequately removed and shows a sign of disease",
     EXC, "negation_dropped"),
    # NCT02254707:paraphrase893
    ("Evidence of decompensated liver disease: ascites, portal hypertension or hepatic encephalopathy",
     "You have signs of decompensated liver disease (liver disease that the body can no longer make up for): fluid "
     "in the belly (ascites), high blood pressure in the veins of the liver (portal hypertension) or brain problems "
     "caused by liver disease (hepatic encephalopathy).",
     "You have signs of decompensated liver disease (liver disease that the body can a longer make up for): fluid "
     "in the belly (ascites), high blood pressure in the veins of the liver (portal hypertension) or brain problems "
     "caused by liver disease (hepatic encephalopathy).",
     EXC, "negation_dropped"),
    # NCT00596466:paraphrase861 (the source misspells the term; the bullet's explanation is what lost the "not")
    ("Early withdrawal from the previous protocol, an episode of status epliepticus, or primary generalized epilepsy.",
     "You left the previous study early, you have had an episode of status epilepticus (a seizure that does not "
     "stop), or you have primary generalized epilepsy.",
     "You left the previous study early, you have had an episode of status epilepticus (a seizure that does stop), "
     "or you have primary generalized epilepsy.",
     EXC, "negation_dropped"),
])
def test_negation_kept_in_a_definition_or_an_affix(source: str, faithful: str, planted: str, kind: SectionKind,
                                                   check: str) -> None:
    assert checks(source, faithful, kind) == []
    assert check in checks(source, planted, kind)


@pytest.mark.parametrize(("source", "faithful", "planted", "kind"), [
    # NCT03797482:paraphrase1082: the surgery is ruled out too, the biopsy excepted from both
    ("Not received any chemotherapy or surgical intervention except core biopsy.",
     "You have not had any chemotherapy or surgery, except a core biopsy (a needle sample of tissue).",
     "You have not had any chemotherapy, except a core biopsy (a needle sample of tissue).", INC),
    # NCT01700179:paraphrase916
    ("Clinical diagnosis of hepatitis C with genotype 1b",
     "You have been clinically diagnosed with hepatitis C, genotype 1b.",
     "You have been clinically diagnosed with hepatitis C.", INC),
    # NCT04361422:paraphrase1064
    ("Clinical and laboratory diagnosis of COVID-19.",
     "You have been diagnosed with COVID-19 based on your symptoms and lab tests.",
     "You have been diagnosed with COVID-19 based on your symptoms.", INC),
    # NCT02716805:paraphrase1050 (I9.1)
    ("Total bilirubin within normal ranges unless associated with hepatobiliary metastases or Gilbert syndrome, then "
     "total bilirubin ≤ 2 x upper limit of normal (ULN)",
     "Your total bilirubin is within the normal range, unless this is due to cancer that has spread to the liver or "
     "bile ducts (hepatobiliary metastases) or to Gilbert syndrome; then your total bilirubin is 2 times the upper "
     "limit of normal (ULN) or less.",
     "Your total bilirubin is within the normal range, unless this is due to cancer that has spread to the liver or "
     "to Gilbert syndrome; then your total bilirubin is 2 times the upper limit of normal (ULN) or less.", INC),
    # NCT02631928:paraphrase900
    ("Surgery within 12 weeks before the start of the study or blood donation of more than 500 mL (or considerable "
     "blood loss) or plasma donation within the last 3 months.",
     "You had surgery within 12 weeks before the start of the study. Or, in the last 3 months, you donated more than "
     "500 mL of blood (or lost a large amount of blood) or donated plasma.",
     "You had surgery within 12 weeks before the start of the study. Or, in the last 3 months, you donated more than "
     "500 mL of blood (or lost a large amount of blood).", EXC),
    # NCT01318408:paraphrase908
    ("Patients with brain tumors or other significant CNS abnormalities that are the primary cause of the seizures",
     "You have a brain tumor or another significant brain or spinal cord (CNS) abnormality that is the main cause of "
     "your seizures.",
     "You have a brain tumor or spinal cord (CNS) abnormality that is the main cause of your seizures.", EXC),
    # NCT02613871:paraphrase748: those who need the treatment and do not take it yet are ruled out too
    ("Individuals must not be taking or requiring treatment with HBV antiviral therapy at screening.",
     "You must not be taking, or need, treatment with HBV antiviral therapy at screening.",
     "You must not be taking, treatment with HBV antiviral therapy at screening.", INC),
    # Chia's gated run with the bigger pool: NCT01230645:paraphrase433, NCT04780607:paraphrase950,
    # NCT05060562:paraphrase1102, NCT03380429:paraphrase502, NCT06737822:paraphrase981, NCT02863718:paraphrase424,
    # NCT00134563:paraphrase1120, NCT01433731:paraphrase354, NCT01133912:paraphrase854
    ("presence of febrile illness or symptoms of upper or lower respiratory tract infection in the 28 days prior to "
     "viral inoculation",
     "In the 28 days before the viral inoculation, you had an illness with fever or symptoms of an upper or lower "
     "respiratory tract infection.",
     "In the 28 days before the viral inoculation or symptoms of an upper or lower respiratory tract infection.", EXC),
    ("congenital heart disease degenerative heart valve disease",
     "You have congenital heart disease or degenerative heart valve disease.", "You have congenital heart disease.",
     EXC),
    ("Diagnosed as Coronavirus Disease 2019 by RT- PCR, or Rapid Antigen",
     "You have been diagnosed with Coronavirus Disease 2019 (COVID-19) by an RT-PCR test or a Rapid Antigen test.",
     "You have been diagnosed with Coronavirus Disease 2019 (COVID-19) by an RT-PCR test.", INC),
    ("Subject understands and is willing, able, and likely to comply with study procedures and restrictions.",
     "You understand the study procedures and restrictions, and you are willing, able and likely to follow them.",
     "You understand the study procedures, and you are willing, able and likely to follow them.", INC),
    ("Newly diagnosed, treatment naïve, biopsy or cytology proven OSCC",
     "You have newly diagnosed oral squamous cell carcinoma (OSCC), proven by biopsy or cytology, and you have not "
     "had any treatment for it yet.",
     "You have newly diagnosed oral squamous cell carcinoma (OSCC), proven by biopsy, and you have not had any "
     "treatment for it yet.", INC),
    ("An life-threatening illness, medical condition, or organ system dysfunction which, in the investigator's "
     "opinion could compromise the subject's safety, interfere with the absorption or metabolism of Ibrutinib "
     "capsules, or put the study outcomes at undue risk",
     "You have a life-threatening illness, medical condition or organ system problem that the investigator thinks "
     "could put your safety at risk, interfere with how Ibrutinib capsules are absorbed or broken down, or put the "
     "study results at undue risk.",
     "You have a life-threatening illness, medical condition or organ system problem that the investigator thinks "
     "could put your safety at risk, interfere with how Ibrutinib capsules are absorbed, or put the study results "
     "at undue risk.", EXC),
    ("Clinically relevant cardiovascular, hepatic, neurological, endocrine or other major systemic disease;",
     "You have a clinically relevant disease of the heart and blood vessels (cardiovascular), liver (hepatic), "
     "nervous system (neurological), hormones (endocrine), or another major disease affecting the whole body.",
     "You have a clinically relevant disease of the heart and blood vessels (cardiovascular), liver (hepatic), "
     "nervous system (neurological), hormones (endocrine).", EXC),
    ("History of or current major renal, hepatic, gastrointestinal, pulmonary, cardiovascular, genito-urinary or "
     "hematological disease, CNS disorders, infectious disease or coagulation disorders as determined by the "
     "Investigator.",
     "You have now or have had a major kidney, liver, digestive, lung, heart and blood vessel, genito-urinary or "
     "blood disease, a disorder of the central nervous system, an infectious disease, or a blood clotting disorder, "
     "as the study doctor decides.",
     "You have now or have had a major kidney, liver, digestive, lung, heart and blood vessel, genito-urinary or "
     "blood disease, a disorder of the central nervous system, or a blood clotting disorder, as the study doctor "
     "decides.", EXC),
    ("Normal or nonspecific EKG taken within 1 month of enrollment",
     "An EKG (heart tracing) taken within 1 month of enrollment is normal or shows only nonspecific changes.",
     "An EKG (heart tracing) taken within 1 month of enrollment is normal.", INC),
])
def test_item_or_kind_left_out(source: str, faithful: str, planted: str, kind: SectionKind) -> None:
    assert checks(source, faithful, kind) == []
    # checks-45: a list item may now be reported beside the key word or run that says the same loss ("plasma
    # donation" as an item and as words): one kind of finding either way
    assert set(checks(source, planted, kind)) == {"content_missing"}


@pytest.mark.parametrize(("source", "bullet", "kind"), [
    # NCT06760702:paraphrase199: genotypes of a gene, said as its copy, name no numbered genotype
    ("Patients without any wild type allele (Such as *28/*28, *37/*37 or *37/*28 variants) genotypes for UGT1A1.",
     "You have no wild-type (usual) copy of the UGT1A1 gene, for example the *28/*28, *37/*37 or *37/*28 variants.",
     EXC),
    # a bracket after a join explains the other item, not the denying term
    ("History of status epilepticus or stroke.",
     "You have had status epilepticus or a stroke (a blood clot that stops blood flow to the brain).", EXC),
    # the explanation keeps the denial in other words
    ("Decompensated cirrhosis", "You have decompensated cirrhosis (your liver can no longer make up for the damage).",
     EXC),
    # NCT01606371:paraphrase426: restrictions said as what the study requires, beside no other thing
    ("Have a regular alcohol intake greater than 21 units/week (male), or 14 units/week (female), or are unwilling "
     "to stop alcohol as required by the study restrictions (1 unit = 360 mL of beer, or 150 mL of wine, or 45 mL of "
     "spirits)",
     "You regularly drink more than 21 units of alcohol a week (men) or 14 units a week (women), or you are unwilling "
     "to stop drinking alcohol as the study requires. One unit is 360 mL of beer, 150 mL of wine or 45 mL of "
     "spirits.", EXC),
    # NCT04474964:paraphrase10 and the offline wording of "or cytologically confirmed": cells looked at
    ("No evidence of metastatic disease in the brain, spine or cerebral spinal fluid (CSF) assessed by MRI of the "
     "brain/spine and lumbar puncture for CSF cytology.",
     "There is no sign that the cancer has spread to your brain, spine or the fluid around them (CSF). This is "
     "checked with an MRI scan of the brain and spine and a lumbar puncture (spinal tap) to look at the cells in the "
     "CSF.", INC),
    ("Histologically or cytologically confirmed adenocarcinoma of the prostate",
     "You have adenocarcinoma of the prostate confirmed by looking at tissue or cells under a microscope.", INC),
])
def test_near_misses_left_alone(source: str, bullet: str, kind: SectionKind) -> None:
    assert checks(source, bullet, kind) == []
