"""Inclusion criteria that open with a count of treatments or with "Not", put to the reader (offline backend).

- a bound on how many treatments the reader has had: "No more than 2 prior chemotherapy regimens for metastatic
  disease" → "You have had no more than 2 prior chemotherapy regimens …", "At least 1 prior standard regimen" →
  "You have had at least 1 prior standard regimen", "Up to 3 prior lines of endocrine therapy" → "You have had up
  to 3 …"; and a bound on how long a treatment went on ("At least 12 weeks of prior treatment with erlotinib").
  The comparator is kept word for word, lowered after the opening ("no more than 2" stays "no more than 2");
- "No prior X" → "You have had no prior X", "No history of X" → "You have no history of X" (the source's "no" kept);
- "Not previously <done>" → "You have not been <done> before" ("Not previously treated with local therapy"), "Not
  have X" → "You do not have X", "Not have been/received X" → "You have not been/received X", "Not <state>" →
  "You are not <state>" ("Not currently taking X", "Not a candidate for X", "Not allergic to X"): the source's one
  "not" stays one "not".

A bound on something that is not the reader's history (a lab, a lesion, a dose, a time since) is not counted here:
the count must be followed by a treatment noun ("regimens", "lines", "therapies", "courses" …). Only at the top of a
criterion or under a bare label ("Chemotherapy:", "Prior therapy:"): a sub-item of a lead-in with a verb of its own
("Patients must have received at least:") or of a heading whose value it is ("Life expectancy:"), or of one that
allows or denies ("Other allowed prior treatment:"), is read after it and keeps its words. A permission or a
requirement in the sentence itself ("… is required", "No more than 1 X is allowed") would need a modal this opening
does not say, so those keep their words too, but for "Up to N X are allowed/permitted" → "You may have had up to N X"
(the most one may have had, still a permission); offline_leads checks each result with the fidelity check.
"""

from __future__ import annotations

import re

from translator.criteria import SectionKind
from translator.offline_edits import Edit
from translator.offline_openings import dangling_verb

_NUMBER = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve)"
_BOUND = (
    r"(?:no\s+(?:more|fewer|less)\s+than|not\s+more\s+than|at\s+(?:least|most)|up\s+to|(?:a\s+)?(?:maximum|minimum)"
    r"\s+of|more\s+than|fewer\s+than|less\s+than(?:\s+or\s+equal\s+to)?|[≥≤]|>=?|<=?)"
)
_TREATMENTS = (
    r"regimens?|lines?|therap(?:y|ies)|treatments?|chemotherap(?:y|ies)|courses?|cycles?|injections?|infusions?|"
    r"transplants?|surgeries|resections?"
)
# words between the count and the treatment noun: not a preposition, a verb or a time ("12 months of any prior X")
_WORD = (
    r"(?!(?:of|for|with|in|on|to|from|and|or|but|must|is|are|was|were|has|have|had|that|which|who|since|"
    r"hours?|days?|weeks?|months?|years?)\b)[\w/+-]+"
)
_TIME = r"(?:days?|weeks?|months?|years?)"
_COUNT = re.compile(
    rf"(?P<bound>{_BOUND})\s*(?:≥\s*)?{_NUMBER}"
    # "At least 2 but no more than 3 prior therapies"
    rf"(?:\s+(?:but|and)\s+{_BOUND}\s*{_NUMBER})?\s+"
    rf"(?:(?:{_WORD}\s+){{0,4}}?(?:{_TREATMENTS})\b"
    rf"|{_TIME}\s+of\s+(?:(?:continuous|prior|previous|past|any)\s+)*(?:treatment|therapy)\b)",
    re.IGNORECASE,
)
# a permission, a requirement or a judgement the opening would drop the modal of
_MODAL = re.compile(
    r"\b(?:allowed|permitted|acceptable|accepted|required|needed|necessary|mandatory|eligible|excluded|considered)\b",
    re.IGNORECASE,
)
# "No prior X", "No history of X" (not "No prior or concurrent X": now too, which "have had" would not say)
_NONE_HAD = re.compile(
    r"no\s+(?:(?P<past>prior|previous)\s+(?!(?:or|and|and/or|to|history)\b)(?=\w)|(?P<history>(?:known\s+)?history\s+of"
    r"\s+(?!(?:or|and|and/or)\b)(?=\w)))",
    re.IGNORECASE,
)
# "… are allowed" closing a count with "Up to": the count is the most one may have had
_UP_TO_ALLOWED = re.compile(r"\s+(?:is|are)\s+(?:allowed|permitted)\s*$", re.IGNORECASE)
# a heading whose item is read after it: one with a verb, one that allows or denies, one whose value the item is
_READ_AFTER = re.compile(
    r"\b(?:must|should|will|shall|may|can|is|are|has|have|had|be|been|received|include|including|following|"
    r"defined|meets?|allowed|permitted|acceptable|except|excluding|no|not|none|without|expectancy|if|unless)\b",
    re.IGNORECASE,
)

_NOT_BEFORE = re.compile(r"not\s+previously\s+(?P<done>(?!need)\w+ed)\b", re.IGNORECASE)
_NOT_HAVE = re.compile(
    r"not\s+(?:have\s+(?P<perfect>(?:been|had|received|taken|undergone|used|\w+ed)\b)?"
    r"|(?P<done>received|had|undergone|taken|used)\b)",  # "Not received any chemotherapy": "have" left out
    re.IGNORECASE,
)
_NOT_STATE = re.compile(
    r"not\s+(?=(?:currently\s+)?(?:(?!(?:having|being|need|needing|more|less|only|all|any|to|the|yet)\b)\w+ing|"
    r"on|in|at|a|an|(?:hiv[-\s]?)?(?:sero)?(?:positive|negative|seropositive)|allergic|pregnant|breast-?feeding|"
    r"nursing|lactating|eligible|candidates?|immunocompromised|co-?infected|able|willing|fit|suitable|"
    r"enrolled|hospitali[sz]ed|scheduled|demented|institutionali[sz]ed|"
    r"incarcerated|homeless)\b)",
    re.IGNORECASE,
)
# a time before now, which "You are not X" would put in the present ("Not involved in any test during 3 months before")
_PAST_WINDOW = re.compile(
    r"\b(?:in\s+the\s+(?:past|last|previous|preceding)|within|ago|prior|before|previous(?:ly)?|formerly|since|last)\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.;:!?](?:\s|$)|\n")


def _bare_label(parent: str | None) -> bool:
    """Whether a parent is no more than a label ("Chemotherapy:", "Prior therapy:"), so its item reads alone."""
    if parent is None:
        return True
    label = parent.strip().rstrip(":").strip()
    return len(label.split()) <= 4 and not _READ_AFTER.search(label) and not re.search(r"[.;,]", label)


def counted_opening(text: str, start: int, kind: SectionKind, parent: str | None) -> list[Edit]:
    """Edits for an inclusion's "<bound> N <treatments>" or "Not …" opening (see the module), or none."""
    if kind is not SectionKind.INCLUSION:
        return []  # an exclusion's "Not …" or count reads against its heading ("You cannot join if…")
    end = _SENTENCE_END.search(text, start)
    first = text[start : end.start() if end else len(text)]
    unbracketed = re.sub(r"\([^()]*\)|\[[^\[\]]*\]", "", first)  # "(acceptable therapies include X)" is a note
    if not _bare_label(parent) or (end is not None and end.group()[0] == ":"):
        return []
    counted = _COUNT.match(text, start)
    allowed = _UP_TO_ALLOWED.search(first)
    if counted is not None and allowed is not None and counted.group("bound").lower().startswith("up"):
        # "Up to 2 prior regimens are allowed" → "You may have had up to 2 prior regimens": a permission stays one
        tail = start + allowed.start()
        if _MODAL.search(unbracketed[: allowed.start()]) or dangling_verb(text[:tail], counted.end()):
            return []
        if text[start + allowed.end() :].strip(" .;"):
            return []  # "… are allowed; adjuvant X after Y": the clause after may lean on the same "are allowed"
        return [Edit(start, start, "You may have had ", "person"), Edit(tail, start + allowed.end(), "", "person")]
    if _MODAL.search(unbracketed):
        return []
    if counted is not None:
        if dangling_verb(text, counted.end()):
            return []  # "At least one chemotherapy must have contained docetaxel"
        # an insertion only: the bound is the fact wording's to say ("At least 2 but no more than 3" → "2 to 3"),
        # and the case rules lower its capital after the opening
        return [Edit(start, start, "You have had ", "person")]
    none_had = _NONE_HAD.match(text, start)
    if none_had is not None:
        # "No prior X" → "You have had no prior X", "No history of X" → "You have no history of X": the source's
        # "no" kept, so the negation checks count the same one
        if dangling_verb(text, none_had.end()):
            return []
        return [Edit(start, start, "You have " if none_had.group("history") else "You have had ", "person")]
    if parent is not None:
        return []  # "Not …" under a label is mostly one of several states the label's lead-in says
    return _not_opening(text, start, first)


def _not_opening(text: str, start: int, first: str) -> list[Edit]:
    not_word = text[start : start + 3]
    if not_word.lower() != "not":
        return []
    before = _NOT_BEFORE.match(text, start)
    if before is not None:
        if dangling_verb(text, before.end()):
            return []
        return [Edit(start, before.end(), f"You have {not_word.lower()} been {before.group('done').lower()} before",
                     "person")]  # fmt: skip
    have = _NOT_HAVE.match(text, start)
    if have is not None:
        perfect = have.group("perfect") or have.group("done")
        after = have.end()
        if dangling_verb(text, after):
            return []
        said = f"You have {not_word.lower()} {perfect.lower()}" if perfect else f"You do {not_word.lower()} have "
        return [Edit(start, after, said, "person")]
    state = _NOT_STATE.match(text, start)
    if state is None or _PAST_WINDOW.search(first) or dangling_verb(text, state.end()):
        return []
    return [Edit(start, state.end(), f"You are {not_word.lower()} ", "person")]
