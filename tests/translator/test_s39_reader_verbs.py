"""Lead fixes of session 37 (translator.offline_reader_verbs, offline_head_articles, offline_determined_treatments):
a clause about the reader left saying "has" after a semicolon or as a bare sentence; an article before "drug
allergy" and "AIDS-defining condition"; a treatment that "cannot be discontinued" is one going on, not one had.
Real corpus cases, and near cases that must keep their words."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.criteria import SectionKind
from translator.offline_reader_verbs import reader_verbs

INCLUSION = SectionKind.INCLUSION
EXCLUSION = SectionKind.EXCLUSION


@pytest.mark.parametrize(
    ("source", "kind", "plain"),
    [
        # NCT01489254-like: one subject for both clauses of a semicolon list
        (
            "Has known type 1 or 2 diabetes mellitus; or has fasting plasma glucose ≥ 126 mg/dL at screening",
            INCLUSION,
            "You have known type 1 or 2 diabetes; or you have fasting plasma glucose 126 mg/dL or more at screening.",
        ),
        # a bare sentence after the reader's own
        (
            "Consumes more than 14 alcoholic beverages/week. Has had alcoholism or illegal drug abuse within 5 years.",
            EXCLUSION,
            "You consume more than 14 alcoholic beverages/week. You have had alcoholism or illegal drug abuse within "
            "5 years.",
        ),
        # articles: "drug" as the first half of a compound, "AIDS-defining" describing the one condition
        (
            "History of clinically significant cutaneous drug reaction",
            EXCLUSION,
            "You have had a medically important skin drug reaction.",
        ),
        ("Active AIDS-defining condition", EXCLUSION, "You have an active AIDS-defining condition."),
        # a lesion "by" the test that finds it; a fistula is one countable thing
        ("Measurable lesion by RECIST 1.1", INCLUSION, "You have a measurable lesion by RECIST 1.1."),
        ("Fistula with multiple tracts", EXCLUSION, "You have a fistula with multiple tracts."),
        # NCT00000000-like: still going on, so no "You have had"
        (
            "Anticoagulant treatment which cannot be discontinued for 10 days prior to PET scanning",
            EXCLUSION,
            "Blood thinner treatment which cannot be stopped for 10 days before positron emission tomography (PET) "
            "scanning",
        ),
    ],
)
def test_said(source: str, kind: SectionKind, plain: str) -> None:
    assert said(source, kind) == plain


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("You have X; or has Y.", "You have X; or you have Y."),
        ("You have X; is a transplant recipient.", "You have X; you are a transplant recipient."),
        ("You drink. Has had Z.", "You drink. You have had Z."),
        # a relative clause is never cut by a semicolon, but a clause after a sentence not the reader's keeps its verb
        ("The tumor is large; or has spread.", "The tumor is large; or has spread."),
        ("You have a tumor that is large or has spread.", "You have a tumor that is large or has spread."),
        ("Patients are excluded. You drink; has had Z.", "Patients are excluded. You drink; you have had Z."),
        ("Patients are excluded. Has had Z.", "Patients are excluded. Has had Z."),
        # a second verb still in the third person: the sentence keeps its words
        ("You had X. Had Y AND meets Z.", "You had X. Had Y AND meets Z."),
        # a question
        ("You have X. Have you had Y?", "You have X. Have you had Y?"),
    ],
)
def test_reader_verbs(text: str, expected: str) -> None:
    assert reader_verbs(text) == expected
