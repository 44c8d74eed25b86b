"""Openings that name the reader's sex before a duty, put to the reader (offline backend), moved from
translator.offline_openings, which grew past its size.

"Women who can become pregnant must use birth control" → "If you are female and can become pregnant, you must use
birth control"; "Male patients must agree to …" → "If you are male, you must agree to …". Who the duty is for stays,
as a condition on the reader; a description with a negation, an aside or a verb of its own keeps its third person.
"""

from __future__ import annotations

import re

from translator.lexicon import Lexicon
from translator.lexicon_entries import TermEntry, Use
from translator.offline_edits import Edit
from translator.offline_openings import dangling_verb

GENDERED = re.compile(
    r"(?:(?P<f>(?:female|wom[ae]n)\s+(?:patients?|subjects?|participants?|volunteers?)|wom[ae]n|females?)"
    r"|(?P<m>(?:male|m[ae]n)\s+(?:patients?|subjects?|participants?|volunteers?)|m[ae]n|males?))\b",
    re.IGNORECASE,
)
_DUTY = re.compile(r"\b(?:must(?:\s+not)?|should(?:\s+not)?|need\s+to|have\s+to|are\s+required\s+to)\b", re.IGNORECASE)
# A negation in the description belongs to it ("Women … who do not agree to use …"): moving the duty
# out would leave the "not" behind, with the negation count (all the check compares) unchanged.
_NEGATED = re.compile(r"\b(?:not|no|never|neither|nor|without|unable|unwilling)\b|n't\b", re.IGNORECASE)
_WHO = re.compile(r"\s+(?:who|that)\s+(?:(?P<verb>is|has|does|was)\s+)?", re.IGNORECASE)
_PLURAL_OF = {"is": "are", "has": "have", "does": "do", "was": "were"}
# a term whose plain wording names people ("patients who could have children"): "you are male and patients who …"
# would make the reader a group
_PEOPLE_WHO = re.compile(
    r"^(?:patients|subjects|participants|people|persons|individuals|wom[ae]n|m[ae]n)\s+who\s+",
    re.IGNORECASE,
)
# a lexicon term, then a "who" whose verb "you" takes as it is (or in the plural: "who is" → "and are")
_TERM_WHO = re.compile(
    r"(?P<term>\s*\S.*?)\s+(?:who\s+(?:(?P<verb>is|has|does|was)\s+|"
    r"(?=(?:are|have|do|were|agree|use|plan|intend|wish|want|practi[cs]e|take|accept|commit|consent|understand)\b))"
    # "… of childbearing potential with a negative test must" → "… and have a negative test"; "using" → "and are using"
    r"|(?P<with>with)\s+|(?=(?P<ing>using|practi[cs]ing|taking|willing)\b))",
    re.IGNORECASE,
)


def gendered_opening(text: str, start: int, lexicon: Lexicon) -> list[Edit]:
    """ "Women who can become pregnant must use birth control" → "If you are female and can become
    pregnant, you must use birth control": who the duty is for stays, as a condition on the reader.

    Only a plain duty (must, should, will, need to, agree to …) with a short description before it and
    no verb of the description's own outside a "who" clause; anything else keeps its third person.
    """
    m = GENDERED.match(text, start)
    if m is None:
        return []
    clause_end = re.search(r"[.;:](?:\s|$)", text[m.end() :])
    stop = m.end() + clause_end.start() if clause_end else len(text)
    duty = _DUTY.search(text, m.end(), stop)
    if duty is None:
        return []
    description = text[m.end() : duty.start()]
    sex = "female" if m.group("f") else "male"
    if re.fullmatch(r"\s*(?:either|both|all|each|also)\s*", description, re.IGNORECASE):
        # "Women either must be …" → "If you are female, you must either be …": the word goes with the duty
        return [Edit(start, duty.end(), f"If you are {sex}, you {duty.group()} {description.strip()}", "person")]
    # (nor one that ends on "and": "Male subjects agree to X and must Y" has two verbs of the subject's own)
    if _NEGATED.search(description) or re.search(r"\b(?:who|that|which|and|or)\s*$", description, re.IGNORECASE):
        return []
    # (nor a second group joined to the first: "Men and WCBP must …" is no man who is a WCBP)
    if re.search(r"^\s*(?:(?:and|or)\b|[&/])|[,(\[]|\b(?:partners?|wom[ae]n|m[ae]n|females?|males?)\b", description,
                 re.IGNORECASE):
        return []
    if dangling_verb(text[: duty.start()], m.end()):
        return []
    if not description.strip():
        return [Edit(start, duty.start(), f"If you are {sex}, you ", "person")]
    entry = lexicon.lookup(description.strip())
    if isinstance(entry, TermEntry) and entry.use is Use.SUBSTITUTE:
        # "of childbearing potential" is one lexicon term: its plain wording stands for the whole description
        description_end = m.end() + len(description.rstrip())
        # ("fertile patients" says "patients who could have children": after "you are male and", only what they can)
        plain = _PEOPLE_WHO.sub("", entry.plain)
        return [
            Edit(start, description_end, f"If you are {sex} and {plain}", "person"),
            Edit(description_end, duty.start(), ", you ", "person"),
        ]
    term_who = _TERM_WHO.match(description)
    term = lexicon.lookup(term_who.group("term").strip()) if term_who is not None else None
    if term_who is not None and isinstance(term, TermEntry) and term.use is Use.SUBSTITUTE:
        # "Women of childbearing potential who agree to X must Y" → "If you are female and able to become pregnant and
        # agree to X, you must Y": the lexicon's term, then the clause's verb as the reader's
        verb = "have" if term_who.group("with") else "are" if term_who.group("ing") else ""
        verb = verb or _PLURAL_OF.get((term_who.group("verb") or "").lower(), "")
        description_end = m.end() + len(description.rstrip())
        return [
            Edit(start, m.end() + term_who.end(), f"If you are {sex} and {term.plain} and {verb + ' ' if verb else ''}",
                 "person"),
            Edit(description_end, duty.start(), ", you ", "person"),
        ]
    with_ = re.match(r"\s+with\s+", text[m.end() :], re.IGNORECASE)
    if with_:  # "Female participants with infants must" → "If you are female and have infants, you must"
        description_end = m.end() + len(description.rstrip())
        return [
            Edit(start, m.end() + with_.end(), f"If you are {sex} and have ", "person"),
            Edit(description_end, duty.start(), ", you ", "person"),
        ]
    who = _WHO.match(text, m.end())
    lead_end = m.end() + (who.end() - who.start() if who else 0)
    verb = _PLURAL_OF.get((who.group("verb") or "").lower(), "") if who else ""
    opening = f"If you are {sex} and " + (f"{verb} " if verb else "") if who else f"If you are {sex} and"
    description_end = m.end() + len(description.rstrip())
    return [
        Edit(start, lead_end, opening, "person"),
        Edit(description_end, duty.start(), ", you ", "person"),
    ]
