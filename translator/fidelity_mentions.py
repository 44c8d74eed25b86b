"""How many times a text says a key word of `translator.fidelity_key_words` by its wordings.

Wordings of a kind side by side are one mention: "refractory … and failure to respond to 2 treatments" said "has not
responded to treatment … 2 treatments have failed" says each once, where "failure" and "respond" would count twice
and ask the bullets for a third. The key word itself is a mention each time it is written ("uncontrolled diabetes,
uncontrolled congestive heart failure" names two kinds; "oral tablets" is the route and the form, two).
"""

from __future__ import annotations

import re

# At most one word between two wordings: one mention ("failure to respond", "resistant and failed").
_ONE_WORD = re.compile(r"[^\w.;:]+(?:[\w'-]+[^\w.;:]+)?")


def mentions(wordings: re.Pattern[str], itself: re.Pattern[str], text: str, kind: bool) -> list[re.Match[str]]:
    """The places `text` says a key word (`itself`) by its `wordings`, those of a `kind` side by side counted once."""
    found: list[re.Match[str]] = []
    last: re.Match[str] | None = None
    for m in wordings.finditer(text):
        if not (kind and last is not None and _ONE_WORD.fullmatch(text, last.end(), m.start())
                and not itself.fullmatch(m.group()) and not itself.fullmatch(last.group())):
            found.append(m)
        last = m
    return found
