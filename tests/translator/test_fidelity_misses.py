"""Fidelity misses and false alarms, each pinned on a real corpus criterion (the parser's text for the record).

- a bound beside a range: the range's own end said again is the same fact; another bound is invented;
- a time window shifted while its anchor words stay ("after the 4 weeks preceding randomization");
- "within N of X" read in the one direction the anchor allows.
"""

from __future__ import annotations

from tests.translator.test_fact_leftovers import criterion, judge
from translator.fidelity import errors


def _checks(source: str, bullet: str) -> list[str]:
    return [f.check for f in errors(judge(source, bullet))]


def test_a_ranges_end_said_again_is_faithful_and_another_bound_is_invented() -> None:
    text = criterion("NCT02406521", "ECOG performance status of 0-2")
    assert _checks(text, "Your ECOG performance status is 0 to 2 (Appendix A).") == []
    # "(at most 2)" is the range's upper end said twice: the same fact.
    assert _checks(text, "Your ECOG performance status is 0 to 2 (at most 2) (Appendix A).") == []
    assert _checks(text, "Your ECOG performance status is 0 to 2 (at least 0) (Appendix A).") == []
    # Any other bound is a new fact.
    assert _checks(text, "Your ECOG performance status is 0 to 2 (at most 3) (Appendix A).") == ["fact_invented"]
    assert _checks(text, "Your ECOG performance status is 0 to 2 (at least 1) (Appendix A).") == ["fact_invented"]
    # The same number counting something the source never names is no end of the range.
    assert _checks(text, "Your ECOG performance status is 0 to 2 (Appendix A) (at most 2 doses).") == [
        "fact_invented"]


def test_a_count_the_source_names_restates_its_range() -> None:
    text = criterion("NCT03600623", "Karnofsky performance status greater than or equal to 70")
    assert _checks(text, "Your Karnofsky performance status is 70 or more, or your ECOG performance is 0 to 2 "
                         "(at most 2).") == []
    assert _checks(text, "Your Karnofsky performance status is 70 or more, or your ECOG performance is 0 to 2 "
                         "(at most 2 doses).") == ["fact_invented"]
    # A count the source names ("lines of therapy") is its own: its range's end said again stays faithful.
    lines = criterion("NCT02572687", "after 1-2 prior lines")
    said = _checks(lines, lines + " (at most 2 prior lines)")
    assert said == [], said
