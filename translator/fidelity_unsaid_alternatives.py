"""Alternatives that no bullet says by any word: the last word of an "or" pair ("since prior stem cell
transplantation or rescue" said as "since your stem cell transplant"), and the safety reason of a criterion's
reasons ("would compromise patient safety or interfere with the interpretation of study results" said as "would get
in the way of the interpretation of study results").

`translator.fidelity_named_alternatives` finds a listed name that the bullets seem to say only by words that other
words of the source account for; a name said by no word at all it takes as reworded. Two such losses are narrow
enough to call without a reworded word to go on:

- a single word closing an "or" pair ("transplantation or rescue", "radiotherapy or chemotherapy") before a break
  (a comma, a semicolon, a full stop, a bracket, "and", the end), where the bullets say the word before "or" (so the
  pair's place in the bullets is there) and none of the last word's stems, word group or lexicon wordings. Not an
  adverb ("at diagnosis or subsequently" said "or later") nor a word that compares ("prednisone or equivalent" said
  "or an equal dose", "or greater"): those are rewritten freely.
- a risk to the patient's safety given as a reason ("compromise patient safety", "interfere with patient's safety",
  "the safety of the subject", "jeopardize … safety"), where no bullet says a word of safety, risk or harm ("safe",
  "unsafe", "risk", "harm", "danger", "hurt", "injure", "well-being"). Every rewording of the reason says one of them
  ("put your safety at risk", "make it unsafe for you", "could harm you").

Measured over the 685 hand-written paraphrases and the offline bullets of the corpus and Chia (d8/c9, 63,915
criteria): nothing faithful is reported.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from translator.fidelity_content import content_words, is_stop_word, said_stems, stem, term_wordings

# "X or Y" with Y one word before a break.
_PAIR = re.compile(r"(?P<x>[A-Za-z][\w'-]*)\s+(?:or|and/or)\s+(?P<y>[A-Za-z][A-Za-z-]{3,})"
                   r"(?=\s*(?:$|[,;.)]|\s+and\b))", re.IGNORECASE)
# Words that close a pair by comparing with the first: no thing of its own.
_COMPARING = frozenset({"equivalent", "equal", "similar", "comparable", "higher", "greater", "above", "worse", "better",
                        "lower", "fewer", "beyond", "later", "earlier", "longer", "shorter", "both", "either", "more",
                        "less", "over", "under", "below", "else", "otherwise", "vice-versa", "versa"})
_SAFETY = re.compile(
    r"\b(?:(?:patient|subject|participant|their|his|her)(?:'s|s'|’s)?\s+safety|safety\s+of\s+(?:the\s+)?(?:patient"
    r"|subject|participant|individual|volunteer)s?|(?:compromis\w*|jeopardi[sz]\w*|endanger\w*|risk\w*|threat\w*"
    r"|impair\w*|affect\w*|interfer\w*\s+with)\s+(?:the\s+)?(?:\w+(?:'s|’s|s')?\s+)?safety)\b",
    re.IGNORECASE,
)
_SAFETY_SAID = re.compile(r"\b(?:safe\w*|unsafe|risk\w*|harm\w*|danger\w*|jeopard\w*|endanger\w*|hurt\w*|injur\w*"
                          r"|well-being|wellbeing)\b", re.IGNORECASE)

# "interfere with study participation or interpretation" said "get in the way of taking part in the study or of reading
# its results": the study's results read, in plain words
_READING = re.compile(r"interpretation|interpretability|analysis|evaluation", re.IGNORECASE)
_READING_SAID = re.compile(r"\b(?:read\w*|understand\w*|interpret\w*|analy[sz]\w*|mak\w*\s+sense\s+of|judg\w*)\s+"
                           r"(?:of\s+)?(?:its|the|their|study(?:['’]s)?|this\s+study(?:['’]s)?)\s+(?:study\s+)?(?:results|data|findings)\b",
                           re.IGNORECASE)


def lost_last_words(source: str, bullets: Sequence[str]) -> list[tuple[int, int]]:
    """Spans of the last words of "X or Y" pairs in `source` (see the module) that `bullets` say by no word."""
    found = list(_PAIR.finditer(source))
    if not found:
        return []
    said: set[str] = set()
    for text in bullets:
        said |= said_stems(text)
    wordings = term_wordings(source)
    lost = []
    for m in found:
        x, y = m.group("x"), m.group("y")
        if is_stop_word(x) or is_stop_word(y) or y.casefold().endswith("ly") or y.casefold() in _COMPARING or (
                stem(x) not in said):
            continue
        if _READING.fullmatch(y) and any(_READING_SAID.search(text) for text in bullets):
            continue
        stems = {s for _, _, s in content_words(y)}
        a, b = m.span("y")
        if stems and not stems & said and not any(w & said for p, q, w in wordings if p <= a and b <= q):
            lost.append((a, b))
    return lost


def lost_safety(source: str, bullets: Sequence[str]) -> list[tuple[int, int]]:
    """Spans of the risks to safety `source` gives as reasons that `bullets` say by no word of safety or harm."""
    if any(_SAFETY_SAID.search(text) for text in bullets):
        return []
    return [m.span() for m in _SAFETY.finditer(source)]
