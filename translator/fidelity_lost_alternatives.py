"""An alternative of a list the bullets left out: "ascites, varices, or other evidence of hepatic decompensation" said
as "ascites or varices"; "hepatitis B or C" said as "hepatitis B"; "currently on or have received" said as "currently
on".

The item checks (`translator.fidelity_items`, `translator.fidelity_deleted_items`) find a left-out item by the gap it
leaves between its neighbours; a rewrite that rewords the words around it leaves no gap to see. Two alternatives are
told apart by their own words instead:

- a catch-all "or other X" ("or other medically acceptable formulas", "and/or other evidence of hepatic
  decompensation") widens the list to what is like its items; a bullet without it narrows who the rule is about. It is
  lost when at least half of its content words (compared as `content_missing` compares: stem, everyday word group,
  lexicon wording) are said by no citing bullet, and the bullets have fewer words that keep a list open ("other",
  "another", "similar", "such as", "like", "including", "any", "etc.") than the source has catch-alls. A rewording
  says the catch-all's words, or opens the list its own way ("signs that the liver is failing, such as …").
- a time said both ways ("currently on or have received", "current or prior", "has or had", "receiving or having
  received") takes in the past: a bullet with no word of a time before now ("had", "received", "been", "past",
  "prior", "ever", "recent", "former", "history", …) has kept the present only ("You are currently on antiviral
  treatment"). ("before" is no such word: a window says it, "within 6 months before screening".)
- a letter in a pair of letters ("hepatitis B or C", "influenza A or B", "class A/B") is a name of its own: a bullet
  must write each letter (for hepatitis, "HBV"/"HCV" say the letter too). No plain rewording drops a letter.
- "or the equivalent" is a catch-all too: a bullet keeps it by a word that compares ("equivalent", "the same").

Measured over the hand-written paraphrases and the offline bullets of the corpus and of Chia: nothing faithful is
reported.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from translator.fidelity_content import content_words, said_stems
from translator.fidelity_named_alternatives import lost_named_alternatives
from translator.fidelity_unsaid_alternatives import lost_last_words, lost_safety
from translator.findings import Finding, Severity

# "or other X" up to the end of its phrase: a break, or a word that starts a clause or another item.
_OTHER = re.compile(
    r"(?:\bor|\band|\band/or|,)\s+(?:any\s+)?other\s+(?P<phrase>[^,;.()/]{3,80}?)(?=\s*(?:[,;.():/]|$|\b(?:and|or"
    r"|that|which|who|including|such|e\.g|if|in|for|with|as|than|not)\b))",
    re.IGNORECASE,
)
# Words with which a bullet keeps a list open as a catch-all does.
_KEEPS_OPEN = re.compile(r"\b(?:other|another|else|similar|such|like|includ\w*|example|e\.g|any|etc)\b", re.IGNORECASE)
# Two capital letters after a word, as names: "hepatitis B or C", "influenza A and/or B"; not in brackets ("(a) or
# (b)", list markers), not part of a word or a code ("B-cell", "A/B/C" read pairwise).
_LETTERS = re.compile(
    r"(?<![\w(/-])[A-Za-z][\w-]*\s+(?P<a>[A-F])\s*(?:,|/|\bor\b|\band/or\b|\band\b)\s*(?P<b>[A-F])(?![\w)/-])"
)


# Now, or before now: "currently on or have received", "current or prior", "is or has been".
_NOW_OR_BEFORE = re.compile(
    r"\b(?:currently|now|current)\b(?:\s+\w+){0,3}?\s+(?:or|and/or)\s+(?:have|has)\s+(?:ever\s+)?(?:received|had|taken"
    r"|used|been)\b|\b(?:current|currently|present)\s+(?:or|and/or)\s+(?:prior|past|previous|previously|former|history"
    r"|recent)\b|\b(?:has|have|is|are)\s+(?:or|and/or)\s+(?:had|has\s+been|have\s+been|was|were)\b"
    # "receiving or having received", "taking or has taken": a verb's present, then its past
    r"|\b[a-z]+ing\s+(?:or|and/or)\s+(?:having|has|have)\s+(?:ever\s+|previously\s+)?(?:received|had|taken|used"
    r"|been|undergone)\b",
    re.IGNORECASE,
)
_BEFORE_NOW = re.compile(
    r"\b(?:had|received|taken|took|used|been|was|were|past|previous(?:ly)?|prior|ever|history|earlier|former(?:ly)?"
    r"|recent(?:ly)?|already|lately|before\s+now|in\s+the\s+past)\b",
    re.IGNORECASE,
)


def lost_pasts(source: str, bullets: Sequence[str]) -> list[tuple[int, int]]:
    """Spans of the times of `source` said both ways ("currently on or have received") when `bullets` say no time
    before now."""
    if any(_BEFORE_NOW.search(text) for text in bullets):
        return []
    return [m.span() for m in _NOW_OR_BEFORE.finditer(source)]


def lost_catch_alls(source: str, bullets: Sequence[str]) -> list[tuple[int, int]]:
    """Spans of the catch-alls ("or other X") of `source` that `bullets` leave out."""
    found = list(_OTHER.finditer(source))
    if not found:
        return []
    said: set[str] = set()
    for text in bullets:
        said |= said_stems(text)
    if sum(len(_KEEPS_OPEN.findall(text)) for text in bullets) >= len(found):
        return []
    lost = []
    for m in found:
        stems = [stem for _, _, stem in content_words(m.group("phrase"))]
        unsaid = [stem for stem in stems if stem not in said]
        if unsaid and 2 * len(unsaid) >= len(stems):
            lost.append((m.start(), m.end()))
    return lost


# "5 cigarettes or the equivalent per day", "ECOG 0-1 or equivalent": a catch-all too, kept by a word that compares
# ("equivalent", "equal", "the same", "similar", "comparable", "like", "other"); measured over the offline bullets of
# the corpus and Chia and the hand-written paraphrases (177 sources), every faithful bullet keeps one.
_EQUIVALENT = re.compile(r"\b(?:or|and/or)\s+(?:the\s+|an\s+|its\s+|their\s+)?equivalents?\b", re.IGNORECASE)
_COMPARES = re.compile(r"\b(?:equivalen\w*|equal\w*|same|similar\w*|comparable|like|other|another|matching)\b",
                       re.IGNORECASE)


def lost_equivalents(source: str, bullets: Sequence[str]) -> list[tuple[int, int]]:
    """Spans of the "or the equivalent" catch-alls of `source` when `bullets` say no word that compares."""
    if any(_COMPARES.search(text) for text in bullets):
        return []
    return [m.span() for m in _EQUIVALENT.finditer(source)]


def lost_letters(source: str, bullets: Sequence[str]) -> list[tuple[int, int]]:
    """Spans of the letters of pairs ("hepatitis B or C") in `source` that `bullets` do not write."""
    said = " ".join(bullets)
    lost = []
    for m in _LETTERS.finditer(source):
        for group in ("a", "b"):
            letter = m.group(group)
            if not re.search(rf"(?<![\w-]){letter}(?![\w-])|\bH{letter}V\b", said):
                lost.append(m.span(group))
    return lost


def alternative_findings(source_id: str, source: str, bullets: Sequence[tuple[int, str]],
                         raw_of: Callable[[int, int], tuple[int, int]] | None = None) -> list[Finding]:
    """An error for each catch-all, each letter of a pair and each named alternative
    (`translator.fidelity_named_alternatives`) that the bullets citing `source` (index, text) leave out."""
    texts = [text for _, text in bullets]
    spans = sorted({*lost_catch_alls(source, texts), *lost_letters(source, texts), *lost_pasts(source, texts),
                    *lost_named_alternatives(source, texts), *lost_last_words(source, texts),
                    *lost_equivalents(source, texts), *lost_safety(source, texts)})
    return [Finding(check="content_missing", severity=Severity.ERROR,
                    message=f"{source_id}: the bullets citing it leave out the alternative “{source[a:b].strip(' ,')}”",
                    criterion_id=source_id, bullet_index=bullets[0][0], source_span=raw_of(a, b) if raw_of else None)
            for a, b in spans]
