"""A member of a set put where the source has another, while the source's member is still said elsewhere
(translator.fidelity_swaps._swapped_in_place): the counts stay level, the word beside it shows the swap. The faithful
wording passes, and so do an abbreviation's own members ("NSCLC" names the lungs) and a list put in another order."""

from __future__ import annotations

import pytest

from tests.translator.test_fidelity_false_alarms6 import EXC, INC, checks


@pytest.mark.parametrize(("source", "faithful", "swapped", "kind"), [
    # NCT00555256 O12: "electrocardiogram" still names the heart
    ("Patients may not have ongoing cardiac dysrhythmias of grade ≥2. In addition, they may not have a prolonged QTc "
     "interval on baseline EKG",
     "You may not have ongoing cardiac dysrhythmias of grade 2 or higher. Also, you may not have a prolonged QTc "
     "interval on your baseline electrocardiogram (EKG).",
     "You may not have ongoing pulmonary dysrhythmias of grade 2 or higher. Also, you may not have a prolonged QTc "
     "interval on your baseline electrocardiogram (EKG).", EXC),
    # NCT02682511: the gloss of GFR names the kidneys
    ("Significant kidney disease, defined as Glomerular Filtration Rate (GFR) < 60 ml/min;",
     "You have significant kidney disease, meaning your glomerular filtration rate (GFR, how well your kidneys filter "
     "blood) is below 60 ml/min.",
     "You have significant liver disease, meaning your glomerular filtration rate (GFR, how well your kidneys filter "
     "blood) is below 60 ml/min.", EXC),
    # NCT01130662 E14: what "CHF" stands for is the source's "heart failure"
    ("CHF NY Heart Association class III or IV",
     "You have congestive heart failure (CHF), New York Heart Association class 3 or 4.",
     "You have congestive lung failure (CHF), New York Heart Association class 3 or 4.", EXC),
    # NCT02150590 I1: "chronic obstructive" beside the source's "chronic"
    ("chronic obstructive pulmonary disease (COPD), GOLD grade 2-3",
     "You have chronic obstructive pulmonary disease (COPD), Global Initiative for Chronic Obstructive Lung Disease "
     "(GOLD) grade 2 to 3.",
     "You have chronic obstructive pulmonary disease (COPD), Global Initiative for Acute Obstructive Lung Disease "
     "(GOLD) grade 2 to 3.", INC),
])
def test_a_swap_in_place_is_found_and_the_faithful_wording_passes(source: str, faithful: str, swapped: str,
                                                                   kind: object) -> None:
    assert checks(source, faithful, kind) == []  # type: ignore[arg-type]
    assert "fact_changed" in checks(source, swapped, kind)  # type: ignore[arg-type]


@pytest.mark.parametrize(("source", "bullet"), [
    # the abbreviation's expansion names the lungs; the source never says "lung"
    ("Any relevant cardiovascular disorder as judged by the investigator or any current respiratory tract disorder "
     "other than COPD.",
     "You have any relevant heart and blood vessel disorder as judged by the study doctor or any current respiratory "
     "tract disorder other than chronic obstructive pulmonary disease (COPD)."),
    # a list in another order: each member is the source's own
    ("History of hepatic or renal disease", "You have had kidney or liver disease."),
])
def test_no_swap_where_the_source_names_the_member(source: str, bullet: str) -> None:
    assert checks(source, bullet) == []


@pytest.mark.parametrize(("source", "faithful", "swapped"), [
    # NCT06372145: ALT's plain wording is "a liver enzyme"; the bullet's other glosses still name the liver
    ("Confirmed unblinding visit alanine aminotransferase (ALT) more than 1.5 × upper limit of normal (ULN) OR "
     "aspartate aminotransferase (AST) more than 1.5 × ULN (unless explained by a stable chronic liver disorder)",
     "A confirmed result from your unblinding visit shows ALT (a liver enzyme) more than 1.5 times the upper limit "
     "of normal (ULN), or AST (another liver enzyme) more than 1.5 times ULN, unless a stable long-term liver "
     "disorder explains it.",
     "A confirmed result from your unblinding visit shows ALT (a kidney enzyme) more than 1.5 times the upper limit "
     "of normal (ULN), or AST (another liver enzyme) more than 1.5 times ULN, unless a stable long-term liver "
     "disorder explains it."),
    # NCT02729194: LVEF's plain wording is the heart's share of blood pumped out
    ("Congestive Heart Failure (NYHA Class III/IV) or LVEF (left ventricular ejection fraction) <50% at baseline.",
     "You have congestive heart failure (NYHA Class III or IV), or your left ventricular ejection fraction (LVEF, the "
     "share of blood your heart pumps out with each beat) is below 50% at baseline.",
     "You have congestive heart failure (NYHA Class III or IV), or your left ventricular ejection fraction (LVEF, the "
     "share of blood your lung pumps out with each beat) is below 50% at baseline."),
])
def test_a_gloss_swapped_beside_an_abbreviations_plain_wording(source: str, faithful: str, swapped: str) -> None:
    assert checks(source, faithful, INC) == []
    assert "fact_changed" in checks(source, swapped, INC)
