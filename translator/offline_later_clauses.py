"""Where a later clause of a criterion may name the reader's group again: its sentences, a clause after a semicolon
that opens with its own subject, and a closing bracketed note (offline backend, for offline_later_subjects).

"No prior chemotherapy for metastatic pancreatic cancer; patients who have received any chemotherapy … in the
adjuvant setting must have completed this therapy ≥6 months prior to enrollment" and "Able to take aspirin … daily
as prophylactic anticoagulation (patients intolerant to ASA may use warfarin …)" hold a rule and, after it, an
exception or an extra condition for the same person, as a later sentence would. The composing rules print such a
clause as a sentence of its own when it opens with its subject ("… pancreatic cancer. Patients who have had …",
offline_semicolons and offline_asides); once offline_later_subjects puts it to the reader ("If you have had …, you
must …") they no longer see a subject there, so each clause carries the seams that make it that sentence: the
semicolon or the bracket before it said as a full stop, and the closing bracket dropped.

Only a semicolon outside brackets before a plain subject ("; patients …"), and only a bracket that closes the
criterion (a stop after it at most) and opens after the rule's own words.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from translator.offline_closing_notes import CLOSING_BRACKET, note_start
from translator.offline_edits import Edit
from translator.offline_subject_sentences import sentences

# "; patients …", "; subjects …" (the plain subject, in lower case or not)
_SEMICOLON = re.compile(r"\s*;\s+(?=(?:patients?|subjects?|participants?)\b)", re.IGNORECASE)
# a condition that may hold past the semicolon after it ("If …; …", "…; unless …; …")
# (one that opens the sentence or a clause: "may be enrolled if well controlled; …" holds only where it stands)
_CONDITION = re.compile(r"(?:^|[;:]\s*)(?:if|unless|when|whenever|where|provided)\b", re.IGNORECASE)
# a closing note: "(participants taking methadone for pain may be enrolled)" at the very end, a stop after it at most


class Clause(NamedTuple):
    start: int
    end: int
    seams: tuple[Edit, ...]  # what makes the clause a sentence of its own once it is rewritten


def later_clauses(text: str) -> list[Clause]:
    """Each sentence of `text`, each cut after a semicolon before a plain subject, and the last one cut before a
    closing bracketed note (the note without its brackets), with the seams that make each a sentence."""
    clauses: list[Clause] = []
    for start, end in sentences(text):
        seams: tuple[Edit, ...] = ()
        for semi in _SEMICOLON.finditer(text, start, end):
            if _CONDITION.search(text[start : semi.start()]):
                break  # "…; if the patient's history is questionable, X; patients with Y …": the "if" may hold for Y
            if _depth(text[start : semi.start()]) or semi.start() == start:
                continue
            clauses.append(Clause(start, semi.start(), seams))
            start, seams = semi.end(), (Edit(semi.start(), semi.end(), ". ", "person"),)
        clauses.append(Clause(start, end, seams))
    opened, close = note_start(text), CLOSING_BRACKET.search(text)
    last = clauses[-1]
    if opened is None or close is None or opened <= last.start or not text[last.start : opened].strip():
        return clauses
    before = len(text[:opened].rstrip(" ;,"))  # ("≤ 1.5 x ULN; (Patients …)": no stop after the semicolon)
    note = Clause(opened + 1, close.start(), (Edit(before, opened + 1, ". ", "person"),
                                              Edit(close.start(), close.start() + 1, "", "person")))  # fmt: skip
    return [*clauses[:-1], Clause(last.start, before, last.seams), note]


def _depth(before: str) -> int:
    """How many brackets are open at the end of `before`."""
    return before.count("(") + before.count("[") - before.count(")") - before.count("]")
