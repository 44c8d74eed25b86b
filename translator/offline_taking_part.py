"""Taking part said as a verb where the plain words made a noun of it (offline backend, on the composed text).

The plain words say "participation in" as "taking part in" (translator.offline_plain) and "study participation" as
"taking part in the study" (translator.offline_words). Where the source's noun stood after "during" or a
determiner, the gerund reads wrong: "during participation in the above trials" → "during taking part in the above
trials", "for the participation in the trial" → "for the taking part in the trial", "within the study participation
period" → "within taking part in the study". A gerund takes no article, and "while" says "during" of a doing:

- "during/throughout/within (the) taking part in" → "while taking part in";
- "of/for/after/before/in/to/from the taking part in" → "… taking part in" (the article goes).

A verb before "the taking part" ("ending the taking part in the trial") keeps the words: no wording of it here
says the same.
"""

from __future__ import annotations

import re

_WHILE = re.compile(
    r"\b(?P<d>[Dd])uring\s+(?:the\s+)?taking part in\b|\b(?:throughout|within)\s+(?:the\s+)?taking part in\b"
)
_ARTICLE = re.compile(r"\b(?P<pre>of|for|after|before|in|to|from|about)\s+the\s+taking part in\b")


def taking_part(text: str) -> str:
    """`text` with its "during taking part in" and "of the taking part in" said as English (see the module)."""
    text = _WHILE.sub(lambda m: ("While" if m["d"] == "D" else "while") + " taking part in", text)
    return _ARTICLE.sub(r"\g<pre> taking part in", text)
