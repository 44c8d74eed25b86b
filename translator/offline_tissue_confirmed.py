"""'Histologically confirmed X' said as 'X confirmed by looking at tissue under a microscope' (offline backend).

"Histologically" and "cytologically" are among the longest words left in the bullets, and the lexicon's own plain
wording of the phrase ("confirmed by looking at tissue under a microscope", translator/data/lexicon_terms.tsv) is
exact for a medical reader, but it goes after the disease it confirms. The move is made only where the disease's
words are short and end the sentence, so the moved words can qualify nothing else:
- no comma, colon, semicolon or list word ("and", "or") in them: "histologically confirmed breast cancer or
  melanoma" would leave open whether the melanoma needs the tissue test, and the source settles it;
- no clause or preposition that may carry its own qualifier ("… with measurable disease", "… in the last 5
  years", "… that has spread"): the moved words would seem to describe it;
- nothing listed before the adverb ("measurable and histologically confirmed …"), nor a second adverb
  ("pathologically and histologically …"), nor one joined by a slash ("histologically/cytologically-confirmed").
The words between keep their own term edits (a plain word, a spelled-out abbreviation), carried into the moved text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from translator.lexicon import Lexicon
from translator.offline_edits import Edit

_HOW = (
    r"(?:histologically(?:\s+(?:and/or|or)\s+cytologically)?|cytologically(?:\s+(?:and/or|or)\s+histologically)?)"
)
_PHRASE = re.compile(
    rf"\b(?P<how>{_HOW})[\s-]+(?P<verb>confirmed|proven|documented)\s+(?P<what>[^,;:.]+?)(?P<end>\s*\.?\s*)$",
    re.IGNORECASE,
)
# Words that open a clause, a list or a qualifier of their own inside the disease's words.
_STOPS = re.compile(
    r"\b(?:and|or|nor|with|without|that|which|who|whose|including|includes|except|excluding|in|at|on|to|for|by|as|"
    r"from|per|if|when|where|after|before|within|during|defined|according|not|no|requiring|treated|diagnosed|"
    r"confirmed|proven|documented|is|are|was|were|has|have|had|be|been|must|should)\b|/|\+|--",
    re.IGNORECASE,
)
# Before the adverb: a listed word or a second adverb shares it ("measurable and histologically confirmed …").
# A slash or hyphen joins another word to it ("histologically/cytologically-confirmed"): the pair is not split.
_SHARED_BEFORE = re.compile(r"(?:\b(?:and|or|nor|and/or)|,|\w+ly)\s*$|[/-]$", re.IGNORECASE)
_MOST_WORDS = 10


def tissue_confirmed(text: str, lexicon: Lexicon, terms: Sequence[Edit]) -> tuple[Edit | None, list[Edit]]:
    """The edit that moves the phrase after the disease's words, and the term edits left (those inside the
    disease's words are said in the moved text); (None, terms) where the move is not safe (see the module)."""
    m = _PHRASE.search(text)
    if m is None or _SHARED_BEFORE.search(text, 0, m.start()):
        return None, list(terms)
    what = m.group("what")
    if _STOPS.search(what) or len(what.split()) > _MOST_WORDS or what.count("(") != what.count(")"):
        return None, list(terms)
    entry = lexicon.lookup(" ".join([*m.group("how").split(), m.group("verb")]))
    if entry is None or not hasattr(entry, "plain"):
        return None, list(terms)
    plain = str(entry.plain)
    if not plain.startswith("confirmed by"):
        return None, list(terms)
    if what[:1].isupper() and not what.split()[0].isupper():
        return None, list(terms)  # "Merkel cell carcinoma": a name, whose capital a lowered opening would lose
    # the source's own verb: the checks rightly read "confirmed" for "documented" as a word it lacks
    plain = m.group("verb").lower() + plain[len("confirmed") :]
    start, end = m.start("how"), m.end("what")
    inside = [t for t in terms if m.start("what") <= t.start and t.end <= end]
    if any(t.start < end and start < t.end and t not in inside for t in terms):
        return None, list(terms)
    said = what
    for term in sorted(inside, key=lambda t: t.start, reverse=True):
        a, b = term.start - m.start("what"), term.end - m.start("what")
        said = said[:a] + term.text + said[b:]
    if text[start:start + 1].isupper():
        said = said[:1].upper() + said[1:]
    moved = Edit(start, end, f"{said} {plain}", "term")
    return moved, [t for t in terms if t not in inside]
