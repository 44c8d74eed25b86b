"""An exclusion that names a use after what is used, put to the reader (offline backend): "Antibiotic use within the
previous four weeks" → "You have used antibiotics within the past four weeks", "Tobacco use" → "You use tobacco".

offline_leads says "Use of X" so ("You use X" with no time said, "You have used X" when a window puts the use before
the study); "X use" is the same use with its noun first, and was left as written (about 30 corpus and Chia
criteria). The same tenses: "You use" when the criterion says no time at all, "You have used" when each window in it
is before the study or up to now ("within the past 48 hours", "in the 6 weeks before Visit 1", an exclusion's
"within 30 days of the Baseline Visit"); any other time ("during", "planned", "at screening") keeps the words.

What is used is said in the plural when it names a kind of drug one takes many of ("antibiotic" → "antibiotics",
"TNF blocker" → "TNF blockers"), as it stands when it is a substance or one drug ("tobacco", "alcohol",
"dexamethasone"); a word that is neither keeps the criterion's words. Only one to three words before "use", none of
which says how or when it is used ("Chronic insulin use", "Regular", "Excessive alcohol use", "Injecting drug use",
"Preoperative opioid use": the adjective is the use's, which "You use" would move onto the drug), one sentence, no
heading and no one else named.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from translator.criteria import SectionKind
from translator.facts import Fact, FactKind
from translator.lexicon import Lexicon
from translator.lexicon_entries import Kind, TermEntry
from translator.offline_edits import Edit
from translator.offline_subject_sentences import NAMES_PEOPLE
from translator.offline_windows import before_the_study

_X_USE = re.compile(r"(?P<what>(?:[A-Za-z][\w-]*\s+){0,2}(?P<last>[A-Za-z][\w-]*))\s+(?P<use>use|usage)\b", re.I)
# words that say how, how much or when the use is: theirs, not the drug's
_HOW = frozenset({
    "current", "currently", "chronic", "regular", "daily", "excessive", "heavy", "substantial", "significant",
    "concomitant", "concurrent", "prior", "previous", "past", "recent", "long-term", "short-term", "ongoing",
    "preoperative", "postoperative", "planned", "active", "any", "no", "minimal", "occasional", "habitual",
    "continued", "continuous", "prolonged", "frequent", "routine", "exclusive", "baseline", "lifetime", "other",
    "the", "a", "an", "moderate", "high", "low", "problematic", "harmful", "hazardous", "prescription",
})  # fmt: skip
# a substance or one drug, said as it stands ("You use tobacco")
_AS_IT_STANDS = frozenset({
    "alcohol", "tobacco", "cannabis", "marijuana", "nicotine", "caffeine", "cocaine", "heroin", "methamphetamine",
    "insulin", "aspirin", "oxygen", "snuff",
})  # fmt: skip
# a kind of drug one takes many of, said in the plural ("You have used antibiotics")
_MANY_OF = frozenset({
    "blocker", "inhibitor", "drug", "antibiotic", "steroid", "corticosteroid", "opioid", "opiate",
    "benzodiazepine", "antidepressant", "cigarette", "laxative", "antihistamine", "anticoagulant", "statin",
    "diuretic", "bisphosphonate", "antipsychotic", "stimulant", "supplement", "contraceptive", "antiemetic",
    "analgesic", "glucocorticoid", "immunosuppressant", "macrolide", "antiplatelet", "antibody",
})  # fmt: skip
# a time "You use" / "You have used" would move: to come, beside the study, or a point
_NOT_THEN = re.compile(
    r"\b(?:during|throughout|plann?ed|planning|will|after|following|while|concurrent\w*|concomitant\w*|ongoing|"
    r"expected|anticipated|until|current\w*|now|at\s+(?:the\s+time|screening|baseline|randomi[sz]ation)|except|"
    r"unless|allowed|permitted)\b",
    re.IGNORECASE,
)


def noun_use_opening(text: str, kind: SectionKind, facts: Sequence[Fact], lexicon: Lexicon) -> list[Edit]:
    """ "Antibiotic use within the previous four weeks" → "You have used antibiotics within …" (see the module)."""
    start = len(text) - len(text.lstrip())
    m = _X_USE.match(text, start)
    if kind is not SectionKind.EXCLUSION or m is None:
        return []
    rest = text[m.end() :]
    if re.search(r"[:;]|[.!?]\s+\S", rest) or NAMES_PEOPLE.search(text) or _NOT_THEN.search(text):
        return []
    if re.match(r"\s*,?\s*(?:or|and|and/or)\b", rest, re.IGNORECASE):
        return []  # "X use or use of any agent …": a second item "You have used" would not read on into
    words = m.group("what").split()
    if any(w.lower() in _HOW or w.lower().endswith(("ing", "ly")) for w in words):
        return []
    said = _said(m.group("last"), lexicon)
    if said is None:
        return []
    times = [f for f in facts if f.kind is FactKind.TEMPORAL]
    past = all(
        (f.relation in ("before", "past") and (f.low is not None or f.high is not None))
        or before_the_study(f, unanchored=True)
        for f in times
    )
    if times and not past:
        return []
    if not times and re.search(r"\b(?:within|last|days?|weeks?|months?|years?|hours?)\b", rest, re.IGNORECASE):
        return []  # a time the extractor did not read ("in the last year"): its tense is not sure
    opening = "You have used " if times else "You use "
    last_end = m.end("last")
    edits = [Edit(start, start, opening, "person")]
    if said:
        edits.append(Edit(last_end, last_end, said, "person"))
    edits.append(Edit(last_end, m.end("use"), "", "person"))  # "antibiotic use" → "antibiotics"
    return edits


def _said(last: str, lexicon: Lexicon) -> str | None:
    """What the last word of the drug takes: "s" for a kind one takes many of, "" for a substance or one drug, or
    None when it is neither (the criterion keeps its words)."""
    word = last.lower()
    if re.search(r"[A-Z]{2}", last):
        return None  # "NSAID use": an abbreviation is spelled out after it, which an "s" would follow
    if word in _AS_IT_STANDS:
        return ""
    if word in _MANY_OF:
        return "" if word.endswith("s") else "s"
    found = lexicon.find(last)
    kinds = {m.entry.kind for m in found if isinstance(m.entry, TermEntry) and m.end == len(last)}
    if Kind.DRUG in kinds:
        return ""  # one drug: "Dexamethasone use" → "You have used dexamethasone"
    return None
