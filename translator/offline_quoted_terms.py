"""Terms inside a short quotation keep their words (offline backend).

A quoted term is named, not used: 'a woman is considered to be of "reproductive potential" if she has had menses …'
defines the quoted words, and '"effective contraception" also includes …' says what a phrase of the protocol
covers. The lexicon's plain wording there ('of "ability to have children"') would define a phrase the source never
used, and a reader looking the term up in the protocol would not find it.
"""

from __future__ import annotations

_LONGEST = 80  # a quotation longer than this is a passage quoted, not a term named


def in_a_quoted_term(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] lies inside a short quotation in straight ("…") or curly (“…”) double quotes."""
    opened = text.count('"', 0, start) % 2 == 1
    if opened:
        left, right = text.rfind('"', 0, start), text.find('"', end)
        if right != -1 and right - left <= _LONGEST:
            return True
    left, right = text.rfind("“", 0, start), text.find("”", end)
    return left != -1 and right != -1 and "”" not in text[left:start] and right - left <= _LONGEST
