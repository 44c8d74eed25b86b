"""Elapsed time written as a fragment: a number in words, and a bare "from" for "since" (translator.offline_elapsed,
translator.offline_since); and the words that stay when the span could be a duty to come or has a far end."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.criteria import SectionKind


@pytest.mark.parametrize(
    ("source", "bullet"),
    [
        (  # NCT01741753: a small number in words, as older records write it
            "At least four weeks since any major surgery or radiation therapy",
            "It has been at least four weeks since any major surgery or radiation treatment.",
        ),
        (
            "At least four weeks since the last monoclonal antibody containing therapy or definitive radiation therapy "
            "(RT)",
            "It has been at least four weeks since the last monoclonal antibody containing treatment or definitive "
            "radiation treatment (RT).",
        ),
        (  # a bare "from" counts from X as "since" does
            "At least 21 days from last cytotoxic chemotherapy.",
            "It has been at least 21 days since your last cytotoxic chemotherapy.",
        ),
        ("At least four weeks from prior therapy", "It has been at least four weeks since any past treatment."),
        ("Less than 4 weeks from major surgery", "It has been less than 4 weeks since major surgery."),
    ],
)
def test_elapsed_time_becomes_a_sentence(source: str, bullet: str) -> None:
    assert said(source, SectionKind.INCLUSION) == bullet


@pytest.mark.parametrize(
    ("source", "bullet"),
    [
        (  # "prior to registration" may be the far end of the span: the words stay
            "A minimum of 4 weeks from any major surgery prior to registration.",
            "At least 4 weeks from any major surgery before joining the study.",
        ),
        (  # counted from the study's doses: under a birth-control lead-in this is a duty to come
            "At least 90 days from the last dose of study drug",
            "At least 90 days from the last dose of study drug",
        ),
        (  # a second amount after "and": one clause too many for "It has been"
            "At least 28 days from prior major surgery and at least 14 days from any prior radiation therapy prior to "
            "registration",
            "At least 28 days from past major surgery and at least 14 days from any past radiation treatment before "
            "joining the study",
        ),
    ],
)
def test_a_span_that_may_not_be_over_keeps_its_words(source: str, bullet: str) -> None:
    assert said(source, SectionKind.INCLUSION) == bullet
