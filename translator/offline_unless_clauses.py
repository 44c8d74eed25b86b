"""Shorter sentences: a closing ", unless …" clause said as a sentence of its own ("This does not apply if …").

"You have had brain metastases, unless they were treated at least 4 weeks before the first dose." → "You have had
brain metastases. This does not apply if they were treated at least 4 weeks before the first dose." A ", unless"
clause at the end of a sentence excepts the whole statement before it, and "This does not apply if" excepts the same
statement (one negation cue, "unless", for another, "not"). Only where nothing else could own the exception:

- the sentence is the reader's ("You …", "Your …"), so the head is one whole statement;
- the head has no list comma, colon or semicolon outside brackets (after "A, B, or C, unless …" the exception may
  be C's alone), and no condition or exception of its own ("if", "except", "other than", "either"…), which the
  "unless" could narrow instead of the statement;
- the words after "unless" are a clause, a subject before its own verb ("unless you are …", "unless the disease is
  rapidly progressing"): "unless adequately controlled" has no subject, and "This does not apply if adequately
  controlled" would leave the reader to supply one;
- one "unless" in the sentence, no "in which case" (the exception names a case of its own), and no comma outside
  brackets after "unless" (a clause after a comma could be the head's again);
- the sentence has at least 16 words: a shorter one reads as easily whole.

Without a subject ("You have high blood pressure, unless adequately controlled by medicine"), the clause is said with
the one the source leaves out (translator.offline_unless_subjects): the reader before what a person does ("unless
using birth control" → "if you are using"), or the head's single condition before what is said of a condition
("unless treated and stable" → "if they are treated and stable").
"""

from __future__ import annotations

import re

from translator.offline_asides import bracket_depth, outside_brackets
from translator.offline_but import SUBJECT_THEN_VERB
from translator.offline_unless_subjects import MIN_SUBJECTLESS_WORDS, subjectless

_UNLESS = re.compile(r",\s+unless\s+(?=[A-Za-z])")
_HEAD_HELD = re.compile(
    r"[,;:]|\b(?:if|unless|when|whenever|whether|either|neither|except|excluding|other\s+than|apart\s+from|"
    r"provided|as\s+long\s+as|only)\b",
    re.IGNORECASE,
)
_OWN_CASE = re.compile(r"\bin\s+which\s+case\b|[;:]", re.IGNORECASE)
_READER = re.compile(r"^Your?\s")
_MIN_HEAD_WORDS = 4
_MIN_SENTENCE_WORDS = 16


def unless_clause(sentence: str) -> str:
    """ "You have X, unless Y is Z." → "You have X. This does not apply if Y is Z." (see the module)."""
    if not _READER.match(sentence) or len(sentence.split()) < MIN_SUBJECTLESS_WORDS:
        return sentence
    found = [m for m in _UNLESS.finditer(sentence) if not bracket_depth(sentence, m.start())]
    if len(found) != 1 or len(re.findall(r"\bunless\b", sentence, re.IGNORECASE)) != 1:
        return sentence
    head, rest = sentence[: found[0].start()], sentence[found[0].end() :]
    if _HEAD_HELD.search(outside_brackets(head)):
        return sentence
    if re.search(r"\b(?:and|or|nor|and/or|not|no)$", head.rstrip(), re.IGNORECASE):
        return sentence  # the head would end mid-phrase
    if _OWN_CASE.search(rest) or "," in outside_brackets(rest) or bracket_depth(rest, len(rest)):
        return sentence
    clause = SUBJECT_THEN_VERB.match(rest)
    if clause is not None:
        if (
            len(sentence.split()) < _MIN_SENTENCE_WORDS
            or len(head.split()) < _MIN_HEAD_WORDS
            or bracket_depth(rest, clause.end())
            or re.search(r"[,;()\[\]]", clause.group("subject"))
        ):
            return sentence
    else:
        said = subjectless(head, rest)
        if said is None:
            return sentence
        rest = said
    end = "" if rest.rstrip().endswith((".", "!", "?")) else "."
    return f"{head.rstrip()}. This does not apply if {rest.rstrip()}{end}"
