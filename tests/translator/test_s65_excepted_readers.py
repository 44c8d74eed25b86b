"""An exception naming the reader's own group ("except patients with Gilbert's syndrome") is said to the reader once
the bullet is the reader's; a bare "those", a second clause, another subject or a purpose ("for excluding …") keep
their words."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.criteria import SectionKind
from translator.offline_excepted_readers import excepted_readers


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        (  # NCT00410774
            "INR <= 1.5 (except in patients receiving full-dose warfarin)",
            "Your international normalized ratio (INR) is 1.5 or less (except if you are getting full-dose warfarin).",
        ),
        (  # NCT01025570
            "INR ≤ 1.5 (except those subjects who are receiving full-dose warfarin)",
            "Your international normalized ratio (INR) is 1.5 or less. This does not apply if you are getting "
            "full-dose warfarin.",
        ),
        (  # NCT02070406
            "Total bilirubin ≤ 2 x ULN (except patients with documented Gilbert's syndrome)",
            "Your total bilirubin is no more than 2 times the upper limit of normal (except if your records show "
            "that you have Gilbert's syndrome).",
        ),
        (  # NCT02142803
            "Total bilirubin < 1.5 x ULN with direct bilirubin within normal limits except for participants with "
            "Gilbert's disease",
            "Your total bilirubin is less than 1.5 times the upper limit of normal with direct bilirubin within "
            "normal limits except if you have Gilbert's disease.",
        ),
    ],
)
def test_the_readers_group_in_an_exception_is_the_reader(source: str, plain: str) -> None:
    assert said(source, SectionKind.INCLUSION) == plain


@pytest.mark.parametrize(
    "text",
    [
        # a bare "those" is the cancers
        "You have had cancer, except for those with a negligible risk of metastasis or death.",
        # a second clause with its own rule for the excepted group
        "Your total bilirubin is 1.5 mg/dL or less, except in patients with Gilbert's Syndrome who must have a total "
        "bilirubin less than 3.0 mg/dl.",
        # the sentence has its own subject
        "If you are female, you must not be breastfeeding. Female patients (except for those patients who have had "
        "a hysterectomy) can take part only if they have a negative pregnancy test.",
        # a purpose, not an exception
        "You have had a musculoskeletal injury of the same knee for excluding patients with secondary knee "
        "osteoarthritis.",
        # a bullet not yet the reader's
        "Patients with X can take part (except patients with Gilbert's syndrome).",
    ],
)
def test_other_exceptions_keep_their_words(text: str) -> None:
    assert excepted_readers(text) == text
