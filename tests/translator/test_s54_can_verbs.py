"""One "can" for a list of verbs: "Able to X and to Y" reads "You can X and Y", not "You can X and to Y"; a "to" that
another word governs ("willingness to …", "agree to"), or that starts no verb, stays."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.criteria import SectionKind

INC = SectionKind.INCLUSION


@pytest.mark.parametrize(
    ("source", "bullet"),
    [
        ("Able to provide informed consent and to comprehend study procedures.",
         "You can give informed consent and comprehend study procedures."),
        ("Able to render informed consent and to follow protocol requirements.",
         "You can render informed consent and follow study rules."),
        (
            "Able to give informed consent before the conduct of any study-related procedure not part of normal "
            "medical care and to comply with the protocol",
            "You can give informed consent before the conduct of any study-related procedure not part of normal "
            "medical care and follow the study plan.",
        ),
        # a list: the bare comma's "to" goes with the conjunction's
        ("Able to read, to write and to fully understand German language",
         "You can read, write and fully understand German language."),
        # the "to" after "and" goes; "agree to" keeps its own
        ("Ability to understand the protocol and to agree to and sign a written informed consent document",
         "You can understand the study plan and agree to and sign a written informed consent form."),
        (
            "The patient is able to understand and comply with protocol requirements, instructions and "
            "protocol-stated restrictions, and to give informed consent.",
            "You can understand and follow study rules, instructions and protocol-stated restrictions, and give "
            "informed consent.",
        ),
    ],
)
def test_one_can_for_each_verb(source: str, bullet: str) -> None:
    assert said(source, INC) == bullet


@pytest.mark.parametrize(
    ("source", "bullet"),
    [
        # "willingness" governs the later "to": it stays
        (
            "Ability to give your signed informed consent, and show willingness to comply with study procedures and "
            "to modify your lifestyle activities (Section 6.2.2)",
            "You can give your signed informed consent, and show willingness to follow study procedures and to "
            "modify your lifestyle activities (Section 6.2.2).",
        ),
        # "to the extent" starts no verb
        ("Able to walk and to the extent possible climb stairs",
         "You can walk and to the extent possible climb stairs."),
    ],
)
def test_a_to_the_can_does_not_govern_stays(source: str, bullet: str) -> None:
    assert said(source, INC) == bullet
