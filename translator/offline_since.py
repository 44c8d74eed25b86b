"""Elapsed time written as a fragment, as a plain sentence (offline backend): "At least 4 weeks since prior
radiotherapy" → "It has been at least 4 weeks since any past radiation treatment."

Older NCI (PDQ-style) records state how long ago a treatment or an event was as a bare noun phrase. Said as a
sentence, its fact keeps its own words and comparator ("at least 4 weeks", "more than 3 months", "4 weeks or
more"), only lowered after the opening "It has been". No "you" in the fact: it states the reader's history, and the
section heading ("You may be able to join if…" / "You cannot join if…") says whether it lets them in.

What the time is counted from:

- "since prior/previous/past X" and "since any prior X" → "since any past X": every past X, so the latest one
  ("your last X" would presume the reader had one);
- "since last X" → "since your last X" (the source's own "last");
- anything else ("since diagnosis", "since the last dose of X", "since completion of X") as written;
- "since prior and no concurrent X" (the same X before, and none of it during) → "since any past X, and you have
  none at the same time" (the wording "concurrent" gets elsewhere); "and no other concurrent X" → "…, and you have
  no other at the same time".

Outside an exclusion that second clause, and a tail "and recovered", is a sentence of its own where the joined bullet
reads above grade 8 (session 80, for the reading grade; a shorter one reads as easily whole): "It has been more than
4 weeks since any past radiation treatment, chemotherapy, or immunotherapy. You also have none at the same time."
Both must hold, and "also" keeps them joined as the "and" did (as translator.offline_own_subjects says "You have also
recovered", which its guards refuse after a list with an "or"; here the rule knows its two clauses), in half the
sentence length (grade 12.4 → 8.4). In an exclusion the clause stays joined: two sentences under "You cannot join
if…" could read as two reasons.

An aside on the amount stays by it: "At least 3 weeks (6 for nitrosourea) since prior chemotherapy" → "It has been
at least 3 weeks (6 for nitrosourea) since any past chemotherapy".

Only when the whole criterion is that one statement, with bracketed asides where the source has them, and
optionally the tail "and recovered", "and fully recovered" or "and recovered from …" (→ ", and you have recovered
…"), or a closing colon that leads into sub-items. A criterion with anything else (a negation, "and no concurrent
X", "unless", "while", "except", a verb of its own, a state joined on ("and stable"), "; …", a second sentence, a
bracket left open, an item cut off after "or") gets no edit: its other clause would need a subject this opening
cannot give. Nor does one whose sentence the fidelity check faults on its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from translator.backend import CriterionRequest, RenderedBullet, Rendering, RequestItem
from translator.criteria import SectionKind
from translator.facts import Fact
from translator.fidelity import check_rendering, errors
from translator.offline_edits import Edit, apply, merge, tidy
from translator.readability import TARGET_GRADE, grade

# a number in figures or, as older records write small ones, in words ("At least four weeks since …")
NUMBER = r"(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_UNIT = r"(?:hours?|hrs?|days?|d|weeks?|wks?|months?|mos?|years?|yrs?)"
_COMPARATOR = (
    r"(?:at\s+least|at\s+most|more\s+than|greater\s+than|less\s+than|fewer\s+than|longer\s+than|shorter\s+than|"
    r"no\s+(?:more|less|fewer|longer|shorter)\s+than|over|under|(?:a\s+)?(?:minimum|maximum)\s+of|>=?|<=?|[≥≤])"
)
_AMOUNT = re.compile(
    rf"(?P<cmp>{_COMPARATOR}\s*)?{NUMBER}(?:\s*(?:-|–|to)\s*{NUMBER})?\s*{_UNIT}"
    # an aside on the amount stays by it: "At least 3 weeks (6 for nitrosourea) since prior chemotherapy"
    r"(?:\s+or\s+(?:more|longer|greater))?(?:\s*\([^()]*\))?\s+since\s+",
    re.IGNORECASE,
)
# what the time is counted from, as the source names it: "prior X", "any prior X", "last X"
_FROM = re.compile(r"(?P<any>any\s+)?(?P<past>prior|previous|past)\s+(?=\w)|(?P<last>last)\s+(?=\w)", re.IGNORECASE)
# "since prior and no concurrent X": the same X before (at least so long ago) and none of it at the same time
# ("prior and no other concurrent X": none other than the study's → "you have no other at the same time")
_AND_NONE_NOW = re.compile(r"prior\s+and\s+no\s+(?P<other>other\s+)?(?:concurrent|concomitant)\s+(?=\w)", re.I)
# "and recovered", "and fully recovered", "and recovered from all toxicities" (never "recovered to grade 1")
_RECOVERED = re.compile(
    r",?\s+(?P<and>and)\s+(?P<how>(?:fully|completely)\s+)?recovered(?P<from>\s+from\s+\S.*?)?\s*$", re.I
)
# words that make a clause of their own, or change what the time says ("and no concurrent X", "unless …")
_CLAUSE = re.compile(
    r"\b(?:no|not|nor|never|without|none|unless|while|whilst|except|excluding|if|provided|until|during|"
    r"concurrent(?:ly)?|concomitant(?:ly)?|since|must|should|shall|will|may|can|cannot|could|would|"
    r"is|are|was|were|be|been|has|have|had|there|who|which|that|whom|whose|patients?|subjects?|participants?|"
    r"you|they|he|she|recover\w*|demonstrated|received|completed)\b|n[’']t\b|[;:?!]|\.\s*\S"
    # a state joined on, not one more treatment of the list ("and stable", "and healed", "and off steroids")
    # (an "-ed" word only at the end: "or inhaled steroids" is one more of the list)
    r"|\b(?:and|or)\s+(?:off|asymptomatic|symptom-free|clinically|currently|now|still)\b"
    r"|\b(?:and|or)\s+(?:\w+ed|stable|free|well)\s*$",
    re.IGNORECASE,
)


def _without_asides(text: str) -> str | None:
    """`text` with its bracketed asides blanked (same length, inner ones first: "(> 3 weeks for X [Neulasta])"), or
    None when a bracket is left open."""
    blanked = None
    while blanked != text:
        blanked, text = text, re.sub(r"\([^()\[\]]*\)|\[[^()\[\]]*\]", lambda m: " " * len(m.group()), text)
    return None if re.search(r"[()\[\]]", text) else text


def since_edits(text: str, kind: SectionKind, facts: Sequence[Fact]) -> list[Edit]:
    """Edits that make an elapsed-time fragment a sentence ("It has been at least 4 weeks since any past X."), or
    none (see the module, and when the fidelity check faults the sentence: "and recovered (6 weeks for X)" moves the
    aside's 6 weeks away from the time it qualifies)."""
    if kind is SectionKind.EXCLUSION and _AND_NONE_NOW.search(text):
        return []  # none at the same time is what lets a reader in: in an exclusion, the source's logic is unclear
    item = RequestItem(ref="1", text=text, facts=list(facts))
    joined = _sentence(text)
    if not joined:
        return []
    # outside an exclusion both statements must hold, so a long one is said as two sentences (see the module); in an
    # exclusion the joined clause stays, as two sentences could read as two reasons
    split = _sentence(text, split=True) if kind is not SectionKind.EXCLUSION else joined
    hard = grade(tidy(apply(text, merge([joined])), sentence=True)) > TARGET_GRADE
    for edits in ([split] if split != joined and hard else []) + [joined]:
        bullet = RenderedBullet(text=tidy(apply(text, merge([edits])), sentence=True), refs=["1"], depth=0)
        if not errors(check_rendering(CriterionRequest(kind=kind, items=[item]), Rendering(bullets=[bullet]))):
            return edits
    return []


def _sentence(text: str, split: bool = False) -> list[Edit]:
    """The edits of the elapsed-time sentence; with `split`, its closing clause ("and no concurrent X", "and
    recovered") a sentence of its own: "… since any past X. You have none at the same time." (see since_edits)."""
    join, also = (". You", "also ") if split else (", and you", "")
    start = len(text) - len(text.lstrip())
    m = _AMOUNT.match(text, start)
    blanked = _without_asides(text)
    if m is None or blanked is None:
        return []
    none_now = _AND_NONE_NOW.match(text, m.end())
    after = none_now.end() if none_now else m.end()
    # the end of a list item ("…;") or of the sentence; a colon leads into sub-items ("since prior treatment with:")
    body = re.sub(r"\s*[.;,]?\s*$", "", blanked[after:])
    leads_in = body.endswith(":")
    body = body.removesuffix(":")
    tail = _RECOVERED.search(body)
    what = body[: tail.start()] if tail else body
    recovered_from = (tail.group("from") or "") if tail else ""
    if not re.search(r"[^\W\d_]", what) or _CLAUSE.search(what) or _CLAUSE.search(recovered_from):
        return []
    if not leads_in and re.search(r"(?:,|\b(?:and|or|and/or|of|with|for|to|in))\s*$", what, re.IGNORECASE):
        return []  # an item cut off ("prior chemotherapy, or"): its rest is elsewhere
    edits = [Edit(start, start, "It has been ", "person")]
    first = re.match(r"[A-Z][a-z]+\b", text[start:])
    if m.group("cmp") and first:  # "At least" mid-sentence now; a symbol ("≥") is the fact wording's
        lowered = first.group().lower()
        # "It has been a minimum of 4 weeks"
        edits.append(
            Edit(start, start + first.end(), f"a {lowered}" if lowered in ("minimum", "maximum") else lowered, "person")
        )
    counted = _FROM.match(text, m.end())
    if none_now:
        if tail or leads_in:
            return []  # "…, and none at the same time, and you have recovered": one clause too many
        edits.append(Edit(none_now.start(), none_now.end(), "any past ", "person"))
        none = "no other" if none_now.group("other") else "none"
        said = f"{join} {also}have {none} at the same time"
        edits.append(Edit(after + len(what), after + len(what), said, "person"))
    elif counted and counted.group("past"):
        # "any past participation in": the plain words' "taking part in" is no noun after "any past"
        noun = re.compile(r"\s+participation\b", re.IGNORECASE).match(text, counted.end("past"))
        end = noun.end() if noun else counted.end("past")
        said = ("past" if counted.group("any") else "any past") + (f" {noun.group().split()[0]}" if noun else "")
        edits.append(Edit(counted.start("past"), end, said, "person"))
    elif counted and counted.group("last"):
        edits.append(Edit(counted.start("last"), counted.start("last"), "your ", "person"))
    if tail:
        at = m.end() + tail.start("and")
        while text[at - 1] in ", \t":  # the comma and spaces before "and", not an aside the blanked tail spans
            at -= 1
        recovered = re.compile(r"recovered\b", re.IGNORECASE).search(text, at)
        assert recovered is not None  # the tail says it
        how = (tail.group("how") or "").lower()
        edits.append(Edit(at, recovered.end(), f"{join} have {also}{how}recovered", "person"))
    return edits
