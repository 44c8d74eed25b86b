"""Shorter sentences: a bracketed definition inside the reader's sentence moves to a sentence after it.

translator.offline_sentences says a closing "(i.e. X)" / "(that is, X)" / "(defined as X)" as "This means X.", and
translator.offline_asides moves a list of examples from inside a sentence; a definition inside a sentence stayed, and
made it long: "You have uncontrolled glaucoma at baseline evaluation (defined as intraocular pressure at least 25 mmHg
despite treatment with anti-glaucoma medicine) in the study eye." → "You have uncontrolled glaucoma at baseline
evaluation in the study eye. This means intraocular pressure at least 25 mmHg despite treatment with anti-glaucoma
medicine." A definition narrows the words it follows, so it moves only where nothing else in the sentence could seem
to be what it defines:

- the sentence is the reader's ("You …"), so the bracket sits after the verb, never inside a subject whose verb follows
  ("Oxygen use (that is, 12 hours or less per day) is not exclusionary" keeps its place);
- the words after the bracket are a closing time, place or occasion only: they open on a preposition ("in", "within",
  "during", "at", "before", "after", "for", "on", "from", "since", "over", "until") and hold no verb, relative clause,
  comma or second bracket;
- the rest of the sentence holds no list ("or", "and", a comma, ";", ":") and no exception or condition, as for a
  moved list of examples (offline_asides), and the head ends on a word (not "not", "of", "the" …);
- one lead-word bracket in the sentence, and the definition is a noun phrase (not a clause, "has had …"; not a source,
  "per the GOLD definition"; not "with no change in medicine", which "This means" cannot open) of at most 25 words;
- not before a sentence that already explains this one ("This means …", "For example, …").
"""

from __future__ import annotations

import re

from translator.offline_asides import bracket_depth, outside_brackets

_SENTENCE = re.compile(r"(?<=[.!?])(\s+)(?=[A-Z])")
_DEFINITION = re.compile(
    r"\s*\((?:i\.\s?e\.?,?|ie,|that\s+is,?|defined\s+as|meaning)\s+(?P<body>[^()\[\];:]+?)\s*\)(?=\s+[a-z])",
    re.IGNORECASE,
)
_LEAD_BRACKET = re.compile(
    r"\((?:i\.\s?e\b|ie\b|that\s+is|defined|meaning|such\s+as|e\.\s?g\b|eg\b|for\s+(?:example|instance)|including|"
    r"except|excluding|other\s+than|note|see)",
    re.IGNORECASE,
)
_TAIL = re.compile(
    r"(?:in|within|during|at|before|after|for|on|from|since|over|until)\s+[^,;:()\[\]]+?\s*\.?\s*$", re.IGNORECASE
)
_VERB_OR_CLAUSE = re.compile(
    r"\b(?:is|are|was|were|be|been|must|should|shall|will|would|can|cannot|could|may|might|has|have|had|do|does|did|"
    r"that|which|who|whom|whose|if|unless|when|where|while|except|excluding|or|and|nor|and/or|not|no|than)\b",
    re.IGNORECASE,
)
_LIST_OR_CONDITION = re.compile(
    r"[,;:]|\b(?:or|and|and/or|nor|either|neither|versus|vs|plus|except|excluding|unless|other\s+than|apart\s+from|"
    r"but|if|when|whether|provided|as\s+long\s+as|not\s+(?:counting|including|even))\b|&",
    re.IGNORECASE,
)
_CLAUSE_OR_SOURCE = re.compile(
    r"(?:has|have|had|is|are|was|were|who|which|that|not|does|do|did|can|cannot|must|will|should|may|or|and|per|"
    r"according|based|as|set\s+by|in|with|without|on|at|for|from|to|by|of|during|within)\b",
    re.IGNORECASE,
)
_ENDS_MID_PHRASE = re.compile(r"\b(?:not|no|never|without|even|the|a|an|of|to|with|by|for|in|on|at|and|or)$", re.I)
_EXPLAINS = re.compile(r"(?:This means|This is defined|This includes|This does not|For example|Note|See)\b")
_MAX_BODY_WORDS = 25
_MIN_HEAD_WORDS = 4


def inner_definitions(text: str) -> str:
    """`text` with each reader's sentence's inner bracketed definition said after the sentence (see the module)."""
    parts = _SENTENCE.split(text)  # sentence, space, sentence, …
    for i in range(0, len(parts), 2):
        if i + 2 < len(parts) and _EXPLAINS.match(parts[i + 2]):
            continue
        parts[i] = _moved(parts[i])
    return "".join(parts)


def _moved(sentence: str) -> str:
    if not sentence.startswith("You ") or len(_LEAD_BRACKET.findall(sentence)) != 1:
        return sentence
    m = _DEFINITION.search(sentence)
    if m is None or bracket_depth(sentence, m.start()):
        return sentence
    head, rest, body = sentence[: m.start()], sentence[m.end() :].strip(), m.group("body").strip().rstrip(" ,.")
    if not _TAIL.fullmatch(rest) or _VERB_OR_CLAUSE.search(rest) or rest.count(".") > 1:
        return sentence
    if re.search(r"[.!?]\s", head):
        return sentence  # "… investigation. [Includes …] non-compliance …": two sentences the split did not see
    if _LIST_OR_CONDITION.search(outside_brackets(head)) or len(head.split()) < _MIN_HEAD_WORDS:
        return sentence
    if _ENDS_MID_PHRASE.search(head.rstrip()) or head.rstrip().endswith(("(", "[", "-", "/")):
        return sentence
    if _CLAUSE_OR_SOURCE.match(body) or len(body.split()) > _MAX_BODY_WORDS or not body:
        return sentence
    main = f"{head.rstrip()} {rest.rstrip(' .')}"
    return f"{main}. This means {body}."
