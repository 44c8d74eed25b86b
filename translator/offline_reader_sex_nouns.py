""""A female subject" said of the reader is "a female" (offline backend, on the final text).

Once a sentence says "You are a female participant who can get pregnant", the study's word for the reader
("subject", "participant") adds nothing the reader needs: "If you are a female who can get pregnant, you must …", as
the other rules already say the group. "Female" stays "female", not "woman": a pediatric trial's females include girls.
Only in a sentence that puts the reader as one ("you are a female subject"); every "a female/male subject or
participant" of that sentence then drops the noun ("or a male participant" → "or a male"). "Patient" and "volunteer"
keep their words: they say more than who the reader is (one with the condition, one who is healthy).
"""

from __future__ import annotations

import re

_NOUN = r"\b(?P<group>an? (?:male or female|female or male|female|male)) (?:subject|participant)\b"
_READER = re.compile(rf"\b[Yy]ou are {_NOUN}")
_ANY = re.compile(_NOUN)
# A sentence ends at a full stop and a space before a capital; "i.e., post-menarche" stays inside.
_SENTENCE = re.compile(r"(?<=\.)\s+(?=[A-Z])")


def reader_sex_nouns(text: str) -> str:
    """`text` with "a female/male subject or participant" said "a female"/"a male" in each sentence that puts the
    reader as one."""
    if not _READER.search(text):
        return text
    return "".join(_ANY.sub(r"\g<group>", part) if _READER.search(part) else part for part in _sentences(text))


def _sentences(text: str) -> list[str]:
    """`text` cut after each sentence's closing spaces, so that joining the parts gives `text` again."""
    parts: list[str] = []
    start = 0
    for gap in _SENTENCE.finditer(text):
        parts.append(text[start:gap.end()])
        start = gap.end()
    parts.append(text[start:])
    return parts
