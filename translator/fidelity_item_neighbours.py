"""How `translator.fidelity_items` reads an item's neighbours where a bullet words them otherwise than the source.

The gap check finds a left-out list item by the words around it: a bullet that says the word before the item and
the word after it with nothing between has left it out. A bullet keeps a criterion's shape in ways the word-by-word
reading missed:

- a list of clauses parted by semicolons keeps its semicolons, where a bullet's sentence is read up to one
  (`whole_sentences`: the gap beside a source's semicolon is read across the bullet's);
- the last item of a bracketed list ends it, and a bullet often puts the list as a sentence of its own after the
  rest ("(eg, UARS, OSA, CSA) that is not treated" → "… not treated. For example, UARS, OSA."): read up to the
  bracket or the sentence's end (`bracket_parts`);
- a number among the neighbours ("before Day 1) cold or …") is said by the bullet too, and a comparator beside a
  number is worded as the bullet likes ("< 20%" as "less than 20%"): neither says an item (`COMPARING`,
  `numbers_between`);
- an abbreviation in brackets after the words it spells out ("human immunodeficiency virus (HIV)") is one
  neighbour, which a bullet says by either (`spelled_out`);
- the first example of a bracketed list ("(e.g., exenatide or liraglutide)") has no word before it in the list: a
  bullet whose list of examples opens with the example after it, the first said nowhere, left it out
  ("For example or liraglutide."; `opens_examples`, `EXAMPLE_WORDS`);
- the last item worded otherwise than the lexicon ("renal insufficiency" said "kidney failure") still stands after
  the gap, where no word after the item is said: as many words as it has (`end_spare`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any, TypeVar

from translator.fidelity_content import is_stop_word

# A source's content word as translator.fidelity_items reads it: span, the stems that say it, whether a bullet does, …
_Word = TypeVar("_Word", bound=tuple[Any, ...])

# What may stand in a gap beside a number the source has there: its comparator, in any wording ("or older" after it),
# or its window's ("within 4 weeks" said "in the last 4 weeks").
COMPARING = frozenset({"more", "less", "fewer", "greater", "than", "at", "least", "most", "equal", "to", "above",
                       "below", "over", "under", "up", "older", "younger", "higher", "lower", "last", "past"})


def comparing_words(stretch: str, before: str) -> frozenset[str]:
    """The comparator words that may stand in a gap, and are read past there: `COMPARING` where the source has a
    number in the `stretch` between the neighbours, or right before the gap (`before` ends with it: "age ≥ 75 years,
    diabetes, and prior stroke" said as "age 75 years or older, and a previous stroke", where the bullet puts the
    comparator after the amount, in the gap); none elsewhere."""
    return COMPARING if re.search(r"\d", stretch) or re.search(r"\d\s*$", before) else frozenset()


# The words that open a list of examples, in the source's brackets and in a bullet's sentence.
EXAMPLE_WORDS = frozenset({"e", "g", "eg", "for", "example", "examples", "instance", "such", "as", "like", "including",
                           "include", "includes"})
_EXAMPLES = re.compile(r"\(\s*(?:e\.?\s?g\.?|for (?:example|instance)|such as|including|like)\s*[,:]?\s*$",
                       re.IGNORECASE)
_FULL_STOP = re.compile(r"(?<=[.!?])\s+")
_BRACKET = re.compile(r"\s*[()\[\]]\s*")
_SPELLED_OUT = re.compile(r"((?:[A-Za-z]+[\s-]+){2,6})\(([A-Z][A-Za-z]*[A-Z]s?)\)")
_WORD = re.compile(r"[A-Za-z]+")


# A full stop that ends a sentence (not that of "e.g."): the next sentence's words are no neighbour of an item that
# ends its own (a bullet parts and joins sentences otherwise), so the item is at the end ("or vulnerable patients.
# Patients who …": its two words before close the gap).
_ENDS_SENTENCE = re.compile(r"\s*\.(?:\s+[A-Z]|\s*$)")
# A time window a bullet puts first, before the words of the source's sentence start: "In the 180 days before
# screening, a stroke, …" for "Any of the following: myocardial infarction, stroke, … within the past 180 days".
_FRONTED = re.compile(r"\s*(?:in|within|during|over)\s+(?:the\s+)?(?:past\s+|last\s+)?\d+\s+(?:hours?|days?|weeks?"
                      r"|months?|years?)\b[^,;:]*,\s*", re.IGNORECASE)


def ends_sentence(source: str, end: int) -> bool:
    """Whether the item of `source` that ends at `end` ends its sentence."""
    return bool(_ENDS_SENTENCE.match(source, end))


def fronted(sentences: Sequence[str]) -> list[str]:
    """The sentences, and each that opens on a time window without it: an item the source opens a sentence with is
    said after the window there (the bullet's sentence start stands for its neighbour before)."""
    return [*sentences, *(s[m.end():] for s in sentences if (m := _FRONTED.match(s)))]


def whole_sentences(bullets: Iterable[str]) -> list[str]:
    """The bullets' sentences with a semicolon in them, not parted at it."""
    return [s for text in bullets for s in _FULL_STOP.split(text) if ";" in s]


def bracket_parts(sentences: Iterable[str]) -> list[str]:
    """The sentences parted at their brackets too: a bracketed list read on its own."""
    return [s for text in sentences for s in _BRACKET.split(text) if s.strip()]


# A bracketed aside of a bullet: a gloss of the word before it ("ventricular arrhythmia (irregular heartbeat), stroke").
_GLOSS = re.compile(r"\s*\([^()]*\)")


def unglossed(sentences: Iterable[str]) -> list[str]:
    """The sentences that have a bracketed aside, read without it: an item left out between a glossed neighbour and
    the next ("arrhythmia (irregular heartbeat), stroke" for "arrhythmia, or myocardial infarction, stroke") leaves
    its gap after the gloss."""
    return [s for text in sentences if (s := _GLOSS.sub("", text)) != text]


# A plain wording a bullet puts before the term it brackets, right after a list's break ("rhythm or shape
# (morphology)", "absorbs, distributes or gets rid of (excretion)"): read as the term alone, where it stands. A term
# is one to three words with no function word nor number: not "(more than 50% meals)", "(part of)", which say more
# of the phrase, not what the words before them name. Read from after the "or" of ", or kidney failure (renal
# insufficiency)", not from its comma.
_PLAIN_BEFORE_TERM = re.compile(
    r"(?:(?<=,)|(?<=\bor)|(?<=\band))(?!\s+(?:and|or|nor)\s)"
    r"((?:\s+[A-Za-z-]+){1,3}\s*\(([A-Za-z][A-Za-z-]*(?:\s+[A-Za-z][A-Za-z-]*){0,2})\))")
_LIST_WORD = re.compile(r"\b(?:and|or|nor)\b|[,;]", re.IGNORECASE)


def _term_for_plain(m: re.Match[str]) -> str:
    if _LIST_WORD.search(m.group(1)) or any(is_stop_word(w) for w in m.group(2).split()):
        return m.group(0)
    return " " + m.group(2)


def terms_for_plain(sentences: Iterable[str]) -> list[str]:
    """The sentences with a plain wording before a bracketed term, read with the term in its place: an item left out
    before a term the bullet says that way leaves its gap between the term and the word before the item."""
    return [read for text in sentences if (read := _PLAIN_BEFORE_TERM.sub(_term_for_plain, text)) != text]


_OPENING_EXAMPLE = re.compile(r"\s*(?:e\.\s?g\.|for (?:example|instance)|such as)\s*[,:]?\s", re.IGNORECASE)


def opens_examples(source: str, start: int) -> bool:
    """Whether the list item at `start` is the first of a bracketed list of examples: "(e.g., X, Y)"; or opens one
    with its words for "for example" ("(e.g. X or Y)": no comma parts them from the item)."""
    return bool(_EXAMPLES.search(source, 0, start)) or (
        source[:start].rstrip().endswith("(") and bool(_OPENING_EXAMPLE.match(source, start)))


def numbers_between(source: str, start: int, end: int) -> set[str]:
    """The numbers the source has from `start` to `end`."""
    return set(re.findall(r"\d+", source[start:end]))


def spelled_out(source: str) -> list[tuple[int, int]]:
    """Spans of the words an abbreviation in brackets spells out, with it: "human immunodeficiency virus (HIV)",
    "Good Clinical Practice (GCP)". The words before the bracket whose initials are the abbreviation's last letters,
    two at least (not "disease (CTD)", whose other words the source does not have there)."""
    spans = []
    for m in _SPELLED_OUT.finditer(source):
        letters = m.group(2).rstrip("s").casefold()
        words = list(_WORD.finditer(m.group(1)))
        taken = 0
        while taken < min(len(words), len(letters)) and (
                words[-1 - taken].group()[0].casefold() == letters[-1 - taken]):
            taken += 1
        if taken >= 2:
            spans.append((m.start(1) + words[-taken].start(), m.end()))
    return spans


def next_said(before: Sequence[_Word], after: Sequence[_Word]) -> list[_Word] | None:
    """The words after an item from the first the bullets say, where the one right after it they do not say but the
    one before it they do: at most two unsaid words skipped; none where no word after is said (the item is read as
    the list's last)."""
    if not before[-1][3] or not after or after[0][3]:
        return None
    said = [i for i, w in enumerate(after) if w[3]]
    return None if said and said[0] > 2 else list(after[said[0]:]) if said else []


def end_spare(anchors: list[_Word] | None, inside: Sequence[_Word],
              after: Sequence[_Word]) -> tuple[int, frozenset[str]]:
    """How many words may stand after the gap of an item read as the list's last because no word after it is said
    (`anchors` empty): the last item worded otherwise than the lexicon ("renal insufficiency" said "kidney failure")
    stands where it stood, as many words as it has. Only for an item no word of which a bullet says, and a last item
    of three words at most: an item said otherwise would stand there too, and a longer tail is the criterion's own
    clause, not the list's."""
    if anchors != [] or any(w[3] for w in inside) or len(after) > 3:
        return 0, frozenset()
    return len(after), frozenset().union(*(w[2] for w in inside))


def opens_with(row: Sequence[tuple[str | None, frozenset[str], str]], stems: frozenset[str],
               joiners: frozenset[str]) -> bool:
    """Whether the first word of `row` (stem, what it says, word) that is not a joiner nor a word of "for example"
    says `stems`."""
    for stem, says, word in row:
        if word in EXAMPLE_WORDS or (stem is None and word in joiners):
            continue
        return bool(says & stems)
    return False


# "take part" says "participate" (one word group, `translator.fidelity_content`): its "take" is no word of its own, so
# "a drug, or taken part in a trial" closes the gap where "or implantation of a device" stood between them.
# The "set" of "as set by", a rewording of "according to", whose "according" is read as a function word likewise.
_TAKE_PART = re.compile(r"\b(?:take|takes|taking|taken|took)(?=\s+part\b)|(?<=\bas )set(?=\s+by\b)", re.IGNORECASE)


def without_take(sentence: str) -> str:
    """`sentence` with the "take" of "take part" blanked, its spans kept."""
    return _TAKE_PART.sub(lambda m: " " * len(m.group()), sentence)
