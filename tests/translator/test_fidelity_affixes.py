"""Negations said another way, on real corpus criteria: an affix for a word ("uncorrected" / "not
corrected"), cues that negate nothing of their own ("whether or not", "nor"), and exceptions, which make
no double negative ("unless it causes no symptoms")."""

from __future__ import annotations

from tests.translator.test_fact_leftovers import criterion, judge
from translator.fidelity import errors


def _checks(source: str, bullet: str) -> list[str]:
    return [f.check for f in errors(judge(source, bullet))]


def test_an_affixed_word_said_with_not_is_the_same_negation() -> None:
    text = criterion("NCT05501886", "uncorrected hypokalemia")
    bullet = ("Risk factors for Torsades de Pointes (TdP), such as low potassium (hypokalemia) or low magnesium "
              "(hypomagnesemia) that has not been corrected, or a past clinically significant or symptomatic "
              "slow heartbeat (bradycardia).")
    assert _checks(text, bullet) == []
    # The swap excuses only the negation it stands for: another added "not" is still an addition.
    assert _checks(text, bullet.replace("or a past", "or not a past")) == ["negation_added"]


def test_an_affix_an_expansion_brings_in_excuses_no_dropped_negation() -> None:
    # "NSCLC" expanded gives "non-small": no source negation turned into it, so losing "No" is still caught.
    text = criterion("NCT01165216", "No prior chemotherapy")
    assert _checks(text, "You have had no chemotherapy, hormonal therapy, immunotherapy or targeted therapy "
                         "regimens before for non-small cell lung cancer (NSCLC).") == []
    assert _checks(text, "You have had chemotherapy, hormonal therapy, immunotherapy or targeted therapy "
                         "regimens before for non-small cell lung cancer (NSCLC).") == ["negation_dropped"]


def test_whether_or_not_negates_nothing() -> None:
    text = criterion("NCT05501886", "with or without antihypertensive")
    assert _checks(text, "Your high blood pressure is uncontrolled: your systolic blood pressure (SBP) is 160 mmHg "
                         "or higher and/or your diastolic blood pressure (DBP) is 100 mmHg or higher, whether or not "
                         "you take blood pressure medicine. Starting or changing blood pressure medicine before "
                         "screening is allowed.") == []


def test_nor_goes_on_with_the_negation_before_it() -> None:
    text = criterion("NCT00327327", "neither pregnant nor nursing")
    assert _checks(text, "If you are a woman, you are not pregnant nor nursing.") == []
    # "either … nor" has lost the "neither" that made "nor" a negation.
    assert _checks(text, "If you are a woman, you are either pregnant nor nursing.") == ["negation_dropped"]


def test_an_exception_and_a_negation_make_no_double_negative() -> None:
    text = criterion("NCT06627647", "unless asymptomatic")
    bullet = ("You have cancer that has spread to the brain (brain metastases), unless it causes no symptoms, is "
              "stable, and has not needed steroids or anticonvulsants for at least 7 days before randomization. At "
              "least 2 weeks must have passed between the end of local therapy (brain radiotherapy or surgery) and "
              "randomization. You must have recovered from the acute toxic effects of radiotherapy (for example "
              "dizziness and signs of increased intracranial pressure) or surgery before randomization.")
    assert _checks(text, bullet) == []


def test_a_negation_split_over_two_clauses_is_not_an_added_one() -> None:
    # "without A, and without B": the source repeats one cue over a list; the bullet says each with its own
    # subject ("your oxygen level does not drop", "you do not breathe fast"). The same number of negations.
    text = "Sat O2 at rest > 94% with room air, and without desaturation with ambulation, and without tachypnea"
    assert _checks(text, "Your oxygen saturation at rest is above 94% on room air, your oxygen level does not drop "
                         "when you walk, and you do not breathe fast (tachypnea).") == []


def test_refrain_from_said_as_stop_is_the_same_negation() -> None:
    text = criterion("NCT01500382", "Inability to refrain from smoking")
    assert _checks(text, "You cannot stop smoking for the whole length of the study.") == []
    assert _checks(text, "You can stop smoking for the whole length of the study.") == ["negation_dropped"]


def test_a_not_added_where_refrain_from_is_said_as_stop_is_caught() -> None:
    # "stop smoking" says the source's "refrain from" without a cue; that swap leaves no room for a "not" put on
    # another clause (a planted error the mutations suite missed: it was counted against the swap).
    text = criterion("NCT03442725", "Smoking more than ten cigarettes per day")
    faithful = ("You smoke more than 10 cigarettes a day (or the equivalent), or you cannot or will not stop smoking "
                "and using tobacco for 2 hours before dosing and 4 hours after the dose.")
    assert _checks(text, faithful) == []
    assert _checks(text, faithful.replace("You smoke", "You do not smoke")) == ["negation_added"]
