"""The article a time window lacks in the source: "within previous 3 months" (offline backend, on the final text).

"within past 6 months", "in last 3 years", "during preceding 4 weeks": a window counted back from now is "the past 6
months", and the source's note style dropped its "the". Only after a preposition of time and before a count of time
units ("3 months", "two weeks", "90 days") or a single unit ("past year"): "for past cancer", "in previous trials" and
"within 6 months of last dose" keep their words. The article adds no fact: the window is the same one.
"""

from __future__ import annotations

import re

_COUNT = r"(?:\d+(?:[.,]\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|several)"
_UNIT = r"(?:hours?|days?|weeks?|months?|years?|decades?)"
_BARE_WINDOW = re.compile(
    rf"\b(?P<pre>[Ww]ithin|[Ii]n|[Dd]uring|[Oo]ver|[Ff]or) (?P<word>previous|past|last|preceding|prior) "
    rf"(?=(?:{_COUNT}\s*-?\s*{_UNIT}|(?:hour|day|week|month|year|decade))(?![\w-]))"
)


def time_articles(text: str) -> str:
    """`text` with "the" before a window counted back from now that lacks it (see the module)."""
    return _BARE_WINDOW.sub(lambda m: f"{m['pre']} the {m['word']} ", text)
