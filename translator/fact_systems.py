"""Names of grading systems written between a bound and its level: "> CTCAE Grade 3", "≤ ECOG 1".

A comparator before a scale's name governs the level after it: "> CTCAE Grade 3" is a grade above 3,
as "grade > 3" is, and "≥ NCI CTCAE v5.0 grade 2" a grade of at least 2. `system_before(text, end)`
finds such a name ending right before `end` (where a level or its level word starts), so that the
comparator is looked for before the name. The name is kept on the fact, so that a plain wording says
it again ("CTCAE grade higher than 3") instead of dropping it with the comparator's words.
"""

from __future__ import annotations

import re

from translator.facts import Comparator

# A version in any of the ways criteria write it: "v5.0", "version 4.03", "(v4.02)", "v. 4".
_VERSION = r"(?:\s*\(?\s*(?:v|ver|version)\.?\s*\d+(?:\.\d+)*\s*\)?)?"
_NCI = r"(?:NCI|National\s+Cancer\s+Institute(?:\s*\(\s*NCI\s*\))?)"
_CTCAE = (
    rf"(?:(?:the\s+)?(?:{_NCI}[\s-]*)?(?:CTCAE|CTC(?!\w))"
    rf"|(?:the\s+)?(?:{_NCI}\s+)?Common\s+(?:Terminology|Toxicity)\s+Criteria"
    r"(?:\s+(?:for|of)\s+Adverse\s+Events)?(?:\s*\(\s*(?:NCI[\s-]*)?CTC(?:AE)?" + _VERSION + r"\s*\))?)" + _VERSION
)
_PERFORMANCE = r"(?:\s+performance\s+(?:status|score)(?:\s*\(\s*(?:ECOG\s*)?PS\s*\))?|\s+PS)?"
_SYSTEM = (
    rf"{_CTCAE}"
    rf"|ECOG{_PERFORMANCE}|Eastern\s+Cooperative\s+Oncology\s+Group(?:\s*\(\s*ECOG\s*\))?{_PERFORMANCE}"
    rf"|Zubrod{_PERFORMANCE}|Karnofsky{_PERFORMANCE}|KPS|WHO\s+performance\s+status"
    r"|mRS|modified\s+Rankin\s+Scale(?:\s*\(\s*mRS\s*\))?|NIHSS|RTOG"
)
# A name spelled out before the letters of a scale in brackets: "greater than World Health Organization (WHO)
# grade 1", as a plain rewording expands the letters.
_SPELLED = r"(?-i:[A-Z][\w'-]*)(?:\s+(?:(?:of|for|and|on|the)\s+)*(?-i:[A-Z][\w'-]*)){0,7}\s*\("
# The name must end right before the level (a closing bracket or spaces between), and start a word.
_SYSTEM_END_RE = re.compile(rf"(?<![\w-])(?P<system>{_SYSTEM}|{_SPELLED})[\s)\]:]*$", re.IGNORECASE)


def system_before(text: str, end: int, floor: int = 0, reach: int = 120) -> tuple[str, int] | None:
    """The grading system's name that ends right before `end` (as written up to there), and where it starts;
    None if there is none."""
    start = max(floor, end - reach)
    m = _SYSTEM_END_RE.search(text, start, end)
    if m is None:
        return None
    return " ".join(text[m.start() : end].split()), m.start()


# A higher level of a grade, class or stage is a worse one: "worse than grade 2" is above grade 2, as "grade 2 or
# worse" is grade 2 and above. Only for levels: more ETDRS letters or a higher Karnofsky score is better.
_WORSE_RE = re.compile(r"(?<![\w-])(?P<word>worse|better)\s+than\s+$", re.IGNORECASE)


def worse_than(text: str, end: int) -> tuple[Comparator, int, str | None] | None:
    """"worse than (CTCAE) grade 2" / "better than class III" ending at `end`: the bound, where it starts, the
    system's name between; None if there is none."""
    named = system_before(text, end)
    m = _WORSE_RE.search(text, max(0, (named[1] if named else end) - 20), named[1] if named else end)
    if m is None:
        return None
    worse = m.group("word").casefold() == "worse"
    return (Comparator.GT if worse else Comparator.LT), m.start(), named[0] if named else None
