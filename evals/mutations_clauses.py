"""Planted error "clause_dropped": one item of a list in a faithful bullet left out.

The item has no number, unit, window or negation in it (those are the fact and negation checks' own planted errors)
and a word that no other bullet of the case says, so that something is lost for certain; an item that says how a
list reads ("that is", "both inclusive", "etc." after examples, "including" before "but not limited to") is never
the one left out.
"""

from __future__ import annotations

import random
import re

from evals.cases import EvalCase
from translator.fidelity_negations import facts_of

# Where a list in a bullet parts its items: "a stroke, a heart attack or heart failure".
_ITEM_BREAK = re.compile(r"\s*(?:[,;]\s*(?:(?:and|or)\s+)?|\s(?:and|or)\s+)")
_LETTERS = re.compile(r"[A-Za-z]{3,}")


def clause_dropped(case: EvalCase, rng: random.Random) -> EvalCase | None:
    """One item of a list in a bullet left out, an item with no number, unit, window or negation in it: "You have
    had a stroke, a heart attack or heart failure" → "You have had a stroke or heart failure". Only an item with a
    word that no other bullet of the case says, so that something is lost for certain."""
    found: list[tuple[int, int, int]] = []
    for index, bullet in enumerate(case.bullets):
        breaks = list(_ITEM_BREAK.finditer(bullet.text))
        if not breaks:
            continue
        for before, after in zip(breaks, [*breaks[1:], None], strict=True):
            start, end = before.start(), (after.start() if after else len(bullet.text.rstrip(" .")))
            item = bullet.text[before.end():end]
            if not _LETTERS.search(item) or facts_of(item) or _NEGATED.search(item) or _NO_LOSS.fullmatch(
                    item.strip(" ,;:.()")) or (_OPEN_LIST.fullmatch(item) and _EXAMPLES.search(bullet.text[:start])):
                continue
            if item.strip(" ,").casefold() == "including" and _NOT_LIMITED.match(bullet.text, end):
                continue
            others = " ".join(b.text for i, b in enumerate(case.bullets) if i != index).casefold()
            rest = (bullet.text[:start] + bullet.text[end:]).casefold()
            if any(word.casefold() not in others and word.casefold() not in rest
                   for word in _LETTERS.findall(item)):
                found.append((index, start, end))
    if not found:
        return None
    index, start, end = rng.choice(found)
    text = case.bullets[index].text
    bullets = list(case.bullets)
    bullets[index] = bullets[index].model_copy(update={"text": text[:start] + text[end:]})
    return case.model_copy(update={"bullets": bullets})


_NEGATED = re.compile(r"\b(?:no|not|never|without|none|neither|nor|except|unless)\b", re.IGNORECASE)
# "etc." that closes a list of examples ("For example, A, B, etc." → "For example, A, B"): examples leave a list open
# either way. Not one after a plain list ("A, B, etc."), which only it leaves open.
_OPEN_LIST = re.compile(r"\W*etc\W*", re.IGNORECASE)
_EXAMPLES = re.compile(r"\b(?:such as|for example|e\.g|including|like)\b", re.IGNORECASE)
# "including" before "but not limited to": left out, the list still reads as examples ("any cause other than iron
# deficiency, including, but not limited to:" → "…, but not limited to:").
_NOT_LIMITED = re.compile(r"[\s,]*but not limited to\b", re.IGNORECASE)
# Items that say how a list or a range reads, not what is in it: left out, nothing is lost ("functioning normally,
# that is, they meet these criteria" → "functioning normally, they meet these criteria"; "16 to 75 years old, both
# inclusive" → "16 to 75 years old": a range is read with its ends either way; "metastases, including these:" →
# "metastases:").
_NO_LOSS = re.compile(
    r"(?:that is|such as|namely|for example|as follows|including (?:these|those|the following)|(?:both )?inclusive"
    r"|including those ages|with both ends of (?:each|the) range included)",
    re.IGNORECASE,
)
