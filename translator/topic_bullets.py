"""A topic heading with one item under it, said as one bullet.

Older NCI PDQ records give each topic of their template a heading and its rule a line of its own: "Age:" then
"18 and over", "Performance status:" then "ECOG 0-2", "Hormone receptor status:" then "Not specified". Two bullets,
the first of which says nothing alone, read as a form to fill in; one bullet reads as a sentence: "Age: You are 18
and over.", "Performance status: Your ECOG is 0 to 2.", "Hormone receptor status: There is no requirement." The
bullet cites both criteria, so coverage and every fact check see them as before.

This is how a translation is laid out, whichever backend wrote the two bullets, so it is done when the renderings
are put together (`translator.pipeline.assemble`): a backend's rendering keeps one bullet per item. Only a heading
that is a topic (a few words and a colon, no verb, no person, no "following"), with exactly one item under it that
heads nothing itself: a heading over two items is a list, and a lead-in ("Patients must have one of the
following:") is a rule of its own.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from translator.backend import RenderedBullet
from translator.criteria import Criterion

_TOPIC = re.compile(r"\s*[A-Za-z][A-Za-z/,()'&\- ]{0,48}:\s*")
_MORE_THAN_A_TOPIC = re.compile(
    r"\b(?:is|are|was|were|be|been|has|have|had|must|should|will|may|can|not|no|none|any|all|each|if|unless|except|"
    r"following|these|those|patients?|subjects?|participants?|you|your|who|which|that|with|without)\b",
    re.IGNORECASE,
)


def is_topic(text: str) -> bool:
    """Whether `text` is a topic heading: a few words and a colon, no verb, no person, no "following"."""
    return _TOPIC.fullmatch(text) is not None and len(text.split()) <= 5 and not _MORE_THAN_A_TOPIC.search(text)


# a heading that ends on a word that wants what follows ("Both of:", "History of:", "Either:") leads into its items:
# they are read after it, not as rules of their own
_LEADS_IN = re.compile(r"\b(?:of|in|on|for|to|at|from|by|as|both|either|neither|one|two|three|or|and)\s*:\s*$", re.I)


def heads_rules(text: str) -> bool:
    """Whether `text` is a topic heading ("Other:", "Cardiovascular:") whose items are each a rule of its own."""
    return is_topic(text) and _LEADS_IN.search(text) is None


def joined_topics(
    bullets: Sequence[RenderedBullet], criterion: Callable[[str], Criterion | None]
) -> list[RenderedBullet]:
    """`bullets` of one rendering with each topic heading and its one item said as one bullet; `criterion` gives
    the criterion a ref names."""
    out: list[RenderedBullet] = []
    index = 0
    while index < len(bullets):
        bullet = bullets[index]
        after = bullets[index + 1] if index + 1 < len(bullets) else None
        if after is not None and len(bullet.refs) == 1 and len(after.refs) == 1 and _heads_one(
                bullet.refs[0], after.refs[0], criterion) and bullet.text.rstrip().endswith(":") and not (
                after.text.rstrip().endswith(":")):
            out.append(RenderedBullet(
                text=f"{bullet.text.rstrip()} {after.text.lstrip()}",
                refs=[*bullet.refs, *after.refs],
                definitions=[*bullet.definitions, *after.definitions],
                depth=bullet.depth,
            ))
            index += 2
            continue
        out.append(bullet)
        index += 1
    return out


def _heads_one(ref: str, below: str, criterion: Callable[[str], Criterion | None]) -> bool:
    heading, item = criterion(ref), criterion(below)
    return (
        heading is not None
        and item is not None
        and heading.children == [item.id]
        and not item.children
        and is_topic(heading.text)
    )
