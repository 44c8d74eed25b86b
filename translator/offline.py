"""The offline backend: a deterministic plain-English rewrite with no network and no model (the embedded default).

Each criterion part (the request's items "1", "1.1", …) becomes one bullet, at the same depth,
citing its ref. The rewrite is a set of edits on the source text (translator.offline_edits):

- numbers and windows in words ("≥ 18 years" → "18 years or older", "< 1.5 x ULN" → "less than 1.5
  times the upper limit of normal", "=< 2 weeks prior to randomization" → "in the 2 weeks before
  randomization"), via `translator.phrasing.phrase`; a symbol no whole wording took, in words where it
  stands ("platelets >60,000/mc" → "platelets more than 60,000/mc"; translator.offline_symbols);
- the second person ("Patients with X" → "You have X", "Creatinine < 2 x ULN" → "Your creatinine is
  …"; translator.offline_person);
- abbreviations spelled out at their first use, plain words for technical terms, and lexicon
  definitions on the bullet (translator.offline_terms);
- then, on the composed text, shorter sentences (a closing aside or definition as a sentence of its
  own; translator.offline_sentences) and wordings only the second person makes ("You are able to" →
  "You can"; translator.offline_plain.polish). A part these break falls back to the text as composed.

Every bullet is checked with `translator.fidelity.check_rendering` before it is returned. When a
level of rewriting makes the check find an error, the part falls back to a more conservative level,
down to its own text, tidied ("verbatim"), which is flagged for editors. The check compares facts by
their normalised form, so it cannot see every change of meaning ("for ≥ 6 months before" and "at least
6 months before" normalise alike): the rules themselves refuse such rewrites (see offline_edits,
offline_person), and the check catches what they miss.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial

from translator.backend import BackendIdentity, CriterionRequest, RenderedBullet, Rendering, RequestItem
from translator.criteria import SectionKind
from translator.facts import Fact, extract_facts
from translator.fidelity import check_rendering, errors
from translator.lexicon import Lexicon
from translator.offline_active_or_history import active_or_history
from translator.offline_age_wording import age_word_edits
from translator.offline_also_sentences import also_sentences
from translator.offline_any_events import any_event_edits
from translator.offline_any_kept import any_kept_edits
from translator.offline_any_people import any_person_edits
from translator.offline_any_times import any_time_edits
from translator.offline_both_sexes import both_sexes_edits, labelled_sexes_edits
from translator.offline_bound_pairs import bound_pairs
from translator.offline_carried_terms import carried_facts, carried_terms
from translator.offline_case import case_edits
from translator.offline_closing_notes import noted_first_sentence
from translator.offline_colon_verbs import colon_verbs
from translator.offline_compose import Level, compose
from translator.offline_coordinated_be import coordinated_be, coordinated_uses
from translator.offline_criteria_lead_ins import lists_criteria
from translator.offline_edits import Edit, fact_edits
from translator.offline_elapsed import elapsed_edits
from translator.offline_eligible_for import eligible_for
from translator.offline_evidence_senses import evidence_senses
from translator.offline_example_words import examples_said
from translator.offline_exclusions import exclusion_edits
from translator.offline_final_words import final_words
from translator.offline_fragment_openings import fragment_opening
from translator.offline_group_conditions import group_first
from translator.offline_group_reasons import gives_the_groups_reason
from translator.offline_in_whom import in_whom_edits
from translator.offline_inclusion_readers import denied_here, inclusion_reader_edits
from translator.offline_later_groups import later_group_edits, parallel_with_edits
from translator.offline_later_subjects import later_subject_edits
from translator.offline_leads import lead_edits
from translator.offline_mentions import later_mentions, reader_twice
from translator.offline_not_pregnant_women import not_pregnant_label
from translator.offline_noun_acts import refused_or_unable
from translator.offline_open_sandwiches import open_sandwiches
from translator.offline_other_people import names_someone_else
from translator.offline_parallel_clauses import parallel_clause_edits
from translator.offline_past_events import had_events
from translator.offline_person import about_someone_else, person_edits
from translator.offline_plain import plain_edits
from translator.offline_planned_joins import expected_or_planned_after
from translator.offline_pregnancy_groups import pregnancy_group_edits
from translator.offline_pregnancy_plans import pregnancy_plan_edits
from translator.offline_pregnant import pregnant_edits
from translator.offline_reader_adults import adult_reader_edits
from translator.offline_reader_group_reasons import group_reason_edits
from translator.offline_reader_representatives import named_reader_edits
from translator.offline_reasons import reason_edits
from translator.offline_requirements import requirement_edits
from translator.offline_same_time_verbs import same_time_verbs
from translator.offline_sexes import pregnant_group_edits, scoped_to_sex, sex_label_edits
from translator.offline_simultaneous_parts import simultaneous_part
from translator.offline_states import state_edits
from translator.offline_subject_negations import cut_subject_edits
from translator.offline_subject_sentences import each_sentence, subject_part
from translator.offline_subjects import subject_edits
from translator.offline_terms import definitions_in, plan_terms
from translator.offline_their_reader import they_the_reader
from translator.offline_thing_clauses import goes_on_about_a_thing
from translator.offline_topic_labels import named_first
from translator.offline_unable_or_conditions import unable_or_condition
from translator.offline_unit_ranges import slashed_ranges
from translator.offline_unspecified import none_listed, unspecified_edits
from translator.offline_uses_to_come import acts_in_time
from translator.offline_who_items import who_item
from translator.topic_bullets import heads_rules
from translator.translation import Flag

# The offline backend's "prompt": raise it whenever the rules change what they write, so stored
# translations and cache entries made by older rules are told apart (and re-made on the next ingest).
RULES_VERSION = "offline-rules-65"

_log = logging.getLogger(__name__)


# Most to least rewritten; each drops the rules most likely to have broken the one before.
LEVELS: tuple[Level, ...] = (
    Level("rewrite", frozenset({"fact", "person", "case", "term", "abbreviation", "plain", "sentences"})),
    Level("rewrite_sentences_as_composed", frozenset({"fact", "person", "case", "term", "abbreviation", "plain"})),
    Level("rewrite_stock_phrases_kept", frozenset({"fact", "person", "case", "term", "abbreviation"})),
    Level("rewrite_values_as_written", frozenset({"person", "case", "term", "abbreviation"})),
    Level("rewrite_short_forms_kept", frozenset({"fact", "person", "case", "term"})),
    Level("comparators_abbreviations", frozenset({"fact", "abbreviation"})),
    Level("comparators", frozenset({"fact"})),
    Level("verbatim", frozenset()),
)
VERBATIM = LEVELS[-1].name
FALLBACK_FLAG = "offline_verbatim"


@dataclass(frozen=True)
class RenderedItem:
    bullet: RenderedBullet
    level: str
    expanded: tuple[str, ...]  # abbreviations this bullet spelled out
    clean: bool  # the fidelity check found no error in it
    failed: bool = False  # a rule raised on it, so it is shown as written


class OfflineBackend:
    def __init__(self, lexicon: Lexicon | None = None) -> None:
        self._lexicon = lexicon or Lexicon.load()
        self._identity = BackendIdentity(
            backend="offline",
            prompt_id=RULES_VERSION,
            prompt_sha=hashlib.sha256(RULES_VERSION.encode()).hexdigest(),
        )

    @property
    def identity(self) -> BackendIdentity:
        return self._identity

    def render(self, request: CriterionRequest) -> Rendering:
        return self.render_items(request)[0]

    def render_items(self, request: CriterionRequest) -> tuple[Rendering, list[RenderedItem]]:
        """The rendering and, per item, the level it was rendered at (for reports and tests)."""
        rendered: list[RenderedItem] = []
        expanded: list[str] = []
        defined: set[str] = set()
        for item in request.items:
            context = [other.text for other in request.items if other is not item]
            try:
                result = self._render_item(request, item, context, expanded, defined)
            except Exception:  # a rule's bug on text no test has seen must not cost the record
                _log.exception("offline rules failed on part %s of a criterion; it is shown as written", item.ref)
                result = _as_written(request, item)
            expanded.extend(result.expanded)
            rendered.append(result)
        flags = [
            Flag(
                criterion_id=None,
                code=FALLBACK_FLAG,
                message=f"Part {r.bullet.refs[0]} of this criterion is shown as written: "
                + (
                    "the plain-English rules failed on it (a bug to report)."
                    if r.failed
                    else "every plain-English rewrite of it changed one of its facts."
                ),
            )
            for r in rendered
            if r.level == VERBATIM
        ]
        return Rendering(bullets=[r.bullet for r in rendered], flags=flags), rendered

    def _sentence_person(self, sentence: str, kind: SectionKind, parent: str | None) -> list[Edit]:
        """The second person's edits of one sentence read alone (see offline_subject_sentences)."""
        required = requirement_edits(sentence, len(sentence) - len(sentence.lstrip()), kind, self._lexicon)
        if required is not None:  # "Measurable disease not required": no opening may read it as the reader's
            return required
        facts = extract_facts(sentence)
        return person_edits(sentence, facts, self._lexicon, parent) or subject_edits(
            sentence, kind, self._lexicon, facts, parent
        )

    def _first_sentence(self, sentence: str, kind: SectionKind, parent: str | None) -> list[Edit]:
        """The opening edits of a criterion's first sentence read alone (see offline_first_sentence)."""
        if requirement_edits(sentence, len(sentence) - len(sentence.lstrip()), kind, self._lexicon) is not None:
            return self._sentence_person(sentence, kind, parent)
        facts = extract_facts(sentence)
        return self._sentence_person(sentence, kind, parent) or lead_edits(sentence, kind, self._lexicon, facts, parent)

    def _group(self, group: str, parent: str | None) -> list[Edit]:
        """The opening edits of one group of an exclusion's list read alone (see offline_pregnancy_groups)."""
        ex = SectionKind.EXCLUSION
        return pregnant_group_edits(group, ex) or pregnant_edits(group, ex) or self._first_sentence(group, ex, parent)

    def _openings(
        self, request: CriterionRequest, item: RequestItem, facts: Sequence[Fact], parent: str | None
    ) -> tuple[list[Edit], list[Edit], list[Edit]]:
        """The opening rules' edits of a criterion, tried in order: the person edits, a condition's own opening and
        the elapsed-time sentence (`since`, which makes the sentence whole)."""
        # "Patients with X. Patients with Y may be included": each sentence its own subject, put to the reader alone
        sentences = each_sentence(item.text, lambda said: self._sentence_person(said, request.kind, parent))
        # "Life expectancy: Not specified" → "There is no requirement on life expectancy"
        sentences = unspecified_edits(item.text) or none_listed(item.text, parent) or sentences
        person = sentences or pregnant_group_edits(item.text, request.kind)
        person = person or person_edits(item.text, facts, self._lexicon, parent)
        person = person or named_reader_edits(item.text)  # "Patients or their legal representative must …"; "If the X"
        if not person:  # "You are female and X" of a state only women have, as "If you are female, you X"
            subject = subject_edits(item.text, request.kind, self._lexicon, facts, parent)
            person = scoped_to_sex(subject, item.text, request.kind, facts)
        if not person and request.kind is SectionKind.INCLUSION:  # "Patients with X are eligible if they …"
            person = inclusion_reader_edits(item.text, request.kind, parent)
        alone = partial(self._first_sentence, kind=request.kind, parent=parent)  # "Lung resection: Subjects with X"
        # "For women of childbearing potential, X"; "Patients who, within 6 months, met X"; "Patients not taking X"
        person = person or named_first(item.text, request.kind, alone) or cut_subject_edits(item.text, alone)
        # under a topic heading ("Other:") an item is a rule of its own, not words read after a lead-in: as at the top
        # (and under a lead-in that says each item is a criterion: "… must meet all of the following criteria:")
        lead_parent = None if parent is not None and (heads_rules(parent) or lists_criteria(parent)) else parent
        # "Who previously received X" → "You previously received X" (before the leads, which read it as a noun)
        person = person or who_item(item.text, lead_parent)
        person = person or eligible_for(item.text)  # "Eligible for autologous transplant" (a fact, not the verdict)
        person = person or lead_edits(item.text, request.kind, self._lexicon, facts, lead_parent)
        person = person or adult_reader_edits(item.text, request.kind, parent)  # "Adult patients (≥18 years) with X"
        person = person or acts_in_time(item.text, request.kind, self._lexicon, lead_parent)  # "… and while on study"
        # "Any prior use of X" read as "Prior use of X" (translator.offline_any_times)
        person = person or any_time_edits(
            item.text, request.kind, facts, partial(self._first_sentence, kind=request.kind, parent=parent)
        )
        # "Any X within 2 years" → "You have had any X …" (offline_any_events), before the rules' own reading of "X"
        # with "any" kept (offline_any_kept), whose "You have" of a condition would not say the window's "had"
        person = person or any_event_edits(item.text, request.kind, facts, lead_parent)
        alone_here = partial(self._first_sentence, kind=request.kind, parent=parent)
        person = person or any_kept_edits(item.text, request.kind, facts, alone_here, self._lexicon)
        person = person or any_person_edits(item.text, request.kind, alone_here)  # "Any patient with X" → "You have X"
        person = person or pregnant_edits(item.text, request.kind) or state_edits(item.text) or in_whom_edits(item.text)
        person = person or pregnancy_plan_edits(item.text, request.kind)  # "Pregnancy or intention to …"
        person = person or simultaneous_part(item.text, request.kind)  # "Participation in another simultaneous trial"
        person = person or not_pregnant_label(item.text, request.kind)  # "Male or non-pregnant female"
        person = person or sex_label_edits(item.text, request.kind, facts, parent)
        person = person or both_sexes_edits(item.text, request.kind, parent)  # "Patients of both sexes aged …"
        person = person or labelled_sexes_edits(item.text, request.kind, parent)  # "Gender: Male or female"
        # "Pregnant or breastfeeding women, women who plan to …" → "You are pregnant …, or you are a woman who plans …"
        group = partial(self._group, parent=parent)  # (the reason: "X because Y" → "You have X. This is because Y")
        person = person or pregnancy_group_edits(item.text, request.kind, group)
        person = person or reason_edits(item.text, request.kind, group)
        # "Resolution of toxicities …", "Neuropathy ≥ grade 2", "Concurrent X allowed" (offline_fragment_openings)
        person = person or fragment_opening(item.text, request.kind, facts, self._lexicon, parent, lead_parent)
        since = [] if person else elapsed_edits(item.text, request.kind, facts)  # "4 weeks since prior X" → "It has …"
        person = person or since
        # "Known HIV infection. Patients without …": the first sentence alone; then offline_subject_sentences' last rule
        first = [] if person else noted_first_sentence(item.text, alone) or subject_part(item.text, request.kind, alone)
        first = first or ([] if person else expected_or_planned_after(item.text, request.kind, alone))  # ", or plans"
        person = person or first
        condition = [] if sentences or first else exclusion_edits(item.text, request.kind)  # a sentence's own edits
        return person, condition, since

    def _render_item(
        self,
        request: CriterionRequest,
        item: RequestItem,
        context: Sequence[str],
        expanded: Sequence[str],
        defined: set[str],
    ) -> RenderedItem:
        facts = item.facts or extract_facts(item.text)
        protected = [(f.start, f.end) for f in facts if f.low is not None or f.high is not None]
        plan = plan_terms(item.text, self._lexicon, context=context, already_expanded=expanded, protected=protected)
        refs = {o.ref: o.text for o in request.items}
        headers = [refs[ref] for ref in _ancestors(item.ref) if ref in refs]  # nearest first
        parent = headers[0] if headers else None
        required = requirement_edits(item.text, len(item.text) - len(item.text.lstrip()), request.kind, self._lexicon)
        if required is not None:  # "Measurable disease not required": no opening may read it as the reader's
            person, condition, since = required, list[Edit](), list[Edit]()
        else:
            person, condition, since = self._openings(request, item, facts, parent)
        someone_else = about_someone_else(headers) or goes_on_about_a_thing(parent, item.text)
        reasoned = [] if someone_else else group_reason_edits(item.text, request.kind)  # "You have X. Such patients …"
        person, condition = (reasoned, []) if reasoned else (person, condition)
        someone_else = someone_else or (not reasoned and gives_the_groups_reason(item.text))  # "… because of their …"
        someone_else = someone_else or names_someone_else(item.text)  # "Epilepsy in a first degree relative"
        if someone_else or denied_here(headers, request.kind, item.text) or reader_twice(item.text, person):
            # "Donor criteria:", "… except for:", "No other illness, including:", "Breast cancer that:" (its "is
            # unresectable"): its items are no conditions on the reader
            person = condition = []
        if condition:
            # the condition's own opening replaces the second person's; its later edits ("their" → "your") stay,
            # and where no second person was made ("Patients with implants in their bodies will be excluded" is
            # judged, so person_edits made none) the later mentions are the condition's own
            opened, closed = condition[0].end, condition[-1].start if len(condition) > 1 else len(item.text)
            later = person or later_mentions(item.text, opened)
            person = condition + [e for e in later if e.start >= opened and e.end <= closed]
        # "You have X. Patients with Y are eligible." → "… If you have Y, you are eligible." (offline_later_subjects)
        said_alone = partial(self._sentence_person, kind=request.kind, parent=parent)
        again = later_subject_edits(item.text, person, said_alone) + colon_verbs(item.text, person)  # "…: you report"
        person = [*person, *again] if again else person
        be = coordinated_be(item.text, person)  # "You are pregnant or be attempting" → "or are attempting"
        be += coordinated_uses(item.text, person)  # "You have X or receiving Y" → "or are getting Y"
        be += refused_or_unable(item.text, person)  # "You refuse to X or unable to Y" → "or are unable to Y"
        be += unable_or_condition(item.text, person)  # "You cannot swallow or issues with X" → ", or you have issues"
        be += they_the_reader(item.text, person)  # "You will be stopped should they develop X" → "if you develop X"
        # "You have X or those who have Y" → "or you have Y"; a group that cannot be said keeps the source's words
        groups = later_group_edits(item.text, request.kind, person)
        groups = None if groups is None else groups + parallel_with_edits(item.text, person)  # "or with Y" → "or have"
        groups = None if groups is None else groups + parallel_clause_edits(item.text, person)  # "or who Y" → "or Y"
        person = [] if groups is None else [*person, *be, *groups] if be or groups else person  # (`is since` below)
        worded = bound_pairs(item.text, facts, fact_edits(item.text, facts))  # "≥18 to ≤ 80 years": one range
        worded = open_sandwiches(item.text, facts, worded)  # "95 mmHg < SBP < 150 mmHg": "SBP more than 95 mmHg and …"
        worded = slashed_ranges(item.text, facts, worded)  # "≥ 200 and ≤ 1000 µg/day" → "200 to 1000 µg/day"
        # "Age more than 18 years" → "older than 18 years": an age in amount words said as an age
        worded = sorted([*worded, *age_word_edits(item.text, facts, worded, person)], key=lambda e: e.start)
        # every level with the person edits has the term edits too: a term an opening covers is said plainly in it
        said, cased, terms = carried_terms(
            item.text,
            [e for e in person if e.what == "person"],
            [e for e in person if e.what == "case"] + case_edits(item.text, person),
            plan.substitutions,
        )
        candidates = {
            "fact": worded,
            # with the second person: the person edits a fact's wording would otherwise override ("their first dose")
            "fact+person": carried_facts(item.text, worded, said),
            "person": said,
            # the source's first capital, mid-sentence after the opening now ("You have metastatic disease")
            "case": cased,
            "term": terms,
            "abbreviation": plan.abbreviations,
            "plain": plain_edits(item.text, protected),
        }
        depth = item.ref.count(".")
        single = CriterionRequest(kind=request.kind, items=[item.model_copy(update={"facts": facts})])
        tried: set[str] = set()
        # "Individuals who have a (1) pacemaker, (2) …", "Patients with one of the following" over sub-items: a
        # lead-in that the source leaves open introduces its items, so a sentence made of it ends with a colon
        # ("You have a:"), not a full stop ("You have a.") that reads as a whole, and wrong, rule. A sentence of
        # elapsed time is whole: its items are notes on it ("Wound healing adequate since last major surgery").
        whole = bool(since) and person is since
        introduces = (
            not whole
            and not item.text.rstrip().endswith(_CLOSING)
            and any(other.ref.startswith(item.ref + ".") for other in request.items)
        )
        for level in LEVELS:
            text, used = compose(item.text, candidates, level)
            if "sentences" in level.rules:  # "You have stroke in the 3 months before X" → "You have had a stroke …"
                # ("You have no concurrent radiotherapy" → "You are not getting concurrent radiation treatment")
                text = had_events(same_time_verbs(text, self._lexicon), request.kind)
                text = active_or_history(text)  # "You have active or history of X" → "active, or a history of, X"
                text = group_first(text)  # "… for women who …" → "If you …, you have …"
                text = also_sentences(text, request.kind)  # inclusion "You X and must Y" → "You X. You must also Y."
            text = final_words(text, level.rules)  # "a blood transfusion", "get pregnant" (offline_final_words)
            text = evidence_senses(text, item.text)  # "signs of a signed consent form" → "proof of …"
            text = examples_said(text) if "plain" in level.rules else text  # "illness, including X" → "such as X"
            if introduces and text.endswith(".") and not text.endswith(".."):
                text = text[:-1] + ":"
            if text in tried and level.name != VERBATIM:
                continue
            tried.add(text)
            bullet = RenderedBullet(text=text, refs=[item.ref], depth=depth)
            clean = not errors(check_rendering(single, Rendering(bullets=[bullet])))
            if clean or level.name == VERBATIM:
                definitions = definitions_in(text, self._lexicon, context=context, seen=defined)
                spelled = tuple(a for a in plan.expanded if any(e.what == "abbreviation" and a in e.text for e in used))
                return RenderedItem(
                    bullet=bullet.model_copy(update={"definitions": definitions}),
                    level=level.name,
                    expanded=spelled,
                    clean=clean,
                )
        raise AssertionError("unreachable: the verbatim level always returns")


_CLOSING = (".", ":", ";", "!", "?", ",")


def _as_written(request: CriterionRequest, item: RequestItem) -> RenderedItem:
    """A part shown as written, which the fallback flag then puts before an editor."""
    bullet = RenderedBullet(text=compose(item.text, {}, LEVELS[-1])[0], refs=[item.ref], depth=item.ref.count("."))
    single = CriterionRequest(kind=request.kind, items=[item])
    try:
        clean = not errors(check_rendering(single, Rendering(bullets=[bullet])))
    except Exception:  # the check itself failed on this text: the source's words, flagged, are all that is left
        _log.exception("the fidelity check failed on part %s of a criterion", item.ref)
        clean = False
    return RenderedItem(bullet=bullet, level=VERBATIM, expanded=(), clean=clean, failed=True)


def _ancestors(ref: str) -> list[str]:
    """ "1.2.3" → ["1.2", "1"]."""
    parts = ref.split(".")
    return [".".join(parts[:n]) for n in range(len(parts) - 1, 0, -1)]
