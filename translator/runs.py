"""Runs of list markers inside one paragraph: numbers, letters or roman numerals that count up in order.

A flattened list ("i. Active myocarditis ii. Hypertrophic obstructive cardiomyopathy iii. …", "a. pregnancy
b. renal failure c. …") shows itself by its count: markers that go 1, 2, 3 in the same style. A marker that does
not count ("Type I. …", "stage II. …", "J. Smith", "NYHA class III or IV", "Hepatitis B. Patients …") stays text.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_START = r"(?:(?<=[\s.;:,])|^)"
# Words after which a number is a value, not a list marker ("grade 2. Patients …", "0 or 1. No …").
VALUE_WORDS = frozenset(
    {
        *("or", "and", "to", "of", "than", "least", "most", "=", "<", ">", "≤", "≥", "-", "x", "×"),
        *("grade", "grades", "stage", "stages", "status", "score", "class", "type", "phase", "level", "levels"),
        *("version", "day", "days", "week", "weeks", "month", "months", "year", "years", "cycle", "cycles"),
        *("dose", "doses", "visit", "part", "cohort", "arm", "group", "tier", "line", "lines"),
    }
)
# Words a letter or a roman numeral names a value after ("Hepatitis B. Patients …", "vitamin D. …", "FIGO IIIc").
_LETTER_VALUE_WORDS = frozenset(
    {
        *("hepatitis", "vitamin", "factor", "influenza", "protein", "appendix", "section", "table", "schedule"),
        *("category", "categories", "figo", "nyha", "ajcc", "tnm", "list", "form", "dr"),
        *("mr", "mrs", "ms", "prof", "vs", "no", "model", "subtype", "genotype", "serotype", "child-pugh", "pugh"),
    }
)
# "Any of: i. …", "either a) … or b) …": function words before a letter or a numeral introduce it, never value it.
# Words a number opening a hard-wrapped line is a value after ("… at Visit\n 1.", "… found in Appendix\n 1.").
WRAPPED_VALUE_WORDS = VALUE_WORDS | _LETTER_VALUE_WORDS
_COUNTED_VALUE_WORDS = (VALUE_WORDS - {"or", "and", "to", "of", "than"}) | _LETTER_VALUE_WORDS
_PREV_WORD = re.compile(r"(\S+)\s*$")


def is_value(text: str, at: int, words: frozenset[str] = VALUE_WORDS) -> bool:
    """Whether the marker-like token at `text[at]` follows a word that makes it a value ("grade 2.")."""
    before = _PREV_WORD.search(text, max(0, at - 40), at)
    if before is None:
        return False
    word = before.group(1).lower().rstrip(",;:")
    return word in words or word[-1:].isdigit()


# "… at screening i.e.; 1) … 2) …": an "i.e." introduces a list as a colon does;
# "… defined by any of the following; i. … ii. …", "… as demonstrated by either a. … b. …": so do "following"
# and "either"
_LEAD_IN = re.compile(r"(?::|\bi\.\s?e\.[;:,]?|\bfollowing[;:,]?|\beither)\s*\Z", re.IGNORECASE)


def introduced(text: str, at: int) -> bool:
    """A run whose first marker follows a colon (or starts the text, after its bullet) was written as a list."""
    return not text[:at].strip(" \t\n-*•") or _LEAD_IN.search(text, max(0, at - 12), at) is not None


def runs(
    pattern: re.Pattern[str],
    text: str,
    order: Callable[[str], int],
    seed: tuple[int, int] | None = None,
    seed_style: str = ".",
    words: frozenset[str] = VALUE_WORDS,
) -> list[list[tuple[int, int]]]:
    """Runs of consecutive list markers (n, n+1, …) among the pattern's matches, in text order. A number goes on
    the run with its own punctuation first: "(type 1 or 2)Any …" is no item 2 of a list "1. … 2. … 3. …" after
    it, though some lists mix "1." and "2)"."""
    found_runs: list[list[tuple[int, int]]] = [[seed]] if seed else []
    styles: list[str] = [seed_style] if seed else []
    found: list[tuple[int, int, bool, str]] = []  # (value, offset, ends a sentence after a value word, style)
    for match in pattern.finditer(text):
        if seed and match.start() == seed[1]:
            continue
        if text[match.start() - 2 : match.start()].rstrip(".").isdigit():
            continue  # after a decimal point: "guidelines (1.1 or 1.2) (ICHD-3 …" lists no "2)"
        valued = match.group().endswith(".") and is_value(text, match.start(), words)
        found.append((order(match.group(1)), match.start(), valued, match.group()[-1]))
    for index, (value, at, valued, style) in enumerate(found):
        # the same punctuation first, then the latest run (a list restarting at "1." after a header)
        candidates = [i for i, run in enumerate(found_runs) if run[-1][0] + 1 == value]
        open_runs = [found_runs[i] for i in sorted(candidates, key=lambda i: (styles[i] != style, -i))]
        extends = any(len(run) >= 2 or introduced(text, run[0][1]) for run in open_runs)
        if valued and not extends and not (open_runs and _continued(value, found[index + 1 :])):
            continue  # "status 0 or 1. Patients …": a value ending a sentence, not a marker
        if open_runs:
            open_runs[0].append((value, at))
        else:
            found_runs.append([(value, at)])
            styles.append(style)
    return found_runs


def _continued(value: int, later: list[tuple[int, int, bool, str]]) -> bool:
    """A number after a value word ("… in 2 weeks 3. The patient …") is still a marker when it continues a
    run and the next number of the run follows as a plain marker ("… 4. Patient has …")."""
    return any(v == value + 1 and not valued for v, _, valued, _ in later)


ROMANS = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii",
          "xviii", "xix", "xx"]
# "i. Active myocarditis ii. …", "a) pregnancy b) …", "(A) …": a roman numeral or a letter, then "." or ")" and
# a space (never "i.e.", "e.g.", "a.m."); a letter in parentheses may open any text.
_TOKEN = r"([ivx]{1,5}|[IVX]{1,5}|[a-zA-Z])"
_NOT_REFERENCE = r"(?!\s*(?:or|and|and/or)\b)"  # "criteria (a) or (b)" refers to items
# "(e.g. ixabepilone)", "i.e. uncontrolled": the letter of an abbreviation is no marker; "iii). Second" is one marker
_COUNTED = re.compile(
    _START + r"(?<![A-Za-z]\.)" + _TOKEN + r"(?:\)\.|[.)])(?=[ \t]*\n?[ \t]*[^\s.,;:)\]}])(?=\s)" + _NOT_REFERENCE
)
_PAREN_COUNTED = re.compile(_START + r"\(" + _TOKEN + r"\)(?=\s*[^\s,;)])" + _NOT_REFERENCE)
# Fast paths: a counted list opens with "i" or "a" (or "I", "A") then "." or ")", or in parentheses.
_FIRST = re.compile(r"([aAiI])[.)]\s")  # no lookbehind: a leading character class keeps the scan fast
_PAREN_FIRST = re.compile(r"\(([aAiI])\)")
_WORD = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")  # "anemia. " opens no list
_CASE = 100  # upper-case values count apart from lower-case ones: "a. … B. … c." is no run


def _roman(token: str) -> int:
    lower = token.lower()
    if lower not in ROMANS:
        return -10
    return ROMANS.index(lower) + (_CASE if token.isupper() else 0)


def _letter(token: str) -> int:
    if len(token) != 1:
        return -10
    return ord(token.lower()) - ord("a") + (_CASE if token.isupper() else 0)


def counted_cuts(text: str) -> set[int]:
    """Roman numerals or letters that count up from the first (i / a) over three items, or over two after a colon
    or at the paragraph's start, are a flattened list whatever their items open with ("i. Active myocarditis ii.
    Hypertrophic obstructive cardiomyopathy …", "a. age over 18 b. signed consent c. …")."""
    cuts: set[int] = set()
    # "d. Pericardial constriction e. Restrictive cardiomyopathy f. …": the paragraph's own letter, continued inline
    own = _OWN.match(text)
    lead = own.start(1) if own else -1
    for pattern, first in ((_COUNTED, _FIRST), (_PAREN_COUNTED, _PAREN_FIRST)):
        opens = {m.group(1).lower() for m in first.finditer(text) if text[m.start() - 1 : m.start()] not in _WORD}
        if own and pattern is _COUNTED:
            opens.add("a" if len(own.group(1)) == 1 else "i")
        for order in (_roman,) * ("i" in opens) + (_letter,) * ("a" in opens):
            for run in runs(pattern, text, order, words=_COUNTED_VALUE_WORDS):
                value, at = run[0]
                if at == lead and value % _CASE and not _goes_on(text, own, run):
                    continue
                if (value % _CASE == 0 or at == lead) and len(run) >= 2 and (len(run) >= 3 or introduced(text, at)):
                    cuts.update(a for _, a in run)
    return cuts


_OWN = re.compile(r"\s*([b-hj-zB-HJ-Z]|[ivx]{2,5}|[IVX]{2,5})[.)]\s")  # not "a" / "i": those open a list anyway


def _goes_on(text: str, own: re.Match[str] | None, run: list[tuple[int, int]]) -> bool:
    """The paragraph's own "d." goes on inline as "e." (its punctuation, no value word before it): "II. … disease
    (Stage III) …" is no list."""
    if own is None:
        return False
    punct = own.group().strip()[-1]
    for _, at in run[1:]:
        match = _COUNTED.match(text, at) or _PAREN_COUNTED.match(text, at)
        if match is None or not match.group().endswith(punct) or is_value(text, at, _COUNTED_VALUE_WORDS):
            return False
    return True
