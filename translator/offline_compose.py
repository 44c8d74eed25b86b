"""How one level of rewriting composes a criterion part's bullet from the candidate edits (translator.offline).

A level names the kinds of edit it applies; the edits of those kinds are merged and applied to the source,
then the rules that read the composed text run: tidying, articles, the second person's later verbs, the
shorter sentences. Kept apart from the backend so that the order of these passes is read in one place.
"""

from __future__ import annotations

from dataclasses import dataclass

from translator.offline_age_wording import age_phrases
from translator.offline_agreement import later_verbs
from translator.offline_articles import fit_articles
from translator.offline_bare_singulars import bare_singulars
from translator.offline_breastfeeding import breastfeeding
from translator.offline_bullet_starts import capitalised_start
from translator.offline_case import lowered_wordings
from translator.offline_closing_stops import closing_stop
from translator.offline_determiners import determiners
from translator.offline_edits import Edit, apply, articles, merge, tidy
from translator.offline_had_past import had_past
from translator.offline_lab_sentences import lab_sentence
from translator.offline_plain import polish
from translator.offline_repeats import drop_made_repeats
from translator.offline_same_time_adjectives import REORDER
from translator.offline_sentences import split_sentences
from translator.offline_symbols import symbol_words
from translator.offline_taking_part import taking_part


@dataclass(frozen=True)
class Level:
    name: str
    rules: frozenset[str]  # which kinds of edit it applies (see offline_edits.Edit.what)


def compose(source: str, candidates: dict[str, list[Edit]], level: Level) -> tuple[str, list[Edit]]:
    if not level.rules:
        # The last resort is the source itself: even tidying can change a fact ("18 )" closed up to "18)"
        # reads as a list marker, and the 18 is gone).
        return " ".join(source.split()), []
    order = ("fact", "person", "term", "abbreviation", "plain", "case")
    carried = "person" in level.rules
    edits = merge(
        candidates["fact+person" if what == "fact" and carried else what] for what in order if what in level.rules
    )
    edits = merge([edits, determiners(source, edits), articles(source, edits)])
    edits = lowered_wordings(source, edits)  # "Your Recorded HBV DNA" → "Your recorded HBV DNA"
    moved = [e for e in edits if e.what == REORDER]
    if sum(1 for e in moved if e.start == e.end) != sum(1 for e in moved if e.start != e.end):
        edits = [e for e in edits if e.what != REORDER]  # half a move would drop or double the word
    sentence = any(e.what == "person" for e in edits)
    if sentence:
        # "You have active infection; pregnancy": a full stop would leave "Pregnancy." outside "You have"
        edits = [e for e in edits if e.what != "split"]
    text = age_phrases(tidy(apply(source, edits), sentence=sentence))  # "of an age when …", "You are younger than"
    text = bare_singulars(text)  # "You have had a positive test for", "You are a female who"
    if "term" in level.rules:
        text = breastfeeding(text)  # a mother's "nursing", "lactating" (not "nursing home"), as the lexicon says it
    if "plain" in level.rules:
        # a comparator symbol no whole-fact wording took ("platelets >60,000/mc"): its word where it stands
        text = taking_part(symbol_words(text))  # "during taking part in" (a plain word's gerund) → "while …"
    if "sentences" in level.rules:
        # on the rewritten text: "You are able to" exists only once "Able to" has become a sentence, and the
        # asides a split moves hold other rules' edits
        # "You have received X or has taken part in Y": the reader's later verbs, as "have" (a level of its own to
        # fall back from: the negation check reads "… or have not recovered" as a list item that lost its "not")
        text = split_sentences(polish(later_verbs(had_past(lab_sentence(text))) if sentence else text))
    if level.rules & {"person", "term", "abbreviation"}:
        text = fit_articles(text)  # an article before a word these rules wrote, moved or spelled out
    text = drop_made_repeats(source, closing_stop(text))  # "(… during the study.)." → "(… the study.)"
    return capitalised_start(source, text), edits  # "at least 6 months after X" → "At least 6 months after X"
