"""How a criterion's sub-items combine ("any of" / "all of"), when the text says so.

Only explicit wording counts: "one of the following", "either … or", items ending in "OR".
When the text is silent the logic stays unknown rather than guessed.
"""

from __future__ import annotations

import re

from translator.criteria import Logic

_ANY = re.compile(
    r"\b(?:(?:at\s+least\s+)?(?:one|1|any(?:\s+(?:one|1))?|either)\s+(?:or\s+more\s+)?of\s+(?:the\s+)?"
    r"(?:following|below|these|criteria|conditions)|one\s+or\s+more\s+of|any\s+of\s+the|either\b.*\bor\b)",
    re.IGNORECASE,
)
_ALL = re.compile(
    r"\b(?:all|each|both)\s+(?:of\s+)?(?:the\s+)?(?:following|below|these|criteria|conditions)\b",
    re.IGNORECASE,
)
# "The patients need to be either A) … B) …": a lead-in that ends with "either" offers alternatives
_EITHER_END = re.compile(r"\beither\s*[:;,]?\s*$", re.IGNORECASE)
_TRAILING_OR = re.compile(r"(?:^|\s)(?:or|OR|Or)\s*[;,.]?\s*$")
_TRAILING_AND = re.compile(r"(?:^|\s)(?:and|AND|And)\s*[;,.]?\s*$")


def infer_logic(text: str, children: list[str]) -> Logic | None:
    """The combination logic of a criterion from its own text and its children's raw text."""
    if children:
        if _ANY.search(text) or _EITHER_END.search(text):
            return Logic.ANY
        if _ALL.search(text):
            return Logic.ALL
        heads = children[:-1] if len(children) > 1 else children
        if heads and all(_TRAILING_OR.search(child) for child in heads):
            return Logic.ANY
        if heads and all(_TRAILING_AND.search(child) for child in heads):
            return Logic.ALL
        return None
    if re.search(r"\beither\b.+\bor\b", text, re.IGNORECASE):
        return Logic.ANY
    return None
