"""How an amount is counted, kept: "7 consecutive days", "the equivalent of 10 mg", "14 alcoholic drinks".

The fact checks compare numbers, comparators, units and windows in normal form, where "at least 7 consecutive
days" and "at least 7 days" are the same fact; but seven days in a row is not seven days here and there, "the
equivalent of 10 mg of prednisone" takes in every steroid at that strength, "a total of 3" adds up separate
amounts and "alcoholic drinks" are not any drinks. A bullet that drops such a word from a fact of its source
changes who can join: an error, unless a bullet citing the source says it in other words ("in a row",
"in all", "alcohol"), as often as the source's facts do.

"Between 27 and 35, inclusive" is said by "between 27 and 35" only with the ends taken in: a bullet that keeps the
"between" and no word that takes them in ("inclusive", "including those values", "both") leaves it open whether
27 and 35 themselves count. "18 to 55, inclusive" said as "aged 18 to 55" is faithful: "to" takes its ends in.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from translator.facts import Comparator, Fact
from translator.word_keys import word_key

_COUNTED_HOW = re.compile(
    r"\b(?P<word>equivalent|total)\s+of\b|\b(?P<adjective>consecutive|successive|alcoholic|cumulative)\s+[a-z]",
    re.IGNORECASE,
)
_IN_A_ROW = r"consecutive|successive|in\s+a\s+row|straight|continuous\w*|uninterrupted|without\s+(?:a\s+)?break"
_ADDED_UP = r"total|cumulative|in\s+all|altogether|combined|add(?:s|ed)?\s+up"
_SAID_AS = {
    "consecutive": _IN_A_ROW, "successive": _IN_A_ROW, "equivalent": r"equivalent", "total": _ADDED_UP,
    "cumulative": _ADDED_UP, "alcoholic": r"alcohol\w*", "inclusive": r"inclusive",
}  # fmt: skip


_INCLUSIVE_AFTER = re.compile(r"\s*,?\s*\(?inclusive\b", re.IGNORECASE)
_BETWEEN = re.compile(r"\bbetween\b", re.IGNORECASE)
_ENDS_IN = re.compile(r"\b(?:inclusive|includ\w*|both)\b", re.IGNORECASE)


_IN_A_ROW_AFTER = re.compile(r"\s+(consecutive|successive)\s+[a-z]", re.IGNORECASE)
# Said right before the fact's own bound: "the full-time equivalent of at least 1 week".
_LEADING = re.compile(r"\b(?P<word>equivalent|total)\s+of\s+$", re.IGNORECASE)


def lost_qualifiers(
    text: str, facts: Sequence[Fact], bullet_texts: Iterable[str], counted: Callable[[Fact], bool]
) -> list[tuple[int, str]]:
    """(index of the fact, word) for each qualifier of the `facts` of `text` that `counted` keeps (the facts whose
    loss the checks report) and that none of `bullet_texts` says."""
    said = " ".join(bullet_texts)
    lost = []
    needed: dict[str, int] = {}  # facts so far that carry each word: "≤30 consecutive days … or ≤60 consecutive days"
    for index, fact in enumerate(facts):
        if not counted(fact):
            continue
        words = [word_key(m.group("word") or m.group("adjective")) for m in _COUNTED_HOW.finditer(fact.text)]
        if (lead := _LEADING.search(text, max(0, fact.start - 30), fact.start)) is not None:
            words.append(word_key(lead.group("word")))
        if fact.unit is None and (row := _IN_A_ROW_AFTER.match(text, fact.end)) is not None:
            words.append(word_key(row.group(1)))  # "three consecutive rises": a bare count of events in a row
        if fact.comparator is Comparator.RANGE and _INCLUSIVE_AFTER.match(text, fact.end) and _BETWEEN.search(
                said) and not _ENDS_IN.search(said):
            words.append("inclusive")
        for word in dict.fromkeys(words):
            # Each amount in a row is said so: "30 days in a row or less … or 60 days in a row or less" keeps both,
            # and a bullet that says "in a row" for one of them only has dropped it from the other. (Not "alcohol":
            # "14 drinks of alcohol a week or 4 a day" names it once for both.)
            needed[word] = needed.get(word, 0) + 1 if _SAID_AS[word] == _IN_A_ROW else 1
            if len(re.findall(rf"\b(?:{_SAID_AS[word]})\b", said, re.IGNORECASE)) < needed[word]:
                lost.append((index, word))
    return lost
