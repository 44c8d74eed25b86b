"""Shorter sentences: a reader's duty with a second duty after ", and" said as two ("You must … . You must also …").

"You must be registered into the mandatory REMS program, and be willing and able to follow the requirements of the
REMS program." holds two duties under one "must"; "must (A and B)" is "must A, and must B", so "You must be
registered into the mandatory REMS program. You must also be willing and able to follow …" says the same, and "also"
keeps the second tied to the first. Read by translator.offline_also_sentences, so in an inclusion only (as its other
splits). Only where the split cannot change what is needed:

- the sentence is the reader's duty ("You must …"), and the second part a verb of that "must" right after ", and"
  ("be", "have", "agree", …, or "must" said again);
- one ", and" outside brackets, and no other comma outside brackets on either side: after "A, B, and be C" the split
  would part a list, and a comma after the second part ("…, inclusive, at screening") may close words that hold for
  both; an "and" without its comma only before "be" or "have", with nothing before it that could take that verb
  instead of "must" (see _SHARES);
- no "or", "either", "neither" or condition ("if", "unless", "except", "when", "only" …) on either side: "A or B, and
  C" could be read as "A, or B and C", and a condition in one part may hold for both;
- the sentence has at least 16 words: a shorter one reads as easily whole.
"""

from __future__ import annotations

import re

from translator.offline_asides import bracket_depth, outside_brackets

_MUST = re.compile(r"^You\s+must\s+(?!not\b|never\b)")
_AND = re.compile(
    r"(?P<comma>,)?\s+and\s+(?:must\s+)?(?=(?:be|have|agree|get|give|sign|follow|use|take|keep|stay|remain)\b)"
)
# without a comma, only "be" or "have", and no word before it that could take the bare verb instead of "must" ("to"
# in "willing to take part and follow", "able to swallow and have") or own it ("lesions that are measurable and have
# not been irradiated": "have" is the lesions'), nor a second "and" (the "and" may join a pair inside a phrase)
_BARE_SECOND = re.compile(r"(?:be|have)\b")
_SHARES = re.compile(r"\b(?:to|and|that|which|who|whom|whose|where|[a-z]+ing)\b", re.IGNORECASE)
_HELD = re.compile(
    r"\b(?:or|nor|and/or|either|neither|if|unless|when|whenever|whether|while|except|excluding|other\s+than|"
    r"provided|as\s+long\s+as|only|otherwise)\b",
    re.IGNORECASE,
)
_MIN_WORDS = 16


def must_also(sentence: str) -> str:
    """ "You must A, and be B." → "You must A. You must also be B." (see the module)."""
    if not _MUST.match(sentence) or len(sentence.split()) < _MIN_WORDS:
        return sentence
    found = [m for m in _AND.finditer(sentence) if not bracket_depth(sentence, m.start())]
    if len(found) != 1:
        return sentence
    head, rest = sentence[: found[0].start()], sentence[found[0].end() :]
    if not found[0]["comma"] and (
        not _BARE_SECOND.match(rest) or _SHARES.search(outside_brackets(_MUST.sub("", head)))
    ):
        return sentence
    if bracket_depth(rest, len(rest)) or re.search(r"[,;:]", outside_brackets(head) + outside_brackets(rest)):
        return sentence
    if _HELD.search(outside_brackets(head)) or _HELD.search(outside_brackets(rest)):
        return sentence
    return f"{head}. You must also {rest}"
