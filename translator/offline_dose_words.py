"""The giving of a dose said as the dose (offline backend, on the final text).

"administration" is five syllables for what a dose says in one: "30 days after the final study drug administration"
is "after the final study drug dose", "before the first dose administration" is "before the first dose", "before each
dose administration" is "before each dose"; "the start of study drug administration" is "the start of study drug
dosing". Only after an ordinal or "each" (one dose), or after "start/end/day/time of" (the giving, as dosing), and
only of a study drug, product or vaccine: never the "Food and Drug Administration" (a capital), nor "route of
administration" (how, not when). offline_plain.polish says "first administration of X" as "first dose of X" the same
way. "the initial screening visit" is "the first screening visit" (one visit, the first of several).
"""

from __future__ import annotations

import re

_WHAT = r"(?:(?:study|trial)\s+)?(?:(?:drug|product|vaccine|medicine|treatment)\s+)?"
_RULES: list[tuple[re.Pattern[str], str]] = [
    # one dose: "the final study drug administration" → "the final study drug dose"
    (re.compile(rf"\b(?P<which>(?:first|last|final|initial|each|next)\s+{_WHAT})(?:dose\s+)?administration\b(?!\s+of\b)"),
     r"\g<which>dose"),
    # the giving: "the start of study drug administration" → "the start of study drug dosing"
    (re.compile(r"\b(?P<of>(?:start|end|day|time|beginning)\s+of\s+(?:the\s+)?(?:study|trial)\s+"
                r"(?:drug|product|vaccine|medicine|treatment)\s+)administration\b(?!\s+of\b)"), r"\g<of>dosing"),
    (re.compile(r"\b(?P<the>the\s+)initial(?=\s+(?:screening\s+)?visit\b(?!\s*\d))"), r"\g<the>first"),  # not "visit 1"
]  # fmt: skip


def dose_words(text: str) -> str:
    """`text` with a dose's giving said as the dose (see the module)."""
    if "administration" not in text and "initial" not in text:
        return text
    for pattern, wording in _RULES:
        text = pattern.sub(wording, text)
    return text
