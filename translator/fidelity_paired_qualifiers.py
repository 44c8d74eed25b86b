"""One of two qualifiers of a noun kept: "bipolar or psychotic disorder" said as "bipolar disorder", "congenital or
acquired heart disease" as "congenital heart disease".

Two words joined by "or" ("and", "/") before one noun each name a kind of it, and the criterion means both kinds.
The words-left-out checks let a single unsaid word go (a plain rewrite changes single words all the time), and the
list-item checks need a gap where the item was: here the rewrite closed the gap, the kept qualifier standing right
before the noun. That shape is what tells: a bullet that says the kept word as written right before the noun (the
noun compared by stem, as `content_missing` compares), and no citing bullet that says the other word in any wording
(its stem, its everyday word group, a lexicon wording of a term it is in), has narrowed the noun to one kind. The
second word is read as lost, the first only where both read as qualifiers by their endings ("clinical or radiographic
evidence" said "radiographic evidence", "upper or lower respiratory tract infection"): "A or B noun" may be "A, or B
noun" (a noun, then a kind of another: "hypertension or uncontrolled diabetes"), and "B noun" kept from it says
nothing of A. The noun may be a frame word ("evidence"). A rewording says the other word some way ("mental illness
with loss of contact with reality") or does not keep the pair's shape.

Measured over the offline bullets of the corpus and Chia (63,965 source texts with their bullets) and the 685
hand-written paraphrases: nothing faithful is reported.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from translator.fidelity_abbreviated import said_spans
from translator.fidelity_content import is_stop_word, said_stems, stem, term_wordings

_PAIR = re.compile(r"(?<![\w-])([A-Za-z]{4,})(?:\s*,?\s+(?:and/or|or|and)\s+|\s*/\s*)([A-Za-z]{4,})\s+([A-Za-z]{4,})"
                   r"(?![\w-])", re.IGNORECASE)
_JOINED = re.compile(r"[\s-]+")
_LETTERS = re.compile(r"[A-Za-z]+")
# Frame words elsewhere (the limits of a range), two kinds of a thing here: "upper or lower respiratory tract infection"
_SIDES = frozenset({"upper", "lower"})
# Two words that read as qualifiers by their endings ("clinical or radiographic evidence", "upper or lower
# respiratory tract infection"): then "A or B noun" is two kinds of the noun, and A alone can be the one lost; a
# noun first ("hypertension or uncontrolled diabetes") is an item of its own, a verb second ("postmenopausal or
# test negative") starts a clause of its own.
_ADJECTIVE = re.compile(r"[A-Za-z]+(?:al|ic|ous|ive|ary|ar|er|ile|ent|ant)", re.IGNORECASE)


def dropped_qualifiers(source: str, bullets: Sequence[str]) -> list[tuple[int, int]]:
    """Spans of the qualifiers of `source` whose partner a bullet keeps right before their noun (see above)."""
    matches = [m for m in _PAIR.finditer(source)
               if not any(is_stop_word(w) and w.casefold() not in _SIDES for w in m.groups()[:2])]
    if not matches:
        return []
    said: set[str] = set()
    for text in bullets:
        said |= said_stems(text)
    covered = [(a, b) for a, b, stems in term_wordings(source) if stems <= said] + said_spans(source, list(bullets))
    # the kept word as written: its stem alone is shared by other words ("donate or receive blood" beside "donated
    # blood", "immunodeficiency or receiving systemic" beside "immune system")
    pairs = {(w.casefold(), stem(n)) for text in bullets for w, n in _pairs(text)}
    found = []
    for m in matches:
        head = stem(m.group(3))
        both = _ADJECTIVE.fullmatch(m.group(1)) and _ADJECTIVE.fullmatch(m.group(2))
        for kept, lost in ((1, 2), (2, 1)) if both else ((1, 2),):
            a, b = m.span(lost)
            if (m.group(kept).casefold(), head) in pairs and stem(m.group(lost)) not in said and not any(
                    x <= a and b <= y for x, y in covered):
                found.append((a, b))
    return found


def _pairs(text: str) -> list[tuple[str, str]]:
    """Each two words of `text` in a row (a frame word too: "radiographic evidence")."""
    words = list(_LETTERS.finditer(text))
    return [(a.group(), b.group()) for a, b in pairwise(words) if _JOINED.fullmatch(text, a.end(), b.start())]
