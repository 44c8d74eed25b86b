"""The article a time window lacks in the source: "within previous 3 months" (offline backend, on the final text).

"within past 6 months", "in last 3 years", "during preceding 4 weeks": a window counted back from now is "the past 6
months", and the source's note style dropped its "the". Only after a preposition of time and before a count of time
units ("3 months", "two weeks", "90 days") or a single unit ("past year"): "for past cancer" and "in previous
trials" keep their words. The article adds no fact: the window is the same one.

The same note style drops the "the" of the one moment a window is counted from: "before first dose" → "before the
first dose", "since last dose of X" → "since the last dose of X", "before start of study treatment" → "before the
start of study treatment", "at time of screening" → "at the time of screening". Only after a preposition and before
a dose word or "start/end/initiation/completion of" (not "first-line", "first diagnosis" or "last menstrual period",
which name other things or already read as names); and "the" before the day or date it is counted from: "before date of
first dose" → "before the date of the first dose", "before day of screening" → "before the day of screening".
"""

from __future__ import annotations

import re

_COUNT = r"(?:\d+(?:[.,]\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|several)"
_UNIT = r"(?:hours?|days?|weeks?|months?|years?|decades?)"
_BARE_WINDOW = re.compile(
    rf"\b(?P<pre>[Ww]ithin|[Ii]n|[Dd]uring|[Oo]ver|[Ff]or) (?P<word>previous|past|last|preceding|prior) "
    rf"(?=(?:{_COUNT}\s*-?\s*{_UNIT}|(?:hour|day|week|month|year|decade))(?![\w-]))"
)


# "before first dose", "of last dose", "since last study drug administration"
_BARE_MOMENT = re.compile(
    r"\b(?P<pre>before|after|since|until|of|from|following|at) (?P<word>(?:first|last) "
    r"(?:(?:study|trial) )?(?:(?:drug|treatment|medicine|medication) )?(?:dose|dosing|administration|infusion)s?"
    r"|(?:start|end|initiation|completion|beginning) of|time of)(?![\w-])"
)
# "before date of first dose", "before day of screening", "from date of consent": the day a window counts from (not
# "on/at day of": the check reads "on the day of signing consent" apart from the age it dates)
_BARE_DAY = re.compile(
    r"\b(?P<pre>before|after|since|until|from|following|by) (?P<word>(?:date|day) of)(?= [a-zA-Z])"
)


def time_articles(text: str) -> str:
    """`text` with "the" before a window counted back from now, or the moment one is counted from, that lacks it
    (see the module)."""
    text = _BARE_WINDOW.sub(lambda m: f"{m['pre']} the {m['word']} ", text)
    text = _BARE_DAY.sub(lambda m: f"{m['pre']} the {m['word']}", text)
    return _BARE_MOMENT.sub(lambda m: f"{m['pre']} the {m['word']}", text)
