"""What a criterion is about, kept: a named condition or medicine, and that it is a disease at all.

The words-left-out checks read a criterion's list items by the gap a left-out one leaves (`translator.
fidelity_items`), and its other words by runs of four (`translator.fidelity_content`): a plain rewrite changes single
words and short runs all the time, so a short loss outside a list goes unseen. Two short losses are certain all the
same, whatever the wording:

- a condition or medicine of the lexicon named in two words or more ("multiple sclerosis", "bleeding diathesis",
  "head trauma") that the bullets citing it say in no way: no word of it or of the wording that replaces it, nor
  of the abbreviation the source gives for it in brackets, nor a word of its gloss that the rest of the source
  does not say or gloss itself. A rewording says at least one of those ("a disease in which the immune system
  attacks…", "MS"); "You are a man or a woman aged 18-55" for "Male and female patients between ages 18-55 with a
  diagnosis of multiple sclerosis" has lost the disease. (One word alone is left out: a rewrite says "coming back"
  for "recurrence" and "heart attack" for "infarction", outside the lexicon's wording.)
- a criterion that names a disease, condition, disorder, illness or problem, where the bullets citing it name none,
  nor any kind of one (cancer, tumour, infection, syndrome…), nor an abbreviation or term of the lexicon that stands
  for one ("COPD"): "Clinically significant cardiovascular conditions" said
  as "You have medically important heart." has lost what it is about. A word of a lexicon term whose wording names
  none ("metastatic disease": "cancer that has spread to other parts of the body") is the term's, not the source's.

Measured over the offline bullets of the corpus (54,524 criteria) and of Chia, and the hand-written paraphrases:
nothing faithful is reported.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from typing import Protocol

from translator.fidelity_abbreviated import said_spans
from translator.fidelity_content import content_words, said_stems, stem, stems_of, term_wordings
from translator.findings import Finding, Severity
from translator.lexicon import Lexicon
from translator.lexicon_entries import Kind, TermEntry, Use

_NAMED_KINDS = frozenset({"condition", "drug"})
# A disease named as such, in the source and in a lexicon wording.
_DISEASE = re.compile(r"\b(?:conditions?|diseases?|disorders?|illness(?:es)?|problems?)\b", re.IGNORECASE)
# A "condition" that is a state of affairs, said as one ("familial, sociological or geographical condition").
_SITUATION = re.compile(r"\b(?:situations?|circumstances?)\b", re.IGNORECASE)
# What a bullet names a disease by: the same words, a kind of disease, or an everyday word for one.
_DISEASE_SAID = re.compile(
    r"\b(?:conditions?|diseases?|disorders?|illness(?:es)?|problems?|troubles?|issues?|cancers?|tumou?rs?"
    r"|malignanc(?:y|ies)|infections?|syndromes?)\b",
    re.IGNORECASE,
)
_DISEASE_STEM = stem("disease")
# "Hodgkin lymphoma … with Ann Arbor Stage 3 or 4 disease": a stage's "disease" is the disease named already, which
# "Hodgkin lymphoma at stage 3 or 4" says (not "… melanoma that has evidence of disease", a finding of its own).
_STAGED = re.compile(r"\bstages?\s+[0-4IV]+[A-C]?(?:\s*(?:,|-|or|and|to)\s*[0-4IV]+[A-C]?)*\s+$", re.IGNORECASE)
# A sub-item that only says the stage or extent of its parent's disease: "Unresectable disease", "Stage IV disease";
# not one whose word names a disease of its own ("cardiovascular disease" under "weight-related comorbidities").
_EXTENT = (r"(?:stage\s+[\w-]+|(?:locally\s+)?advanced|(?:un)?resectable|(?:in)?operable|metastatic|recurrent|relapsed"
           r"|refractory|progressive|persistent|(?:non-?)?measurable|evaluable|residual|locali[sz]ed|bulky)")
_SHORT_DISEASE = re.compile(rf"{_EXTENT}(?:\s*(?:,|or|and|and/or)\s*{_EXTENT})*\s+disease[.;,]?", re.IGNORECASE)


class _Said(Protocol):
    @property
    def text(self) -> str: ...


# The abbreviation a source gives in brackets right after a term: "multiple sclerosis (MS)".
_BRACKETED = re.compile(r"\s*\(\s*([A-Za-z][A-Za-z0-9-]*)\s*\)")


def _wordings(entry: TermEntry, text: str) -> tuple[list[str], str | None]:
    """What names a term (as written, its other spellings, the plain wording that replaces it), and its gloss."""
    replaces = entry.use is Use.SUBSTITUTE
    names = [text, entry.term, *entry.variants, *((entry.plain, entry.plain_plural) if replaces else ())]
    return [w for w in names if w], None if replaces else entry.plain


def lost_names(source: str, bullets: Sequence[str]) -> list[tuple[int, int]]:
    """Spans of the conditions and medicines of two words or more in `source` that no bullet says in any way."""
    said: set[str] = set()
    for text in bullets:
        said |= said_stems(text)
    lost = []
    for match in Lexicon.load().find(source):
        entry = match.entry
        if not isinstance(entry, TermEntry) or entry.kind.value not in _NAMED_KINDS or len(stems_of(match.text)) < 2:
            continue
        # A word of its gloss that the rest of the source says or glosses itself is no sign of it: "bilirubin" of
        # "Total bilirubin ≤ 1.5 x ULN (… known Gilbert's syndrome …)" is none of Gilbert's syndrome ("a harmless
        # inherited condition that raises bilirubin in the blood").
        outside = {stem for a, b, stem in content_words(source) if b <= match.start or a >= match.end}
        outside = outside.union(*(stems for a, b, stems in term_wordings(source) if b <= match.start or a >= match.end))
        names, gloss = _wordings(entry, match.text)
        if any(stems_of(name) & said for name in names) or (stems_of(gloss or "") - outside) & said:
            continue
        short = _BRACKETED.match(source, match.end)
        if short and any(re.search(rf"\b{re.escape(short.group(1))}\b", text) for text in bullets):
            continue
        # a term among the words an abbreviation in brackets stands for: "Alcohol Abuse" of "the National Institute
        # on Alcohol Abuse and Alcoholism (NIAAA)", said as "the NIAAA criteria"
        if any(a <= match.start and match.end <= b for a, b in said_spans(source, bullets)):
            continue
        lost.append(match.span)
    return lost


# "at least one of the following conditions applies": conditions that apply or are met are requirements, not diseases
_MET = re.compile(r"\s+(?:(?:must|should|has\s+to|have\s+to)\s+)?"
                  r"(?:appl(?:y|ies)|(?:is|are|be)\s+(?:met|true|fulfill?ed))\b", re.IGNORECASE)


def lost_disease(source: str, bullets: Sequence[str]) -> tuple[int, int] | None:
    """The first word of `source` that names a disease as such, where no bullet names one (None if they do)."""
    if not _DISEASE.search(source) or any(_DISEASE_SAID.search(text) for text in bullets):
        return None
    if any(_SITUATION.search(text) for text in bullets) and all(
            m.group().casefold().startswith("condition") for m in _DISEASE.finditer(source)):
        return None  # "geographical condition that could hamper compliance" said as "situation": no disease meant
    if any(_DISEASE_STEM in said_stems(text) for text in bullets):
        return None  # named by an abbreviation or a term of the lexicon ("COPD": a disease)
    # A disease word of a term whose wording names none is said by that wording ("metastatic disease").
    reworded = [match.span for match in Lexicon.load().find(source)
                if not any(w and _DISEASE.search(w) for w in (match.plain, match.replacement,
                                                              getattr(match.entry, "plain_plural", None)))]
    # "SSc disease": the disease named by the letters before it, which the bullets say ("Your SSc began")
    named = [match.end for match in Lexicon.load().find(source) if match.entry.kind is Kind.CONDITION
             and any(re.search(rf"(?<![\w-]){re.escape(match.text)}(?![\w-])", text) for text in bullets)]
    return next(((m.start(), m.end()) for m in _DISEASE.finditer(source)
                 if not any(a <= m.start() and m.end() <= b for a, b in reworded)
                 and not any(source[end:m.start()].isspace() for end in named)
                 and not _STAGED.search(source, 0, m.start()) and not _MET.match(source, m.end())), None)


def condition_findings(source_id: str, source: str, bullets: Sequence[tuple[int, str]],
                       raw_of: Callable[[int, int], tuple[int, int]] | None = None,
                       citing: Mapping[str, Sequence[_Said]] | None = None) -> list[Finding]:
    """An error for each named condition or medicine the `bullets` citing `source` (index, text) lose, and one when
    they name no disease where the source names one. `citing` (criterion id → the bullets citing it) gives the
    bullets of a sub-item's parent: "Stage IV disease" under "NSCLC meeting 1 of the following stage criteria:" is
    the parent's disease, which a bullet "Stage IV" under "You have non-small cell lung cancer at 1 of these stages:"
    names in its parent's bullet."""
    texts = [text for _, text in bullets]
    if citing and "." in source_id and _SHORT_DISEASE.fullmatch(source.strip()):
        texts += [b.text for b in citing.get(source_id.rsplit(".", 1)[0], ())]

    def finding(start: int, end: int, message: str) -> Finding:
        return Finding(check="content_missing", severity=Severity.ERROR, criterion_id=source_id,
                       message=f"{source_id}: the bullets citing it {message}", bullet_index=bullets[0][0],
                       source_span=raw_of(start, end) if raw_of else None)

    findings = [finding(a, b, f"do not say “{source[a:b]}” in any wording") for a, b in lost_names(source, texts)]
    disease = lost_disease(source, texts)
    if disease is not None:
        findings.append(finding(*disease, f"name no disease or condition where it says “{source[slice(*disease)]}”"))
    return findings
