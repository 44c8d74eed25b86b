"""Negations said by an affix on one side and by a word on the other: "uncorrected" / "has not been corrected".

A faithful rendering may say a negation of the source's affixed word with a negation word, or the other way round;
"refrain from" (a negation cue) may become "stop" or "avoid" (none). `affix_swaps` counts such swaps, so that
`translator.fidelity_negation_counts` excuses a count that differs by them and by nothing else.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from translator.facts import Fact, FactKind
from translator.fidelity_acronyms import acronyms_in, expansions
from translator.fidelity_negation_words import short_stem
from translator.negation_meaning_pairs import PAIRS

# Words that carry a negation in an affix: "uncorrected", "non-invasive", "asymptomatic", "inadequate". The
# extractor takes some as cues ("unable", "uncontrolled"); a plain wording may say the rest with a negation
# word ("has not been corrected", "causes no symptoms"), or the other way round. Not "under", "until",
# "unless", "unit", "uni-", "uncle", "none", "nonetheless". "Non" apart from its word too: the source's "non melanoma
# skin cancer" is the same negation as a bullet's "non-melanoma", not a plain "melanoma" the bullet negates anew.
_AFFIXED = re.compile(
    r"\b(?:un(?!i|der|til|cle|less)|non(?!etheless)[-\s]?|a(?=symptomatic|febrile|typical)"
    r"|in(?=ability|accessible|adequate|admissible|advisab|applicable|appropriate|aspirable|capable|compatible|complete|consistent"
    r"|correct|curable|dependent|effective|eligib|evaluable|feasible|operable|sufficient|tolerance|tolerant|tolerab|valid"
    r"|visible)|im(?=possible|proper|mature|measurable))"
    r"([a-z]{3,})\b|\bidiopathic\b", re.IGNORECASE)
# The word a plain wording keeps for a word whose negation is not a prefix.
_KEPT = {"febrile": "fever", "idiopathic": "cause"}


def _on_a_cue(match: re.Match[str], facts: Sequence[Fact]) -> bool:
    """Whether the matched word overlaps a negation cue the extractor found."""
    return any(f.kind is FactKind.NEGATION and f.start < match.end() and match.start() < f.end for f in facts)


def _affixed(text: str, facts: Sequence[Fact]) -> list[tuple[int, int, str]]:
    """Spans and stems of words negated by an affix that the extractor did not take as a negation cue."""
    found = []
    for m in _AFFIXED.finditer(text):
        if not _on_a_cue(m, facts):
            rest = (m.group(1) or m.group()).casefold()
            found.append((m.start(), m.end(), short_stem(_KEPT.get(rest, rest))))
    return found


# Plain words that say an affixed word's stem in other words: "incompletely healed" is "not fully healed".
_SAME_STEM = {"fully": "completely"}


def _plain_stems_in(text: str, affixed: Sequence[tuple[int, int, str]]) -> set[str]:
    """Five-letter stems of the words of `text` outside its affixed words."""
    stems = set()
    for m in re.finditer(r"[a-z]{3,}", text.casefold()):
        if not any(s <= m.start() < e for s, e, _ in affixed):
            stems.add(short_stem(_SAME_STEM.get(m.group(), m.group())))
    return stems


# A gloss: a short bracket the word opens ("… cause (idiopathic)", "without symptoms (asymptomatic myeloma)").
_GLOSS = re.compile(r"\(\s*[\w-]+(?:,?\s+[\w'-]+){0,4},?\s*\)")


# (not a bracket that opens on an exception or an example, which says what it names: "(except for non-melanoma skin
# cancer)", "(not counting non-melanoma skin cancer)", "(apart from …)")
_GLOSS_OPEN = re.compile(r"\(\s*(?!(?:except\w*|excluding|other|such|e\.?g|i\.?e|includ\w*|like|with|without|not|but"
                         r"|apart|aside|besides|bar|barring|save|leaving|setting)\b)"
                         r"(?:[\w-]+\s+){1,3}$", re.IGNORECASE)


def _in_gloss(text: str, start: int) -> bool:
    """Whether the word at `start` is in a gloss: a short bracket it opens, or one it sits in after a word or three
    ("long-term nausea with no known cause (chronic idiopathic nausea)")."""
    if _GLOSS.match(text, max(0, start - 1)):
        return True
    opened = _GLOSS_OPEN.search(text, max(0, start - 40), start)
    return opened is not None and _GLOSS.match(text, opened.start()) is not None


def affix_swaps(source: Sequence[tuple[str, Sequence[Fact]]], bullets: Sequence[tuple[str, Sequence[Fact]]]
                ) -> tuple[int, int]:
    """How many negations the bullets say with a word where the source has an affix ("uncorrected" → "has not
    been corrected"), and the other way round: an affixed word on one side whose stem the other side says
    without the affix. Only such swaps excuse a count that differs, not any affixed word (an expanded
    "NSCLC" brings "non-small" into a bullet without a negation of the source's turning into it)."""
    def read(texts: Sequence[tuple[str, Sequence[Fact]]], names: set[str] | None = None,
             paired: Counter[str] | None = None) -> tuple[Counter[str], Counter[str], set[str]]:
        stems: Counter[str] = Counter()
        spoken: Counter[str] = Counter()  # not a gloss that is a bracket's whole content: "… cause (idiopathic)"
        plain: set[str] = set()
        for text, facts in texts:
            affixed = _affixed(text, facts)
            if names:
                # "NAFLD (nonalcoholic fatty liver disease)" spells out a name of the source's: its "non"
                # says none of the source's negations ("little or no alcohol"), unless the source spells it too.
                spelled = expansions(text, names)
                affixed = [a for a in affixed if a[2] in (paired or {}) or not any(s <= a[0] < e for s, e in spelled)]
            stems.update(stem for _, _, stem in affixed)
            spoken.update(stem for start, end, stem in affixed if not _in_gloss(text, start))
            glossed.update((stem, text[start:end]) for start, end, stem in affixed if _in_gloss(text, start))
            plain |= _plain_stems_in(text, affixed)
        return stems, spoken, plain

    glossed: set[tuple[str, str]] = set()  # (stem, word) of the affixed words in a gloss, of the bullets alone
    source_stems, source_spoken, source_plain = read(source)
    glossed.clear()
    names = {a for text, _ in source for a in acronyms_in(text)}
    bullet_stems, bullet_spoken, bullet_plain = read(bullets, names, source_stems)
    # Per stem, the affixed copies one side has more of, where that side says the stem without the affix.
    # A bullet that names the affixed word only in a gloss ("… cannot be drawn out (inaspirable bone marrow)") has
    # said its negation in the plain words before it.
    # (not one whose cued wording a pair of `translator.negation_meaning_pairs` finds before the gloss, "did not work
    # well enough (insufficient response)": `translator.fidelity_negation_meanings` counts that wording already)
    meant = {stem for stem, word in glossed if _said_by_a_pair(word, [text for text, _ in bullets])}
    to_words = sum(max(source_spoken[s] - bullet_spoken[s], 0) for s in source_stems
                   if s in bullet_plain or (bullet_stems[s] > bullet_spoken[s] and s not in meant))
    to_affixes = sum(max(n - source_stems[stem], 0) for stem, n in bullet_stems.items() if stem in source_plain)
    # "refrain from" and "abstain from" are negation cues; "stop", "avoid" and "quit" say the same without one.
    source_cued, source_free = _abstentions(source)
    bullet_cued, bullet_free = _abstentions(bullets)
    to_words += max(min(bullet_cued - source_cued, source_free - bullet_free), 0)
    to_affixes += max(min(source_cued - bullet_cued, bullet_free - source_free), 0)
    return to_words, to_affixes


def _said_by_a_pair(word: str, texts: Sequence[str]) -> bool:
    """Whether a pair's plain word is `word` and its cued wording is in one of `texts`."""
    return any(plain.fullmatch(word) and any(cued.search(text) for text in texts) for plain, cued, _ in PAIRS)


_ABSTAIN = re.compile(r"\b(?:refrain|abstain|avoid|stop|quit|cease|give up)\w*", re.IGNORECASE)
# "for 28 days after you stop this study" (the source's "after discontinuation"): the stop is the event a window is
# counted from, no keeping from anything.
_EVENT_BEFORE = re.compile(r"\b(?:after|before|until|till|once|when|since|following)\s+(?:you\s+|they\s+)?$",
                           re.IGNORECASE)


def _abstentions(texts: Sequence[tuple[str, Sequence[Fact]]]) -> tuple[int, int]:
    """Verbs of keeping from something, taken as a negation cue and not."""
    cued = free = 0
    for text, facts in texts:
        for m in _ABSTAIN.finditer(text):
            if _EVENT_BEFORE.search(text, max(0, m.start() - 20), m.start()):
                continue
            if _on_a_cue(m, facts):
                cued += 1
            else:
                free += 1
    return cued, free
