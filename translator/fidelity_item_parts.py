"""Where a list item's plain words end: the part of it `translator.fidelity_items` reads, before its facts.

Split from `translator.fidelity_items` (kept under the module size limit): the item's number, unit, window or
negation is the fact checks' and the negation checks' business, not the list-item check's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from translator.fidelity_content import is_stop_word, stem
from translator.fidelity_item_words import EMPHASIS, item_facts, negates, own_end

_BARE_NUMBER = re.compile(r"(?<![\w-])\d+(?:\.\d+)?(?![a-z])")
_TOKEN = re.compile(r"[A-Za-z]+|\d+")
_EXCEPTION = re.compile(r"\s+(?:except|unless|other\s+than)\b", re.IGNORECASE)


def plain_part(item: str) -> int:
    """Where the words of an item end that say no number, unit, window or negation: the fact checks compare those.
    A tail of facts alone ends an item as the whole list's ("plasma, immunoglobulin transfusion within 30 days": the
    window is said of both); a fact with words of the item after it ("µL for patients in whom < 50% of cells are…")
    is in the item's own clause, whose words a plain rewrite moves around: 0, the item is left to the fact checks. A
    number the fact rules cannot read ("1.5X10^9") is theirs all the same; not a name's ("CTLA4", "1st")."""
    item = item[:own_end(item)]  # not the frame the criterion ends on ("… or gastric are not eligible")
    # an item that names its own exception ("chemotherapy or surgical intervention except core biopsy") says its
    # plain words before it: the exception is the negation checks', the words before are what the source rules out
    excepted = _EXCEPTION.search(item)
    if excepted is not None and item[: excepted.start()].strip() and not negates(item[: excepted.start()]):
        item = item[: excepted.start()]
    if negates(item) or EMPHASIS.fullmatch(item):
        # an item that negates or excepts is a negation's business, and its words may be a clause's; a word of
        # emphasis alone is none
        return 0
    spans = [(f.start, f.end) for f in item_facts(item)] + [m.span() for m in _BARE_NUMBER.finditer(item)]
    if not spans:
        return len(item)
    cut = min(a for a, _ in spans)
    rest = "".join(" " if any(a <= i < b for a, b in spans) else c for i, c in enumerate(item[cut:], cut))
    return cut if all(is_stop_word(w) for w in _TOKEN.findall(rest)) else 0



# A verb that only frames the word beside it: "assessed as mild" is "mild" ("rated as", "classified as"), and a study
# "investigating LY2216684" is a study of it; a rewrite says "is" and "of" for them. That word, said by the bullets
# as often as the source says it, says the verb too: one said fewer times has gone with the item ("or any other study
# investigating X" left out of "this study or any other study investigating X" leaves "this study of X").
_FRAMING_AS = re.compile(r"(?:assessed|rated|classified|categori[sz]ed|graded|judged)\s+as\s+([\w-]+)", re.IGNORECASE)
_FRAMING_OF = re.compile(r"(?:investigating|evaluating|assessing|testing|examining)\b", re.IGNORECASE)
_FRAMED_NOUN = re.compile(r"\b(?:stud(?:y|ies)|trials?)\s+$", re.IGNORECASE)


def framed_said(source: str, start: int, end: int, bullets: Sequence[str]) -> bool:
    """Whether the word `source[start:end]` only frames the word beside it, which `bullets` say as often as `source`
    does (`_FRAMING_AS`, `_FRAMING_OF`)."""
    if (m := _FRAMING_AS.match(source, start)) is not None and m.start(1) > end:
        beside = m.group(1)
    elif _FRAMING_OF.match(source, start) and (noun := _FRAMED_NOUN.search(source, max(0, start - 12), start)):
        beside = noun.group().split()[0]
    else:
        return False
    said = stem(beside)

    def count(text: str) -> int:  # every word: "study" is a function word to the words-left-out checks
        return sum(stem(word) == said for word in _TOKEN.findall(text))

    return sum(count(text) for text in bullets) >= count(source) > 0


# ", whichever is shorter,": the choice between two times set off by commas is an aside on them (its word is
# `translator.fidelity_whichever`'s), no list break: a rewrite moves it to the end of the sentence, and the event after
# it ("…, whichever is shorter, from initiation of study treatment") read as a list item its neighbours left.
_CHOICE = re.compile(r",\s*\(?\s*whichever\s+[^,.;:()]{1,30}?\)?\s*,", re.IGNORECASE)


def without_choices(source: str) -> str:
    """`source` with each "whichever …" aside set off by commas blanked (spans kept), for reading its list breaks."""
    return _CHOICE.sub(lambda m: " " * len(m.group()), source) if "hichever" in source else source
