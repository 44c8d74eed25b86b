"""A time window whose "before" shares its object with a second window keeps that object, not "now"."""

from __future__ import annotations

import pytest

from tests.translator.test_offline import said
from translator.criteria import SectionKind


@pytest.mark.parametrize(
    ("source", "bullet"),
    [
        (  # "prior to" waits for "the last dose": "for the past 4 weeks" would count from today
            "Must be willing to avoid pregnancy by using medically accepted contraception for 4 weeks prior to and 4 "
            "weeks following the last dose of study medication.",
            "You must be willing to avoid pregnancy by using medically accepted birth control for 4 weeks before and 4 "
            "weeks after the last dose of study medicine.",
        ),
        (  # "1 hour ago" would be an hour before now, not before the drug
            "Concurrent antacids allowed provided they are administered > 1 hour before or > 1 hour after trial drug "
            "administration.",
            "Concurrent antacids allowed as long as they are given more than 1 hour before or more than 1 hour after "
            "trial drug administration.",
        ),
    ],
)
def test_the_first_window_keeps_the_shared_object(source: str, bullet: str) -> None:
    assert said(source, SectionKind.INCLUSION) == bullet


def test_a_window_with_its_own_end_is_still_plain() -> None:
    assert said("Use of antibiotics for 4 weeks prior to screening and during the study", SectionKind.EXCLUSION) == (
        "You have used or will use antibiotics for the 4 weeks before screening and during the study."
    )
