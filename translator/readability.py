"""Reading grade and unexplained terms: warnings that help editors keep bullets plain.

Plain-language guidance for patients aims at grade 6–8; above grade 8 a bullet gets a warning, if it has
at least `MIN_GRADED_WORDS` words: a reading formula needs running text, and on a fragment ("Physical exam",
"Liver:") one long word decides the grade (14.7, 20.6…), a warning that says nothing an editor can act on
(a hard word in it still gets its own "not explained" warning).
A technical term or abbreviation from the lexicon that is left in a bullet without a definition (in
that bullet or an earlier one) gets a warning too. Neither blocks publication: they are about how
easy the text is, not whether it is true.
"""

from __future__ import annotations

import re
from statistics import median

import textstat

from translator.findings import Finding, Severity
from translator.lexicon import Lexicon
from translator.lexicon_entries import Use
from translator.syllables import syllable_count
from translator.translation import Translation

TARGET_GRADE = 8.0
MIN_GRADED_WORDS = 6
_WORD = re.compile(r"[A-Za-z]")


# textstat ends a sentence at every ".", so "1.5 x ULN" and "e.g. aspirin" count as two sentences each,
# which halves the sentence length the grade is built on, for sources and bullets alike. Here a sentence
# ends at ".", "!" or "?" before a space and a capital, a digit or a quote (or at the end), and not after
# an abbreviation that takes a full stop; words and syllables are textstat's own.
_ABBREVIATED = (
    r"e\.g|i\.e|eg|ie|vs|approx|ca|cf|resp|incl|dr|mr|mrs|ms|st|no|nos|fig|al|min|max|pts?|inc|jr|sr|vol|ref"
    r"|sec"
)
_SENTENCE_END = re.compile(rf"(?<![\w.])(?!(?i:{_ABBREVIATED})[.!?])[\w'’)\]%-]*[.!?]+(?=\s+[\"“'‘(\[]?[A-Z0-9]|\s*$)")


def sentences(text: str) -> list[str]:
    """The sentences of `text`, split as `grade` counts them."""
    parts: list[str] = []
    at = 0
    for m in _SENTENCE_END.finditer(text):
        parts.append(text[at : m.end()].strip())
        at = m.end()
    parts.append(text[at:].strip())
    return [p for p in parts if _WORD.search(p)]


def grade(text: str) -> float:
    """Flesch-Kincaid grade of a text (0 for text with no words).

    As textstat counts them, a "sentence" of one or two words ("Pregnant.") is not counted as one,
    though its words are: a list of fragments gets no credit for being short.
    """
    words = textstat.lexicon_count(text)
    if not _WORD.search(text) or not words:
        return 0.0
    count = max(1, sum(1 for s in sentences(text) if textstat.lexicon_count(s) > 2))
    return float(0.39 * words / count + 11.8 * syllable_count(text) / words - 15.59)


def median_grade(texts: list[str]) -> float:
    grades = [grade(t) for t in texts if _WORD.search(t)]
    return float(median(grades)) if grades else 0.0


def readability_findings(translation: Translation, lexicon: Lexicon | None = None) -> list[Finding]:
    lexicon = lexicon or Lexicon.load()
    findings: list[Finding] = []
    explained: set[str] = set()
    for index, _section, bullet in translation.bullets():
        explained.update(d.term.lower() for d in bullet.definitions)
        # Compared as shown: "reads at grade 8.0; aim for 8 or lower" (a grade of 8.04) told editors to fix a bullet
        # that, as far as they could see, already met the aim.
        level = round(grade(bullet.text), 1)
        if level > TARGET_GRADE and textstat.lexicon_count(bullet.text) >= MIN_GRADED_WORDS:
            findings.append(Finding(
                check="reading_grade", severity=Severity.WARNING, bullet_index=index,
                criterion_id=bullet.source_ids[0] if bullet.source_ids else None,
                message=f"bullet {index + 1} reads at grade {level:.1f}; aim for {TARGET_GRADE:g} or lower",
            ))
        for match in lexicon.find(bullet.text):
            if match.use is None or (match.use is Use.KEEP and not match.is_abbreviation):
                continue  # unknown senses cannot be explained; names (drugs, genes) may stand
            if match.text.lower() in explained:
                continue
            explained.add(match.text.lower())  # one warning per term, at its first unexplained use
            findings.append(Finding(
                check="term_unexplained", severity=Severity.WARNING, bullet_index=index,
                criterion_id=bullet.source_ids[0] if bullet.source_ids else None,
                message=f"“{match.text}” is not explained; add its definition or plain wording",
                bullet_span=(match.start, match.end),
            ))
    return findings
