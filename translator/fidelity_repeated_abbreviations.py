"""An abbreviation the source repeats, said fewer times by the bullets: "SGOT and SGPT ≤ 2.5 x ULN, or SGOT and SGPT
≤ 5 x ULN if …" said as "SGPT no more than 2.5 times …, or SGOT and SGPT no more than 5 times …" has lost the first
"SGOT", and the limit it had.

The list checks (`translator.fidelity_items`, `_deleted_items`) find a left-out item by words the bullets no longer
say, or say fewer times than the source; an abbreviation is read with its spelling out ("SGOT" is said by "serum
glutamic oxaloacetic transaminase"), and a bullet that spells out one copy and keeps the other says the words of
both. So an abbreviation is counted as written: it is reported when

- the source writes it twice or more outside the brackets that define it ("human immunodeficiency virus (HIV)" is
  one "HIV" said twice, not two), and it is no Roman numeral ("stage II or IIIA" said as "stage 2 or 3A"); a grading
  system named after each item's grade ("Grade ≥ 2 NCI CTCAE v4.03 or … Grade ≥ 2 NCI CTCAE v.4.03") is one;
- the bullets write it, but fewer times than the source, counting each time they spell it out (the lexicon's
  expansion: "ULN" said as "upper limit of normal"); not one the lexicon lets a rewrite put in other words ("WOCBP"
  as "a woman who can become pregnant", "TB" as "tuberculosis").

An abbreviation the bullets never write is `content_missing`'s (`translator.fidelity_content`). Measured over the
offline bullets of the corpus and of Chia and the hand-written paraphrases: nothing faithful is reported.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from itertools import pairwise

from translator.findings import Finding, Severity
from translator.lexicon import Lexicon

_ABBREVIATION = re.compile(r"(?<![\w-])[A-Z]{2,6}(?![\w-])")
_ROMAN = re.compile(r"[IVX]+[A-C]?")  # a stage or class: "II", "IIIB"


def _written(abbreviation: str, text: str) -> int:
    # ("HLA-matched" writes "HLA", as "HLA matched" does)
    return len(re.findall(rf"(?<![\w-]){abbreviation}(?!\w)(?!-[A-Z0-9])", text))


def _runs(abbreviation: str, text: str, said: str) -> int:
    """Copies of `abbreviation` in `text`; one for a list that repeats it after each of its items, where `said` names
    every item: "Lumbar spine BMD and/or femoral neck BMD and/or total hip BMD" is one BMD measured at three
    sites, as "BMD at the lower spine (lumbar spine) and/or the femoral neck and/or the whole hip" says it."""
    copies = [m for m in re.finditer(rf"(?<![\w-]){abbreviation}(?![\w-])", text)
              if text[m.start() - 1:m.start()] not in ("(", "[")]
    if len(copies) > 1 and all(_GRADED_BEFORE.search(text, max(0, m.start() - 30), m.start()) for m in copies):
        return 1  # the grading system each item's grade is on, which a rewrite may name once for all
    words = {w.casefold() for w in re.findall(r"[A-Za-z]{3,}", said)}
    joined = 0
    for one, other in pairwise(copies):
        item = _LISTED.fullmatch(text, one.end(), other.start())
        first = _ITEM_BEFORE.search(text, 0, one.start())
        named = [set(re.findall(r"[a-z]{3,}", part.casefold())) - _CONJUNCTIONS
                 for part in (item.group("item") if item else "", first.group() if first else "")]
        joined += item is not None and all(n and n & words for n in named)
    # (the whole list or nothing: a list whose rendering lost an item keeps its every copy to count)
    if copies and joined == len(copies) - 1:
        return 1
    # "For subjects on an INI, their INI at Screening must be RAL or EVG" said "If you are on an INI, at screening it
    # must be RAL or EVG": a copy that points back to the one before it ("their INI") is said by a pronoun
    if _PRONOUN.search(said) and copies:
        copies = [copies[0], *(m for m in copies[1:]
                               if not _BACK_BEFORE.search(text, max(0, m.start() - 8), m.start()))]
    if len(copies) > 1 and _one_method(text, copies):
        return 1
    return len(copies) - _said_by_it(text, copies, said)


def _one_method(text: str, copies: Sequence[re.Match[str]]) -> bool:
    """Whether every copy is in one sentence, in the same "by …" phrase: "hemorrhage by CT/MRI within 3 weeks …
    confirmed by CT/MRI" names one method twice, as "confirmed by CT or MRI within 3 weeks" says it once."""
    phrases = [next((p.group().casefold() for p in _METHOD.finditer(text, max(0, m.start() - 30))
                     if p.start() <= m.start() and m.end() <= p.end()), None) for m in copies]
    return None not in phrases and len(set(phrases)) == 1 and not _SENTENCE_BREAK.search(
        text, copies[0].end(), copies[-1].start())


def _said_by_it(text: str, copies: Sequence[re.Match[str]], said: str) -> int:
    """Copies of one term ("If undergoing LDL apheresis, must have initiated LDL apheresis") that the bullets say once
    and then refer back to by "it" ("If you have LDL apheresis, you must have started it"): one for each "it" after
    the term, past the first copy. Only where every copy names the same term, so the pronoun can mean nothing else."""
    terms = [t.group() for m in copies if (t := _TERM.match(text, m.start()))]
    if len(copies) < 2 or len(terms) < len(copies) or len({t.casefold() for t in terms}) != 1:
        return 0
    first = re.search(rf"(?<![\w-]){re.escape(terms[0])}(?![\w-])", said, re.IGNORECASE)
    return 0 if first is None else min(len(copies) - 1, len(_IT.findall(said, first.end())))


_METHOD = re.compile(r"\b(?:by|on|using|via|with)\s+[A-Z]{2,6}(?:\s*/\s*[A-Z]{2,6})*(?![\w/-])")
_SENTENCE_BREAK = re.compile(r"[.;](?:\s|$)")
# An abbreviation and the word it names the term with: "LDL apheresis", "ECOG status"
_TERM = re.compile(r"[A-Z]{2,6}\s+[a-z]{3,}")
_IT = re.compile(r"\b(?:it|them)\b", re.IGNORECASE)


# Between two copies: a conjunction and the next item's one to three words ("and/or femoral neck"); the first item is
# the one or two words before the first copy.
_LISTED = re.compile(r"\s*(?:,|,?\s*(?:and/or|or|and))\s+(?P<item>(?:[A-Za-z][\w-]*\s+){1,3})")
_ITEM_BEFORE = re.compile(r"(?:[A-Za-z][\w-]*\s+){1,2}$")
_CONJUNCTIONS = frozenset({"and", "or", "the"})
_BACK_BEFORE = re.compile(r"\b(?:their|his|her|its|this|that)\s+$", re.IGNORECASE)
_PRONOUN = re.compile(r"\b(?:it|they|them|this|that)\b", re.IGNORECASE)
# "Peripheral neuropathy Grade ≥ 2 NCI CTCAE v4.03 or hearing impairment Grade ≥ 2 NCI CTCAE v.4.03": each copy names
# the scale of the grade just before it, as "… grade 2 or higher, or hearing loss of grade 2 or higher, on the NCI
# CTCAE v4.03 scale" says once (each grade is a fact of its own, compared apart).
_GRADED_BEFORE = re.compile(r"\bgrade\s*(?:[<>≤≥]=?\s*|of\s+)?\d+(?:\s*(?:or\s+(?:more|higher|greater|above)|\+))?"
                            r"\s*(?:\(?\s*(?:according\s+to|per|by|on|using)\s+(?:the\s+)?)?(?-i:[A-Z]{2,6}\s+)*$",
                            re.IGNORECASE)


def fewer_abbreviations(source: str, bullets: Sequence[str]) -> list[str]:
    """The abbreviations `source` repeats that `bullets` write fewer times (see the module's docstring)."""
    counts = Counter(m.group() for m in _ABBREVIATION.finditer(source)
                     if source[m.start() - 1:m.start()] not in ("(", "[") and not _ROMAN.fullmatch(m.group()))
    repeated = [name for name, n in counts.items() if n >= 2]
    if not repeated:
        return []
    joined = " ".join(bullets)
    found = []
    for name in repeated:
        written = _written(name, joined)
        if not written or written >= _runs(name, source, joined):
            continue
        matches = [m for m in Lexicon.load().find(source) if m.text == name]
        if any(m.replacement for m in matches):
            continue  # one a rewrite may put in other words ("WOCBP" as "a woman who can become pregnant")
        spelled = {m.plain.casefold() for m in matches if m.plain}
        if written + sum(joined.casefold().count(plain) for plain in spelled) < _runs(name, source, joined):
            found.append(name)
    return found


def repeated_abbreviation_findings(source_id: str, source: str, bullets: Sequence[tuple[int, str]]) -> list[Finding]:
    """An error for each abbreviation `source` repeats that the bullets citing it (index, text) say fewer times."""
    return [Finding(check="content_missing", severity=Severity.ERROR, criterion_id=source_id,
                    bullet_index=bullets[0][0] if bullets else None,
                    message=f"{source_id}: “{name}” is written fewer times in the bullets citing it than in the "
                    "source: a copy was left out, with what it stood in")
            for name in fewer_abbreviations(source, [text for _, text in bullets])]
