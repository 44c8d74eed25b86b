"""checks-46: planted clause drops the checks missed (every place `evals.mutations_clauses.clause_dropped` can
choose, in the gated paraphrase pool and the held-out one): the first item of a list, whose name a bullet says
nowhere ("vasopressor therapy" after "Need for"); an item before a last one worded otherwise than the lexicon
("renal insufficiency" said "kidney failure"), and before one said in plain words with the term bracketed after; an
item before a window the bullet says "in the last 4 weeks"; and drops that lose nothing, no longer planted ("both
included" of a range, a lead-in before a colon, half of a lexicon wording with its term bracketed inside)."""

from __future__ import annotations

from evals.cases import case_errors
from evals.mutations_clauses import drop_places
from tests.evals.test_mutations import EXC, INC, _case


def _errors(source: str, bullet: str, kind: str = "exclusion") -> list[str]:
    case = _case([("E1", EXC if kind == "exclusion" else INC, source, bullet)])
    return [f.message for f in case_errors(case)]


def _dropped(source: str, bullet: str) -> list[str]:
    case = _case([("E1", EXC, source, bullet)])
    return [case.bullets[i].text[a:b] for i, a, b in drop_places(case)]


# NCT04598620 E6
VASOPRESSOR = ("Need for vasopressor therapy, mechanical ventilation, extracorporal circulation, or dialysis at "
               "admission")
VASOPRESSOR_SAID = ("When you are admitted, you need vasopressor therapy (medicine to raise blood pressure), "
                    "mechanical ventilation (a breathing machine), extracorporeal circulation or dialysis.")


def test_the_faithful_first_item_draws_no_error() -> None:
    assert _errors(VASOPRESSOR, VASOPRESSOR_SAID) == []


def test_a_first_item_whose_rare_name_no_bullet_says_is_seen_gone() -> None:
    # no neighbour before it shows a gap ("Need for" is said "you need"), but "vasopressor" is said nowhere
    dropped = VASOPRESSOR_SAID.replace(" vasopressor therapy (medicine to raise blood pressure),", "")
    assert _errors(VASOPRESSOR, dropped) == ["E1: the bullets citing it leave out the list item “vasopressor therapy”"]


# NCT02791490 I3
SULFONYLUREA = ("Be on stable monotherapy with a sulfonylurea, a glinide, or an α-glucosidase inhibitor for ≥8 weeks "
                "with a Screening A1C ≥7.5% and ≤11.0%.")
SULFONYLUREA_SAID = ("You have been on a steady dose of a single medicine, a sulfonylurea, a glinide, or an "
                     "α-glucosidase inhibitor, for 8 weeks or more, and your Screening A1C is from 7.5% to 11.0%.")


def test_a_first_items_name_after_its_frame_is_read_alone() -> None:
    assert _errors(SULFONYLUREA, SULFONYLUREA_SAID, "inclusion") == []
    assert _errors(SULFONYLUREA, SULFONYLUREA_SAID.replace(" a sulfonylurea,", ""), "inclusion") == [
        "E1: the bullets citing it leave out the list item “sulfonylurea”"]


# NCT03575702 I2.2: a first clause that is all the criterion has, no list's first item
URINATION = "frequent urination - 8 or more times a day;"


def test_a_criterions_first_clause_said_in_plain_words_is_no_lost_item() -> None:
    assert _errors(URINATION, "You pass urine often, 8 or more times a day.", "inclusion") == []


# NCT02012777 E4
HISTORY = ("history of heart failure, myocardial infarction, asthma, bradyarrythmias, hypotension, thyroid disease, "
           "diabetes, renal insufficiency")
HISTORY_SAID = ("You have a history of heart failure, heart attack (myocardial infarction), asthma, slow heart rhythms "
                "(bradyarrhythmias), low blood pressure (hypotension), thyroid disease, diabetes, or kidney failure")


def test_the_faithful_history_draws_no_error() -> None:
    assert _errors(HISTORY, HISTORY_SAID + " (renal insufficiency).") == []


def test_an_item_before_a_plain_wording_with_the_term_bracketed_after_it_is_seen_gone() -> None:
    # ", or kidney failure (renal insufficiency)" is read as "renal insufficiency" from after its "or"
    assert _errors(HISTORY, HISTORY_SAID.replace(" diabetes,", "") + " (renal insufficiency).") == [
        "E1: the bullets citing it leave out the list item “diabetes”"]


KIDNEYS = "history of heart failure, asthma, thyroid disease, diabetes, renal impairment"
KIDNEYS_SAID = "You have a history of heart failure, asthma, thyroid disease, diabetes, or poor kidneys."


def test_an_item_before_a_last_one_worded_otherwise_than_the_lexicon_is_seen_gone() -> None:
    # "renal impairment" said "poor kidneys": no word after the gap is said, and the last item's own two words stand
    # after it
    assert _errors(KIDNEYS, KIDNEYS_SAID) == []
    assert _errors(KIDNEYS, KIDNEYS_SAID.replace(" diabetes,", "")) == [
        "E1: the bullets citing it leave out the list item “diabetes”"]


def test_more_words_after_the_gap_than_the_last_item_has_are_no_gap() -> None:
    # the item said otherwise, beside the last: four words where the last item has two
    assert _errors(KIDNEYS, KIDNEYS_SAID.replace(" diabetes,", " sugar sickness,")) == []


# NCT01901809 I5
ARRHYTHMIAS = ("Hemodynamically significant arrhythmias including ventricular tachycardia or defibrillator shock "
               "within 4 weeks")
ARRHYTHMIAS_SAID = ("You have had heart rhythm problems that affect blood flow (hemodynamically significant "
                    "arrhythmias), including ventricular tachycardia or a shock from a defibrillator, in the last 4 "
                    "weeks.")


def test_the_faithful_arrhythmias_draw_no_error() -> None:
    assert _errors(ARRHYTHMIAS, ARRHYTHMIAS_SAID, "inclusion") == []


def test_an_item_before_a_window_said_in_the_last_weeks_is_seen_gone() -> None:
    assert _errors(ARRHYTHMIAS, ARRHYTHMIAS_SAID.replace(" or a shock from a defibrillator", ""), "inclusion") == [
        "E1: the bullets citing it leave out the list item “defibrillator shock”"]


# NCT00698581 I1, NCT03369704 I1, NCT02641730 E3
def test_both_included_of_a_range_is_not_planted() -> None:
    assert _dropped("Subjects from 16 to 75 years, both inclusive", "You are 16 to 75 years old, both included.") == []


def test_a_lead_in_before_a_colon_is_not_planted() -> None:
    assert _dropped("A clinical history of Japanese cedar pollinosis defined by the following",
                    "You have a clinical history of Japanese cedar pollen allergy (pollinosis), defined by the "
                    "following:") == []
    # an item before it still is
    assert _dropped("A history of cedar pollinosis or asthma defined by the following",
                    "You have a history of cedar pollen allergy (pollinosis) or asthma, defined by the following:") == [
        " or asthma"]


def test_half_a_wording_with_its_term_bracketed_inside_is_not_planted() -> None:
    source = "Has unstable cardiovascular disease, or serious hepatic disease"
    assert _dropped(source, "You have unstable heart and blood vessel (cardiovascular) disease, or serious liver "
                            "disease.") == [", or serious liver disease"]
