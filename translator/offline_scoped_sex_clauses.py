"""A subject of one sex in an inclusion whose description runs on with a second verb, said as a condition on that
sex (offline backend): "Female participants who are post menopausal for at least 1 year, surgically sterile, or
agree to practice 2 effective methods of contraception" → "If you are female, you are post menopausal for at least
1 year, sterilized by surgery, or agree to practice 2 effective methods of birth control".

translator.offline_subjects reads a sex subject's later verbs in an inclusion as main verbs ("agree" after "who are
…, or"), since "You are female and are X, or agree to Y" would make being female a requirement of a trial open to
both; it then says nothing. offline_sexes.scoped_to_sex says "You are female and X" as "If you are female, you X"
where X is a state or duty only that sex can have (postmenopausal, sterile, birth control). So the longer reading is
taken here only where scoped_to_sex will say it so: the sex stays a condition, never a requirement; anything else
(no such state, an age in the criterion) and the criterion keeps the words offline_subjects left it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from translator.criteria import SectionKind
from translator.facts import Fact, extract_facts
from translator.offline_edits import Edit
from translator.offline_sexes import scoped_to_sex


def scoped_clause_edits(
    text: str, kind: SectionKind, facts: Sequence[Fact] | None, read_on: Callable[[str], list[Edit]]
) -> list[Edit]:
    """`read_on(text)`, offline_subjects' reading with the description's later verbs kept in it, as scoped_to_sex says
    it, where that makes its opening "If you are female, you …" (or male); none otherwise."""
    if kind is not SectionKind.INCLUSION:
        return []
    edits = read_on(text)
    if not edits:
        return []
    scoped = scoped_to_sex(edits, text, kind, facts if facts is not None else extract_facts(text))
    first = min(scoped, key=lambda e: e.start)
    # (scoped here, not only where offline.py scopes a subject: a sentence read alone takes these edits as they are)
    return scoped if first.text.startswith(("If you are female, you", "If you are male, you")) else []
