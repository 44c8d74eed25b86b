"""Literal prefilters for regexes: text a regex's every match contains, tested with `in` before the regex runs.

The offline backend's stock phrases ("prior to", "participate in", …) are some two hundred regexes, each run over
every criterion and every bullet, and most match in few of them. Each opens with a look-behind ("(?<![\\w-])"),
which keeps the regex engine from skipping ahead to a literal prefix: it tries every position of the text. A
substring test is much cheaper, and a text without the words a match needs cannot match. Those words are read
from the pattern itself (its parse tree), so a pattern edited later keeps a prefilter that is right for it; a
pattern with no such words is always run.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, Generic, TypeVar

if TYPE_CHECKING:  # the parser's stubs live under its old, deprecated name
    import sre_constants as _constants
    import sre_parse as _parser
else:
    from re import _constants, _parser

T = TypeVar("T")

# Characters that a case-insensitive regex matches to an ASCII letter, but that str.lower() does not turn into that
# letter ("ı" and "İ" match "i", "ſ" matches "s"; the Kelvin sign, "k", lowers right and is here to be safe). A text
# with one of them is always searched in full. tests/translator/test_regex_literals.py checks this list against the
# regex engine over every code point.
FOLDS_TO_ASCII = frozenset("\u0130\u0131\u017f\u212a")


class Haystack:
    """A text as the prefilters read it: as written, and lower-cased when lower-casing keeps every case-insensitive
    match of an ASCII literal (None otherwise)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.lower: str | None = text.lower() if text.isascii() or FOLDS_TO_ASCII.isdisjoint(text) else None


class Literals:
    """The strings one of which every match of `pattern` contains (an empty tuple when the pattern names none)."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.ignorecase = bool(pattern.flags & re.IGNORECASE)
        self.needles = _best(_required(_parser.parse(pattern.pattern, pattern.flags), self.ignorecase))

    def possible(self, haystack: Haystack) -> bool:
        """False only when no match of the pattern can be in the text."""
        text = haystack.lower if self.ignorecase else haystack.text
        if text is None or not self.needles:
            return True
        # a loop, not any(…) over a generator: this runs some 200 times a text
        for needle in self.needles:  # noqa: SIM110
            if needle in text:
                return True
        return False

    def finditer(self, haystack: Haystack) -> Iterator[re.Match[str]]:
        """`pattern.finditer(haystack.text)`, not run where it cannot match."""
        return self.pattern.finditer(haystack.text) if self.possible(haystack) else iter(())


Replacement = str | Callable[[re.Match[str]], str]


class Rules(Generic[T]):
    """An ordered list of (literals, value) rules, of which `possible` hands out, in order, the ones whose pattern
    may match a text: the same rules as testing each one's `possible`, but found by testing every distinct needle
    of the list once (a comprehension, no call per rule) and looking up the rules that need it. For the two hundred
    WORDS rules over every criterion, the call per rule cost more than the substring tests themselves."""

    def __init__(self, rules: Iterable[tuple[Literals, T]]) -> None:
        self.rules = list(rules)
        self._always = [i for i, (literals, _) in enumerate(self.rules) if not literals.needles]
        self._folded = [i for i, (literals, _) in enumerate(self.rules) if literals.needles and literals.ignorecase]
        # needle -> the rules that need it: read from the lower-cased text (ignorecase) or the text as written
        self._lower: dict[str, list[int]] = {}
        self._exact: dict[str, list[int]] = {}
        for i, (literals, _) in enumerate(self.rules):
            for needle in literals.needles:
                (self._lower if literals.ignorecase else self._exact).setdefault(needle, []).append(i)

    def __iter__(self) -> Iterator[tuple[Literals, T]]:
        return iter(self.rules)

    def possible(self, haystack: Haystack) -> list[tuple[Literals, T]]:
        """The rules, in their order, whose pattern may match the text (see `Literals.possible`)."""
        return [self.rules[i] for i in self.possible_indices(haystack)]

    def possible_indices(self, haystack: Haystack) -> list[int]:
        """The places in `rules` of the rules `possible` hands out."""
        found = set(self._always)
        lower = haystack.lower
        if lower is None:  # a letter that folds to ASCII: every case-insensitive rule is run, as `possible` does
            found.update(self._folded)
        else:
            for needle in [n for n in self._lower if n in lower]:
                found.update(self._lower[needle])
        text = haystack.text
        for needle in [n for n in self._exact if n in text]:
            found.update(self._exact[needle])
        return sorted(found)


def substitute(rules: Sequence[tuple[Literals, Replacement]] | Rules[Replacement], text: str) -> str:
    """`text` with each rule's `pattern.sub` made in turn (on the text the rules before it made), skipping a rule
    whose pattern cannot match."""
    rules = rules if isinstance(rules, Rules) else Rules(rules)
    haystack = Haystack(text)
    pending = rules.possible_indices(haystack)
    k = 0
    while k < len(pending):
        i = pending[k]
        k += 1
        literals, replacement = rules.rules[i]
        changed = literals.pattern.sub(replacement, haystack.text)
        if changed != haystack.text:
            # the rules after this one are tested on the text it made, as each would be in turn
            haystack = Haystack(changed)
            pending = [j for j in rules.possible_indices(haystack) if j > i]
            k = 0
    return haystack.text


def required(pattern: re.Pattern[str]) -> tuple[str, ...]:
    """The needles of `Literals(pattern)`: one of them is in every match (lower-cased if the pattern ignores case)."""
    return Literals(pattern).needles


def _required(sequence: _parser.SubPattern, ignorecase: bool) -> list[tuple[str, ...]]:
    """Requirements of a sequence of regex items: each a set of strings, one of which every match contains."""
    found: list[tuple[str, ...]] = []
    run = ""
    for op, value in sequence.data:
        args: Any = value  # its shape depends on the op (the stubs say only the union)
        char = _literal(op, args, ignorecase)
        if char is not None:
            run += char
            continue
        if run:
            found.append((run,))
            run = ""
        if op is _constants.SUBPATTERN:
            _group, add_flags, del_flags, inner = args
            if not add_flags and not del_flags:
                found += _required(inner, ignorecase)
            elif ignorecase and not add_flags and del_flags == re.IGNORECASE:
                # "(?-i:[Mm]edical condition)": its letters are matched as written, so the lower-cased text holds
                # them lower-cased (ASCII letters only: those lower the same wherever they stand)
                found += [
                    lowered for needles in _required(inner, False)
                    if (lowered := tuple(n.lower() for n in needles if n.isascii())) and len(lowered) == len(needles)
                ]
        elif op is _constants.MAX_REPEAT or op is _constants.MIN_REPEAT:
            low, _high, inner = args
            if low >= 1:
                found += _required(inner, ignorecase)
        elif op is _constants.BRANCH:
            _, alternatives = args
            best = [_best(_required(alternative, ignorecase)) for alternative in alternatives]
            if all(best):
                found.append(tuple(sorted({needle for needles in best for needle in needles})))
        # anything else (a class, a look-around, an anchor, a back-reference) requires no literal of its own
    if run:
        found.append((run,))
    return found


def _literal(op: object, value: object, ignorecase: bool) -> str | None:
    """The character a LITERAL item matches, as the prefilter compares it; None for any other item."""
    if op is not _constants.LITERAL or not isinstance(value, int):
        return None
    char = chr(value)
    if not ignorecase:
        return char
    # lower-cased, as the haystack is; outside ASCII, case-insensitive matching has rules of its own
    return char.lower() if char.isascii() else None


def _best(requirements: list[tuple[str, ...]]) -> tuple[str, ...]:
    """The most selective requirement: the one whose shortest string is longest."""
    return max(requirements, key=lambda needles: min(len(n) for n in needles), default=())
