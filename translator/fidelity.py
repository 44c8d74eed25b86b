"""Deterministic fidelity checks: does a translation say what its source says, no more, no less?

`check(doc, translation)` compares a whole translation with its parsed source; `check_rendering` compares one
backend rendering with its request (the LLM validators use it to make instructor re-ask). Both reduce to the same
comparison between *sources* (criteria with their facts) and *renderings* (bullets with the ids they cite):

- coverage both ways: every source rendered (or deliberately not shown), every bullet sourced;
- facts: every number, comparator, unit and time window of a source is in the bullets citing it, compared in
  normalised form; a fact in a bullet that none of its sources has is invented;
- polarity: an exclusion stays under "cannot join", an inclusion under "may join"; negations are neither dropped
  nor added, nor a verdict on joining turned round; a double negative is flagged;
- readability and unexplained terms (warnings), and the structured fields vs the text (warnings).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from translator.backend import CriterionRequest, Rendering
from translator.criteria import CriteriaDoc, Logic, SectionKind
from translator.facts import Fact, FactKind
from translator.fidelity_abbreviated import said_spans, spells_out
from translator.fidelity_clause_ends import clause_end_findings as clause_ends
from translator.fidelity_conditions import condition_findings
from translator.fidelity_content import content_findings
from translator.fidelity_counted import counts_unnamed, said_otherwise
from translator.fidelity_counts import changed_copies, lost_repeats, picked_sides, stacked_conflicts, unclaimed
from translator.fidelity_cut_members import cut_member_findings
from translator.fidelity_cuts import cut_findings
from translator.fidelity_deleted_items import deleted_item_findings
from translator.fidelity_disease_names import disease_name_findings
from translator.fidelity_disease_words import disease_word_findings
from translator.fidelity_empty import NEGATION_CHECKS, empty_findings, lists_nothing, says_nothing
from translator.fidelity_examples import empty_example_findings
from translator.fidelity_frames import frame_findings
from translator.fidelity_groups import group_findings
from translator.fidelity_items import item_findings
from translator.fidelity_joins import join_findings
from translator.fidelity_key_words import key_word_findings
from translator.fidelity_level_names import plain_name_spans
from translator.fidelity_list_ends import list_end_findings
from translator.fidelity_list_members import member_findings
from translator.fidelity_lost_alternatives import alternative_findings
from translator.fidelity_measured_names import measured_name_findings
from translator.fidelity_medicine_classes import medicine_class_findings
from translator.fidelity_names import changed_names, dropped_name_findings
from translator.fidelity_negation_counts import negation_counts
from translator.fidelity_negation_scope import scope_findings
from translator.fidelity_negations import double_negatives, facts_of
from translator.fidelity_ordinals import ordinal_findings
from translator.fidelity_organs import organ_findings
from translator.fidelity_periods import period_findings
from translator.fidelity_qualifiers import lost_qualifiers
from translator.fidelity_restated import AT_LEAST_ONE as _AT_LEAST_ONE
from translator.fidelity_restated import directed_by_text, flipped, restated, restated_in, with_variants
from translator.fidelity_restated import hard as _hard
from translator.fidelity_restated import turned as _turned
from translator.fidelity_sexes import both_ways_findings, sex_findings
from translator.fidelity_swaps import contradicted_glosses, swaps
from translator.fidelity_verdicts import verdict_findings
from translator.findings import Finding, Severity
from translator.readability import readability_findings
from translator.translation import Translation

_FACT_KINDS = (FactKind.VALUE, FactKind.TEMPORAL)


@dataclass
class Source:
    id: str
    kind: SectionKind
    text: str
    facts: list[Fact]
    raw_span: tuple[int, int] | None = None
    to_raw: dict[int, tuple[int, int]] = field(default_factory=dict)  # fact index → raw span
    logic: Logic | None = None  # "any of the following": a bullet may say "at least one of these"
    raw_of: Callable[[int, int], tuple[int, int]] | None = None  # a span of `text` → its span in the raw text

    def fact_span(self, index: int) -> tuple[int, int] | None:
        return self.to_raw.get(index, self.raw_span)


@dataclass
class Rendered:
    index: int
    kind: SectionKind | None  # None when the rendering has no section (a single backend answer)
    text: str
    ids: list[str]
    facts: list[Fact]


def _error(check: str, message: str, **where: object) -> Finding:
    return Finding(check=check, severity=Severity.ERROR, message=message, **where)


def _warning(check: str, message: str, **where: object) -> Finding:
    return Finding(check=check, severity=Severity.WARNING, message=message, **where)


def _quote(text: str, limit: int = 60) -> str:
    return f"“{text if len(text) <= limit else text[: limit - 1] + '…'}”"


def compare(sources: Sequence[Source], bullets: Sequence[Rendered], not_shown: dict[str, str]) -> list[Finding]:
    """The core comparison shared by whole translations and single renderings."""
    findings: list[Finding] = []
    by_id = {s.id: s for s in sources}
    citing: dict[str, list[Rendered]] = {s.id: [] for s in sources}
    for bullet in bullets:
        if not bullet.ids:
            findings.append(_error("unsourced_bullet", f"bullet {bullet.index + 1} cites no criterion",
                                   bullet_index=bullet.index))
        for cid in bullet.ids:
            if cid not in by_id:
                findings.append(_error("unknown_source", f"bullet {bullet.index + 1} cites {cid}, which is not a "
                                       "criterion of this text", bullet_index=bullet.index))
            else:
                citing[cid].append(bullet)
    for source in sources:
        if not citing[source.id] and source.id not in not_shown:
            findings.append(_error("criterion_missing", f"{source.id} {_quote(source.text)} is not rendered by any "
                                   "bullet", criterion_id=source.id, source_span=source.raw_span))
    findings += _polarity(by_id, bullets)
    findings += _facts(sources, citing, by_id)
    for source in sources:
        if citing[source.id]:
            said = [(b.index, b.text) for b in citing[source.id]]
            lost = content_findings(source.id, source.text, said, source.raw_of)
            lost += item_findings(source.id, source.text, said, source.raw_of)
            lost += measured_name_findings(source.id, source.text, said, source.raw_of)  # "≥ 9 g/dL" of what
            lost += key_word_findings(source.id, source.text, said, source.raw_of)  # "live vaccine" said "vaccine"
            lost += dropped_name_findings(source.id, source.text, said, source.raw_of)  # "HIV-1 or HIV-2" said "HIV-2"
            lost += empty_example_findings(source.id, source.text, said)  # "For example." with the example gone
            # a list item cut out, a named condition lost, a clause cut short: where the checks above see no sure loss
            lost = lost if any(f.severity is Severity.ERROR for f in lost) else [
                *lost, *deleted_item_findings(source.id, source.text, said, source.raw_of),
                *member_findings(source.id, source.text, said, source.raw_of),
                *list_end_findings(source.id, source.text, said, source.raw_of),
                *(disease_name_findings(source.id, source.text, said, source.raw_of)  # in a list item, or anywhere
                  or disease_word_findings(source.id, source.text, said, source.raw_of)),
                *condition_findings(source.id, source.text, said, source.raw_of, citing),
                *cut_findings(source.id, source.text, said), *clause_ends(source.id, source.text, said, source.kind),
                *cut_member_findings(source.id, source.text, said, source.raw_of),
                *medicine_class_findings(source.id, source.text, said, source.raw_of),
                *ordinal_findings(source.id, source.text, said, source.raw_of),
                *alternative_findings(source.id, source.text, said, source.raw_of)]  # "or other X", "B or C"
            # an organ no bullet names ("liver, heart or lung" without the lungs): the last resort, so an editor reads
            # the list item or the clause that names it where a check above found that
            if not any(f.severity is Severity.ERROR for f in lost):
                lost += organ_findings(source.id, source.text, said, source.raw_of)
            findings += lost
            findings += sex_findings(source.id, source.text, said, source.raw_of) + verdict_findings(
                source.id, source.text, source.kind, said, source.raw_of)
            # ("NA" said as a rule; "A and B" said as "A or B"; "20 mg a day" said as "20 mg a week")
            for more in (group_findings, frame_findings, empty_findings, join_findings, period_findings,
                         both_ways_findings):
                findings += more(source.id, source.text, said, source.raw_of)
    findings += _lost_qualifiers(sources, citing)
    findings += changed_copies(sources, bullets, _hard)
    findings += stacked_conflicts(sources, bullets)
    findings += [f for s in sources for f in picked_sides(s, citing[s.id], _hard)]
    clusters = list(_clusters(sources, citing, bullets))  # criteria that bullets join, with those bullets
    for ids, cluster in clusters:
        findings += lost_repeats([by_id[cid] for cid in sorted(ids)], cluster, _hard)
    findings += negation_counts(clusters, by_id)
    counted = {f.criterion_id for f in findings if f.check in ("negation_dropped", "negation_added")}
    findings += [f for s in sources if citing[s.id] and s.id not in counted  # a moved negation is one counts miss
                 for f in scope_findings(s.id, s.text, [(b.index, b.text) for b in citing[s.id]], s.raw_of)]
    findings += _changed_names(by_id, bullets)
    findings += _swapped(by_id, bullets, citing)
    findings += _double_negatives(by_id, bullets)
    # "NA" said as "None are listed.": the same statement, though only the bullet has a negation to count
    empty = {s.id for s in sources if lists_nothing(s.text) and all(says_nothing(b.text) for b in citing[s.id])}
    return [f for f in findings if not (f.check in NEGATION_CHECKS and f.criterion_id in empty)]


def _polarity(by_id: dict[str, Source], bullets: Sequence[Rendered]) -> list[Finding]:
    findings = []
    for bullet in bullets:
        if bullet.kind is None or bullet.kind is SectionKind.OTHER:
            continue
        for cid in bullet.ids:
            source = by_id.get(cid)
            if source is not None and source.kind is not SectionKind.OTHER and source.kind is not bullet.kind:
                findings.append(_error(
                    "polarity_flipped",
                    f"{cid} is an {source.kind.value} criterion but bullet {bullet.index + 1} is shown with the "
                    f"{bullet.kind.value} criteria",
                    criterion_id=cid, bullet_index=bullet.index, source_span=source.raw_span))
    return findings


def _facts(sources: Sequence[Source], citing: dict[str, list[Rendered]], by_id: dict[str, Source]) -> list[Finding]:
    findings: list[Finding] = []
    for source in sources:
        rendered = [(b, f) for b in citing[source.id] for f in b.facts if f.kind in _FACT_KINDS]
        if not citing[source.id]:
            continue
        told = [other for _, other in rendered]
        # A fact among the words an abbreviation stands for is said by it: "in 1 second" by "FEV1"; not where a bullet
        # spells the words out too ("ligand 2 (PD-L1)": their number is compared).
        texts, mine = [b.text for b in citing[source.id]], (source.text, source.facts)
        spelled = [(a, b) for a, b in said_spans(source.text, texts) if not spells_out(source.text[a:b], texts)]
        spelled += plain_name_spans(source.text, texts)  # "cardiac insufficiency" said as "heart failure"
        for index, fact in enumerate(source.facts):
            if any(a <= fact.start and fact.end <= b for a, b in spelled):
                continue
            # A bullet fact that copies another source fact (same kind and key) restates that one, not this one.
            if fact.kind not in _FACT_KINDS or (restated_in(fact, told, source.text, source.facts) and not (
                    _hard(fact) and not restated_in(fact, unclaimed(fact, source.facts, told), *mine))):
                continue
            if not _hard(fact):
                flip = next(((b, o) for b, o in rendered if flipped(fact, o)), None)
                if flip is not None:
                    findings.append(_error(
                        "fact_changed", f"{source.id}: {_quote(fact.text)} became {_quote(flip[1].text)}",
                        criterion_id=source.id, bullet_index=flip[0].index, source_span=source.fact_span(index),
                        bullet_span=(flip[1].start, flip[1].end)))
                continue
            # The bullet's fact that stands where this one should: same kind and not itself faithful,
            # preferring the same unit ("21 years" for "18 years"), then the same number ("9 g/L" for "9 g/dL").
            strays = [(b, o) for b, o in rendered
                      if o.kind is fact.kind and not restated(o, source.facts)]
            near = next((c for c in strays if c[1].unit == fact.unit), None) or next(
                (c for c in strays if (c[1].low, c[1].high) == (fact.low, fact.high)), None)
            if near is not None:
                bullet, other = near
                findings.append(_error(
                    "fact_changed", f"{source.id}: {_quote(fact.text)} became {_quote(other.text)}",
                    criterion_id=source.id, bullet_index=bullet.index, source_span=source.fact_span(index),
                    bullet_span=(other.start, other.end)))
            else:
                findings.append(_error(
                    "fact_missing", f"{source.id}: {_quote(fact.text)} is missing from the bullets that cite it",
                    criterion_id=source.id, bullet_index=citing[source.id][0].index,
                    source_span=source.fact_span(index)))
    reported = {(f.bullet_index, f.bullet_span) for f in findings if f.check == "fact_changed"}
    seen: set[int] = set()
    for bullets in citing.values():
        for bullet in bullets:
            if bullet.index in seen:
                continue
            seen.add(bullet.index)
            pool = [f for cid in bullet.ids if cid in by_id for f in with_variants(by_id[cid])]
            texts = [by_id[cid].text for cid in bullet.ids if cid in by_id]
            if any(by_id[cid].logic is Logic.ANY for cid in bullet.ids if cid in by_id):
                pool.append(_AT_LEAST_ONE)
            directed = [directed_by_text(f, by_id[cid].text) for cid in bullet.ids if cid in by_id
                        for f in by_id[cid].facts]
            for fact in bullet.facts:
                turned = _turned(fact, directed)
                if turned is not None and (bullet.index, (fact.start, fact.end)) not in reported:
                    findings.append(_error(
                        "fact_changed", f"{bullet.ids[0]}: {_quote(turned.text)} became {_quote(fact.text)}",
                        criterion_id=bullet.ids[0], bullet_index=bullet.index, bullet_span=(fact.start, fact.end)))
                    continue
                # "(at most 2 doses)" beside "ECOG 0 to 2" counts what no source names: not the range's end.
                if not _hard(fact) or said_otherwise(bullet.text, fact, texts) or (
                        restated(fact, pool) and not counts_unnamed(bullet.text, fact, texts)):
                    continue
                if (bullet.index, (fact.start, fact.end)) in reported:
                    continue
                findings.append(_error(
                    "fact_invented", f"bullet {bullet.index + 1} says {_quote(fact.text)}, which its source does "
                    "not", criterion_id=bullet.ids[0] if bullet.ids else None, bullet_index=bullet.index,
                    bullet_span=(fact.start, fact.end)))
    return findings


def _lost_qualifiers(sources: Sequence[Source], citing: dict[str, list[Rendered]]) -> list[Finding]:
    """ "7 consecutive days" said as "7 days": the same numbers, counted another way
    (`translator.fidelity_qualifiers`)."""
    findings = []
    for source in sources:
        if not citing[source.id]:
            continue
        for index, word in lost_qualifiers(source.text, source.facts, [b.text for b in citing[source.id]], _hard):
            findings.append(_error(
                "fact_changed", f"{source.id}: {_quote(source.facts[index].text)} loses “{word}” in the bullets "
                "that cite it", criterion_id=source.id, bullet_index=citing[source.id][0].index,
                source_span=source.fact_span(index)))
    return findings


def _changed_names(by_id: dict[str, Source], bullets: Sequence[Rendered]) -> list[Finding]:
    """A name with a number said with another number ("CD19" where the source says "CD20"): another thing."""
    findings = []
    for bullet in bullets:
        cited = [by_id[cid] for cid in bullet.ids if cid in by_id]
        for start, end, said, theirs in changed_names([s.text for s in cited], bullet.text, bullet.facts):
            findings.append(_error("fact_changed", f"bullet {bullet.index + 1} says {_quote(said)} where its source "
                                   f"says {_quote(theirs)}", criterion_id=cited[0].id, bullet_index=bullet.index,
                                   source_span=cited[0].raw_span, bullet_span=(start, end)))
    return findings


def _swapped(by_id: dict[str, Source], bullets: Sequence[Rendered], citing: dict[str, list[Rendered]]) -> list[Finding]:
    """One of a set said in place of another: "kidney" for "liver" (translator.fidelity_swaps)."""
    findings = []
    for bullet in bullets:
        cited = [by_id[cid] for cid in bullet.ids if cid in by_id]
        siblings = {b.index: b.text for s in cited for b in citing[s.id] if b.index != bullet.index}
        for ours, theirs in swaps([s.text for s in cited], bullet.text, list(siblings.values())):
            findings.append(_error("fact_changed", f"bullet {bullet.index + 1} says {ours} where its source says "
                                   f"{theirs}", criterion_id=cited[0].id, bullet_index=bullet.index,
                                   source_span=cited[0].raw_span))
        for words, gloss in contradicted_glosses(bullet.text, [s.text for s in cited]) if cited else []:
            findings.append(_error("fact_changed", f"bullet {bullet.index + 1} glosses {_quote(words)} as "
                                   f"{_quote(gloss)}, another thing", criterion_id=cited[0].id,
                                   bullet_index=bullet.index, source_span=cited[0].raw_span))
    return findings


def _double_negatives(by_id: dict[str, Source], bullets: Sequence[Rendered]) -> list[Finding]:
    """A double negative in a bullet inverts or blurs its meaning; an error unless the source has one too."""
    findings = []
    for bullet in bullets:
        for start, end in double_negatives(bullet.text, bullet.facts):
            sources = [by_id[cid] for cid in bullet.ids if cid in by_id]
            inherited = any(double_negatives(s.text, s.facts) for s in sources)
            where = {"criterion_id": sources[0].id if sources else None, "bullet_index": bullet.index,
                     "bullet_span": (start, end)}
            quote = _quote(bullet.text[start:end])
            if inherited:
                findings.append(_warning("double_negative", f"bullet {bullet.index + 1} keeps the source's double "
                                         f"negative {quote}; say it positively if the meaning is clear", **where))
            else:
                findings.append(_error("double_negative", f"bullet {bullet.index + 1} has a double negative {quote} "
                                       "that its source does not have: it can invert the meaning", **where))
    return findings


def _clusters(sources: Sequence[Source], citing: dict[str, list[Rendered]],
              bullets: Sequence[Rendered]) -> Iterable[tuple[set[str], list[Rendered]]]:
    """Criteria linked through shared bullets, with their bullets (a merged bullet joins its sources)."""
    parent = {s.id: s.id for s in sources}

    def root(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for bullet in bullets:
        ids = [cid for cid in bullet.ids if cid in parent]
        for other in ids[1:]:
            parent[root(other)] = root(ids[0])
    groups: dict[str, set[str]] = {}
    for source in sources:
        if citing[source.id]:
            groups.setdefault(root(source.id), set()).add(source.id)
    for members in groups.values():
        seen: dict[int, Rendered] = {}
        for cid in members:
            for bullet in citing[cid]:
                seen[bullet.index] = bullet
        yield members, sorted(seen.values(), key=lambda b: b.index)


def doc_sources(doc: CriteriaDoc) -> list[Source]:
    sources = []
    for criterion in doc.criteria:
        facts = facts_of(criterion.text)
        sources.append(Source(
            id=criterion.id, kind=criterion.kind, text=criterion.text, facts=facts, logic=criterion.logic,
            raw_span=(criterion.start, criterion.end), raw_of=criterion.raw_span,
            to_raw=dict(enumerate(criterion.raw_spans([(f.start, f.end) for f in facts]))),
        ))
    return sources


def check(doc: CriteriaDoc, translation: Translation, study: object | None = None) -> list[Finding]:
    """Every finding for a translation of `doc` (optionally with the study's structured fields)."""
    from translator.lead_ins import lead_in_findings
    from translator.lost_comparators import lost_comparator_findings
    from translator.structured import structured_findings

    bullets = [Rendered(index, section.kind, bullet.text, list(bullet.source_ids), facts_of(bullet.text))
               for index, section, bullet in translation.bullets()]
    findings = compare(doc_sources(doc), bullets, translation.not_shown)
    findings += readability_findings(translation)
    findings += structured_findings(doc, study)
    findings += lead_in_findings(doc, translation) + lost_comparator_findings(doc)  # warnings on the source's layout
    for flag in translation.flags:
        findings.append(_warning(f"flag_{flag.code}", flag.message, criterion_id=flag.criterion_id))
    return findings


def check_rendering(request: CriterionRequest, rendering: Rendering) -> list[Finding]:
    """Findings for one backend answer, with the request's refs standing in for criterion ids."""
    sources = [Source(id=item.ref, kind=request.kind, text=item.text, logic=item.logic,
                      facts=facts_of(item.text, item.facts)) for item in request.items]
    bullets = [Rendered(index, None, bullet.text, list(bullet.refs), facts_of(bullet.text))
               for index, bullet in enumerate(rendering.bullets)]
    return compare(sources, bullets, {})


def errors(findings: Iterable[Finding]) -> list[Finding]:
    return [f for f in findings if f.severity is Severity.ERROR]
