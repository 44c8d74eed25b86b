"""checks-44 (lead): held-out paraphrases that drew a false error, each with a wrong version the checks still fault.

A comparator reaches through "a" to an amount written as an adjective ("at least a two-year history"); two waits
joined by a slash ("within 4 weeks/5 half-lives prior to randomisation") are both facts, as they are when "or" joins
them."""

from __future__ import annotations

import pytest

from tests.translator.test_fidelity_false_alarms6 import EXC, INC, checks
from translator.criteria import SectionKind
from translator.facts import Comparator, extract_facts

# NCT02054156 I6.2
CULTURES = "Pa recovered after at least a two-year history of Pa negative respiratory cultures (≥ 1 culture/ year)"
# NCT02132936 E2.4
HALF_LIVES = "other products - within 4 weeks/5 half-lives prior to randomisation (whichever is longer)"


@pytest.mark.parametrize(("source", "faithful", "wrong", "kind"), [
    (CULTURES, "Pa was found after a history of at least 2 years of Pa-negative airway cultures (1 or more cultures a "
     "year).", "Pa was found after a 2-year history of Pa-negative airway cultures (1 or more cultures a year).", INC),
    (HALF_LIVES, "Other products within 4 weeks or 5 half-lives before randomisation, whichever is longer.",
     "Other products within 4 weeks before randomisation.", EXC),
    (HALF_LIVES, "Other products within 4 weeks or 5 half-lives before randomisation, whichever is longer.",
     "Other products within 4 weeks or 6 half-lives before randomisation, whichever is longer.", EXC),
])
def test_faithful_wording_passes_and_the_wrong_one_is_faulted(source: str, faithful: str, wrong: str,
                                                              kind: SectionKind) -> None:
    assert checks(source, faithful, kind) == []
    assert checks(source, wrong, kind)


@pytest.mark.parametrize(("text", "comparator", "value"), [
    ("Less than a four week interval since prior chemotherapy.", Comparator.LT, 4.0),  # NCT01812616 E3
    ("there shall be no more than a 20 mm Hg drop in systolic", Comparator.LE, 20.0),  # NCT01568775 I3.3
    ("with less than a 30% chance of recurrence", Comparator.LT, 30.0),  # NCT02966730 E3.2
])
def test_a_comparator_bounds_the_amount_after_an_article(text: str, comparator: Comparator, value: float) -> None:
    bounded = [f for f in extract_facts(text) if f.comparator is comparator]
    assert [f.high if f.high is not None else f.low for f in bounded] == [value]


def test_over_a_period_is_no_bound() -> None:
    # NCT05813288 I7.3: "over a 2-week period" says during, not more than
    facts = extract_facts("Peak flow variation of ≥20% over a 2-week period")
    assert not any(f.comparator is Comparator.GT for f in facts)
