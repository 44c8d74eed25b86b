""""A female subject" said of the reader reads "a female" (session 36, translator.offline_reader_sex_nouns): real corpus
cases that change, and near cases that keep their words."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.criteria import SectionKind
from translator.offline_reader_sex_nouns import reader_sex_nouns

INCLUSION = SectionKind.INCLUSION
EXCLUSION = SectionKind.EXCLUSION


@pytest.mark.parametrize(
    ("source", "kind", "plain"),
    [
        # NCT01075048
        (
            "All female participants of childbearing potential must each have a negative pregnancy test (serum or "
            "urine) result before initiating study treatment.",
            INCLUSION,
            "If you are a female who can get pregnant, you must have a negative pregnancy test (serum or urine) result "
            "before starting study treatment.",
        ),
        # NCT01639560: both groups of the sentence
        (
            "Subject is a female subject of non-childbearing potential or a female subject of childbearing potential - "
            "who is using contraceptives and has a negative pregnancy test result;",
            INCLUSION,
            "You are a female not able to get pregnant or a female able to get pregnant - who is using birth control "
            "methods and has a negative pregnancy test result.",
        ),
        # NCT02145182
        (
            "Female participants of child bearing potential who are unable or unwilling to use a medically acceptable "
            "form of contraception",
            EXCLUSION,
            "You are a female who can get pregnant and are unable or unwilling to use a medically acceptable form of "
            "birth control.",
        ),
        # NCT02723006
        (
            "Is a male or female participant of 18 years or older.",
            INCLUSION,
            "You are a male or female of 18 years or older.",
        ),
    ],
)
def test_the_reader_said_to_be_a_female_subject_is_a_female(source: str, kind: SectionKind, plain: str) -> None:
    assert said(source, kind) == plain


@pytest.mark.parametrize(
    "text",
    [
        "A female subject must have a negative test.",  # no sentence puts the reader as one
        "You are a female patient aged 18 or older.",  # "patient" says more: one with the condition
        "You are a healthy male volunteer.",
        "You are a female who has a male partner.",  # "male" describes someone else
        "A male subject must not donate sperm. You are 18 or older.",
    ],
)
def test_near_cases_keep_their_words(text: str) -> None:
    assert reader_sex_nouns(text) == text


def test_only_the_sentence_that_puts_the_reader_changes() -> None:
    assert reader_sex_nouns("A male subject must agree. You are a female subject.") == (
        "A male subject must agree. You are a female."
    )
