"""The lexicon's plain words kept where an opening rewrote the same words (offline backend).

The edits of one criterion are merged with the opening first (offline._compose), so an opening edit that covers a
term wins over the term's plain wording, and the term stays as written:

- an opening that says the term's own words again: "Myocardial infarction within the past 6 months" → "You have
  had a myocardial infarction …" (offline_openings' past event) kept "myocardial infarction" where the lexicon says
  "heart attack";
- an opening's change of case on the term's first word: "Uncontrolled hypertension" → "You have uncontrolled
  hypertension" (the capital lowered after "You have") kept the term, where the lexicon says "high blood pressure
  that is not under control"; "Type 1 diabetes mellitus" kept "mellitus".

Here the term's plain wording goes into the opening's own text (once, where the opening says exactly the term's
words), or replaces an edit that only changed the case of the term's first word, lowered as that edit lowered it.
The term edits are the same that plan_terms made and checked (offline_terms: no fact gained or lost); the
composed bullet is checked again like every other.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from translator.offline_edits import Edit, wants_an


def carried_terms(
    text: str, person: Sequence[Edit], case: Sequence[Edit], terms: Sequence[Edit]
) -> tuple[list[Edit], list[Edit], list[Edit]]:
    """`person`, `case` and `terms` with each term an opening covered said in its plain wording (see the module)."""
    person, case, kept = list(person), list(case), []
    for term in terms:
        if _said_again(text, term):
            kept.append(term)  # as plan_terms made it: the opening, which wins over it, keeps the words as written
            continue
        carried = _into_opening(text, person, term)
        if carried is not None:
            person = carried
            continue
        cased = _case_only(text, [*person, *case], term)
        if cased is None:
            kept.append(term)
            continue
        replaced, lowered = cased
        # an opening said before the term ("You have " of "You have uncontrolled "): inserted before its plain wording
        person = [_opening_only(text, e) if e in replaced else e for e in person]
        case = [e for e in case if e not in replaced]
        kept.append(lowered)
    return [e for e in person if e.text or e.start != e.end], case, kept


def _into_opening(text: str, person: list[Edit], term: Edit) -> list[Edit] | None:
    """The person edits with `term`'s plain wording inside the one opening that covers it and says its words."""
    for i, edit in enumerate(person):
        if edit.start == edit.end or not (edit.start <= term.start and term.end <= edit.end):
            continue
        said = text[term.start : term.end]
        words = re.compile(rf"(?<![\w-]){re.escape(said)}(?![\w-])", re.IGNORECASE)
        found = list(words.finditer(edit.text))
        if len(found) != 1 or len(words.findall(text, edit.start, edit.end)) != 1:
            return None
        m = found[0]
        wording = term.text
        if m.group()[:1].islower() and _title_word(wording):
            wording = wording[:1].lower() + wording[1:]
        before = edit.text[: m.start()]
        article = re.search(r"\b(an?)\s+$", before)
        if article and wants_an(said) == (article.group(1) == "an") and wants_an(said) != wants_an(wording):
            before = before[: article.start(1)] + ("an" if wants_an(wording) else "a") + before[article.end(1) :]
        carried = Edit(edit.start, edit.end, before + wording + edit.text[m.end() :], edit.what)
        return [*person[:i], carried, *person[i + 1 :]]
    return None


def _case_only(text: str, edits: Sequence[Edit], term: Edit) -> tuple[list[Edit], Edit] | None:
    """The edits over `term`'s words that only change their case (after an opening said before the term's start:
    "Uncontrolled" → "You have uncontrolled "), and the term lowered as they lowered it; None when an edit inside or
    across the term does more than that."""
    inside = [e for e in edits if e.start < term.end and term.start < e.end]
    for e in inside:
        said = text[e.start : e.end]
        if e.start < term.start or e.end > term.end or not e.text.lower().endswith(said.lower()):
            return None
        if len(e.text) != len(said) and e.start != term.start:
            return None  # words put in the middle of the term
    if not inside:
        return None
    first = min(inside, key=lambda e: e.start)
    wording = term.text
    if first.start == term.start and first.text[len(first.text) - (first.end - first.start) :][:1].islower():
        wording = wording[:1].lower() + wording[1:] if _title_word(wording) else wording
    return inside, Edit(term.start, term.end, wording, term.what)


def _opening_only(text: str, edit: Edit) -> Edit:
    """What an edit said before the source's words it repeats ("You have " of "You have uncontrolled ")."""
    return Edit(edit.start, edit.start, edit.text[: len(edit.text) - (edit.end - edit.start)], edit.what)


def _said_again(text: str, term: Edit) -> bool:
    """Whether the plain wording's last word stands right after the term ("Pregnant or nursing/breastfeeding" would
    read "pregnant or breastfeeding/breastfeeding") or its first word right before it."""
    words = re.findall(r"[A-Za-z]+", term.text.lower())
    after = re.match(r"[\s/,(-]*(?:(?:or|and|and/or)\s+)?([A-Za-z]+)", text[term.end :])
    before = re.search(r"([A-Za-z]+)[\s/,(-]*(?:(?:or|and|and/or)\s+)?$", text[: term.start])
    return bool(words) and (
        (after is not None and after.group(1).lower() == words[-1])
        or (before is not None and before.group(1).lower() == words[0])
    )


def _title_word(wording: str) -> bool:
    """Whether the wording's first word is capitalised only as a sentence's first word ("High blood pressure", not
    "HIV" or "Parkinson's")."""
    first = wording.split()[0] if wording.split() else ""
    return first[:1].isupper() and first[1:].islower() and first[1:].isalpha()


def carried_facts(text: str, worded: list[Edit], person: Sequence[Edit]) -> list[Edit]:
    """Fact wordings that say the source's own words ("14 days prior to their first dose" → "in the 14 days before
    their first dose") with the person edits inside them made too: facts win where edits overlap, so "their"
    would stay in a bullet that says "you" elsewhere."""
    carried = []
    for edit in worded:
        wording = edit.text
        for inner in person:
            if not (edit.start <= inner.start and inner.end <= edit.end) or inner.start == inner.end:
                continue
            said = re.escape(text[inner.start : inner.end])
            if (
                len(re.findall(rf"\b{said}\b", wording)) == 1
                and len(re.findall(rf"\b{said}\b", text[edit.start : edit.end])) == 1
            ):
                wording = re.sub(rf"\b{said}\b", inner.text, wording)
        carried.append(Edit(edit.start, edit.end, wording, edit.what) if wording != edit.text else edit)
    return carried
