"""An exclusion's "Any X" read as "X" by the second person's rules, with "any" kept after the new verb (offline
backend).

offline_reader_openings puts "Any X" to the reader only when X is a condition named in a few words, and
offline_any_times only before a time word ("Any prior X"). Many more exclusions open "Any" before what the rules
already put to the reader when it stands alone: an event in a window before the study ("Major surgery =< 4 weeks
prior to registration" → "You have had major surgery in the 4 weeks before …"), a finding or state ("Drug
toxicity greater than Grade 3 at screening" → "You have drug toxicity grade higher than 3 at screening"), a plan
("Planned facial cosmetic surgery during the study" → "You plan to have facial cosmetic surgery …"). Those rules
know the tense ("have", "have had", "plan to have"); the "any" only says "whatever kind", and it carries meaning,
so it goes right after their verb:

- "Any major surgery =< 4 weeks prior to registration" → "You have had any major surgery in the 4 weeks before
  joining the study";
- "Any drug toxicity greater than Grade 3 at screening" → "You have any drug toxicity grade higher than 3 at
  screening";
- "Any planned facial cosmetic surgery during the study." → "You plan to have any facial cosmetic surgery during
  the study.";
- "Any use of alcohol within 24 hours of admission" → "You have used any alcohol within 24 hours of admission".

Only an exclusion (an inclusion's "any" can be a choice among kinds), only where the rules' opening ends on one of
those verbs with the source's bare noun right after it: a verb of another shape ("You have been diagnosed with",
"You are") or an article of the rules' own ("You have a …") leaves no place for "any", and the criterion keeps its
words. So do openings whose "any" is no "whatever kind" of the reader's ("Any of the following", "Any one of",
"Any patient …", "Any grade", "Any number"), a first sentence naming other people (the new "You have" would take
them in: "…, and any patients with a bleeding diathesis") or a time to come beside the rest ("… or planned within
48 weeks", "at any time during the study"), except a plan that is the whole criterion ("Any planned X"). The whole
rewrite is checked again here.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from translator.backend import CriterionRequest, RenderedBullet, Rendering, RequestItem
from translator.criteria import SectionKind
from translator.facts import Fact, extract_facts
from translator.fidelity import check_rendering, errors
from translator.lexicon import Lexicon
from translator.offline_any_results import any_result_edits
from translator.offline_condition_phrases import condition_phrase_opening
from translator.offline_edits import Edit, apply, merge, tidy

# "any" that is not the reader's "whatever kind": a choice, a count, a measure, or other people
_ANY = re.compile(
    r"any\s+(?!(?:of|one|patients?|subjects?|participants?|persons?|people|individuals?|wom[ae]n|m[ae]n|"
    r"females?|males?|children|number|amount|time|grade|stage|level|dose|line|criteri(?:a|on)|reasons?|"
    r"situations?|circumstances?|t\d?|n\d?|m\d?)\b)(?=[A-Za-z])",
    re.IGNORECASE,
)
# the rules' opening, said of the reader, that "any" can follow, and the source's words it keeps after it ("You have
# had major surgery" of "Major surgery", "You have known " of "Known ", "You have signs of" of "Evidence of ")
# ("Known " → "You are known to have ": the verb alone says the word it replaced, as "Planned " → "You plan to have ")
_VERB = re.compile(
    r"You (?:have(?: had| used| received| taken)?|plan to have|are known to have) (?P<words>.*)", re.DOTALL
)
_DETERMINED = re.compile(r"\s*(?:an?|the|any|all|no|or|and|and/or|been|had|used|taken|received)\b", re.IGNORECASE)
_PEOPLE = re.compile(
    r"\b(?:patients?|subjects?|participants?|individuals?|people|persons?|those|wom[ae]n|m[ae]n|partners?|"
    r"children|infants?|famil(?:y|ies)|he|she|they)\b",
    re.IGNORECASE,
)
_LATER = re.compile(
    r"\b(?:plann?ed|planning|scheduled|expected|anticipated|intend\w*|future|upcoming|will|throughout)\b|"
    r"\b(?:during|after)\s+(?:the\s+)?(?:study|trial)\b",
    re.IGNORECASE,
)
_PLANNED = re.compile(r"any\s+planned\s+", re.IGNORECASE)


def any_kept_edits(
    text: str, kind: SectionKind, facts: Sequence[Fact], read: Callable[[str], list[Edit]], lexicon: Lexicon
) -> list[Edit]:
    """ "Any major surgery within 4 weeks" → "You have had any major surgery in the 4 weeks …" (see the module).
    `read` gives the second person's edits of a criterion's text; a condition with a grade or a severity is read by
    offline_condition_phrases ("Drug toxicity greater than Grade 3" → "You have drug toxicity …")."""
    start = len(text) - len(text.lstrip())
    m = _ANY.match(text, start)
    if kind is not SectionKind.EXCLUSION or m is None or text.rstrip().endswith(":"):
        return []
    results = any_result_edits(text, kind)  # "Any laboratory value outside …": no rule reads "Laboratory value …"
    if results:
        return results
    sentence = re.split(r"[.;](?:\s|$)", text[start:], maxsplit=1)[0]
    # "the patient" and "patient's safety" are the reader (offline_mentions says "you", "your")
    sentence = re.sub(r"\b(?:the\s+(?:patient|subject|participant)(?:['’]s)?|(?:patient|subject|participant)['’]s)",
                      "", sentence, flags=re.IGNORECASE)  # fmt: skip
    planned = _PLANNED.match(text, start)
    # "Any planned X during the study": the plan is the whole criterion, said "You plan to have"
    if (_LATER.search(sentence) and not planned) or _PEOPLE.search(sentence):
        return []
    at = m.end()
    alone = text[at].upper() + text[at + 1 :]
    rest = read(alone) or condition_phrase_opening(alone, extract_facts(alone), lexicon)
    verb = next((e for e in rest if e.start == 0 and _kept_words(e, text[at : at + e.end]) is not None), None)
    if verb is None or (planned and not verb.text.startswith("You plan")):
        return []  # no place for "any" after the rules' verb: "You have been diagnosed with", "You have a"
    words = _kept_words(verb, text[at : at + verb.end])
    assert words is not None
    if _DETERMINED.match(words or text[at + verb.end :]):
        return []  # "You have had a …"
    if any(e is not verb and e.start == verb.end and e.end == verb.end for e in rest):
        return []  # an article the rules put after their verb ("You have a medically important …")
    said = verb.text[: len(verb.text) - len(words)] + "any " + words
    edits = [Edit(start, at, "", "person")] + [
        Edit(e.start + at, e.end + at, said if e is verb else e.text, e.what) for e in rest
    ]
    item = RequestItem(ref="1", text=text, facts=list(facts))
    bullet = RenderedBullet(text=tidy(apply(text, merge([edits])), sentence=True), refs=["1"], depth=0)
    found = check_rendering(CriterionRequest(kind=kind, items=[item]), Rendering(bullets=[bullet]))
    return [] if errors(found) else edits


def _kept_words(verb: Edit, source: str) -> str | None:
    """What the rules' opening `verb` says after its verb, when it is the source's own words (`source`, the span it
    replaces) or "signs of" for "Evidence of"; None when it is not such an opening."""
    m = _VERB.fullmatch(verb.text)
    if m is None:
        return None
    words = m.group("words")
    kept = " ".join(words.lower().split()) == " ".join(source.lower().split())
    # an opening of the verb alone says the words it replaced ("Planned " → "You plan to have ", "Use of " → "You have
    # used ")
    said_by_verb = not words
    evidence = words.strip() == "signs of" and source.lower().strip() == "evidence of"
    return words if kept or said_by_verb or evidence else None
