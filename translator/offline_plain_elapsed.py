"""Time that has "elapsed" said as time that has "passed" (read by translator.offline_grade_words.GRADE).

"At least 28 days must have elapsed since the last dose", "4 weeks have elapsed from surgery", "more than 5 years
has elapsed between …": the verb is in about 80 corpus bullets, three syllables where "passed" has one, with the
same meaning. Only as the verb of a stretch of time: after "have/has/had" (and "not"), after a modal or "to"
("must elapse before", "will elapse between"), and after a unit of time ("1 year elapsed between"); never as an
adjective ("elapsed time", which no rule here touches).
"""

from __future__ import annotations


def _after(*words: str) -> str:
    """A look-behind for any of `words` and a space (one each: Python's look-behinds have a fixed width)."""
    return "|".join(f"(?<=\\b{word}\\s)" for word in words)


_PERFECT = _after("have", "has", "had", "not")
_MODAL = _after("must", "will", "should", "may", "would", "can", "could", "to")
_UNIT = _after(*(f"{unit}{s}" for unit in ("hour", "day", "week", "month", "year") for s in ("", "s")))

ELAPSED: list[tuple[str, str]] = [
    (f"(?:{_PERFECT}|{_UNIT})elapsed", "passed"),
    (f"(?:{_MODAL})elapse", "pass"),
]
