"""Negations compared by count, per cluster of criteria and the bullets that cite them.

A bullet may say a negation of its source in other words than a cue: an affix swapped for a word
("uncorrected" / "has not been corrected", `affix_swaps`), one negation repeated over a list
(`read_negations`), and two ways that name no cue at all:

- a prohibition on a thing: "no concurrent steroid eye drops" → "steroid eye drops are not allowed".
  "Not allowed" and "not permitted" are no cues (after a person they are the section's wording: "patients
  … are not eligible"), so the bullet's prohibitions beyond the source's own stand for plain negations the
  source has and the bullets lack — never for more;
- an exception said as the case it makes: "except patients with Gilbert's syndrome, who can have bilirubin
  < 3.0 mg/dL" → "if you have Gilbert's syndrome, your bilirubin can instead be below 3.0 mg/dL". A bare
  "instead" (not "instead of", a cue) stands for an exception ("except", "unless") the bullets lack; so does a
  permission ("may", "can", "fine") for a carve-out said as one ("prior radiotherapy is allowed" → "you may
  have had radiation therapy").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from typing import Protocol

from translator.criteria import SectionKind
from translator.facts import Fact, FactKind
from translator.fidelity_affix_swaps import affix_swaps
from translator.fidelity_negation_meanings import meaning_swaps
from translator.fidelity_negation_words import counter_swaps
from translator.fidelity_negations import (
    NegationReading,
    double_negatives,
    names_an_item,
    negated_items,
    negates_a_list,
    read_negations,
    shares_an_item,
)
from translator.fidelity_scopes import (
    negated_item_clauses,
    said_stems,
    uncued_neighbours,
    unnegated_items,
    unnegated_stems,
    unreached_followers,
)
from translator.fidelity_window_repeats import window_repeats
from translator.findings import Finding, Severity
from translator.text_memo import TEXTS


class _Source(Protocol):
    @property
    def id(self) -> str: ...
    @property
    def kind(self) -> SectionKind: ...
    @property
    def text(self) -> str: ...
    @property
    def facts(self) -> list[Fact]: ...
    @property
    def raw_span(self) -> tuple[int, int] | None: ...


class _Bullet(Protocol):
    @property
    def index(self) -> int: ...
    @property
    def text(self) -> str: ...
    @property
    def facts(self) -> list[Fact]: ...


_MODAL = re.compile(r"\b(?:must|should|shall|may)\b|\b(?:must|should|sha)n[’']t\b", re.IGNORECASE)
_MODAL_BEFORE = re.compile(r"\b(?:must|should|shall|may)\s+$", re.IGNORECASE)
# "shouldn't have received", as "should not have received"
_MODAL_CONTRACTED = re.compile(r"(?:must|should|sha)n[’']t\b", re.IGNORECASE)
# A prohibition on a thing; not on a person joining ("not allowed to take part"), which is the section's wording.
_PROHIBITED = re.compile(
    r"\bnot\s+(?:be\s+)?(?:allowed|permitted)\b(?!\s+to\s+(?:participate|join|take\s+part|enrol|be\s+(?:enrolled"
    r"|included|randomi[sz]ed)))|\b(?:prohibited|forbidden|disallowed)\b",
    re.IGNORECASE,
)
_INSTEAD = re.compile(r"\binstead\b(?!\s+of\b)", re.IGNORECASE)
# A permission said to the reader: "prior radiotherapy is allowed" → "you may have had radiation therapy".
# (Not the "can" of "a woman who can become pregnant": an ability, the house wording of childbearing potential.)
# ("neuropathy ≤ grade 1 … allowed" said "if you have it …, you are allowed to join": the carve-out's permission)
# (a "fine" said of a thing, not one before its noun or in a gloss: "vellus (fine) hair", "fine needle")
_PERMISSION = re.compile(r"\b(?:may|can)\b(?!\s+not\b)(?!\s+(?:become|get)\s+pregnant\b)|(?<!\()\b(?:fine|okay)\b"
                         r"(?!\s+(?!(?:if|as|too|to|for|with|in|when|while|unless|provided|and|or|but)\b)[a-z]+)"
                         r"|(?<!not\s)\ballowed\s+to\s+(?:join|take\s+part|participate)\b", re.IGNORECASE)
# (one said of two verbs: "you may take supplements and then be screened again" permits both, as the source's "repletion
# will be allowed and subjects may be re-screened" does with two)
_SHARED_PERMISSION = re.compile(r"\b(?:may|can)\b(?!\s+not\b)[^.;]*?\band\s+(?:then\s+)?be\b", re.IGNORECASE)
_EXCEPTIONS = ("except", "unless", "allowed")
# "unless due to Gilbert syndrome, in which case it should be ≤ 3.0 x ULN" is the case it makes: "If it is higher
# because of Gilbert syndrome, it must be 3.0 x ULN or less" says the exception by its "if".
_IN_WHICH_CASE = re.compile(r"\bunless\b[^.;]*?\bin\s+which\s+case\b", re.IGNORECASE)
_IF = re.compile(r"\bif\b", re.IGNORECASE)
# "toxicities > Grade 2, except for neuropathy, who are excluded if > grade 1": the exception is an exclusion of its
# own with its own condition, which a bullet says as the case it is ("above Grade 2, or, for neuropathy, above grade
# 1"); its condition's facts are compared as any are, so the "except" stands for no negation of its own.
_EXCLUDED_CASE = re.compile(r"\bexcept(?:\s+for)?\b[^.;()]{1,60}?,\s*(?:who|which|that)\s+(?:is|are|will\s+be)\s+"
                            r"excluded\s+(?:if|when)\b", re.IGNORECASE)


# A "nor" that opens a clause of its own negates that clause: "must not have received it … nor have plans to receive
# it" says two negations, as "You must not have had it. You must also not plan to get it" does, and losing either
# "not" loses one. Counted on both sides; a "nor" between items ("not A nor B", "neither A nor B") goes on with the
# negation before it and is no negation of its own (`translator.fidelity_negations.inert_removed`).
_CLAUSE_NOR = re.compile(r"\bnor\s+(?:will|would|should|shall|can|could|may|must|do|does|did|have|has|had|is|are|was"
                         r"|were|be|plans?|intends?)\b", re.IGNORECASE)
# "A does not count, and either does B": the inversion of "and neither does B" with its "n" lost says B counts; one
# negation fewer than the wording needs.
# (not "and either have A or B", "either is fine": only an auxiliary put before its subject)
_LOST_NEITHER = re.compile(r",\s*and\s+either\s+(?:does|do|did|is|are|was|were|can|will)\s+"
                           r"(?:an?|the|your|any|it|they|he|she)\b", re.IGNORECASE)
_MODAL_NOT = re.compile(r"\b(?:must|should|shall|may)\s+not\b", re.IGNORECASE)
# "A does count, and neither does B": "neither" put before its auxiliary says again a negation the clause before it
# has; with none there, that clause has lost it (as "either" for "neither" has lost one).
_AND_NEITHER = re.compile(r",?\s*\band\s+neither\s+(?:does|do|did|is|are|was|were|has|have|can|will)\s+"
                          r"(?:an?|the|your|any|it|they|he|she)\b", re.IGNORECASE)


def _unanchored_neithers(text: str, facts: Sequence[Fact]) -> int:
    """The "and neither does …" of `text` with no negation before them in their sentence (`_AND_NEITHER`)."""
    cues = [f.end for f in facts if f.kind is FactKind.NEGATION and f.text.casefold() != "neither"]
    return sum(1 for m in _AND_NEITHER.finditer(text)
               if not any(end <= m.start() and not _SENTENCE_BREAK.search(text, end, m.start()) for end in cues))


# The same clause said with "or" under the negation before it: "must not have had it or plan to get it".
_NEGATED_OR = re.compile(r"\bor\s+(?:will|would|should|shall|can|could|may|must|do|does|did|have|has|had|is|are|was"
                         r"|were|be|plans?|planning|intends?|intending)\b", re.IGNORECASE)
_SENTENCE_BREAK = re.compile(r"[.;!?](?:\s|$)")


def _negated_ors(text: str, facts: Sequence[Fact]) -> int:
    """The clauses of `text` that "or" joins to a negated clause before it, in its sentence (`_NEGATED_OR`)."""
    cues = [f.end for f in facts if f.kind is FactKind.NEGATION and f.cue not in _EXCEPTIONS]
    return sum(1 for m in _NEGATED_OR.finditer(text)
               if any(end <= m.start() and not _SENTENCE_BREAK.search(text, end, m.start()) for end in cues))


def nor_swaps(sources: Sequence[tuple[str, Sequence[Fact]]], bullets: Sequence[tuple[str, Sequence[Fact]]]
              ) -> tuple[int, int]:
    """Clause "nor"s of one side said by "or" under the other side's negation (`_NEGATED_OR`): (said so in the
    bullets, in the sources). The one negation goes on over the "or": "must not have received it nor have plans to"
    is "must not have had it or plan to"."""
    source_nors, bullet_nors = (sum(_clause_nors(t) for t, _ in texts) for texts in (sources, bullets))
    return (min(max(source_nors - bullet_nors, 0), sum(_negated_ors(t, f) for t, f in bullets)),
            min(max(bullet_nors - source_nors, 0), sum(_negated_ors(t, f) for t, f in sources)))


# "non melanoma" written with a space reads as no cue; the bullet's "non-melanoma" is the same name, one negation more.
_NON_SPACED = re.compile(r"\bnon\s+([a-z]{4,})", re.IGNORECASE)
_NON_HYPHENED = re.compile(r"\bnon-([a-z]{4,})", re.IGNORECASE)


def _hyphened_names(sources: Sequence[str], bullets: Sequence[tuple[str, Sequence[Fact]]]) -> int:
    """Names the sources write "non melanoma" (a space: no cue) that the bullets hyphenate ("non-melanoma") where
    the hyphen makes a cue: one the bullet's facts do not count (a name the lexicon knows) leaves no room for a
    "not" put elsewhere."""
    spaced = {m.group(1).casefold() for t in sources for m in _NON_SPACED.finditer(t)}
    return sum(1 for t, facts in bullets for m in _NON_HYPHENED.finditer(t) if m.group(1).casefold() in spaced
               and any(f.kind is FactKind.NEGATION and f.start < m.end() and m.start() < f.end for f in facts))


def _prohibitions(sources: Sequence[tuple[str, Sequence[Fact]]], bullets: Sequence[tuple[str, Sequence[Fact]]]) -> int:
    """Prohibitions the sources say ("is not allowed", no cue: `translator.negation`) beyond the bullets'; none while
    an exception of the sources' is neither a cue nor said as a permission in the bullets ("X is allowed; Y is not
    allowed" → "you may not have had X; you may not have had Y" has turned the permission, not said the prohibition)."""
    def count(pattern: re.Pattern[str], texts: Sequence[tuple[str, Sequence[Fact]]]) -> int:
        return sum(len(pattern.findall(t)) for t, _ in texts)

    stood_for = max(count(_PERMISSION, bullets) - count(_PERMISSION, sources), 0) + max(
        count(_INSTEAD, bullets) - count(_INSTEAD, sources), 0)
    if _cues(sources, True) - _cues(bullets, True) > stood_for:
        return 0
    return max(count(_PROHIBITED, sources) - count(_PROHIBITED, bullets), 0)


def _clause_nors(text: str, *, exempt: bool = False) -> int:
    """The clause "nor"s of `text`; with `exempt`, not one that goes on with a modal's "not" the section says ("must
    not have had A nor plan B" under the exclusions is "You have had A or plan B" under "You cannot join if…")."""
    return sum(1 for m in _CLAUSE_NOR.finditer(text) if not (exempt and _MODAL_NOT.search(text, 0, m.start())))


def _error(check: str, message: str, **where: object) -> Finding:
    return Finding(check=check, severity=Severity.ERROR, message=message, **where)


def _quote(text: str, limit: int = 60) -> str:
    return f"“{text if len(text) <= limit else text[: limit - 1] + '…'}”"


def _negation_count(source: _Source, *, exempt_modal: bool) -> int:
    """Negations of a source that carry meaning. Under the exclusion criteria, "must not be pregnant"
    states the exclusion itself, so with `exempt_modal` its modal "not" counts as section wording."""
    exempt = exempt_modal and source.kind is SectionKind.EXCLUSION
    return sum(1 for f in source.facts if f.kind is FactKind.NEGATION and not (
        exempt and (_MODAL_BEFORE.search(source.text, 0, f.start) or _MODAL_CONTRACTED.match(source.text, f.start))
    )) + _clause_nors(source.text, exempt=exempt)


def _permits(facts: Iterable[Sequence[Fact]]) -> int:
    return sum(1 for group in facts for f in group if f.kind is FactKind.NEGATION and f.cue == "allowed")


def _cues(texts: Sequence[tuple[str, Sequence[Fact]]], exceptions: bool) -> int:
    return sum(1 for _, facts in texts for f in facts
               if f.kind is FactKind.NEGATION and (f.cue in _EXCEPTIONS) is exceptions)


# "treatment-naive (never treated with an ARV)", "unresectable (not removable by surgery)": a cued word and a bracket
# right after it that opens on a negation explaining it are one negation said twice; a bullet may say it once ("You
# have never been treated with ARV medicine"), and one that says neither has still lost it.
_EXPLAINED_CUE = re.compile(r"[\w-]+\s*\(\s*(?:not|no|cannot|without|never)\b", re.IGNORECASE)


def _explained_cues(texts: Sequence[tuple[str, Sequence[Fact]]]) -> int:
    """The cued words of `texts` that a bracket right after them explains with a negation of its own, both cues."""
    def cued(start: int, end: int, facts: Sequence[Fact]) -> bool:
        return any(f.kind is FactKind.NEGATION and f.start < end and start < f.end for f in facts)

    return sum(1 for text, facts in texts for m in _EXPLAINED_CUE.finditer(text)
               if cued(m.start(), (opened := text.index("(", m.start())), facts) and cued(opened, m.end(), facts))


def said_without_cues(sources: Sequence[tuple[str, Sequence[Fact]]], bullets: Sequence[tuple[str, Sequence[Fact]]]
                      ) -> int:
    """How many of the sources' negations the bullets say with no cue: a prohibition for a plain negation, a
    bare "instead" for an exception; each only for a cue of its kind the bullets lack, beyond the source's own."""
    def extra(pattern: re.Pattern[str]) -> int:
        return max(sum(len(pattern.findall(t)) for t, _ in bullets) - sum(len(pattern.findall(t)) for t, _ in sources),
                   0)

    lacking = [max(_cues(sources, kind) - _cues(bullets, kind), 0) for kind in (False, True)]
    prohibited = min(extra(_PROHIBITED), lacking[0])
    # (one negation said twice by the source, as its cued word and a bracket that explains it, said once)
    explained = max(_explained_cues(sources) - _explained_cues(bullets), 0)
    cases = min(extra(_IF), sum(len(_IN_WHICH_CASE.findall(t)) for t, _ in sources)) + sum(
        len(_EXCLUDED_CASE.findall(t)) for t, _ in sources)
    return prohibited + min(explained, lacking[0] - prohibited) + min(
        extra(_INSTEAD) + extra(_PERMISSION) + extra(_SHARED_PERMISSION) + cases, lacking[1])


def negation_counts(clusters: Sequence[tuple[set[str], Sequence[_Bullet]]], by_id: Mapping[str, _Source]
                    ) -> list[Finding]:
    """Compare negation counts per cluster of criteria and the bullets that cite them."""
    findings: list[Finding] = []
    for cluster_ids, cluster_bullets in clusters:
        # "must not be pregnant" may become "You are pregnant" under "You cannot join if…", but a bullet
        # that keeps the modal ("You must be pregnant") has lost the "not".
        restated = not any(_MODAL.search(b.text) for b in cluster_bullets)
        in_source = sum(_negation_count(by_id[cid], exempt_modal=restated) for cid in cluster_ids)
        # A negation repeated over the items of a list is one negation when the source negates a list;
        # one shared by alternatives of an elided predicate ("cannot, or … not …, complete") always is.
        lists = [negates_a_list(by_id[cid].text, by_id[cid].facts) for cid in cluster_ids]
        negated = None  # the sources' negated lists, read once for the bullets' readings and for _lost_negations
        if any(lists):
            negated = _negated_lists([by_id[cid] for cid in sorted(cluster_ids)])
        readings = [(b, read_negations(b.text, b.facts, negated[0] if negated else ())) for b in cluster_bullets]
        # A permission ("are allowed") the source does not have negates nothing of the source's: it cannot stand
        # for a "no" the bullets lost ("no steroid eye drops" → "steroid eye drops are allowed").
        permits = max(_permits(b.facts for b in cluster_bullets) - _permits(by_id[cid].facts for cid in cluster_ids),
                      0)
        in_bullets = sum(r.count + _clause_nors(b.text) for b, r in readings) - permits - max(sum(
            len(_LOST_NEITHER.findall(b.text)) + _unanchored_neithers(b.text, b.facts) for b in cluster_bullets) - sum(
            len(_LOST_NEITHER.findall(by_id[cid].text)) + _unanchored_neithers(by_id[cid].text, by_id[cid].facts)
            for cid in cluster_ids), 0)
        at_least = in_bullets - sum(r.elided + (r.distributed if any(lists) else 0) for _, r in readings)
        if negated is not None:
            # …and so is one said again in other words over the list's items ("never had A, and do not have B").
            items, outside = negated
            again = negated_item_clauses(items, outside, [(b.text, b.facts) for b in cluster_bullets])
            at_least -= max(again - sum(r.distributed for _, r in readings), 0)
        # Repeats the source makes itself ("not pregnant, not breastfeeding") are no room for one more.
        # Counted by the same rule as the bullets', so a criterion restated word for word adds nothing.
        own = [read_negations(by_id[cid].text, by_id[cid].facts) for cid in cluster_ids]
        source_at_least = max(in_source - sum(r.elided + (r.distributed if any(lists) else 0) for r in own), 0)
        # A negation said by an affix on one side and by a word on the other ("uncorrected" / "has not been
        # corrected") is the same negation.
        texts = tuple((by_id[cid].text, tuple(by_id[cid].facts)) for cid in cluster_ids)
        said = tuple((b.text, tuple(b.facts)) for b in cluster_bullets)
        to_words, to_affixes = _swaps(texts, said)
        first = sorted(cluster_ids)[0]
        where = {"criterion_id": first, "bullet_index": cluster_bullets[0].index,
                 "source_span": by_id[first].raw_span}
        # Dropped: fewer than the source's negations plus its affixed words the bullets say in words. A double
        # negative of the source said positively ("Not unable to walk" → "You are able to walk") takes two
        # negations away together; one of them alone ("You are unable to walk") inverts it.
        resolved = max(sum(len(double_negatives(t, f)) for t, f in texts)
                       - sum(len(double_negatives(t, f)) for t, f in said), 0)
        short = in_source + to_words - in_bullets - to_affixes
        if short > 0 and not (short % 2 == 0 and short // 2 <= resolved):
            affixed = f" (and {to_words} by an affix, said in words in the bullets)" if to_words else ""
            findings.append(_error("negation_dropped", f"{', '.join(sorted(cluster_ids))}: the source has "
                                   f"{in_source} negation(s){affixed} but the bullets have {in_bullets}", **where))
        # Added: more than the source's, counting on both sides what the other says without a cue ("stop smoking"
        # for "refrain from smoking" leaves no room for a "not" the bullets put elsewhere).
        # A prohibition of the source's ("use of X is not allowed") said with a plain "not" ("you may not have used
        # X") is a negation the source has without a cue: room for as many "not"s as the bullets lack prohibitions.
        elif (at_least + to_affixes - to_words > source_at_least + (hyphened := _hyphened_names(
                [by_id[cid].text for cid in cluster_ids], [(b.text, b.facts) for b in cluster_bullets])) + (
                prohibited := _prohibitions(texts, said))
              and in_bullets + to_affixes - to_words > in_source + hyphened + prohibited):
            said_so = in_bullets + to_affixes - to_words
            findings.append(_error("negation_added", f"{', '.join(sorted(cluster_ids))}: the bullets add a negation "
                                   f"the source does not have ({said_so} vs {in_source})", **where))
        else:
            findings += _lost_negations(cluster_ids, by_id, readings, own, negated)
    return findings


# A criterion and its bullet are compared by `check_rendering`, then again by `check` on the whole translation: the
# words said in place of cues, the costliest reading here, are read once for the same texts and facts.
@lru_cache(maxsize=TEXTS)
def _swaps(texts: tuple[tuple[str, tuple[Fact, ...]], ...], said: tuple[tuple[str, tuple[Fact, ...]], ...]
           ) -> tuple[int, int]:
    """Negations said with no cue of their own: by a word for an affix, and the other way round (`affix_swaps`);
    then a prohibition for a "no", "instead"/"may" for an "except" (`said_without_cues`), as said in affixes."""
    to_words, to_affixes = affix_swaps(texts, said)
    counter_words, counter_named = counter_swaps(texts, said)  # "over-the-counter" / "without a prescription"
    meant_words, meant_plain = meaning_swaps(texts, said)  # "continuous" / "without a break"
    nor_in_bullets, nor_in_sources = nor_swaps(texts, said)  # "nor have plans" / "or plan", under the "not"
    again = window_repeats(texts, said)  # "No X before A and during B" / "…, and you will not take it during B"
    return (to_words + counter_words + meant_words + nor_in_sources + again,
            to_affixes + counter_named + meant_plain + nor_in_bullets + said_without_cues(texts, said))


def _negated_lists(sources: Sequence[_Source]) -> tuple[list[str], set[str]]:
    """The stretches the sources negate item by item, and the stems the sources say outside them or in a clause no
    negation governs."""
    items, rest = [], []
    for source in sources:
        text = source.text
        for stretch in negated_items(source.text, source.facts):
            items.append(stretch)
            text = text.replace(stretch, " ")
        rest.append(text)
    said = [unnegated_stems(source.text, source.facts) for source in sources]
    return items, set().union(*(said_stems(text) for text in rest), *said)


def _lost_negations(cluster_ids: set[str], by_id: Mapping[str, _Source],
                    readings: Sequence[tuple[_Bullet, NegationReading]], own: Sequence[NegationReading],
                    negated: tuple[list[str], set[str]] | None) -> list[Finding]:
    """A list item or an alternative that lost the negation its neighbour keeps, where the source's negation
    covers them all: "No irradiation or chemotherapy" → "You have never had radiation, and had chemotherapy".
    `own` are the sources' readings and `negated` their `_negated_lists`, where the caller has read them."""
    sources = [by_id[cid] for cid in sorted(cluster_ids)]
    # Only a clause that names an item of a list the source negates item by item ("No A or B"): "You are
    # not pregnant, and you are using contraception" adds a clause, it does not lose a negation. Items the bullets
    # name only outside every negated clause, while they negate another item of the same list.
    if negated is None:
        items = [stretch for s in sources for stretch in negated_items(s.text, s.facts)]
        # what the sources say outside their negated lists matters only where they have one (most have none)
        outside = _negated_lists(sources)[1] if items else set()
    else:
        items, outside = negated
    scoped = unnegated_items(items, outside, [(b.text, b.facts) for b, _ in readings])
    findings = []
    for position, (bullet, reading) in enumerate(readings):
        lost = [] if any(r.lost_items for r in own) else [
            (start, end) for start, end in reading.lost_items if names_an_item(bullet.text[start:end], items)]
        lost += reading.lost_alternatives if not any(r.lost_alternatives for r in own) else []
        # Items beside one a cue heads, naming what the source negates ("have a cause of A and no other cause of
        # B"), beyond those the source has itself.
        # (with no negated list, no neighbour shares an item of one)
        # So are items after a negated one that its cue cannot reach ("no A and a B", "not A and B").
        for beside in (uncued_neighbours, unreached_followers):
            named = [(a, b) for a, b in beside(bullet.text, bullet.facts)
                     if (a, b) not in lost and shares_an_item(bullet.text[a:b], items)] if items else []
            if named and len(named) > sum(shares_an_item(s.text[a:b], items) for s in sources
                                          for a, b in beside(s.text, s.facts)):
                lost += named
        lost += [(a, b) for k, a, b in scoped if k == position and not any(s < b and a < e for s, e in lost)]
        for start, end in lost:
            findings.append(_error(
                "negation_dropped", f"bullet {bullet.index + 1}: {_quote(bullet.text[start:end])} has lost the "
                f"negation that the rest of its list keeps; the source's negation covers every item",
                criterion_id=sources[0].id, bullet_index=bullet.index, source_span=sources[0].raw_span,
                bullet_span=(start, end)))
    return findings


