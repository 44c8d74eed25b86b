"""An inclusion's "Use of contraception" put to the reader (offline backend).

translator.offline_leads says "Use of X" as "You use X" only in an exclusion: an inclusion's "Use of X" is mostly
one of the methods a header lists ("Acceptable methods are: - Use of implants of levonorgestrel"). A criterion of its
own (no item above it) that asks for birth control is the reader's, though: "Use of highly effective contraception as
defined by the study protocol" → "You use highly effective contraception as defined by the study protocol" (the plain
words then say "birth control" and "study plan"); "Use of protocol specified method(s) of contraception" → "You use
protocol specified method(s) of contraception".

Only "Use of" then words that name birth control (contraception, a contraceptive method, birth control), in an
inclusion with no parent item, and with no person named in its first sentence ("… in both men and women", "… if
female of childbearing potential": whose use it is stays the source's), no list opening after it (": …") and no
verb of its own ("Use of X is required for …").
"""

from __future__ import annotations

import re

from translator.criteria import SectionKind
from translator.offline_edits import Edit
from translator.offline_subjects_words import OTHERS

_USE_OF_A_METHOD = re.compile(
    r"\s*(?:use|usage)\s+of\s+(?=[^.;:]*?\b(?:contracepti\w*|birth\s+control)\b)", re.IGNORECASE
)
_FIRST = re.compile(r"(?<!\be\.g)(?<!\bi\.e)[.;:](?:\s|$)", re.IGNORECASE)
_VERB = re.compile(
    r"\b(?:is|are|was|were|must|should|will|may|can|cannot|required|permitted|allowed|if|unless|whose|who)\b", re.I
)
_PERSON = re.compile(r"\b(?:female|male|gender|sex|partners?|she|he|her|his|their|they)\b", re.IGNORECASE)


def method_use(text: str, kind: SectionKind, parent: str | None) -> list[Edit]:
    """ "Use of effective contraception" → "You use effective contraception", or none (see the module)."""
    if kind is not SectionKind.INCLUSION or parent is not None:
        return []
    m = _USE_OF_A_METHOD.match(text)
    if m is None:
        return []
    stop = _FIRST.search(text, m.end())
    if stop is not None and stop.group().startswith(":"):
        return []  # "… for thirty (30) days:" heads a list
    first = re.sub(r"\([^()]*\)", "", text[m.end() : stop.start() if stop else len(text)])
    if OTHERS.search(first) or _PERSON.search(first) or _VERB.search(first):
        return []
    return [Edit(0, m.end(), "You use ", "person")]
