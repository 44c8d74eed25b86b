"""A "Gender:"/"Sex:" label before a sex label that is the criterion: "You are male or female.", as "Age: ≥ 18 years"
says "You are 18 years or older". Corpus criteria; a label the sex rules do not read keeps its words."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.criteria import SectionKind
from translator.offline_both_sexes import labelled_sexes_edits

INC = SectionKind.INCLUSION


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        ("Gender: Male or female.", "You are male or female."),
        ("Sex: male and female;", "You are male or female."),
        ("Gender: Male or female, 18 years or older", "You are male or female and 18 years or older."),
        (
            "Gender: Male or female. Female subjects must be post-menopausal or using a highly effective method for "
            "avoidance of pregnancy.",
            "You are male or female. Female subjects must be post-menopausal or using a highly effective method for "
            "avoidance of pregnancy.",
        ),
    ],
)
def test_said_to_the_reader(source: str, plain: str) -> None:
    assert said(source, INC) == plain


@pytest.mark.parametrize(
    "source",
    [
        "Gender: All",  # no sex label
        "Gender: includes male and female children.",  # a verb of its own
        "Gender: Male or female Females are eligible to participate only if they are currently non-pregnant.",
    ],
)
def test_left_alone(source: str) -> None:
    assert labelled_sexes_edits(source, INC) == []
