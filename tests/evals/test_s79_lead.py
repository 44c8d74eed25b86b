"""The lead's fixes of the session of 2026-12-07 03:34:

- a bracket opening on "not counting", "apart from", "besides" (an exception, like "except") is no gloss, so the
  negating affix inside it counts on the bullet's side as it does on the source's: the gated false alarm on
  NCT03180268's "(not counting non-melanoma skin cancer)" for "(except non-melanomatous skin cancer)";
- "erythrocytes" is a lexicon term said "red blood cells", so a list item left out beside it is seen (held-out
  NCT02068443: "hemoglobin, hematocrit, or red blood cells (erythrocytes)" said as "hemoglobin or red blood cells");
- "unit/day" and "unit a week" (one unit, singular) are units: a range's top said in another unit ("between 0.3
  unit/kg/day and 1 unit/day") is a changed fact, and the offline rewrite says "1 unit a week", not "1 units".
"""

from __future__ import annotations

import pytest

from tests.translator.test_fidelity_false_alarms6 import EXC, INC, checks
from tests.translator.test_offline import said

SKIN = ("Prior invasive malignancy (except non-melanomatous skin cancer) unless disease free for a minimum of 3 years "
        "(carcinoma in situ of the breast, oral cavity, cervix, melanoma in situ, or other non-invasive malignancies "
        "are permissible)")
SKIN_SAID = ("You have had an invasive cancer before (not counting non-melanoma skin cancer), unless you have been "
             "free of disease for at least 3 years. Carcinoma in situ of the breast, mouth (oral cavity) or cervix, "
             "melanoma in situ, and other non-invasive cancers are allowed.")


@pytest.mark.parametrize("opening", ["not counting", "apart from", "aside from", "besides", "other than", "but not"])
def test_an_exception_bracket_is_no_gloss(opening: str) -> None:
    assert checks(SKIN, SKIN_SAID.replace("not counting", opening), EXC) == []


@pytest.mark.parametrize("wrong", [
    SKIN_SAID.replace("non-melanoma skin", "melanoma skin"),  # the affix gone
    SKIN_SAID.replace("(not counting non-melanoma", "(counting non-melanoma"),  # the exception gone
])
def test_a_negation_lost_in_an_exception_bracket_is_still_found(wrong: str) -> None:
    assert "negation_dropped" in checks(SKIN, wrong, EXC)


BLOOD = ("In the opinion of the investigator or subinvestigator, the participant has clinically significant abnormal "
         "hematological parameters of hemoglobin, hematocrit, or erythrocytes during the screening period.")
BLOOD_SAID = ("In the opinion of the investigator or subinvestigator, you have clinically significant abnormal blood "
              "values (hematological parameters) for hemoglobin, hematocrit, or red blood cells (erythrocytes) during "
              "the screening period.")


def test_erythrocytes_said_as_red_blood_cells_is_faithful() -> None:
    assert checks(BLOOD, BLOOD_SAID, EXC) == []
    assert checks(BLOOD, BLOOD_SAID.replace(" (erythrocytes)", ""), EXC) == []


@pytest.mark.parametrize("kept", ["hemoglobin or", "hematocrit or"])
def test_a_blood_value_left_out_beside_red_blood_cells_is_found(kept: str) -> None:
    assert "content_missing" in checks(BLOOD, BLOOD_SAID.replace("hemoglobin, hematocrit, or", kept), EXC)


def test_the_offline_rewrite_says_red_blood_cells() -> None:
    assert "hemoglobin, hematocrit, or red blood cells during the screening" in said(BLOOD, EXC)
    assert said("Participants may receive erythrocyte transfusions to achieve this", INC) == (
        "You may get red blood cell transfusions to achieve this.")


INSULIN = "Doses of a basal insulin must be between 0.3 unit/kg/day and 1 unit/kg/day."


def test_a_range_top_said_in_another_unit_is_changed() -> None:
    said_right = "Your basal insulin dose is between 0.3 unit/kg/day and 1 unit/kg/day."
    assert checks(INSULIN, said_right, INC) == []
    assert checks(INSULIN, "Your basal insulin dose is between 0.3 and 1 unit/kg/day.", INC) == []
    assert "fact_changed" in checks(INSULIN, said_right.replace("1 unit/kg/day", "1 unit/day"), INC)
    assert "fact_changed" in checks(INSULIN, said_right.replace("0.3 unit/kg/day", "0.3 unit/day"), INC)


def test_one_unit_is_said_in_the_singular() -> None:
    assert said("Alcohol consumption > 1 unit a week", EXC) == "Alcohol consumption more than 1 unit a week"
    assert said("smoking > 1 cigarette/day", EXC) == "You smoke more than 1 cigarette a day."
    assert checks("Alcohol consumption > 1 unit a week", "You drink more than 1 unit of alcohol a week.", EXC) == []
    assert "fact_changed" in checks("Alcohol consumption > 1 unit a week", "You drink more than 1 unit a day.", EXC)
