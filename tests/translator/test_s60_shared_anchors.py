"""A time window whose "before" shares its object with a second window keeps that object, not "now"."""

from __future__ import annotations

import pytest

from tests.translator.test_fidelity_false_alarms6 import INC, checks
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


CONTRACEPTION = (
    "Must be willing to avoid pregnancy by using medically accepted contraception for 4 weeks prior to and 4 weeks "
    "following the last dose of study medication."
)
ANTACIDS = (
    "Concurrent antacids allowed provided they are administered > 1 hour before or > 1 hour after trial drug "
    "administration."
)


@pytest.mark.parametrize(
    ("source", "moved", "kept"),
    [
        (
            CONTRACEPTION,
            "You must be willing to avoid pregnancy by using medically accepted birth control for the past 4 weeks and "
            "4 weeks after the last dose of study medicine.",
            "You must be willing to avoid pregnancy by using medically accepted birth control for 4 weeks before and 4 "
            "weeks after the last dose of study medicine.",
        ),
        (
            ANTACIDS,
            "Concurrent antacids allowed as long as they are given more than 1 hour ago or more than 1 hour after "
            "trial drug administration.",
            "Concurrent antacids allowed as long as they are given more than 1 hour before or more than 1 hour after "
            "trial drug administration.",
        ),
    ],
)
def test_the_check_reads_the_shared_object(source: str, moved: str, kept: str) -> None:
    # the first window is measured from the event named after the second: counting it from now is a changed fact
    assert checks(source, moved, INC) == ["fact_changed"]
    assert checks(source, kept, INC) == []


@pytest.mark.parametrize(
    ("source", "bullet"),
    [
        (  # a window up to today: "3 to 4 weeks ago" would leave out the last three weeks
            "Treatment with cytotoxic agents within the last 3 or 4 weeks, depending on the usual frequency of "
            "administration of the regimen.",
            "You have had treatment with cytotoxic agents within the last 3 or 4 weeks, depending on the usual "
            "frequency of administration of the regimen.",
        ),
        ("Chemotherapy within the last 3 to 4 weeks.", "You have had chemotherapy within the last 3 to 4 weeks."),
        (  # a span measured back from an event stays plain: days 90 to 50 before entry
            "CD4 count obtained within 90-50 days prior to study entry",
            "CD4 count obtained 50 to 90 days before study entry",
        ),
    ],
)
def test_a_ranged_window_up_to_now_keeps_its_words(source: str, bullet: str) -> None:
    assert said(source, SectionKind.EXCLUSION) == bullet


def test_the_check_tells_a_window_up_to_now_from_a_span_before_it() -> None:
    source = (
        "Treatment with cytotoxic agents within the last 3 or 4 weeks, depending on the usual frequency of "
        "administration of the regimen."
    )
    assert checks(source, "You have had treatment with cytotoxic agents 3 to 4 weeks ago, depending on the usual "
                  "frequency of administration of the regimen.") == ["fact_changed"]
    assert checks(source, "You have had treatment with cytotoxic agents in the past 3 or 4 weeks, depending on how "
                  "often the regimen is usually given.") == []
