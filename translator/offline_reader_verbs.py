"""The reader's own verb where a clause after theirs was left in the third person (offline backend, on the final text).

Criteria written about "the subject" list what the subject has in clauses that share one subject: "Has known type 1
or 2 diabetes; or has fasting plasma glucose ≥ 126 mg/dL". Once the opening is put to the reader ("You have known
type 1 or 2 diabetes"), the later clause still says "; or has fasting plasma glucose …", which reads as if someone
else had it. Two places only, where the clause can have no other subject:

- right after a semicolon in a sentence the reader opens ("You …; or has X" → "You …; or you have X"): a relative
  clause ("a tumor that is X or has Y") is never cut by a semicolon;
- a whole sentence that opens on the bare verb after a sentence the reader opens ("You drink more than 14 drinks a
  week. Has had alcoholism …" → "… You have had alcoholism …"), unless a second third-person verb joins the first
  further on ("Had X AND meets Y"), which would still say "meets".

Only "you" and the verb's form change: every word the clause said stays.
"""

from __future__ import annotations

import re

_PLURAL = {
    "has": "have", "is": "are", "was": "were", "does": "do", "doesn't": "don't", "isn't": "aren't",
    "hasn't": "haven't", "have": "have", "had": "had", "are": "are",
}  # fmt: skip

# "; or has X", "; has X", "; is X" in a clause after the reader's
_AFTER_SEMICOLON = re.compile(
    r"(?<=; )(?P<link>(?:or|and|and/or) )?(?P<verb>has|is|was|does|doesn't|isn't|hasn't)\b(?= \w)"
)
# a sentence that opens on the bare verb: "Has had X.", "Is taking X.", "Have a history of X." (not "Have you …?")
_BARE_SENTENCE = re.compile(r"(?<=[.!?] )(?P<verb>Has|Have|Had|Is|Are|Was|Does)\b(?= [a-z])(?! you\b)")
# a second third-person verb joined on later in the same sentence ("… AND meets …", "… or has …")
_SECOND_VERB = re.compile(r"\b(?:and|or|AND|OR) (?:has|is|was|does|meets|needs|requires|takes|uses|agrees)\b")
# where a sentence the reader opens starts: the text's start or a sentence end
_READER_SENTENCE = re.compile(r"(?:^|(?<=[.!?] ))(?:You|If you)\b")


def reader_verbs(text: str) -> str:
    """`text` with "you" and its verb for a clause about the reader left in the third person (see the module)."""
    if not _READER_SENTENCE.search(text):
        return text
    text = _AFTER_SEMICOLON.sub(lambda m: _semicolon(text, m), text)
    return _BARE_SENTENCE.sub(lambda m: _sentence(text, m), text)


def _semicolon(text: str, m: re.Match[str]) -> str:
    opening = _sentence_start(text, m.start())
    if not _READER_SENTENCE.match(text, opening):
        return m[0]
    return f"{m['link'] or ''}you {_PLURAL[m['verb']]}"


def _sentence(text: str, m: re.Match[str]) -> str:
    before = _sentence_start(text, m.start() - 2)  # the sentence that ends just before this one
    end = re.search(r"[.!?](?:\s|$)", text[m.end() :])
    sentence = text[m.end() : m.end() + end.start() if end else len(text)]
    if not _READER_SENTENCE.match(text, before) or _SECOND_VERB.search(sentence):
        return m[0]
    return f"You {_PLURAL[m['verb'].lower()]}"


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding position `at` starts (after the last ". " before it, or 0)."""
    ends = [e.end() for e in re.finditer(r"[.!?] ", text[:at])]
    return ends[-1] if ends else 0
