"""A term cut at its own joiner, and one side of a slash pair said nowhere.

The list checks (`translator.fidelity_items`, `_deleted_items`, `_list_slots`) read a criterion's list members
between its breaks; two kinds of loss fall outside what they read:

- A term's plain wording (the lexicon's, or an abbreviation's spelling out) that has a joiner of its own ("heart and
  blood vessel" for "cardiovascular", "confirmed by looking at tissue or cells under a microscope" for
  "histologically or cytologically confirmed", "Diagnostic and Statistical Manual of Mental Disorders" for "DSM-IV",
  "Risk Evaluation and Mitigation Strategy" for "REMS"), said by a bullet up to its joiner and no further: the
  bullet says the words before the joiner, then a break (a mark, the end, "and", "or"), and the words after the
  joiner are said nowhere. The source's term was whole; the cut took what the wording's second half says, and often
  a list item with it ("lung illness, heart; evolutive cancer" has lost "cardiovascular illness"). The words checks
  take the term for said by its first words. (`translator.fidelity_cuts` reads the opposite cut, the wording said
  from its joiner on.)
- Two words joined by a slash ("overweight/obese", "IgM/IgG", "coronary/peripheral artery", "inclusion/exclusion"),
  neither of them a unit nor a function word: an "or" that the list checks read as a "per" ("units/litre"), so not
  as a list. Where the bullets say one of the two and the other nowhere (not its five-letter stem, not its everyday
  word group, not every word of a lexicon wording of a term it is in), the other is left out: a slash pair is two
  things, and a rewording says each ("overweight or obese"); a pair of one thing said twice ("hemorrhage/bleeding")
  has the one said by the other's wording.

Measured over the offline bullets of the corpus and of Chia and the hand-written paraphrases: nothing faithful is
reported.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from translator.fidelity_content import content_words, is_stop_word, said_stems, stems_of, term_wordings
from translator.fidelity_negations import facts_of
from translator.findings import Finding, Severity
from translator.lexicon import Lexicon

_JOINER = re.compile(r"\s(?:and|or)\s")
_PHRASE = 4  # words before the joiner of a definition's wording read for a cut
_LONGEST = 10  # words of a wording read for a cut: a name or a short phrase, not a definition
# What ends a wording's first half in a bullet that cut it there: a mark, the end, or a joiner of the list around it.
_BREAK_AFTER = r"(?:\s*(?:[,;.:)]|$)|\s+(?:and|or)\s+(?P<next>[\w-]+))"


def _wordings(source: str) -> list[tuple[int, int, str]]:
    """`source`'s terms whose plain wording (the lexicon's replacement, or an abbreviation's spelling out) has a
    joiner: span and wording."""
    found = []
    for match in Lexicon.load().find(source):
        # A plain wording the lexicon gives for a definition only is read where its first half is a phrase of its
        # own ("confirmed by looking at tissue or cells under a microscope"), not a word any bullet may say.
        wording, plain = match.replacement or (match.plain if match.is_abbreviation else None), match.plain or ""
        if wording is None and (joiner := _JOINER.search(plain)) and len(plain[:joiner.start()].split()) >= _PHRASE:
            wording = plain
        if wording and len(wording.split()) <= _LONGEST and _JOINER.search(wording):
            found.append((match.start, match.end, wording))
    return found


def _count(term: str, text: str) -> int:
    return len(re.findall(rf"(?<![\w-]){re.escape(term)}(?![\w-])", text, re.IGNORECASE))


def halved_wordings(source: str, bullets: Sequence[str]) -> list[tuple[int, int, str]]:
    """Spans of `source`'s terms whose wording `bullets` say up to its joiner alone, the words after it said
    nowhere; with the wording."""
    wordings = _wordings(source)
    if not wordings:
        return []
    joined = " ".join(bullets)
    # The words the bullets write: not what their abbreviations spell out ("DSM-5" is no sign of the "Statistical
    # Manual of Mental Disorders" cut from "Diagnostic and Statistical Manual of Mental Disorders").
    said = frozenset(stem for text in bullets for _, _, stem in content_words(text))
    found = []
    for start, end, wording in wordings:
        # said whole, or the term itself said as often as the source says it ("DSM-5" kept as written)
        if wording.casefold() in joined.casefold() or _count(source[start:end], joined) >= _count(
                source[start:end], source):
            continue
        joiner = _JOINER.search(wording)
        assert joiner is not None
        head, tail = wording[:joiner.start()], wording[joiner.end():]
        if not stems_of(head) or stems_of(tail) <= said or _covers(head, tail):
            continue
        # A one-word first half ("heart") is a word a shorter rewording may say for the term where the source lists
        # it ("cardiovascular, pulmonary or renal disease" as "heart, lung or kidney disease"): read only where the
        # source's term leads into a word of its own ("cardiovascular illness", "DSM-IV diagnosis").
        if len(head.split()) == 1 and _ENDS_TERM.match(source, end):
            continue
        # A joiner after the first half leads to a word the source has past the term, as a cut leaves it ("Diagnostic
        # or Substance Dependence"): not to the term itself ("heart or cardiovascular disease" for "cardiac or
        # cardiovascular disease") nor to a word of the rewording's own ("heart or circulation problems").
        term = stems_of(source[start:end]) | stems_of(wording)
        rest = stems_of(source[end:]) - term
        if any(m.group("next") is None or stems_of(m.group("next")) & rest
               for m in re.finditer(rf"(?<![\w-]){re.escape(head)}{_BREAK_AFTER}", joined, re.IGNORECASE)):
            found.append((start, end, wording))
    return found


# A first half whose word already means the second: "the disease getting worse" says "or spreading", the way a disease
# gets worse ("progression" glossed "the disease getting worse or spreading"). Not the other way round: "spreading"
# alone has narrowed it.
_COVERING = {"worse": re.compile(r"spread\w*|grow\w*|grew|grown", re.IGNORECASE)}


def _covers(head: str, tail: str) -> bool:
    """Whether a word of `head` means every content word of `tail` (`_COVERING`)."""
    words = [w for w in re.findall(r"[A-Za-z]+", tail) if not is_stop_word(w)]
    return bool(words) and any(all(covered.fullmatch(w) for w in words)
                               for word, covered in _COVERING.items() if re.search(rf"\b{word}\b", head, re.I))


_ENDS_TERM = re.compile(r"\s*(?:[,;.:)/]|$|(?:and|or)\b)", re.IGNORECASE)
_PAIR = re.compile(r"(?<![\w/-])([A-Za-z][A-Za-z-]*[A-Za-z])/([A-Za-z][A-Za-z-]*[A-Za-z])(?![\w/-])")


def lost_halves(source: str, bullets: Sequence[str]) -> list[tuple[int, int]]:
    """Spans of the words of `source`'s slash pairs that `bullets` say nowhere while they say the other."""
    pairs = [m for m in _PAIR.finditer(source)
             if not any(is_stop_word(w) or len(w) < 3 for w in m.groups())]
    if not pairs:
        return []
    facts = [(f.start, f.end) for f in facts_of(source)]
    said = frozenset().union(*(said_stems(text) for text in bullets))
    # The bullets' own slash pairs: a pair said as a pair keeps both slots, whatever word stands in the other
    # ("reactions/hypersensitivity" said as "reactions/allergy", "used/underwent" as "used/had",
    # "cardiovascular/cardiac" as "heart and blood vessel/heart").
    slots = [stems_of(side) for text in bullets for p in _PAIR.finditer(text) for side in p.groups()]
    wordings = term_wordings(source)

    def covering(start: int, end: int) -> list[frozenset[str]]:
        return [w for a, b, w in wordings if a <= start and end <= b]

    def says(start: int, end: int, other: tuple[int, int]) -> bool:
        """Whether the bullets say the word at `start`:`end`: by its stem, or by a wording of its own, not one
        that words the `other` side as well ("immunoglobulin" for both of "IgM/IgG"); one that is the other word itself
        ("bleeding" for "hemorrhage/bleeding") is the pair's one thing said."""
        word, theirs = stems_of(source[slice(*other)]), frozenset().union(*covering(*other))
        return bool(stems_of(source[start:end]) & said) or any(
            w <= said and (w <= word or not w <= theirs) for w in covering(start, end))

    found = []
    for m in pairs:
        if any(a < m.end() and m.start() < b for a, b in facts):
            continue  # a unit's "per" ("mg/kg") is the fact checks'
        one, other = m.span(1), m.span(2)
        for kept, lost in ((one, other), (other, one)):
            pair = stems_of(m.group()).union(*covering(*one), *covering(*other))
            if says(*kept, lost) and not says(*lost, kept) and not any(pair & slot for slot in slots):
                found.append(lost)
    return found


def split_term_findings(source_id: str, source: str, bullets: Sequence[tuple[int, str]]) -> list[Finding]:
    """An error for each term of `source` whose wording the bullets citing it (index, text) cut at its joiner, and
    one for each side of a slash pair they leave out."""
    texts = [text for _, text in bullets]
    index = bullets[0][0] if bullets else None
    findings = [Finding(
        check="content_missing", severity=Severity.ERROR, criterion_id=source_id, bullet_index=index,
        message=f"{source_id}: “{source[a:b]}” is said as the start of “{wording}” alone: the words after its "
        "joiner were cut") for a, b, wording in halved_wordings(source, texts)]
    findings += [Finding(
        check="content_missing", severity=Severity.ERROR, criterion_id=source_id, bullet_index=index,
        message=f"{source_id}: the bullets citing it leave out “{source[a:b]}” of the pair "
        f"“{source[max(0, a - 20):b + 20]}”") for a, b in lost_halves(source, texts)]
    return findings
