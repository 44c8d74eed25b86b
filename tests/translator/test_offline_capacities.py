"""Two nouns of capacity joined ("Ability to understand and the willingness to sign …") said as one "You are able to
… and willing to …" (translator.offline_abilities), and the plain "can"/"cannot" kept off a "be" that a second
adjective shares."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.criteria import SectionKind

INC = SectionKind.INCLUSION


@pytest.mark.parametrize(("text", "plain"), [
    ("Ability to understand and the willingness to sign a written informed consent document",
     "You are able to understand and willing to sign a written informed consent form."),
    ("Willingness to comply & ability to attend all study visits",
     "You are willing to comply and able to attend all study visits."),
    ("Inability to read or unwillingness to complete the diaries",
     "You are unable to read or unwilling to complete the diaries."),
    ("Ability to swallow, and willingness to take, oral tablets",
     "You are able to swallow, and willing to take, oral tablets."),
])
def test_two_nouns_of_capacity_become_one_you_are(text: str, plain: str) -> None:
    assert said(text, INC) == plain


@pytest.mark.parametrize("text", [
    # someone else may be the one willing: the criterion is not the reader's alone
    "Ability to understand and willingness of the participant or legal guardian to give written consent",
    "Ability to understand and willingness to sign consent by the patient or caregiver",
    "Ability to understand and willingness to sign consent must be documented",  # the sentence has its own verb
    "Ability to read, willingness to comply and ability to attend visits",  # three nouns: not two adjectives
])
def test_capacities_that_are_not_the_readers_pair_stay(text: str) -> None:
    assert not said(text, INC).startswith("You are able")


def test_unable_keeps_its_be_when_a_second_adjective_shares_it() -> None:
    # "You cannot walk and unwilling to …" would drop the "are" the second adjective needs
    plain = "You are unable to walk and unwilling to use a wheelchair."
    assert said("Unable to walk and unwilling to use a wheelchair") == plain
    assert said("Unable to walk") == "You cannot walk."


def test_a_repeated_ability_keeps_the_be_both_adjectives_share() -> None:
    text = "Ability to understand and sign the consent form, and ability to fill in the diary at home"
    plain = "You are able to understand and sign the consent form, and able to fill in the diary at home."
    assert said(text, INC) == plain
