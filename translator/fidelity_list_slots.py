"""A one-word member of a list that a bullet says in another order, with one member fewer: "Gastrointestinal, hepatic,
renal, respiratory, cardiovascular, metabolic, immunological or hormonal disorders" said as "a hormonal,
immunological, metabolic, cardiovascular, respiratory, liver, or gastrointestinal disorder".

`translator.fidelity_items` and `_deleted_items` find a left-out item by its neighbours: the bullet says the words on
either side of it with nothing between. A bullet that turns a list around has other neighbours for every item, so
there they see nothing. What such a bullet keeps is the list's length: each member has its slot, said in the same word
or in another ("renal" as "kidney", "topical" as "on the skin"). So a member is reported when

- it is one of three or more members of one word each ("estrogen, progestin, or progesterone"), the last not the head
  of a phrase ("asthma, COPD and/or hypersensitivity to β-blockers"), none a verb's "-ing" form ("seizure, coma or
  requiring assistance");
- it is the only member that no bullet says in any way: not its word (five-letter stem, everyday word group), nor
  every word of a lexicon wording of a term it is in;
- one sentence of a bullet says all the other members, and from the first of them to the last, with a slot before it
  or after it that a separator opens (", on the skin, in the nose, or inhaled"), has fewer slots (parts between commas,
  semicolons, slashes, "and", "or", "nor") than the source has members. A rewording of the member stands in a slot
  of its own; a cut leaves none.

A one-word example (after "including", "such as", "e.g.", "for example", and then a mark, a joiner or a window) is
lost when no bullet says it in any way, wherever its neighbours went: an example names what a criterion takes in, and
has no everyday wording to hide behind ("No i.v. vasodilators including nitrates within last 6 hours" said as "any
drug that widens the blood vessels (vasodilator), through a vein …").

Measured over the offline bullets of the corpus and of Chia and the hand-written paraphrases: nothing faithful is
reported.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from translator.fidelity_content import content_words, said_stems, term_wordings
from translator.text_memo import memo_by_text

_MEMBER = r"[A-Za-z][\w-]*"  # a name with digits or a Greek letter is one member: "AKT2", "PPAR-γ"
_LIST = re.compile(rf"(?<![\w-]){_MEMBER}(?:\s*,\s*{_MEMBER})+\s*,?\s*(?:and/or|and|or)\s+{_MEMBER}(?![\w-])")
_JOINER = re.compile(r"and/or|and|or", re.IGNORECASE)
# After the last member: it heads a phrase ("hypersensitivity to …"), so it is no one-word member.
_HEADS = re.compile(r"\s+(?:to|of|with|for|in|from|at|by|on|that|which|who|whose)\b", re.IGNORECASE)
_SEPARATOR = re.compile(r"[,;/]\s*(?:(?:and|or|nor)\b)?|\b(?:and|or|nor)\b", re.IGNORECASE)
# A slot opened before the first member said, or after the last: a rewording of the lost member may stand there.
_SLOT_BEFORE = re.compile(r"(?:[,;/]|\b(?:and|or|nor))\s*(?:[A-Za-z]+\s+){0,2}$", re.IGNORECASE)
_SLOT_AFTER = re.compile(r"\s*(?:[,;/]|(?:and|or|nor)\b)", re.IGNORECASE)
_SENTENCE = re.compile(r"(?<=[.!?;])(?<!\be\.g\.)(?<!\bi\.e\.)(?<!\betc\.)\s+")  # not after "e.g.", "i.e.", "etc."
_MIN_MEMBERS = 3
# One example named alone, after the words that open examples: "No i.v. vasodilators including nitrates within last 6
# hours". Not a word that leads a phrase of its own ("including hypersensitivity to …", "e.g., requiring general
# anesthesia"): only one a mark, a joiner or a window follows.
_EXAMPLE = re.compile(r"\b(?:including|such as|e\.g\.?,?|for example,?)\s+([A-Za-z][\w-]+)"
                      r"(?=\s*[,.;)]|\s*$|\s+(?:or|and|within|during|before|after|prior|in the)\b)", re.IGNORECASE)


def _members(source: str, match: re.Match[str], said: frozenset[str]) -> list[tuple[int, int, frozenset[str], bool]]:
    """The members of a list `match`: span, the stems that say it (its content words', "AKT" of "AKT2", and their
    lexicon wordings'), whether a bullet does; [] when one has no content word or is a verb's "-ing" form."""
    words = content_words(source)
    wordings = term_wordings(source)
    members = []
    for word in re.finditer(_MEMBER, match.group()):
        if _JOINER.fullmatch(word.group()):
            continue
        start, end = match.start() + word.start(), match.start() + word.end()
        own = [(a, b, stem) for a, b, stem in words if start <= a and b <= end]
        if not own or word.group().endswith("ing"):
            return []
        covering = [stems for a, b, stems in wordings if a <= start and end <= b]
        says = frozenset(stem for *_, stem in own).union(*covering)
        members.append((start, end, says, any(stem in said for *_, stem in own) or any(c <= said for c in covering)))
    return members


def _slots(sentence: str, others: Sequence[frozenset[str]]) -> int | None:
    """How many slots `sentence` has from the first of the `others` it says to the last (and one opened beside them);
    None when it does not say them all."""
    words = content_words(sentence)
    spans = []
    for says in others:
        found = [(a, b) for a, b, stem in words if stem in says]
        if not found:
            return None
        spans += found
    low, high = min(a for a, _ in spans), max(b for _, b in spans)
    return (1 + len(_SEPARATOR.findall(sentence, low, high)) + bool(_SLOT_BEFORE.search(sentence[:low]))
            + bool(_SLOT_AFTER.match(sentence, high)))


def _lost_examples(source: str, said: frozenset[str]) -> list[tuple[int, int]]:
    """Spans of the one-word examples of `source` ("including nitrates within …") that no bullet says in any way."""
    stems = {(a, b): stem for a, b, stem in content_words(source)}
    wordings = term_wordings(source)
    found = []
    for match in _EXAMPLE.finditer(source):
        start, end = match.span(1)
        own = stems.get((start, end))
        if own is not None and own not in said and not any(
                a <= start and end <= b and stems_ <= said for a, b, stems_ in wordings):
            found.append((start, end))
    return found


@memo_by_text()
def lost_slots(source: str, bullets: Sequence[str]) -> list[tuple[int, int]]:
    """Spans of the one-word list members of `source` that `bullets` leave out, with a slot fewer to show for it, and
    of its one-word examples they say in no way."""
    said: frozenset[str] = frozenset().union(*(said_stems(text) for text in bullets))
    found = _lost_examples(source, said)
    if "," not in source:
        return found
    for match in _LIST.finditer(source):
        if _HEADS.match(source, match.end()):
            continue
        members = _members(source, match, said)
        gone = [m for m in members if not m[3]]
        if len(members) < _MIN_MEMBERS or len(gone) != 1:
            continue
        others = [m[2] for m in members if m[3]]
        slots = [n for text in bullets for sentence in _SENTENCE.split(text)
                 if (n := _slots(sentence, others)) is not None]
        if slots and all(n < len(members) for n in slots):
            found.append(gone[0][:2])
    return found
