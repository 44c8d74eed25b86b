"""Which of two bounds applies: "within 60 days or 5 half-lives (whichever is longer)" said without its choice, or with
the other one ("whichever is shorter").

A washout of "4 weeks or 5 half-lives, whichever is longer" keeps a patient off a drug for the longer of the two; the
bullet that drops the choice leaves either bound to the reader, and the one that says "shorter" halves the wait for a
long-lived drug. The facts of each bound are compared elsewhere; the choice between them is one word that no other
check reads (the content checks compare stems, and "longer"/"shorter" are both said words of a reworded bullet).
Each choice has a family of wordings that say it ("the longer of", "whichever comes first" / "sooner" / "earlier")
and an opposite family: the bullets citing the source must say a word of the family at least as often as the source
does, and make a choice with an opposite word ("whichever is shorter", "the shorter of") no more often than it does.

Measured over the offline bullets of the corpus (207 criteria with a "whichever", every one kept) and Chia, and the
hand-written paraphrases: no finding.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from translator.findings import Finding, Severity

# "whichever is longer", "whichever time is greater", "whichever comes first", "whichever is the later"
_WHICHEVER = re.compile(r"\bwhichever(?:\s+[\w-]+){0,2}?\s+(?:is|comes|occurs|happens|was)\s+(?:the\s+)?([a-z]+)\b",
                        re.IGNORECASE)
# (each family, its opposite)
_FAMILIES: tuple[tuple[frozenset[str], frozenset[str]], ...] = tuple(
    (frozenset(one.split()), frozenset(other.split())) for one, other in (
        # (a "greater" of two times is the longer one: "3 months, whichever is greater" said "whichever is longer")
        ("longer longest greater greatest higher highest larger largest more bigger",
         "shorter shortest lower lowest less smaller smallest fewer"),
        ("later latest last", "earlier earliest first sooner soonest"),
        ("older oldest", "younger youngest"),
    ) for one, other in ((one, other), (other, one)))
_WORD = re.compile(r"[a-z]+", re.IGNORECASE)


# A choice said in other words: "the longer of 4 weeks or 5 half-lives", "whichever one is later"
_THE_ONE_OF = re.compile(r"\bthe\s+([a-z]+)\s+of\b", re.IGNORECASE)


def _count(texts: Sequence[str], words: frozenset[str]) -> int:
    """How often `texts` say one of `words` anywhere (lenient: "or more" of a bound counts too)."""
    return sum(1 for text in texts for w in _WORD.findall(text) if w.casefold() in words)


def _chosen(texts: Sequence[str], words: frozenset[str]) -> int:
    """How often `texts` make a choice with one of `words` ("whichever is shorter", "the shorter of"): not a bound's
    own "or less", which a bullet says for "≤" where its source has the sign."""
    return sum(1 for text in texts for pattern in (_WHICHEVER, _THE_ONE_OF) for m in pattern.finditer(text)
               if m.group(1).casefold() in words)


def lost_choices(source: str, bullets: Sequence[str]) -> list[tuple[int, int, str]]:
    """(start, end, what is wrong) for each "whichever …" choice of `source` that `bullets` leave out or turn."""
    found: list[tuple[int, int, str]] = []
    for m in _WHICHEVER.finditer(source):
        family = next(((one, other) for one, other in _FAMILIES if m.group(1).casefold() in one), None)
        if family is None:
            continue
        one, other = family
        if _chosen(bullets, other) > _chosen([source], other):
            found.append((m.start(), m.end(), "turned to its opposite"))
        elif _count(bullets, one) < _count([source], one):
            found.append((m.start(), m.end(), "left out: the bullets leave either bound to the reader"))
    return found


def whichever_findings(source_id: str, source: str, bullets: Sequence[tuple[int, str]],
                       raw_of: Callable[[int, int], tuple[int, int]] | None = None) -> list[Finding]:
    """An error for each "whichever …" choice of `source` that the `bullets` citing it (index, text) lose or turn."""
    texts = [text for _, text in bullets]
    return [Finding(check="fact_changed" if turned.startswith("turned") else "fact_missing", severity=Severity.ERROR,
                    message=f"{source_id}: “{source[start:end]}” is {turned}",
                    criterion_id=source_id, bullet_index=bullets[0][0] if bullets else None,
                    source_span=raw_of(start, end) if raw_of else None)
            for start, end, turned in lost_choices(source, texts)]
