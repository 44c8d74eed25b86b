"""A group said eligible whose "they" can only mean people, after plural things in its description (you35,
offline_people_pronouns via offline_eligible_groups): put to the reader; a "they" that may be the things keeps the
source's words. Real corpus text."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.criteria import SectionKind
from translator.offline_people_pronouns import only_people_meant

INC = SectionKind.INCLUSION


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        (  # NCT00574366: metastases take no steroids
            "Patients with a history of brain metastases are eligible provided they are clinically stable and not "
            "taking steroids or therapeutic anticonvulsants that are CYP3A4 modifiers",
            "If you have had brain metastases, you can take part as long as you are clinically stable and not taking "
            "steroids or therapeutic anticonvulsants that are cytochrome P450 3A4 (CYP3A4) modifiers.",
        ),
        (  # NCT00378404 (its first words): "their disease", "they are clinically stable"
            "Patients with known brain metastases are eligible for this clinical trial if their disease has been "
            "treated and they are clinically stable",
            "If you have known brain metastases, you are eligible for this clinical trial if your disease has been "
            "treated and you are clinically stable.",
        ),
        (  # NCT00598585: medicines, a diagnosis and symptoms of their own
            "Patients with psychiatric disorders (see below) will be included, if they could be off their "
            "medications, and if their psychiatric diagnosis clearly occurred after their fatigue symptoms began.",
            "If you have mental health conditions (see below), you will be included, if you could be off your "
            "medicines, and if your mental health diagnosis clearly occurred after your tiredness symptoms began.",
        ),
    ],
)
def test_a_they_only_people_can_be_is_the_reader(source: str, plain: str) -> None:
    assert said(source, INC) == plain


@pytest.mark.parametrize(
    "source",
    [
        # NCT00115739: the metastases may be what has been stable
        "Patients with brain metastases are eligible if they have been stable for at least six weeks post-radiation "
        "therapy.",
        # NCT00689000: the blast counts are what hydroxyurea controls
        "Patients with high blast counts can be included in the trial, if they can be controlled by the use of "
        "hydroxyurea (500-3000 mg daily).",
    ],
)
def test_a_they_that_may_be_the_things_keeps_the_group(source: str) -> None:
    assert said(source, INC).startswith("Patients with")


def test_one_pronoun_of_a_thing_is_enough_to_keep_the_words() -> None:
    text = "X are eligible if they are clinically stable and their lesions have shrunk"
    assert not only_people_meant(text, 0, len(text))
    assert only_people_meant(text[: text.index(" and their")], 0, text.index(" and their"))
