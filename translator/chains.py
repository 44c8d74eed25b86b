"""Lists continued across paragraphs: a count that goes on in the text of another item.

Some exports broke a list over blank lines and glued some of its items into the item before: "- PT, PTT all
Grade 0-1 3) Ability to take oral medication 4) Concomitant Medications" then, in the next paragraph, "- Patient
agrees … therapy 5) Age and Sex"; "- Women must not be breastfeeding. d) WOCBP must agree …" then "e) Men who …"
and "f) Azoospermic males …" on lines of their own; a flattened "18. … 19. … 22. …" inside a bullet after the
items "1. … 17." of the list above. Within one paragraph such a run is too short or does not count from the first
value, so `translator.inline` leaves it as text; over the whole text its count shows it: markers of one style whose
values go on one by one (n, n+1, n+2) across at least two paragraphs are one list. `chain_cuts` finds the markers
inside a paragraph's text that such a chain holds, and the chain member that tells their indent.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field

from translator.markers import find_marker
from translator.runs import ROMANS, VALUE_WORDS, is_value

# A marker inside a paragraph's text: "3) Ability", "d) WOCBP", "18. Subject", "iii). Second", "(b) Any": after a
# space (never after a period: "1.2. Foo", "e.g. A"), before a capitalised word. The leading space keeps the scan
# fast.
_INLINE = re.compile(
    r"[ \t](?:\((\d{1,2}|[a-zA-Z]|[ivx]{1,5}|[IVX]{1,5})\)\.?|(\d{1,2}|[a-zA-Z]|[ivx]{1,5}|[IVX]{1,5})(\)\.?|\.))\Z"
)
_AFTER = re.compile(r"(?:\)\.?|\.)(?=[ \t]+\n?[ \t]*[A-Z(\[])")  # the scan looks for the marker's end first: faster
# A section header resets every count: the exclusions' "3." does not go on with the inclusions' "2.".
_HEADER = re.compile(r"(?:inclusion|exclusion)\s+criteria\b", re.IGNORECASE)
_BULLET_BEFORE = re.compile(r"[ \t]*[-*•][ \t]+\Z")  # "-  1. Age …": the bullet's dash is no value's
_COUNTED_STYLES = ("num.", "num)", "(num)", "alpha.", "ALPHA.", "(alpha)", "roman.", "(roman)")
_MIN_CHAIN = 3

Paragraphs = list[tuple[int, int, list[tuple[int, int, int]]]]  # (start, end, lines as (start, first, indent))
Reading = tuple[str, int]  # (kind and punctuation, value): ("n)", 3), ("a.", 4), ("r)", 2), ("A.", 1)


@dataclass
class _Token:
    at: int  # raw offset of the marker
    paragraph: int
    readings: list[Reading]
    opener: bool  # the marker opens a physical line (the parser reads it anyway)
    indent: int = 0  # the line's indent, for an opener
    # after a value word ("… 18 to 90 years 2. Have …", "stage 2. Patients"): it may go on with a chain, never
    # open one, and is cut only where the chain goes on after it
    weak: bool = False


@dataclass
class _Chain:
    kind: str
    tokens: list[_Token] = field(default_factory=list)
    values: list[int] = field(default_factory=list)


def _readings(token: str, punct: str) -> list[Reading]:
    """What a marker may count as: "3)" is number 3; "d." the letter 4; "i)" the letter 9 or the numeral 1."""
    if token.isdigit():
        return [(f"n{punct}", int(token))]
    found: list[Reading] = []
    case = "A" if token.isupper() else "a"
    if len(token) == 1:
        found.append((f"{case}{punct}", ord(token.lower()) - ord("a") + 1))
    if token.lower() in ROMANS:
        found.append((f"{'R' if token.isupper() else 'r'}{punct}", ROMANS.index(token.lower()) + 1))
    return found


def _marker_readings(text: str) -> list[Reading]:
    if text.startswith("("):
        return _readings(text.strip("()."), "()")
    token = text.rstrip(".)")
    return _readings(token, ")" if ")" in text else ".")


def _tokens(raw: str, paragraphs: Callable[[], Paragraphs]) -> list[_Token | int]:
    """Markers in text order (openers of lines and markers inside text), with the offsets of headers (ints); empty
    when no marker inside a paragraph's text could be cut."""
    inline: list[tuple[re.Match[str], bool]] = []
    for end in _AFTER.finditer(raw):
        match = _INLINE.search(raw, max(0, end.start() - 8), end.end())
        if match is None:
            continue
        line = raw[raw.rfind("\n", 0, match.start() + 1) + 1 : match.start() + 1]
        if line.strip():  # not a line's own marker, which the parser reads (or not) as a marker
            # "* (ii) Treatment …": a marker right after a bullet opens its item already; it counts, but stays
            inline.append((match, _BULLET_BEFORE.match(line) is not None))
    if all(bulleted for _, bulleted in inline):
        return []  # the fast path: nothing to cut
    found: list[_Token | int] = []
    blocks = paragraphs()
    starts = [start for start, _, _ in blocks]
    for match, bulleted in inline:
        at = match.start() + 1
        token = match.group(1) or match.group(2)
        punct = "()" if match.group(1) else ")" if ")" in match.group(3) else "."
        weak = punct == "." and not bulleted and is_value(raw, at, _WORDS)  # "Grade 0-1 3) Ability" is a marker
        found.append(_Token(at, bisect_right(starts, at) - 1, _readings(token, punct), bulleted, weak=weak))
    for index, (_, _, lines) in enumerate(blocks):
        for start, first, indent in lines:
            marker = find_marker(raw, start + first)
            if marker is not None and marker.style in _COUNTED_STYLES:
                found.append(_Token(marker.start, index, _marker_readings(marker.text), True, indent))
    found.extend(m.start() for m in _HEADER.finditer(raw))
    found.sort(key=lambda t: t if isinstance(t, int) else t.at)
    return found


_WORDS = VALUE_WORDS | frozenset({"dr", "mr", "mrs", "ms", "vs", "no", "vitamin", "hepatitis", "factor", "type"})


def chain_cuts(raw: str, paragraphs: Callable[[], Paragraphs]) -> dict[int, tuple[int, int]]:
    """Markers inside a paragraph's text that continue a list across paragraphs: raw offset -> (anchor, indent),
    where the anchor is the raw offset of the member before it in the chain (-1 when the marker opens the chain)
    and `indent` the indent of the line that opens the member after it when it opens a line (else -1).

    `paragraphs` gives (start, end, lines) with lines as (start, first, indent) for every non-blank paragraph; it is
    called only where a marker inside a paragraph's text may go on with a chain."""
    done: list[_Chain] = []
    chains: list[_Chain] = []
    tokens = _tokens(raw, paragraphs)
    for item in tokens:
        if isinstance(item, int):
            done.extend(chains)  # nothing goes on across a header
            chains = []
            continue
        candidates = [
            (chain.tokens[-1].at, chain, value)
            for chain in chains
            for kind, value in item.readings
            if chain.kind == kind and chain.values[-1] == value - 1
        ]
        if candidates:
            _, chain, value = max(candidates, key=lambda c: c[0])
            chain.tokens.append(item)
            chain.values.append(value)
        elif not item.weak:
            chains.extend(_Chain(kind, [item], [value]) for kind, value in item.readings)
    openers: dict[Reading, list[int]] = {}
    for item in tokens:
        if not isinstance(item, int) and item.opener:
            for reading in item.readings:
                openers.setdefault(reading, []).append(item.at)
    cuts: dict[int, tuple[int, int]] = {}
    for chain in done + chains:
        if len(chain.tokens) < _MIN_CHAIN or len({t.paragraph for t in chain.tokens}) < 2:
            continue
        for index, token in enumerate(chain.tokens):
            last = index + 1 == len(chain.tokens)
            same = openers.get((chain.kind, chain.values[index]), [])
            if token.opener or (token.weak and last) or _repeated(same, chain, index):
                continue
            before = chain.tokens[index - 1].at if index else -1
            after = chain.tokens[index + 1] if index + 1 < len(chain.tokens) else None
            indent = after.indent if after is not None and after.opener else -1
            cuts[token.at] = (before, indent)
    return cuts


def _repeated(same: list[int], chain: _Chain, index: int) -> bool:
    """A line opening with the same marker before the chain's next member: "… at least 2 4. Foo" then "4. Bar"
    on a line of its own is no item 4 of the list, which goes on at that line."""
    at = chain.tokens[index].at
    end = chain.tokens[index + 1].at if index + 1 < len(chain.tokens) else 1 << 62
    return any(at < other < end for other in same)
