"""Lexicon edits for the offline backend: abbreviations spelled out once, plain words for terms, definitions.

- An abbreviation the lexicon says to define is spelled out at its first use in a criterion
  ("alanine aminotransferase (ALT)") unless the text already spells it out; later uses stay short.
- A term or abbreviation whose plain wording is a drop-in replacement is replaced ("myocardial
  infarction" → "heart attack"), but only when the replacement carries exactly the facts the term
  carried (no "not", number or time window gained or lost: "preoperative" stays, since "before
  surgery" would read as a time window the check must then find in the source).
- Every other entry with a known sense gets a Definition on the bullet (kept apart from the text).
Ambiguous abbreviations are left as written and get no definition.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from itertools import pairwise

from translator.facts import extract_facts
from translator.lexicon import Lexicon, TermMatch
from translator.lexicon_entries import AbbreviationEntry, Kind, TermEntry, Use
from translator.offline_edits import Edit, overlaps
from translator.offline_explained_terms import a_numbered_marker, explained_in_place, letters_last
from translator.offline_gestation_weeks import weeks_of
from translator.offline_postposed_terms import adds_negation, joins_twice, kept_modifier, strands
from translator.offline_quoted_terms import in_a_quoted_term
from translator.offline_repeats import without_word_before
from translator.offline_second_who import without_a_second_who
from translator.offline_spelled_terms import fitted_expansion, kept_words, said_before
from translator.offline_term_fronts import front_fits, nominal_symptom, not_before_noun
from translator.offline_tissue_confirmed import tissue_confirmed
from translator.offline_variant_terms import expansion_fits_variant, names_a_score
from translator.translation import Definition
from translator.word_keys import word_key


@dataclass
class TermPlan:
    """What the lexicon suggests for one text: edits, by kind."""

    abbreviations: list[Edit] = field(default_factory=list)
    substitutions: list[Edit] = field(default_factory=list)
    expanded: list[str] = field(default_factory=list)  # abbreviations spelled out by `abbreviations`


@cache
def _same_facts(before: str, after: str) -> bool:
    def keys(text: str) -> list[str]:
        return sorted(f.key for f in extract_facts(text))

    return keys(before) == keys(after)


def _folded(text: str) -> str:
    return re.sub(r"[\s\-]+", " ", text.lower())


_UNSPELLED = (Kind.UNIT, Kind.NUMERAL)  # "mg/dL", "IIIB": part of a number, which the fact rules word
# Better known to patients by their letters than by what the letters stand for ("human immunodeficiency
# virus (HIV)" is harder to read than "HIV"): they keep their short form and get a definition.
WELL_KNOWN = frozenset({"DNA", "RNA", "HIV", "AIDS", "MRI", "CT", "ICU", "COVID-19", "COVID"})


def plan_terms(
    text: str,
    lexicon: Lexicon,
    *,
    context: Sequence[str] = (),
    already_expanded: Sequence[str] = (),
    protected: Sequence[tuple[int, int]] = (),
) -> TermPlan:
    """Edits for `text`; `already_expanded` are abbreviations spelled out earlier.

    No edit touches a `protected` span (the numbers and windows, whose wording the fact rules own), but a term whose
    plain wording says the span's words as written ("Type 1 diabetes mellitus" → "type 1 diabetes").
    """
    plan = TermPlan()
    folded = _folded("\n".join([text, *context]))
    seen = set(already_expanded)
    for match in lexicon.find(text, context=context):
        if match.ambiguous or match.use is None or match.plain is None:
            continue
        if any(overlaps(match.span, span) for span in protected) and not _number_kept(text, match, protected):
            continue
        replacement = match.replacement
        if replacement is not None and _gerund_after_at(text, match.start, replacement):
            replacement = None  # "at study entry" → "at joining the study"
        if replacement is not None and not front_fits(text, match, replacement, lexicon):
            replacement = None  # "full participation" → "full taking part"; "liver metastatic disease"
        if replacement is not None and _PREPOSITION.match(replacement) and _WORD_NEXT.match(text, match.end):
            replacement = None  # "preoperative serum sodium" → "before surgery serum sodium"
        if replacement is not None and not_before_noun(text, match.end, entry=match.entry):
            replacement = None  # "analgesic medication" → "painkiller medication"; "irradiated area"
        if replacement is not None and _qualified_condition(text, match.start, entry=match.entry):
            replacement = None  # "portopulmonary hypertension" is not "portopulmonary high blood pressure"
        if replacement is not None and _shared_head(text, match.start, match.text, replacement, entry=match.entry):
            replacement = None  # "cardiac, respiratory or renal insufficiency" → "…or reduced kidney function"
        if replacement is not None and _of_what_is_not_a_person(text, match.start, match.text, replacement):
            replacement = None  # "documentation of non-reproductive potential" → "documentation not able to …"
        if replacement is not None:  # "women who can become pregnant who are not …" → "women able to become …"
            replacement = without_a_second_who(text, match.end, replacement)
        if replacement is not None and in_a_quoted_term(text, match.start, match.end):
            replacement = None  # 'of "reproductive potential" if she has had menses': the term defined is named
        if replacement is not None and (_in_a_name(text, *match.span) or kept_words(text, match, lexicon, replacement)):
            replacement = None  # "Brief Fatigue Inventory", "Mean Pulmonary Artery Pressure", "spinal fluid (CSF)"
        if replacement is not None and strands(text, match.start, match.end, match.text, replacement):
            # "untreated or symptomatic brain metastases" → "untreated or brain metastases that …"
            replacement = kept_modifier(lexicon, text, match.start, match.end)  # "symptomatic slow heart rate"
        if replacement is not None and joins_twice(text, match.start, match.end, replacement):
            replacement = None  # "renal or cardiovascular disease" → "kidney or heart and blood vessel disease"
        if replacement is not None and adds_negation(text, match.start, match.end, replacement):
            replacement = None  # "prohibited medications listed in …" → "medicines that are not allowed listed in …"
        if replacement is not None and _said_beside(text, match.start, match.end, replacement):
            replacement = None  # "allergic or hypersensitivity reactions" → "allergic or allergic reactions"
        if replacement is not None:
            replacement = without_word_before(text, match.start, replacement)  # "unborn fetus" → "unborn baby"
            replacement = nominal_symptom(text, match, replacement)  # "gross coughing up of blood"
            replacement = weeks_of(text, match.start, match.text, replacement)  # "34 weeks of pregnancy"
        if replacement is not None and isinstance(match.entry, AbbreviationEntry) and not match.plural:
            replacement = _one_of(text, match.start, match.end, replacement)
        if replacement is not None and _same_facts(match.text, replacement):
            if match.text[:1].isupper() and _SENTENCE_START.search(text, 0, match.start):
                replacement = replacement[:1].upper() + replacement[1:]  # "… -- Women who …" keeps its capital
            plan.substitutions.append(Edit(match.start, match.end, replacement, "term"))
            continue
        entry = match.entry
        if not isinstance(entry, AbbreviationEntry) or match.sense is None or match.sense.use is not Use.DEFINE:
            continue
        expansion = match.sense.expansion
        last = letters_last(text, match.start, match.text, expansion)  # "A1C" → "hemoglobin A1C"
        if entry.kind in _UNSPELLED or (match.text in expansion and not last) or entry.abbreviation in WELL_KNOWN:
            continue
        if not expansion_fits_variant(entry.abbreviation, match.text, expansion):
            continue  # "BRCA genes (BRCA1)", "castration-resistant prostate cancer (nmCRPC)": a narrower thing
        if not (expansion := fitted_expansion(entry.abbreviation, match.text, expansion, plural=match.plural)):
            continue  # "JAK2V617F": a mutation the family's words would drop
        if entry.kind is Kind.LAB and names_a_score(text, match.end):
            continue  # "IGA score": the Investigator's Global Assessment, not "immunoglobulin A (IGA)"
        if entry.abbreviation in seen or match.in_compound or _folded(expansion) in folded:
            continue
        if _defined_otherwise(match.text, expansion, text, context) or said_before(text, match.start, expansion):
            continue  # "antihyperglycemic agent (AHA)": the record's own sense; "institutionally IRB": said twice
        if _bracket_depth(text, match.start) or text[match.start - 1 : match.start] in ("%", ")"):
            continue  # "(ALT/SGPT)": already an aside; spelling out inside it nests brackets; "%BSA", "(Hg)A1C": glued
        if explained_in_place(text, match.start, match.end) or a_numbered_marker(text, match.end, expansion):
            seen.add(entry.abbreviation)  # explained where it stands: later uses need no spelling out
            continue
        if not _same_facts(match.text, expansion):
            continue
        seen.add(entry.abbreviation)
        # not after the full stop of "e.g." or "i.e." ("that is, systolic blood pressure"), which ends no sentence
        if match.text[:1].isupper() and re.search(r"(?<!e\.g)(?<!i\.e)(?<!etc)(?<!\bvs)[.!?]\s+$", text[: match.start]):
            expansion = expansion[:1].upper() + expansion[1:]  # "… guidelines. CA125 levels" → ". Cancer antigen …"
        spelled = " ".join([*expansion.split()[:-1], match.text]) if last else f"{expansion} ({match.text})"
        plan.abbreviations.append(Edit(match.start, match.end, spelled, "abbreviation"))
        plan.expanded.append(entry.abbreviation)
    plan.substitutions = _one_head_twice(sorted(plan.substitutions, key=lambda e: e.start), text)
    # "histologically confirmed breast cancer" → "breast cancer confirmed by looking at tissue under a microscope"
    moved, kept = tissue_confirmed(text, lexicon, [*plan.substitutions, *plan.abbreviations])
    plan.substitutions = sorted([e for e in [*kept, moved] if e and e.what == "term"], key=lambda e: e.start)
    plan.abbreviations = [e for e in kept if e.what == "abbreviation"]
    return plan


def _defined_otherwise(abbreviation: str, expansion: str, text: str, context: Sequence[str]) -> bool:
    """Whether the record defines `abbreviation` itself, in brackets after words that share none with the lexicon's
    `expansion` ("antihyperglycemic agent (AHA)" is not "American Heart Association", "hematopoietic cell
    transplantation (HCT)" not "hematocrit"): the lexicon's sense would be another. A definition in other words of
    the same sense ("nonsteroidal anti-inflammatory drugs (NSAIDs)") leaves the spelling out as it was."""
    defined = re.compile(rf"((?:[A-Za-z][\w'’-]*[\s,/-]+){{1,6}})\(\s*{re.escape(abbreviation)}\s*\)")
    senses = {w.rstrip("s") for w in re.findall(r"[a-z]{4,}", expansion.lower())}
    for part in (text, *context):
        if f"({abbreviation}" not in part.replace("( ", "("):
            continue  # no bracket that defines it: no search over the part's words
        for m in defined.finditer(part):
            words = {w.rstrip("s") for w in re.findall(r"[a-z]{4,}", m.group(1).lower())}
            if words and not words & senses:
                return True
    return False


# An abbreviation for a group whose plain wording is plural ("FCBP": "females who can become pregnant"), used of one
# person: "A FCBP is a sexually mature woman who …" takes the singular, not "A females who can become pregnant is".
_ONE = {"women": "woman", "men": "man", "females": "female", "males": "male"}
_ONE_BEFORE = re.compile(r"\b(?:an?|one|each|every|any)\s+$", re.IGNORECASE)
_ONE_AFTER = re.compile(r"\s+(?:is|was|has|does)\b")
_LISTED_ONE = re.compile(r"\b(?:or|and|nor)\s+an?\s+$", re.IGNORECASE)


def _one_of(text: str, start: int, end: int, replacement: str) -> str:
    head = re.match(r"(?P<head>\w+)(?=\s+(?:who|that)\b)", replacement)
    if head is None or head.group("head").lower() not in _ONE:
        return replacement
    if not (_ONE_BEFORE.search(text, 0, start) or _ONE_AFTER.match(text, end)):
        return replacement
    if _LISTED_ONE.search(text, 0, start):
        return replacement  # "not a WOCBP or a WOCBP who …": the check reads "or a" as an item that lost the "not"
    one = _ONE[word_key(head.group("head"))]
    one = one.capitalize() if head.group("head")[0].isupper() else one
    return one + replacement[head.end() :]


_QUALIFIER = re.compile(r"(?P<word>[A-Za-z]+(?:ary|al|ic|ar|ous))[\s-]+$")
# Qualifiers that leave a condition what it is ("arterial hypertension" is high blood pressure).
_HARMLESS = frozenset(
    {
        "arterial",
        "systemic",
        "chronic",
        "essential",
        "clinical",
        "medical",
        "gestational",
        "secondary",
        "primary",
        "documented",
        "historical",
        "typical",
        "atypical",
        "symptomatic",
    }
)


def _qualified_condition(text: str, start: int, *, entry: object) -> bool:
    """A condition named with an organ or mechanism the lexicon does not know as one term: its plain word
    may name a different disease ("portal hypertension" is not high blood pressure)."""
    if not isinstance(entry, TermEntry) or entry.kind is not Kind.CONDITION or " " in entry.term:
        return False
    m = _QUALIFIER.search(text, 0, start)
    return m is not None and m.end() == start and m.group("word").lower() not in _HARMLESS


# "Cardiac, respiratory or renal insufficiency", "cerebral or myocardial infarction": adjectives listed before a
# term that begins with one share its head noun. A plain wording with another head ("renal insufficiency" →
# "reduced kidney function") strands the others ("cardiac, respiratory or reduced kidney function"), so the term
# stays as written; one that keeps the head ("psychiatric illness" → "mental illness") or opens with an adjective
# of its own ("psychiatric disorder" → "mental health condition") still reads for all of them.
# Adjectives are known by their endings: a noun that ends so ("hospital") costs only a plain word.
_ADJECTIVE = r"[A-Za-z]+(?:al|ic|ac|ary|ory|ar|ous|ive)"
_LISTED_ADJECTIVE = re.compile(
    rf"\b{_ADJECTIVE}(?:\s*\([^()]*\))?(?:\s*,\s*(?:(?:and/or|and|or|nor)\s+)?|\s+(?:and/or|and|or|nor)\s+)$",
    re.IGNORECASE,
)
_ADJECTIVE_FIRST = re.compile(rf"{_ADJECTIVE}\s", re.IGNORECASE)


def _shared_head(text: str, start: int, matched: str, replacement: str, *, entry: object) -> bool:
    if not isinstance(entry, TermEntry) or not _ADJECTIVE_FIRST.match(matched):
        return False
    if word_key(matched.split()[-1]) == word_key(replacement.split()[-1]) or _ADJECTIVE_FIRST.match(replacement):
        return False  # "… or mental illness", "… or mental health condition": the listed adjectives still fit
    return _LISTED_ADJECTIVE.search(text, 0, start) is not None


# "Of childbearing potential" → "able to become pregnant" reads right after a person ("women of …") or a verb
# ("is of …", "if of …"), not after a record of it ("documentation of non-reproductive potential" → "documentation
# not able to have children", "a status of …").
_RECORD_BEFORE = re.compile(
    r"\b(?:documentation|documented|evidence|proof|status|confirmation|history|record|records|assessment|"
    r"determination|definition|criteria|absence|presence|lack)\s+$",
    re.IGNORECASE,
)


def _of_what_is_not_a_person(text: str, start: int, matched: str, replacement: str) -> bool:
    if not matched.lower().startswith("of ") or replacement.lower().startswith("of "):
        return False
    return _RECORD_BEFORE.search(text, 0, start) is not None


_SENTENCE_START = re.compile(r"(?:[.!?;]|--)\s+$")
_PREPOSITION = re.compile(r"(?:before|after|during|under|in|on|at|for|with|without|from|of)\b")
_WORD_NEXT = re.compile(r"[ \t]+[A-Za-z]")


# words of the plain wording that say nothing of what it names ("who can become pregnant" beside "or who are …")
_FUNCTION_WORDS = frozenset(
    [
        "the",
        "and",
        "for",
        "with",
        "any",
        "not",
        "you",
        "your",
        "are",
        "was",
        "has",
        "had",
        "can",
        "who",
        "may",
        "its",
        "all",
        "one",
        "per",
        "but",
        "nor",
        "how",
        "out",
        "off",
        "own",
    ]
)


def _number_kept(text: str, match: TermMatch, protected: Sequence[tuple[int, int]]) -> bool:
    """Whether each protected span the term overlaps lies inside it and its plain wording says that span's words as
    written, as whole words ("Type 1" in "type 1 diabetes"): the fact keeps its wording."""
    if match.replacement is None:
        return False
    for a, b in protected:
        if not overlaps(match.span, (a, b)):
            continue
        said = re.escape(text[a:b])
        if a < match.start or b > match.end or not re.search(rf"(?<![\w.]){said}(?![\w.])", match.replacement, re.I):
            return False
    return True


def _said_beside(text: str, start: int, end: int, replacement: str) -> bool:
    """The plain wording's own word is the term's neighbour in a pair: replaced, the pair would say one thing
    twice and lose the line the source drew ("allergic or hypersensitivity reactions", "cerebrovascular
    accident or stroke")."""
    own = set(re.findall(r"[a-z]+", text[start:end].lower()))
    words = [w for w in re.findall(r"[a-z]+", replacement.lower()) if len(w) >= 3 and w not in own | _FUNCTION_WORDS]
    stems = {w[:6] if len(w) >= 5 else w for w in words}
    before = re.search(r"([A-Za-z]+)\s*,?\s+(?:or|and|and/or|nor)\s+$", text[:start])
    # the word after the "or" and the one after it ("investigational or experimental drug", "lactating and
    # breastfeeding or …"): either may be the one the plain word repeats
    after = re.match(r",?\s+(?:or|and|and/or|nor)\s+([A-Za-z]+)(?:\s+([A-Za-z]+))?", text[end:])
    neighbours = [w.lower() for m in (before, after) if m is not None for w in m.groups() if w]
    return any((n[:6] if len(n) >= 5 else n) in stems for n in neighbours)


def _one_head_twice(substitutions: list[Edit], text: str) -> list[Edit]:
    """Two terms side by side whose plain words end alike ("a physician investigator" → "a doctor study doctor")
    would say the head twice: both stay as written."""
    dropped: set[int] = set()
    for i, (a, b) in enumerate(pairwise(substitutions)):
        heads = [re.findall(r"[a-z]+", e.text.lower())[-1:] for e in (a, b)]
        if not text[a.end : b.start].strip() and heads[0] and heads[0] == heads[1]:
            dropped.update((i, i + 1))
    return [e for i, e in enumerate(substitutions) if i not in dropped]


_NAME_HEADS = re.compile(
    r"\b(?:Inventory|Scale|Subscale|Index|Score|Questionnaire|Association|Society|Council|Interview|Assessment|"
    r"Classification|Rating|Survey|Instrument|Foundation|Organi[sz]ation|Committee|Consortium|Network|Institute|"
    r"Group)s?\b"  # "Radiation Therapy Oncology Group"
)


def _in_a_name(text: str, start: int, end: int) -> bool:
    """A capitalised term inside a run of capitalised words that names a scale, a questionnaire or a body
    ("Brief Fatigue Inventory", "Medical Research Council Dyspnea Scale", "American Psychiatric Association"):
    the name is what the reader would look up, so it keeps its words."""
    if not text[start : start + 1].isupper() or text[start:end].isupper():
        return False  # not "HF" before "New York Heart Association": an abbreviation is no part of the name
    word = r"[A-Z][\w'’-]*"
    joint = r"(?:[ \t]+(?:of|for|and|the|on|in)[ \t]+|[ \t]+)"
    before = re.search(rf"(?:{word}{joint})*$", text[:start])
    after = re.match(rf"(?:{joint}{word})*", text[end:])
    run = (before.group() if before else "") + text[start:end] + (after.group() if after else "")
    return bool(_NAME_HEADS.search(run))


def _gerund_after_at(text: str, start: int, replacement: str) -> bool:
    first = replacement.split(maxsplit=1)[0]
    return first.endswith("ing") and re.search(r"\bat\s+$", text[:start], re.IGNORECASE) is not None


def _bracket_depth(text: str, at: int) -> int:
    before = text[:at]
    return max(0, before.count("(") - before.count(")")) + max(0, before.count("[") - before.count("]"))


def definitions_in(bullet: str, lexicon: Lexicon, *, context: Sequence[str], seen: set[str]) -> list[Definition]:
    """Definitions of the lexicon's terms as the bullet writes them (its own words, spelled-out names and
    units included), each once per request: `seen` holds the terms defined by earlier bullets."""
    out: list[Definition] = []
    for match in lexicon.find(bullet, context=context):
        definition = None if match.ambiguous else match.definition()
        if definition is None or definition.term.lower() in seen:
            continue
        seen.add(definition.term.lower())
        out.append(definition)
    return out

