"""Negations a faithful wording says with a word where the source has none, beyond the affixed words
(`translator.fidelity_affix_swaps.affix_swaps`).

- A short stem said with an ending: "non-healing" said "that do not heal" (or "have not healed"). Stems are five
  letters, and "healing" gives "heali" where "heal" gives "heal"; a word whose base without "-ing", "-ed" or "-s"
  has only four letters is read as that base, so the two meet. Longer words keep their five-letter stems.
- "over-the-counter" (or "OTC") medicines said "medicines you can get without a prescription": the "without" says
  what "over-the-counter" means. Only a "without … prescription" the source does not have, where the source says
  "over-the-counter" more often than the bullets, and the other way round.
- After a modal the verb is the predicate (`other_predicate`): "must not be pregnant or breastfeeding and must have
  a negative pregnancy test" says a second predicate, no list item the "not" lost ("… and must be breastfeeding"
  still is one).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from translator.facts import Fact, FactKind

_ENDING_RE = re.compile(r"^([a-z]{4})(?:ing|ed|s)$")
_UNPRESCRIBED_RE = re.compile(r"\bwithout\s+(?:a\s+|any\s+)?(?:doctor'?s\s+)?prescriptions?\b", re.IGNORECASE)
_COUNTER_RE = re.compile(r"\bover[\s-]the[\s-]counter\b|\bOTC\b")
# A verb's forms that only agree with another subject ("Subject has" → "You have") are one verb.
AGREEMENT = {"has": "have", "is": "are", "was": "were", "does": "do"}
_MODAL_END_RE = re.compile(r"\b(?:must|should|shall|will|would|can|could|may|might)$")
_VERB_RE = re.compile(r"[a-z][\w'-]*")


def other_predicate(prefix: str, words: str, negated: str | None) -> bool:
    """Whether a clause framed by a modal (`prefix` ends with it; `words` follow it, lower-case) has another verb
    than the one a negation before it covers (`negated`)."""
    verb = _VERB_RE.match(words)
    return bool(negated and verb and _MODAL_END_RE.search(prefix)
                and AGREEMENT.get(verb.group(), verb.group()) != AGREEMENT.get(negated, negated))


def short_stem(word: str) -> str:
    """The five-letter stem of a lower-case word, or its four-letter base before "-ing"/"-ed"/"-s"."""
    m = _ENDING_RE.match(word)
    return m.group(1) if m else word[:5]


def _unprescribed(texts: Sequence[tuple[str, Sequence[Fact]]]) -> tuple[int, int]:
    """How many "without a prescription" cues the texts have, and how many "over-the-counter"."""
    cued = sum(any(f.kind is FactKind.NEGATION and m.start() <= f.start < m.end() for f in facts)
               for text, facts in texts for m in _UNPRESCRIBED_RE.finditer(text))
    return cued, sum(len(_COUNTER_RE.findall(text)) for text, _ in texts)


def counter_swaps(sources: Sequence[tuple[str, Sequence[Fact]]], bullets: Sequence[tuple[str, Sequence[Fact]]]
                  ) -> tuple[int, int]:
    """Negations said "without a prescription" for the other side's "over-the-counter": (in the bullets, in the
    sources)."""
    source_cued, source_counter = _unprescribed(sources)
    bullet_cued, bullet_counter = _unprescribed(bullets)
    to_words = max(min(bullet_cued - source_cued, source_counter - bullet_counter), 0)
    to_counter = max(min(source_cued - bullet_cued, bullet_counter - source_counter), 0)
    return to_words, to_counter


# "Absence of X or presence of Y": the alternative after "presence of" is affirmed, out of the denial's reach, so a
# negated list read from an "absence"/"lack" ends before it. (translator.fidelity_denied_alternatives reads a bullet
# that stretches the denial over it.)
_DENIAL = re.compile(r"absence|lack", re.IGNORECASE)
# Only "presence": "absence of HCV co-infection or history of HCV co-infection" may deny both.
AFFIRMED = re.compile(r"\s(?:or|and/or)\s+(?:the\s+)?presence\s+of\s", re.IGNORECASE)


def affirmed_from(text: str, cue: Fact, end: int) -> int:
    """Where the stretch a negation `cue` of `text` covers, up to `end`, ends: before an alternative it affirms."""
    if _DENIAL.match(cue.text) and (affirmed := AFFIRMED.search(text, cue.end, end)):
        return affirmed.start()
    return end


_OR = re.compile(r"\b(?:or|nor)\b", re.IGNORECASE)


def listed_or(text: str, start: int, end: int) -> re.Match[str] | None:
    """The first "or" of `text` between `start` (a negation's end) and `end` that lists what the negation covers:
    not one inside a bracket opened after the negation with "i.e." or "that is" ("must not be of childbearing
    potential (i.e., must be post-menopausal … or have been surgically sterilized)": the bracket says what the
    negated words mean, and its alternatives are no items of the negation)."""
    for found in _OR.finditer(text, start, end):
        opened = text.rfind("(", start, found.start())
        if opened < 0 or text.find(")", opened, found.start()) >= 0 or not _EXPLAINS.match(text, opened + 1):
            return found
    return None


# A bracket that says what the words before it mean: "(i.e., …", "(that is, …", "(ie …".
_EXPLAINS = re.compile(r"\s*(?:i\.?\s?e\b|that\s+is\b|namely\b)", re.IGNORECASE)
