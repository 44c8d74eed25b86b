"""One "can" for a list of verbs: "Able to X and to Y" → "You can X and Y" ("You can X and to Y" is no English);
so too "cannot" and "are not able to" ("Unable to understand the protocol or to give consent" → "You cannot
understand the study plan or give consent").

"You are able to" became "You can" (offline_plain's polish), and the "to" of each later verb the ability governed
stayed. It goes only where the "can" is the one that governs it: every "to" between the "can" and it is itself
a list member's ("read, to write and to understand"), and the word after it is no article, pronoun or number
("and to the extent …" keeps its "to"). After another "to" ("willingness to comply … and to modify", "agree to
and sign") that "to" may govern what follows, so nothing after it changes."""

from __future__ import annotations

import re

# "can", and its denials: "Unable to X or to Y" → "You cannot X or Y" drops a "to" just as well
CAN = re.compile(r"\b(?P<you>[Yy]ou) (?P<can>can(?:not| not)?|are (?:not |un)able to) (?P<rest>[^.;]*)")
# a "to" that starts a list member: after "and"/"or" (with or without a comma) or after a bare comma
_TO = re.compile(r"\bto\b")
_MEMBER = re.compile(r"(?P<join>,\s*|(?:,\s*)?(?:and|or|and/or)\s+)$")
_NOT_A_VERB = re.compile(
    r"\s+(?:the|a|an|his|her|their|your|its|this|that|these|those|all|any|each|every|other|both|such|some|no|"
    r"what|whom|which|whether|me|you|him|them|us|it|and|or|\w+ing|\w+tion|\w+ment)\b|\s+(?![a-z])")


def _drop(rest: str) -> str:
    """Each list member's "to" dropped in a "can" sentence's rest, up to the first "to" that is none."""
    drops: list[tuple[int, bool]] = []  # (offset of the "to", after "and"/"or")
    for m in _TO.finditer(rest):
        join = _MEMBER.search(rest[: m.start()])
        if join is None or _NOT_A_VERB.match(rest, m.end()):
            break
        drops.append((m.start(), bool(join["join"].strip(", "))))
    # a bare comma's "to" only in a list that a conjunction's "to" closes ("read, to write and to understand")
    while drops and not drops[-1][1]:
        drops.pop()
    for start, _ in reversed(drops):
        rest = rest[:start] + rest[start + len("to ") :]
    return rest


def can_verbs(m: re.Match[str]) -> str:
    return f"{m['you']} {m['can']} {_drop(m['rest'])}"
