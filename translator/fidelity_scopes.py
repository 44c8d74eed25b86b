"""A negation dropped from one item of a list while the count stays: "have no cause of A and no other cause of B"
→ "have a cause of A and no other cause of B".

Negations are compared by count (`translator.fidelity_negation_counts`), and a faithful bullet may repeat a
negation over the items of a list; so a bullet that drops one copy still has as many negations as its
source. What the count cannot see, the cue's scope can: a cue that heads its item ("… and no other cause of
B") negates that item; an item beside it with no cue of its own, that names something the source negates
("have a cause of A"), has lost its negation. `translator.fidelity_negation_counts` reports such an item
only when it names an item of a list the source negates, and the source has no such item itself.

The same holds clause by clause (`unnegated_items`): each item of a list the source negates ("No history of A, B
or C") needs a negated clause of the bullets that names it, once the bullets keep the list's negation for any of
its items. A bullet may say the one negation again in other words ("You have never had A, and you do not have
B": `negated_item_clauses`, counted as a repeat); an item it names only in a clause no negation governs ("… You
have had C.", "You have had C, but never A or B") has lost its negation, whatever the count.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from functools import lru_cache

from translator.facts import Fact, FactKind
from translator.fidelity_negations import word_stems
from translator.lexicon import Lexicon

# The cues that negate a state or an event (not exceptions, which never repeat).
_PLAIN = {"no", "not", "never", "neither", "none", "without", "absence", "free"}
_COORDINATOR = re.compile(r",|;|\b(?:and/or|and|or|nor)\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
_JOIN = re.compile(r"and|or|nor|and/or", re.IGNORECASE)


def _pieces(text: str, pos: int) -> list[tuple[int, int]]:
    """The coordinated pieces of the sentence around `pos`, as spans."""
    start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, pos)), default=0)
    stop = _SENTENCE_END.search(text, pos)
    end = stop.start() if stop else len(text)
    cuts = [start, *(p for m in _COORDINATOR.finditer(text, start, end) for p in (m.start(), m.end())), end]
    return list(zip(cuts[::2], cuts[1::2], strict=True))


def uncued_neighbours(text: str, facts: Sequence[Fact]) -> list[tuple[int, int]]:
    """Items joined by "and"/"or" to a next item that a cue heads ("A and no other cause of B"), with no negation
    of their own ("A")."""
    negations = [f for f in facts if f.kind is FactKind.NEGATION]
    found: list[tuple[int, int]] = []
    # A cue that is a word of its own: "uncontrolled diabetes or heart disease" negates within its word.
    for cue in (f for f in negations if f.cue in _PLAIN and f.text.casefold() in _PLAIN):
        pieces = _pieces(text, cue.start)
        k = next((i for i, (a, b) in enumerate(pieces) if a <= cue.start < b), 0)
        if k == 0 or text[pieces[k][0] : cue.start].strip():
            continue  # the cue does not head its item: "you have no cause" negates within its own clause
        a, b = pieces[k - 1]
        words = text[a:b]
        # Joined by a word, not a comma (a rewording adds commas: "i.e." → "that is,"), at one bracket depth.
        joined = _JOIN.fullmatch(text, b, pieces[k][0]) and words.count("(") == words.count(")")
        if joined and words.strip() and not any(a <= n.start < b for n in negations):
            span = (a + len(words) - len(words.lstrip()), b - (len(words) - len(words.rstrip())))
            if span not in found:
                found.append(span)
    return found


# The item after a negated one that the cue cannot reach across "and": one with an article of its own after "no"
# ("no active bleeding and a medical condition that …": "no" does not govern "a medical condition"), and any short
# bare item after "not" ("not pregnant and breastfeeding" denies only both at once). Only the sentence's last item: one
# that more items follow may be the subject of a clause of its own ("no symptoms and a lumbar puncture, CT scan or MRI
# shows no CNS lymphoma"); not one that opens a clause (a subject, an auxiliary, "to"), nor a long one after "not";
# and only after a short negated item: in "not able to take folic acid and vitamin B12" the "and" joins what is
# taken, under the one "not".
_OWN_ARTICLE = re.compile(r"(?:a|an)\s", re.IGNORECASE)
_CLAUSE_OPENING = re.compile(r"(?:you|your|they|their|he|she|it|we|to|is|are|was|were|be|been|has|have|had|do|does|did"
                             r"|can|could|will|would|must|should|may|might|also|then|if|when|who|that|which)\b",
                             re.IGNORECASE)


def unreached_followers(text: str, facts: Sequence[Fact]) -> list[tuple[int, int]]:
    """Items joined by "and" right after the item a "no" or "not" negates, that the cue does not reach (see
    `_OWN_ARTICLE`), with no negation of their own."""
    negations = [f for f in facts if f.kind is FactKind.NEGATION]
    found: list[tuple[int, int]] = []
    for cue in (f for f in negations if f.text.casefold() in ("no", "not")):
        pieces = _pieces(text, cue.start)
        k = next((i for i, (a, b) in enumerate(pieces) if a <= cue.start < b), None)
        if k is None or k + 2 != len(pieces) or text[pieces[k][1] : pieces[k + 1][0]].casefold() != "and":
            continue
        a, b = pieces[k + 1]
        item = text[a:b].strip()
        # (an item of its own article after "no" is out of its reach however long the negated one: "No spread to
        # internal organs (visceral metastases) and an extension into the chest")
        if not item or any(a <= n.start < b for n in negations) or item.count("(") != item.count(")") or (len(
                text[cue.end : pieces[k][1]].split()) > 3 and not (cue.text.casefold() == "no" and _OWN_ARTICLE.match(
                item))):
            continue
        if cue.text.casefold() == "no":
            reached = not _OWN_ARTICLE.match(item)
        else:
            reached = len(item.split()) > 3 or bool(_CLAUSE_OPENING.match(item))
        if not reached:
            start = a + len(text[a:b]) - len(text[a:b].lstrip())
            found.append((start, start + len(item)))
    return found


# Where a bullet's clause ends: a sentence, a semicolon, a contrast ("but", "however"), or a coordinator that
# opens a clause of its own, with a subject ("…, and you have had C") or a finite verb ("…, and have had C").
# Not "or" before a verb: "you have not had A or had B" goes on with the same negation; not a comma before a
# subject: "In the 6 months before, you must not have had…" puts a phrase of its clause first.
_CLAUSE_END = re.compile(
    # ("not well controlled while taking 1, 2 or 3 medicines": a "while" before a participle says when, no contrast)
    r"[.!?](?:\s|$)|;|\b(?:but|however|although|whereas|while(?!\s+(?:taking|using|receiving|getting|on)\b))\b"
    r"|\b(?:and|or)\s+(?=(?:you|they|he|she|we|(?:the\s+)?(?:subject|patient|participant)s?)\b)"
    r"|(?:,\s*(?:and\s+)?|\band\s+)(?=(?:have|has|had|are|is|was|were|do|does|did)\b)",
    re.IGNORECASE)
_EXCEPTIONS = {"except", "unless", "allowed"}
# Wordings that negate a clause with no negation cue: a prohibition, a verb of keeping from something, a thing that
# keeps the reader out ("having B would also keep you out"); items named as the exceptions ("A and B are exceptions")
# stand under the source's "except A or B".
_NEGATING = re.compile(r"\b(?:are|is)\s+(?:an\s+|the\s+)?exceptions?\b"
                       r"|\bnot\s+(?:be\s+)?(?:allowed|permitted)\b|\b(?:prohibited|forbidden|disallowed|exclud\w*"
                       r"|disqualif\w*|ineligib\w*)|\b(?:keeps?|kept|rules?|ruled)\s+(?:you|them|patients)\s+out\b"
                       r"|\b(?:refrain|abstain|avoid|stop|quit|cease|give up)\w*", re.IGNORECASE)
# A list's stretch ends where a bracket opens another clause: "free for 3 years (A, B or C are allowed)"; after a
# colon, its items are what follows: "not have had any of the following within 6 months: MI, angina or CHF".
_STRETCH_STOP = re.compile(r"[()\[\]]")
# A sentence or clause that says more of the one before it: what it includes, means, or gives as examples.
_ELABORATION = re.compile(r"[\s.;,]*(?:(?:this|that|these|those|which)\s+(?:includes?|including|means?|is|are"
                          r"|covers?|can\s+be)|for\s+example|for\s+instance|such\s+as|e\.g\.|i\.e\.|examples?\s+(?:are|include)"
                          r"|including|namely)\b", re.IGNORECASE)
_ITEM_CUT = re.compile(r",|/|\b(?:and/or|and|or|nor)\b", re.IGNORECASE)


def _clauses(text: str, facts: Sequence[Fact], *, inherit: bool = True) -> list[tuple[int, int, bool]]:
    """A bullet's clauses as spans, each with whether a negation governs it; without `inherit`, only a negation of
    the clause's own, not one of the clause it says more of."""
    cuts = [0, *(m.start() for m in _CLAUSE_END.finditer(text)), len(text)]
    cues = [f.start for f in facts if f.kind is FactKind.NEGATION and f.cue not in _EXCEPTIONS]
    cues += [m.start() for m in _NEGATING.finditer(text)]
    clauses: list[tuple[int, int, bool]] = []
    for a, b in itertools.pairwise(cuts):
        if text[a:b].strip(" .;"):
            negated = any(a <= c < b for c in cues)
            # "You have never had CNS disease. This includes brain tumours or seizures": the sentence goes on with
            # the clause before it, under its negation.
            if inherit and clauses and _ELABORATION.match(text, a):
                negated = negated or clauses[-1][2]
            clauses.append((a, b, negated))
    return clauses


class _Words:
    """The stems of a text's own words and of the lexicon's short plain words for them ("heart attack" for
    "myocardial infarction"), not its definitions: "damage to the brain from a blocked or burst blood vessel"
    would tie "stroke" to any clause about blood."""

    def __init__(self, text: str) -> None:
        self.own = word_stems(text)
        self.plain = {stem for m in Lexicon.load().find(text) if m.plain and len(m.plain.split()) <= 3
                      for stem in word_stems(m.plain)}

    def names(self, other: _Words, but: set[str]) -> bool:
        """Whether the two texts name the same thing, in the same words or one in the other's plain words."""
        return bool(((self.own & (other.own | other.plain)) | (self.plain & other.own)) - but)


@lru_cache(maxsize=8192)
def _words(text: str) -> _Words:
    """`_Words` of a text, once: every rewrite level of a criterion is checked against the same source clauses,
    and the lexicon look-up is the costly part (a third of the offline backend's scope-check time)."""
    return _Words(text)


def unnegated_stems(text: str, facts: Sequence[Fact]) -> set[str]:
    """The stems of a source's clauses that no negation governs, read as a bullet's are, and of the lexicon's plain
    words for them: what the source says outside its negations ("does not have hypertension and has a blood
    pressure …"; "but … from chemotherapy or investigational agents") a bullet may say so too."""
    said = [_words(text[a:b]) for a, b, negated in _clauses(text, facts) if not negated]
    return set().union(*(words.own | words.plain for words in said))


def said_stems(text: str) -> set[str]:
    """The stems of `text` and of the lexicon's short plain words for them: what a source says outside a negated
    list, a bullet may say in its plain words ("heart attack" for "myocardial infarction") without naming an item
    of the list ("congestive heart failure") by their shared word."""
    words = _words(text)
    return words.own | words.plain


def _parts(stretch: str) -> list[_Words]:
    """The items of a negated list's stretch, up to a bracket, after a colon."""
    items = _STRETCH_STOP.split(stretch)[0].rsplit(":", 1)[-1]
    if (end := _CLAUSE_END.search(items)) is not None:
        items = items[: end.start()]  # "No restriction on A, but patients must be … from B or C": the clause ends
    return [_words(part) for part in _ITEM_CUT.split(items) if part.strip()]


def unnegated_items(items: Sequence[str], outside: set[str], bullets: Sequence[tuple[str, Sequence[Fact]]]
                    ) -> list[tuple[int, int, int]]:
    """Clauses of the bullets that name an item of a list the source negates item by item ("No history of A, B
    or C"), where no negated clause of the bullets names that item, while one names another item of the list:
    the bullets keep the list's negation for some items and lost it for this one ("You have never had A or B.
    You have had C."; "You have had C, but never A or B"). A count cannot see it when a bullet says the one
    negation twice in other words. `items` are the stretches of `negated_items`; `outside` the stems the source
    says outside them, which a bullet may say in a clause of their own. Returns (bullet position, start, end)."""
    if not items:
        return []  # no negated list: no clause to read (most sources have none)
    clauses = [(k, a, b, negated, _words(text[a:b]))
               for k, (text, facts) in enumerate(bullets) for a, b, negated in _clauses(text, facts)]
    found: list[tuple[int, int, int]] = []
    for stretch in items:
        parts = _parts(stretch)
        kept = [any(negated and part.names(words, outside) for *_, negated, words in clauses) for part in parts]
        if not any(kept):
            continue  # the bullets lost the list's negation altogether, or say it in other words: the count's case
        for part in (p for p, negated in zip(parts, kept, strict=True) if not negated):
            for k, a, b, negated, words in clauses:
                said = bullets[k][0][a:b]
                span = (k, a + len(said) - len(said.lstrip(" ,;.")), b - len(said) + len(said.rstrip(" ,;.")))
                if not negated and part.names(words, outside) and span not in found:
                    found.append(span)
    return found


def negated_item_clauses(items: Sequence[str], outside: set[str], bullets: Sequence[tuple[str, Sequence[Fact]]]
                         ) -> int:
    """How many clauses of the bullets beyond one per negated list negate items of it: "You have never had A, and
    you do not have B" says the one "No A or B" twice, in other words, as a list's repeat in the same words is."""
    # Only clauses with a cue of their own: "This means A or B" after a negated clause repeats no negation.
    clauses = [_words(text[a:b]) for text, facts in bullets
               for a, b, negated in _clauses(text, facts, inherit=False) if negated]
    repeats = 0
    for stretch in items:
        parts = _parts(stretch)
        repeats += max(sum(any(p.names(words, outside) for p in parts) for words in clauses) - 1, 0)
    return repeats
