"""Losses the planted clause_dropped errors showed the checks let through (session 57, checks33), each caught, and its
faithful wording passing:

- a clause cut off a criterion's end, opened by a participle ("compromising safety evaluation") or a relative word,
  and a clause cut out of the middle whose runs one said word bridges (translator.fidelity_cut_clauses);
- one of two qualifiers before one noun ("bipolar or psychotic disorder" said "bipolar disorder", "clinical or
  radiographic evidence" said "radiographic evidence"; translator.fidelity_paired_qualifiers);
- key words: "documented or suspected", "psychotic", "compression", "supplements", "repeated measurements", and
  "biliary" said only by the gallstones the source names apart (translator.fidelity_key_words);
- a supplement named as a medicine ("niacin"; translator.fidelity_content);
- "male or female" said as "male" beside a woman named by her pregnancy (translator.fidelity_sexes).
"""

from __future__ import annotations

import pytest

from tests.translator.test_fidelity_false_alarms6 import EXC, INC, checks
from translator.criteria import SectionKind


@pytest.mark.parametrize(("source", "faithful", "lost", "kind"), [
    # NCT00660153 E14 (Chia paraphrase): the participle clause that closes it
    ("Life-threatening illness or organ system dysfunction compromising safety evaluation",
     "You have an illness that could kill you (life-threatening), or an organ system problem that would get in the "
     "way of checking your safety.",
     "You have an illness that could kill you (life-threatening), or an organ system problem.", EXC),
    # NCT02788045 I3
    ("Are willing/able to adhere to the prohibitions and restrictions specified in the protocol and study procedures",
     "You are willing/able to follow the prohibitions and restrictions specified in the study plan and study "
     "procedures.",
     "You are willing/able to follow the prohibitions and restrictions set out in the study plan.", INC),
    # NCT03087513 I1: "surgery" is said (for "intraoperative") and parts the cut clause in two runs
    ("All adult patients aged 18-80 years with American Society of Anesthesiologist (ASA) classification I-III "
     "undergoing cervical spine surgery in the prone position with intraoperative motor evoked potential "
     "monitoring.",
     "You are an adult aged 18 to 80, with an American Society of Anesthesiologists (ASA) class of I to III, having "
     "surgery on the spine in your neck while lying face down (prone position), with motor evoked potentials "
     "monitored during the operation.",
     "You are an adult aged 18 to 80, with an American Society of Anesthesiologists (ASA) class of I to III, with "
     "motor evoked potentials monitored during the operation.", INC),
    # NCT01244815 E: a kind of disorder left out
    ("Diagnosis of bipolar II disorder, or other form of bipolar or psychotic disorder.",
     "You have been diagnosed with bipolar II disorder, or another form of bipolar or psychotic disorder.",
     "You have been diagnosed with bipolar II disorder, or another form of bipolar disorder.", EXC),
    # NCT01064752 E2: those known to have it
    ("Enhanced risk from lumbar puncture, including documented or suspected cerebral mass lesion predisposing to "
     "brain herniation or bleeding diathesis.",
     "Enhanced risk from lumbar puncture, such as recorded or suspected brain mass lesion predisposing to brain "
     "herniation or bleeding diathesis.",
     "Enhanced risk from lumbar puncture or suspected brain mass lesion predisposing to brain herniation or bleeding "
     "diathesis.", EXC),
    # NCT00453154 E: the compression of the spinal cord, beside the spinal cord of the meningitis
    ("No history of brain metastases, spinal cord compression, or carcinomatous meningitis",
     "You have never had cancer spread to the brain (brain metastases), pressure on the spinal cord (spinal cord "
     "compression), or cancer in the lining of the brain and spinal cord (carcinomatous meningitis).",
     "You have never had cancer spread to the brain (brain metastases), or cancer in the lining of the brain and "
     "spinal cord (carcinomatous meningitis).", INC),
    # NCT06194448 I: "suitable for accurate repeated measurements"
    ("At least one lesion that can be accurately measured at baseline as ≥ 10 mm in the longest diameter (except "
     "lymph nodes, which must have short axis ≥ 15 mm) with CT or MRI and is suitable for accurate repeated "
     "measurements.",
     "You have at least one lesion that can be measured accurately at baseline with CT or MRI as 10 mm or more "
     "across its longest diameter (lymph nodes are the exception: their short axis must be 15 mm or more), and "
     "that can be measured accurately again and again.",
     "You have at least one lesion that can be measured accurately at baseline with CT or MRI as 10 mm or more "
     "across its longest diameter (lymph nodes are the exception: their short axis must be 15 mm or more).", INC),
    # NCT00424164 E: the gallstones of the exception say their own part, not the biliary disease
    ("No current active hepatic or biliary disease (with exception of patients with Gilbert's syndrome, "
     "asymptomatic gallstones, liver metastases, or stable chronic liver disease)",
     "You do not currently have active liver or bile duct disease. People with Gilbert's syndrome, gallstones "
     "without symptoms, liver metastases or stable chronic liver disease are the exception.",
     "You do not currently have active liver disease. People with Gilbert's syndrome, gallstones without symptoms, "
     "liver metastases or stable chronic liver disease are the exception.", INC),
    # NCT03442725 E: "supplements/supra therapeutic doses of vitamins"
    ("Use of any medication (prescription or over-the-counter), Chinese herbal medications or herbal tea, energy "
     "drinks, herbal products (e.g. St. John's wort, garlic), or supplements/supra therapeutic doses of vitamins "
     "within 14 days prior to Day-1",
     "You used any medicine (prescription or over-the-counter), Chinese herbal medicines or herbal tea, energy "
     "drinks, herbal products (for example St. John's wort or garlic) or supplements or very high doses of vitamins "
     "within 14 days before Day-1.",
     "You used any medicine (prescription or over-the-counter), Chinese herbal medicines or herbal tea, energy "
     "drinks, herbal products (for example St. John's wort or garlic) or very high doses of vitamins within 14 days "
     "before Day-1.", EXC),
    # NCT02422446 I: a supplement by name
    ("Willingness to abstain from fish oil, EPA, over the counter niacin, and other omega-3 fatty acid supplements "
     "during the study period (12 weeks)",
     "You are willing to abstain from fish oil, EPA, over-the-counter niacin, and similar omega-3 fatty acid "
     "supplements during the study period (12 weeks).",
     "You are willing to abstain from fish oil, EPA, and similar omega-3 fatty acid supplements during the study "
     "period (12 weeks).", INC),
    # NCT01885910 I: the women of "male or female" named only by the later pregnancy condition
    ("Outpatient, male or female subjects of any race, age 12 or older. Female subjects of childbearing potential "
     "must have a negative urine pregnancy test result at Baseline",
     "You are an outpatient, a man or a woman, of any race, aged 12 or older. If you are a woman who could become "
     "pregnant, you must have a negative urine pregnancy test at Baseline.",
     "You are an outpatient, male, of any race, aged 12 or older. If you are a woman who could become pregnant, you "
     "must have a negative urine pregnancy test at Baseline.", INC),
    # NCT02385669 (paraphrase): the first of two qualifiers lost, the second kept before the noun
    ("Cohort 1 (Advanced Patients): unresectable stage III or IV melanoma that have clinical or radiographic evidence "
     "of disease.",
     "Cohort 1 (advanced patients): you have stage III or IV melanoma that cannot be removed with surgery and that "
     "shows clinical or radiographic evidence of disease.",
     "Cohort 1 (advanced patients): you have stage III or IV melanoma that cannot be removed with surgery and that "
     "shows radiographic evidence of disease.", INC),
    # NCT01230645 (paraphrase): "upper or lower" names two kinds of infection
    ("presence of febrile illness or symptoms of upper or lower respiratory tract infection in the 28 days prior to "
     "viral inoculation",
     "In the 28 days before the viral inoculation, you had an illness with fever or symptoms of an upper or lower "
     "respiratory tract infection.",
     "In the 28 days before the viral inoculation, you had an illness with fever or symptoms of a lower respiratory "
     "tract infection.", EXC),
])
def test_lost_clause_is_found_and_faithful_wording_passes(source: str, faithful: str, lost: str,
                                                         kind: SectionKind) -> None:
    assert checks(source, faithful, kind) == []
    assert checks(source, lost, kind) != []


def test_congenital_or_acquired_keeps_both_kinds() -> None:
    # NCT corpus rows: "Malabsorption syndrome, including congenital or acquired lactose deficiency …"
    source = ("Malabsorption syndrome, including congenital or acquired lactose deficiency or another disaccharide "
              "deficiency.")
    assert checks(source, "You have malabsorption syndrome. This includes congenital or acquired lactose deficiency "
                          "or another disaccharide deficiency.") == []
    assert "content_missing" in checks(source, "You have malabsorption syndrome. This includes congenital lactose "
                                               "deficiency or another disaccharide deficiency.")
