"""A singular noun the reader's opening left without its article, given one (offline backend, on the composed text).

An opening made of a source's bare noun phrase keeps the source's missing article, which a heading could do without
but a sentence cannot: "History of positive test for HIV" → "You have had positive test for HIV", "Patient is
female who is pregnant" → "You are female who is pregnant". Only these shapes, where the noun is certainly one
thing the reader has or is:

- "You have (had) positive/negative test/result/culture/screen for …" → "… a positive test for …" (the noun right
  before "for", "of", "on" or "at": "positive test results for" is plural and stays);
- "You are female/male who …" → "You are a female who …" (a relative clause needs a noun before it);
- "You have (had) second cancer" → "… a second cancer": an ordinal counts one thing (not "second cancers", nor
  "third degree block", a kind of block).
"""

from __future__ import annotations

import re

from translator.offline_listed_verbs import listed_verbs

_TEST = re.compile(
    r"\b(?P<verb>[Yy]ou have(?: had)?) (?P<noun>(?:positive|negative) (?:(?:blood|urine|serum|screening) )?"
    r"(?:test|result|culture|screen)(?: result)?)(?= (?:for|of|on|at)\b)"
)
_ORDINAL = re.compile(
    r"\b(?P<verb>[Yy]ou have(?: had)?) (?=(?:second|third) (?:(?:primary|invasive|active|malignant|cancerous|solid|"
    r"new) )*(?:cancer|malignancy|tumou?r|neoplasm|neoplasia|primary)\b(?![-\w]))"
)
_SEX_WHO = re.compile(r"\b(?P<you>[Yy]ou are) (?P<sex>female|male) (?=who\b)")


def bare_singulars(text: str) -> str:
    """`text` with the articles its opening's bare singular nouns need (see the module)."""
    text = _TEST.sub(r"\g<verb> a \g<noun>", text)
    text = _ORDINAL.sub(r"\g<verb> a ", text)
    text = _SEX_WHO.sub(r"\g<you> a \g<sex> ", text)
    # (here, on the same composed text, as offline.py is at its line limit: a later "has" of the reader's)
    return listed_verbs(text)
