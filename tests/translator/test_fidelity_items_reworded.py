"""List items left out where the gap check alone misses them: an item said only by a neighbour sharing its stem, a gap
with reworded frame words in it, and a rare one-word item whose neighbours were reworded."""

from __future__ import annotations

import pytest

from tests.translator.test_fact_leftovers import criterion
from tests.translator.test_fidelity_items import assert_left_out, dropped, findings


@pytest.mark.parametrize(("source", "faithful", "left_out", "item"), [
    # "neuromuscular" and "neurological" are one stem: the bullets say it once where the source says it twice.
    ("Severe pulmonary, neuromuscular, hepatic or neurological disease.",
     "You have severe lung, neuromuscular, liver or neurological disease.",
     "You have severe lung, liver or neurological disease.", "neuromuscular"),
    # "i.e." said as "that is": function words in the gap, not the item said otherwise.
    ("Symptoms related to the cancer, i.e., bone pain, pelvic pain, or fatigue.",
     "You have symptoms related to the cancer, that is, bone pain, pelvic pain, or tiredness.",
     "You have symptoms related to the cancer, that is, pelvic pain, or tiredness.", "bone pain"),
    # A word no dictionary has, left out of a list the bullet reorders: no gap, but nothing else can say it.
    ("Chronic lung disease such as emphysema, pneumoconiosis, sarcoidosis or asthma.",
     "You have a long-term lung disease, for example asthma, sarcoidosis, pneumoconiosis or emphysema (damaged air "
     "sacs).",
     "You have a long-term lung disease, for example asthma, sarcoidosis or emphysema (damaged air sacs).",
     "pneumoconiosis"),
    # The two words before an item at the end are one term said in its lexicon wording ("heart attack"): one
    # neighbour.
    ("History of atrial fibrillation, myocardial infarction, or stroke.",
     "You have had atrial fibrillation, a heart attack, or a stroke.",
     "You have had atrial fibrillation, a heart attack.", "stroke."),
])
def test_a_left_out_item_is_an_error_and_the_faithful_bullet_is_clean(source: str, faithful: str, left_out: str,
                                                                      item: str) -> None:
    assert_left_out(source, faithful, left_out, item)


@pytest.mark.parametrize(("source", "bullet"), [
    # The neighbour's rewording ("radiation treatment") leaves "radiosurgery" the one word with the stem: no sign
    # that the item is gone.
    ("Brain metastases unless treated with radiotherapy, radiosurgery, or surgery.",
     "You have brain metastases unless treated with radiation treatment, radiosurgery, or surgery."),
    # A dictionary word has everyday wordings ("topical": "on the skin").
    ("Prior oral, topical or inhaled corticosteroids.",
     "You have used corticosteroids by mouth, on the skin or inhaled."),
    # A rare word said in some words of its lexicon wording ("long-term widening and damage of the airways…") may be
    # reworded, not left out.
    ("Severe lung disease such as asthma, bronchiectasis, or emphysema.",
     "You have severe lung disease such as asthma, widened and damaged airways, or emphysema."),
])
def test_a_reworded_item_is_not_reported(source: str, bullet: str) -> None:
    assert findings(source, [bullet]) == {}


def test_a_term_across_an_items_start_leaves_no_neighbour_to_join() -> None:
    # "Relapsed or refractory" is one lexicon term across the break before "refractory": joined, no neighbour is left
    # before the item, and the item is read word by word only (this raised IndexError).
    source = ("Relapsed or refractory AML subtypes defined by WHO, except acute promyelocytic leukemia. "
              "Relapsed/refractory disease may be de novo AML or secondary AML")
    bullet = ("Relapsed, except acute promyelocytic leukemia. Relapsed/refractory disease may be de novo AML or "
              "secondary AML")
    assert isinstance(dropped(source, bullet), list)


def test_an_item_said_in_its_neighbours_wording_is_not_reported() -> None:
    # "any other hemorrhage/bleeding event" said as "any other bleeding/bleeding event": "hemorrhage" is said fewer
    # times than the source says it, but its lexicon wording ("bleeding") is its neighbour's word, so the neighbour
    # closing the gap is no sign that it is gone.
    source = criterion("NCT00634751", "any other hemorrhage/bleeding event")
    bullet = ("You have uncontrolled intercurrent illness including, but not limited to: ongoing or active infection, "
              "thrombolic or embolic events such as stroke including transient ischemic attacks within the past 6 "
              "months, symptomatic congestive heart failure, unstable angina pectoris in the 3 months before entry "
              "study, heart attack in the 6 months before study entry, ongoing cardiac arrhythmia (excluding atrial "
              "fibrillation), high blood pressure that is not under control (systolic blood pressure more than 150 "
              "mmHg or diastolic blood pressure more than 90 mmHg, despite optimal medical management), lung "
              "hemorrhage/bleeding event CTCAE grade higher than 2 within 4 weeks of first dose of study drug, or any "
              "other bleeding/bleeding event CTCAE grade higher than 3 within 4 weeks of first dose of study drug, "
              "serious non-healing wound, ulcer, or broken bone, evidence or history of bleeding diathesis or "
              "coagulopathy.")
    assert dropped(source, bullet) == []
