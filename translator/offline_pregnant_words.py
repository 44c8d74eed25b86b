""""Become pregnant" said as people say it: "get pregnant" (offline backend, on the final text).

The lexicon, the women-groups rules and the frames the fidelity check reads all know the group as "able to become
pregnant" / "who can become pregnant", so every rule that finds the group runs on that wording first; the everyday
verb goes in last, over the whole bullet: "become" → "get", "becomes" → "gets", "becoming" → "getting", "became" →
"got". The frame check reads either wording as the same group ("get pregnant" is one of its spellings).
"""

from __future__ import annotations

import re

_BECOME = re.compile(r"\b(?P<verb>[Bb]ecom(?:e|es|ing)|[Bb]ecame) pregnant\b")
_GET = {"become": "get", "becomes": "gets", "becoming": "getting", "became": "got"}


def get_pregnant(text: str) -> str:
    """`text` with "become pregnant" (any tense) said "get pregnant"."""
    if "ecom" not in text and "ecame" not in text:
        return text

    def said(m: re.Match[str]) -> str:
        verb = _GET[m["verb"].lower()]
        return (verb.capitalize() if m["verb"][0].isupper() else verb) + " pregnant"

    return _BECOME.sub(said, text)
