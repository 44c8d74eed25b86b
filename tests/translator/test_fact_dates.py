"""Calendar dates are one fact each (translator.fact_dates): written any way, the same date compares equal, and a
changed day, month or year is a lost fact that the check reports."""

from __future__ import annotations

import pytest

from tests.corpus import corpus_by_id, criteria_text
from translator.backend import CriterionRequest, RenderedBullet, Rendering, RequestItem
from translator.criteria import SectionKind
from translator.facts import extract_facts
from translator.fidelity import check_rendering, errors
from translator.phrasing import phrase


def labels(text: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.label) for f in extract_facts(text) if f.unit == "date"]


@pytest.mark.parametrize(("text", "expected"), [
    ("between 01/01/2010 and 30/09/2013", [("01/01/2010", "2010-01-01"), ("30/09/2013", "2013-09-30")]),
    ("closed to accrual as of 10/19/2006", [("10/19/2006", "2006-10-19")]),  # month first: 19 is no month
    ("on 2013-09-30", [("2013-09-30", "2013-09-30")]),
    ("members of KPNC as of January 1, 1997", [("January 1, 1997", "1997-01-01")]),
    ("As of 20 March 2016, participants must", [("20 March 2016", "2016-03-20")]),
    ("from 2010 till 30th June 2024.", [("30th June 2024", "2024-06-30")]),
    ("between November 2015 and November 2016", [("November 2015", "2015-11"), ("November 2016", "2016-11")]),
    ("the Sept. 2011 version of the protocol", [("Sept. 2011", "2011-09")]),
    # a day and a month that can be read either way keep the order as written: only the same writing matches
    ("from 1/1/2010 through 7/1/2019.", [("1/1/2010", "2010-01-01"), ("7/1/2019", "7/1/2019")]),
])  # fmt: skip
def test_a_date_is_one_fact_labelled_by_what_it_states(text: str, expected: list[tuple[str, str]]) -> None:
    assert labels(text) == expected


@pytest.mark.parametrize("text", [
    "patients may 2013",  # a verb, not a month
    "in 2017",  # a bare year stays a number
    "31/02/2010",  # no such day
    "a ratio of 1/2/2 doses",
    "Study 2013-45-678",  # a code: hyphenated chains stay codes
])
def test_what_is_no_date_is_not_read_as_one(text: str) -> None:
    assert labels(text) == []


def test_the_same_date_in_other_words_compares_equal_and_a_changed_one_is_an_error() -> None:
    source = "Diagnosed between 01 January 2019 and 31 December 2022"
    request = CriterionRequest(
        kind=SectionKind.INCLUSION, items=[RequestItem(ref="1", text=source, facts=extract_facts(source))]
    )

    def errors_for(bullet: str) -> list[str]:
        rendering = Rendering(bullets=[RenderedBullet(text=bullet, refs=["1"], depth=0)])
        return [f.message for f in errors(check_rendering(request, rendering))]

    assert errors_for("You were diagnosed between January 1, 2019 and December 31, 2022.") == []
    assert errors_for("You were diagnosed between 1/1/2019 and 2022-12-31.") == []
    assert errors_for("You were diagnosed between January 1, 2019 and December 31, 2021.")  # the year
    assert errors_for("You were diagnosed between January 1, 2019 and November 30, 2022.")  # the month and day
    assert errors_for("You were diagnosed between January 2019 and December 31, 2022.")  # the day lost


def test_a_date_is_worded_so_that_it_reads_back_to_itself() -> None:
    for text in ("30/09/2013", "November 2015", "7/1/2019"):
        (fact,) = extract_facts(text)
        assert [f.key for f in extract_facts(phrase(fact))] == [fact.key]


@pytest.mark.parametrize(("nct_id", "label"), [
    ("NCT02958956", "1997-01-01"),
    ("NCT06131424", "2019-01-01"),
    ("NCT00085566", "2006-10-19"),
])
def test_real_dates_in_the_corpus_are_read_whole(nct_id: str, label: str) -> None:
    text = criteria_text(corpus_by_id()[nct_id])
    assert label in [f.label for f in extract_facts(text) if f.unit == "date"]
