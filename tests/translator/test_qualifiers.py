"""How an amount is counted survives: "consecutive", "the equivalent of", "a total of", "alcoholic".

The offline backend words facts from their normal form, which has no place for these words; before, "at least 7
consecutive days" became "at least 7 days" and "> 14 alcoholic drinks per week" "more than 14 drinks a week",
and the checks, comparing normal forms, saw no change. Now the wording puts the word back
(translator.offline_qualifiers) and the checks report a bullet that drops it (translator.fidelity_qualifiers).
"""

from __future__ import annotations

import pytest

from tests.translator.test_fact_leftovers import judge
from tests.translator.test_offline import rewritten
from translator.fidelity import errors
from translator.offline_qualifiers import requalified


@pytest.mark.parametrize(("nct_id", "source", "plain"), [
    ("NCT02111564", "The duration of the index hospitalization", "3 to 10 days in a row"),
    ("NCT01129258", "Use of tobacco or nicotine",
     "more than the equivalent of 10 cigarettes a day"),
])
def test_the_offline_wording_keeps_how_an_amount_is_counted(nct_id: str, source: str, plain: str) -> None:
    assert plain in rewritten(nct_id, source)


@pytest.mark.parametrize(("fact", "wording", "kept"), [
    ("for a minimum of seven consecutive days", "for at least 7 days", "for at least 7 consecutive days"),
    (">14 alcoholic drinks per week", "more than 14 drinks a week", "more than 14 alcoholic drinks a week"),
    ("greater than the equivalent of 10 mg", "more than 10 mg", "more than the equivalent of 10 mg"),
    ("greater than a total of three", "more than 3", "more than a total of 3"),
    ("in the 6 calendar months prior to screening", "in the 6 months before screening",
     "in the 6 calendar months before screening"),
    ("at least 18 years", "18 years or older", "18 years or older"),  # nothing to keep
])
def test_requalified_puts_the_word_where_it_stood(fact: str, wording: str, kept: str) -> None:
    assert requalified(fact, wording) == kept


def test_a_word_with_no_place_keeps_the_fact_as_written() -> None:
    # The noun the word describes is not in the wording: no guess where it goes.
    assert requalified("≥ 3 consecutive cycles", "3 or more") is None


@pytest.mark.parametrize(("source", "dropped", "faithful"), [
    ("Stable pain control for at least 7 consecutive days", "Stable pain control for at least 7 days",
     "Stable pain control for at least 7 days in a row"),
    ("Consumes >14 alcoholic drinks per week", "Consumes more than 14 drinks a week",
     "Consumes more than 14 drinks of alcohol a week"),
    ("Steroids greater than the equivalent of 10 mg per day of prednisone",
     "Steroids more than 10 mg per day of prednisone",
     "Steroids more than the equivalent of 10 mg a day of prednisone"),
    ("Up to a total of 6 cycles of chemotherapy", "Up to 6 cycles of chemotherapy",
     "Up to 6 cycles of chemotherapy in all"),
    # said before the fact's own bound
    ("Worked the full-time equivalent of at least 1 week in the preceding 4 weeks",
     "In the past 4 weeks you worked at least 1 full-time week",
     "In the past 4 weeks you worked at least the equivalent of 1 full-time week"),
])
def test_a_bullet_that_drops_how_an_amount_is_counted_is_an_error(source: str, dropped: str, faithful: str) -> None:
    assert [f.check for f in errors(judge(source, dropped))] == ["fact_changed"]
    assert not errors(judge(source, faithful))
