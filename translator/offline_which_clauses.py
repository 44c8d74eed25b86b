"""Shorter sentences: a ", which …" clause about the consent said as a sentence of its own ("This …").

"You can give written informed consent, which includes following the requirements listed in the consent form." →
"You can give written informed consent. This includes following the requirements listed in the consent form."
A ", which" clause set off by a comma adds to what it follows; after the consent (a form, a document) it says what that
one thing holds or when it is signed, and "This" names the same thing. Only after those heads: after "any condition,
which would …" the clause may narrow which conditions count, and "You have any condition. This would …" would not.
Only in a sentence of the reader's ("You …"): after "The ability to sign a consent form, which …", "This" could be
the ability. Not where a condition or a list ("if", "unless", "or") could own the clause, nor a second "which" in it.
"""

from __future__ import annotations

import re

from translator.offline_asides import bracket_depth

_WHICH = re.compile(
    r"^(?P<head>You\s.*\b(?:consent|consent\s+form|assent\s+form|form|document)(?:\s+\((?:ICF|IC|CF)\))?),\s+which\s+"
    r"(?P<verb>includes|will\s+include|must\s+be|is|are|needs\s+to\s+be|should\s+be|has\s+been|have\s+been|was)\s+"
    r"(?P<rest>[^;:]+?)(?P<end>[.!?]?)$"
)
_OWNED = re.compile(r"\b(?:if|unless|when|whether|or|nor|either|neither|except|which|who|that|until)\b", re.I)
_MIN_HEAD_WORDS = 4


def which_clause(sentence: str) -> str:
    """ "… informed consent form, which must be signed before X." → "… form. This must be signed before X." """
    m = _WHICH.match(sentence)
    if m is None or bracket_depth(sentence, m.end("head")) or len(m["head"].split()) < _MIN_HEAD_WORDS:
        return sentence
    if _OWNED.search(m["head"]) or re.search(r"\bwhich\b", m["rest"]):
        return sentence
    return f"{m['head']}. This {m['verb']} {m['rest']}."
