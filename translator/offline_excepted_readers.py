"""An exception that names the reader's own group, said to the reader: "Your total bilirubin is no more than 2 times
the upper limit of normal (except patients with recorded Gilbert's syndrome)" → "(except if you have recorded
Gilbert's syndrome)"; "… This does not include those subjects who are getting full-dose warfarin." → "This does not
apply if you are getting full-dose warfarin."

Once the bullet speaks to the reader, "patients", "subjects" or "participants" in its exception are the same people,
so the exception is the reader's. Only where that is certain:

- the bullet already opens on the reader ("You …", "Your …", "If you …");
- the group is named by a people word ("patients", "those subjects"), never a bare "those" ("History of cancer, except
  for those with a negligible risk of metastasis" means the cancers);
- the exception is one plain clause that closes its bracket or sentence: no comma, semicolon or colon, and no second
  clause with its own rule ("… with Gilbert's syndrome who may only be included if …", "… then total bilirubin …"),
  which would need the exception's own subject kept apart from the reader's.
"""

from __future__ import annotations

import re

_READER = re.compile(r"^(?:[\w' ]{1,60}: )?(?:You|Your|If you)\b")
_PEOPLE = r"(?:(?:those|these|the)\s+)?(?:patients|subjects|participants|people|individuals|persons)"
_LINK = (
    r"(?P<link>with|who\s+(?:have|has|are|is|had|were|was)|getting|receiving|taking|using|treated\s+with|on)"
)
_REST = r"(?P<rest>[^,;:()\[\]]+?)"
# "for excluding patients with X" is a purpose, no exception
_CUE = r"(?<!\bfor\s)(?<!\bby\s)(?<!\bto\s)\b(?P<cue>except|excluding)\s+(?:(?:in|for)\s+)?"
# one that closes its bracket or the bullet
_EXCEPTION = re.compile(_CUE + _PEOPLE + r"\s+" + _LINK + r"\s+" + _REST + r"(?=\s*[)\]]|\.?\s*$)", re.IGNORECASE)
_SENTENCE = re.compile(
    r"\bThis does not include\s+" + _PEOPLE + r"\s+" + _LINK + r"\s+" + _REST + r"(?=\.(?:\s|$)|$)"
)
# a second clause with its own subject or rule: the exception is then more than the reader's condition
_SECOND_CLAUSE = re.compile(
    r"\b(?:who|whom|whose|which|that|then|must|may|can|could|should|will|would|if|unless|they|their|them|he|she|"
    r"his|her|patients?|subjects?|participants?)\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-Z])")
_OTHER_PEOPLE = re.compile(
    r"\b(?:patients?|subjects?|participants?|people|individuals?|persons?|they|their|them|he|she|his|her)\b",
    re.IGNORECASE,
)
_VERBS = {"have": "have", "has": "have", "are": "are", "is": "are", "had": "had", "were": "were", "was": "were"}


def _reader_clause(link: str, rest: str) -> str | None:
    """"you have X", "you are getting X" …: the exception's clause said of the reader, or None."""
    if _SECOND_CLAUSE.search(rest):
        return None
    words = link.lower().split()
    if words[0] == "with":
        # "patients with recorded Gilbert's syndrome": the record is the patients', not a thing the reader recorded
        recorded = re.match(r"(?:recorded|documented)\s+(?P<rest>.+)", rest, re.IGNORECASE)
        return f"your records show that you have {recorded['rest']}" if recorded else f"you have {rest}"
    if words[0] == "who":
        return f"you {_VERBS[words[1]]} {rest}"
    if words[0] == "treated":
        return f"you are treated with {rest}"
    if words[0] == "on":
        return f"you are on {rest}"
    return f"you are {words[0]} {rest}"


def _readers_sentence(before: str) -> bool:
    """Whether the sentence that `before` ends in speaks to the reader and names no other people ("Female patients
    (except for those patients who …) can take part only if they …" keeps its own subject)."""
    starts = [m.end() for m in _SENTENCE_END.finditer(before[:-1])]
    own = before[starts[-1] if starts else 0 :]
    return bool(re.search(r"\byour?\b", own, re.IGNORECASE)) and not _OTHER_PEOPLE.search(own)


def excepted_readers(text: str) -> str:
    """`text` with each exception that names the reader's group said to the reader (see the module's docstring)."""
    if not _READER.match(text):
        return text

    def said_to_the_reader(m: re.Match[str]) -> str:
        clause = _reader_clause(m.group("link"), m.group("rest"))
        if clause is None or not _readers_sentence(m.string[: m.start()].rstrip()):
            return m.group(0)
        lead = f"{m.group('cue')} if" if "cue" in m.re.groupindex else "This does not apply if"
        return f"{lead} {clause}"

    return _SENTENCE.sub(said_to_the_reader, _EXCEPTION.sub(said_to_the_reader, text))
