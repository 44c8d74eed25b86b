"""Two requirements joined by "and" said as two sentences, in an inclusion bullet (offline backend, composed text).

Sentence length is half of what makes a reading grade; "You must X and must Y" is one long sentence with two
requirements, each with its own verb. In an inclusion section every one of them is needed, so "You must X. You must
also Y." says the same: "also" keeps them joined. Only where the split cannot change what a word covers:

- inclusion only: in an exclusion an "and" between states may mean either one or both, and two sentences would
  read as two reasons;
- the sentence opens on "You" (not "You and your partner", not "If you …"), and the second verb agrees with "you"
  and brings its own tense or modal: "must", "will", "can", "should", "are", or "have" where nothing before it could
  take a bare "have" ("You must X and have Y" shares the "must"; "able to X and have Y" may share the "to");
- nothing before the "and" that a reader could carry across it: an "or" (a list the second verb could be part of),
  a condition ("if", "unless", "except", "whether"), "either/neither/nor/but", a bracket or a colon, or a relative
  clause ("lesions that are measurable and are not irradiated": the second verb may be the lesions');
- the second half has no "also" already.

"You must A, and be B" (the "must" shared) → "You must A. You must also be B." (translator.offline_must_also);
"You have X and have had Y" → "You have X. You have also had Y."; "You must X and must not Y" → "You must X. You also
must not Y." (a negation stays in its own half, as it was: each half had its own verb).
"""

from __future__ import annotations

import re

from translator.criteria import SectionKind
from translator.offline_must_also import must_also
from translator.offline_own_subjects import own_subject_sentences

_SENTENCE = re.compile(r"(?<=[.!?])(\s+)(?=[A-Z])")  # the space is captured, to be put back as it was
_JOINED = re.compile(
    r"^(?P<head>You\s+(?!and\b)[^;:()\[\]]*?[\w%)])(?P<comma>,)?\s+and\s+"
    r"(?P<verb>must|will|can|should|are|have)\s+(?P<rest>[^;:]+?)(?P<end>[.!?])$"
)
# what a reader could carry across the "and" (see the module)
_CARRIED = re.compile(
    r"\b(?:or|and/or|nor|either|neither|if|unless|except|excluding|whether|but|who|whom|whose|that|which|where|when|"
    r"while)\b",
    re.IGNORECASE,
)
_TAKES_A_BARE_VERB = re.compile(r"\b(?:must|will|can|cannot|should|may|shall|would|could|to|do|does|did)\b",
                                re.IGNORECASE)
# an "or" in the second half that opens another clause could join both halves ("A and B, OR C and D")
_OR_CLAUSE = re.compile(
    r"(?-i:\bOR\b)|\bor\s+(?:\([^)]*\)\s+)?(?:have|has|had|are|is|was|were|must|will|can|should|be|been|not|never|you|"
    r"do|does|did)\b",
    re.IGNORECASE,
)
# a participle after "have": "You have also signed X" (any other word is a main verb's object: "You also have X")
# (not a word that is also an adjective before a noun: "have relapsed and refractory disease")
_PARTICIPLE = re.compile(r"^(?:had|been|given|taken|done|shown|signed|completed|received|recovered|provided|understood|"
                         r"agreed|participated|experienced)\b")
_NEGATED = re.compile(r"^(?:not|never|no\s+longer)\b")
_MIN_HEAD_WORDS = 4  # "You are 18" and a two-word half read no easier split


def also_sentences(text: str, kind: SectionKind) -> str:
    """`text` with each inclusion sentence "You X and must/are/have Y." said as "You X. You must also Y." (see the
    module)."""
    if kind is not SectionKind.INCLUSION:
        return text
    parts = _SENTENCE.split(text)  # sentence, space, sentence, …
    return "".join(part if i % 2 else _split(part) for i, part in enumerate(parts))


def _split(sentence: str) -> str:
    if (shared := must_also(sentence)) != sentence:
        return shared  # "You must A, and be B": the one "must" said for each (translator.offline_must_also)
    m = _JOINED.match(sentence)
    if m is None:
        return own_subject_sentences(sentence)  # "…, and you have recovered", "… and your Y is B"
    head, verb, rest = m["head"], m["verb"], m["rest"]
    if len(head.split()) < _MIN_HEAD_WORDS or len(rest.split()) < 2 or _CARRIED.search(head):
        return sentence
    if re.search(r"\balso\b", rest) or "(" in head or _OR_CLAUSE.search(rest):
        return sentence
    if m["comma"] and "," in head and not re.search(r"\b(?:and|or)\b", head.rsplit(",", 1)[1]):
        return sentence  # "You must not have A at rest, B, and must Y": the comma closed a list the "and" ends
    if verb == "have" and _TAKES_A_BARE_VERB.search(head):
        return sentence  # "You must X and have Y": the "must" is shared
    if _NEGATED.match(rest):
        second = f"You also {verb} {rest}"  # "You also must not Y", "You also are not Y"
    elif verb == "have" and not _PARTICIPLE.match(rest):
        second = f"You also have {rest}"  # a main verb: "You also have measurable disease"
    else:
        second = f"You {verb} also {rest}"  # "You must also Y", "You are also Y", "You have also signed Y"
    return f"{head}. {second}{m['end']}"
