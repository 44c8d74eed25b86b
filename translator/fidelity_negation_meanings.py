"""Words that mean a negation without a cue, said with a cue on the other side, and a cued term kept in a gloss.

A plain wording says some terms by what they deny, and the negation count must not read that as a negation added
(or, the other way round, lost):
- "continuous therapy" / "MTX without a break" ("without interruption", "without stopping");
- "refractory to induction therapy" / "did not respond to the first treatment";
- "inadequately controlled" / "not well controlled" ("not adequately", "not properly");
- "amenorrheic for 12 months" / "no periods (amenorrhea) for 12 months";
- "any contraindication to these drugs" / "a reason not to take (a contraindication to) these drugs";
- "unchanged total daily dose" / "the same total daily dose" (the cue is on the source's side here);
- "extracranial primary malignancy" / "cancer that started outside the skull".
Each pair counts only where one side has more of the cued wording and the other more of the plain word, as
`translator.fidelity_negations.affix_swaps` counts "refrain from" against "stop"; a word in a short bracket
("(amenorrhea)", "(a contraindication to)") glosses the words before it and is not counted as said. A plain word of
the source said in neither way, where the bullets name what it denies without a cue ("Refractory to induction
therapy" said "did respond to the first treatment", "with amenorrhea" said "with periods", "any contraindication"
said "any reason to take"), counts as a negation the bullets dropped.

A bullet may also say a cued term of its source in words and keep the term in a gloss: "Unresectable disease" →
"It cannot be removed by surgery (unresectable)", "Unmedicated intraocular pressure" → "Your eye pressure without
medicine (unmedicated intraocular pressure)". The bracket names the source's term for the words before it; it says
no negation of its own, so the words must say the negation: the gloss counts as the source's negation said in words
(where the source has the same cued word and no such gloss of its own), and a bullet whose words lost the cue ("It
can be removed by surgery (unresectable)") has lost the negation.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from translator.facts import Fact, FactKind

# (the plain word that means a negation, the cued wording of the same meaning, the word it denies or None)
_PAIRS: tuple[tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str] | None], ...] = tuple(
    (re.compile(plain, re.IGNORECASE), re.compile(cued, re.IGNORECASE),
     re.compile(denied, re.IGNORECASE) if denied else None) for plain, cued, denied in (
        (r"\bcontinu(?:ous|ously|al|ally)\b",
         r"\bwithout\s+(?:a\s+|any\s+)?(?:break|breaks|interruptions?|stopping|pause|gaps?)\b",
         r"\b(?:breaks?|interrupt\w*|pauses?|gaps?)\b"),
        (r"\brefractory\b",
         r"\b(?:did|does|do|has|have|had)\s+not\s+(?:\w+\s+)?respon(?:d|ded|ding|se)\b|\bno\s+response\b",
         r"\brespon(?:d|ds|ded|ding|se)\b"),
        (r"\binadequate(?:ly)?\b", r"\bnot\s+(?:well|adequately|properly|enough|sufficiently)\b", None),
        (r"\bamenorrh(?:ea|oea|eic|oeic)\b",
         r"\bno\s+(?:menstrual\s+)?(?:periods?|menstruation|menses)\b"
         r"|\b(?:not|never)\s+(?:had|having)\s+(?:a\s+)?(?:menstrual\s+)?periods?\b",
         r"\bperiods?\b|\bmenstruation\b|\bmenses\b"),
        (r"\b(?:the\s+)?same\b", r"\bunchanged\b", None),
        (r"\bcontra-?indicat\w*",
         r"\breasons?\s+(?:(?:why|that)\s+)?(?:you\s+)?(?:should\s+|must\s+|can\s+)?not\s+(?:to\s+)?\w",
         r"\breasons?\s+(?:(?:why|that)\s+)?(?:you\s+)?(?:should\s+|must\s+|can\s+)?(?:to\s+)?(?:take|use|have|get"
         r"|receive|be\s+given)\b"),
        (r"\bextra-?(?:cranial|hepatic|pulmonary|nodal|medullary|thoracic|pelvic|abdominal|intestinal|renal|articular"
         r"|ocular|skeletal|capsular|pancreatic|cerebral)\b", r"\boutside\b", r"\binside\b"),
    ))  # fmt: skip
_GLOSS = re.compile(r"\(\s*([\w-]+)\s*\)")
# A bracket that opens with a word: "(unresectable)", "(unmedicated intraocular pressure)".
_GLOSS_OPENING = re.compile(r"\(\s*([\w-]+)[^()]*\)")
_SENTENCE_START = re.compile(r"[.;:!?](?:\s|$)")
_WORD = re.compile(r"[\w-]+")


def _on_a_cue(start: int, end: int, facts: Sequence[Fact]) -> bool:
    return any(f.kind is FactKind.NEGATION and f.start < end and start < f.end for f in facts)


_SHORT_BRACKET = re.compile(r"\(\s*(?:[\w'-]+\s+){0,3}[\w'-]+\s*\)")


def _glossed(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` is in a bracket of at most four words: "(amenorrhea)", "(a contraindication to)"."""
    return any(m.start() < start and end < m.end() for m in _SHORT_BRACKET.finditer(text, max(0, start - 60)))


def _count(texts: Sequence[tuple[str, Sequence[Fact]]], pattern: re.Pattern[str], cued: bool) -> int:
    return sum(1 for text, facts in texts for m in pattern.finditer(text)
               if _on_a_cue(m.start(), m.end(), facts) is cued and not _glossed(text, m.start(), m.end()))


def meaning_swaps(sources: Sequence[tuple[str, Sequence[Fact]]], bullets: Sequence[tuple[str, Sequence[Fact]]]
                  ) -> tuple[int, int]:
    """Negations said by a cued wording on one side for a plain word of the same meaning on the other: (in the
    bullets, in the sources), as `affix_swaps` counts them."""
    to_words = to_plain = 0
    for plain, cued, denied in _PAIRS:
        bullet_cued, source_cued = _count(bullets, cued, True), _count(sources, cued, True)
        bullet_plain, source_plain = _count(bullets, plain, False), _count(sources, plain, False)
        to_words += max(min(bullet_cued - source_cued, source_plain - bullet_plain), 0)
        to_plain += max(min(source_cued - bullet_cued, bullet_plain - source_plain), 0)
        # A plain word the bullets say in neither way, where they name what it denies without a cue ("refractory"
        # said "did respond", "amenorrhea" said "with periods"): a negation of the source's said in no words, which
        # counts as one the bullets lack.
        lost = source_plain - bullet_plain - max(bullet_cued - source_cued, 0)
        if denied is not None and lost > 0:
            to_words += min(lost, sum(1 for text, facts in bullets for m in denied.finditer(text)
                                      if not _on_a_cue(m.start(), m.end(), facts)
                                      and not any(c.start() <= m.start() < c.end() for c in cued.finditer(text))))
    return to_words + _glossed_cues(sources, bullets), to_plain


def _glossed_cues(sources: Sequence[tuple[str, Sequence[Fact]]], bullets: Sequence[tuple[str, Sequence[Fact]]]
                  ) -> int:
    """Cued words of the sources a bullet keeps in a gloss of the words before it, beyond the glosses the sources
    have themselves ("(non-cardiac)" copied from the source glosses nothing anew): the words before the bracket must
    say the negation."""
    words = {w for text, facts in sources for w in _cued_words(text, facts)}
    repeated: Counter[str] = Counter()
    for text, facts in bullets:
        for m in _GLOSS_OPENING.finditer(text):
            word = m.group(1).casefold()
            if word not in words or not _on_a_cue(m.start(1), m.end(1), facts):
                continue
            opened = max((s.end() for s in _SENTENCE_START.finditer(text, 0, m.start())), default=0)
            if text[opened : m.start()].strip():  # a gloss of words before it in its sentence
                repeated[word] += 1
    own = Counter(m.group(1).casefold() for text, _ in sources for m in _GLOSS_OPENING.finditer(text))
    return sum(max(n - own[word], 0) for word, n in repeated.items())


def _cued_words(text: str, facts: Sequence[Fact]) -> set[str]:
    """The whole words of `text` a negation cue starts as an affix: "unresectable" for the cue "un" (not a cue that is a
    word of its own, "(except melanoma)", which is no term kept in a gloss)."""
    return {m.group().casefold() for f in facts
            if f.kind is FactKind.NEGATION and (m := _WORD.match(text, f.start)) is not None and m.end() > f.end}
