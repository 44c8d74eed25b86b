"""Shorter sentences: a second clause after ", or you …" becomes a sentence that opens with "Or".

"You have had major surgery in the 4 weeks before the start of study treatment, or you are expected to need major
surgery during the study." → "You have had major surgery in the 4 weeks before the start of study treatment. Or you
are expected to need major surgery during the study." Each clause has its own subject ("you") and verb, so the "or"
joins two whole statements; opening the second sentence with "Or" keeps that join, and the bullet still says that
either one is enough (in an exclusion, either one keeps you out; in an inclusion, either one lets you in). Only where
nothing else could reach across the cut:

- the sentence opens on "You" (a clause of the reader's), and every cut is ", or you" before a word;
- no condition or pairing anywhere in it ("if", "unless", "when", "whether", "either", "neither", "except",
  "provided", "as long as"), no ":" or ";", and no "and" right before a cut's "or" ("and/or you");
- no comma in the last clause that opens a window, a condition or a relative clause ("…, or you have had Y, in the
  past 6 months" may date both; nor ", or with X"), and no bracket across a cut;
- no clause before a cut that ends in a list the cut's "or" closed ("You have A, B, or you have C": "You have A, B."
  would lose the list's join);
- no relative clause before a cut ("SYK inhibitors for which you had no benefit, or you relapsed while on
  treatment": the "or" may go on inside it);
- the sentence has at least 18 words (a shorter one reads as easily whole) and every clause at least four.
"""

from __future__ import annotations

import re

from translator.offline_asides import bracket_depth, outside_brackets

_CUT = re.compile(r",\s+or\s+(?=you\s+[a-z])")
_HELD = re.compile(
    r"\b(?:if|unless|when|whenever|whether|either|neither|except|excluding|provided|as\s+long\s+as|only)\b|[:;]",
    re.IGNORECASE,
)
_SHARED_TAIL = re.compile(
    r",\s*(?:in|within|during|before|after|for|at|on|since|until|as|which|who|that|whose|from|by|with|without|"
    r"unless|if|when|while|including|such|except|respectively)\b"
    r"|,\s*(?:or|and)\s+(?:in|within|with|without|during|before|after|at|on|for|by|from)\b",
    re.IGNORECASE,
)
# a part before a cut that ends a list with no join of its own ("A, B, or you have C"): the cut's "or" closed it
# (a list closed by its own ", or"/", and" is whole: "hepatitis B or C, or history of HIV infection, or you …"; an
# "or" inside the last item is not its join: "A, history or suspicion of B, or you have C")
_OPEN_LIST = re.compile(r",(?!\s*(?:or|and|nor|and/or)\b)[^,]*$", re.IGNORECASE)
_MIN_WORDS = 4
_MIN_SENTENCE_WORDS = 18  # a shorter sentence reads as easily whole ("You are pregnant or breastfeeding, or you …")
# a relative clause before the cut may go on past it: "inhibitors for which you had no benefit, or you relapsed"
_RELATIVE = re.compile(r"\b(?:which|who|whom|whose|that|where)\b", re.IGNORECASE)


def or_clauses(sentence: str) -> str:
    """ "You have X, or you are Y." → "You have X. Or you are Y." (see the module)."""
    if not sentence.startswith("You ") or len(sentence.split()) < _MIN_SENTENCE_WORDS:
        return sentence
    if _HELD.search(outside_brackets(sentence)):
        return sentence
    cuts = [m for m in _CUT.finditer(sentence) if not bracket_depth(sentence, m.start())]
    if not cuts:
        return sentence
    bounds = [0] + [x for m in cuts for x in (m.start(), m.end())] + [len(sentence)]
    parts = [sentence[bounds[i] : bounds[i + 1]] for i in range(0, len(bounds), 2)]
    if any(len(part.split()) < _MIN_WORDS for part in parts) or _SHARED_TAIL.search(outside_brackets(parts[-1])):
        return sentence
    if any(_OPEN_LIST.search(bare) or _RELATIVE.search(bare) for bare in map(outside_brackets, parts[:-1])):
        return sentence
    return ". ".join([parts[0].rstrip()] + ["Or " + part for part in parts[1:]])
