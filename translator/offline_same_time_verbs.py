"""A treatment or drug given at the same time as the study's, with the verb it takes (offline backend, on the
composed bullet).

An opening rule puts "You have" before a noun phrase, which reads wrong for a treatment given beside the study's:
"No concurrent radiotherapy" became "You have no radiation treatment at the same time" (offline_plain moves the
adjective after the phrase where the phrase ends the clause), "Concurrent corticosteroids (≥ 10 mg of prednisone)"
became "You have concurrent corticosteroids (…)". One does not "have" a treatment: it is got, and a drug is taken.
This pass says so: "You are not getting radiation treatment at the same time", "You are taking concurrent
corticosteroids (…)". "Concurrent" stays where the source's word stands (its anchor, "concurrent with X", stays
too): the pass changes the verb only, and invents no time the source does not give.

- only after a sentence's opening "You have" or "You have no", and only where "concurrent" follows it or "at the
  same time" closes the phrase (so it is a use beside the study's, now);
- not where the phrase's own words hold a verb ("received X … or are getting Y at the same time") or a time before
  the study ("… or radiation treatment in the 2 weeks before joining"), which the present would take in too;
- only when EVERY item of the phrase (up to what qualifies it: "to the liver", "for pain", "except …") ends in a
  treatment or drug word: "You have no concurrent major depression", "no other serious illness at the same time",
  "no grapefruit juice at the same time" keep their words;
- a drug (drug, medicine, agent, steroid, inhibitor, …, or one the lexicon files by its name: "fluconazole", not a
  food it files as one: "grapefruit juice") is taken; a treatment (therapy, chemotherapy, radiation treatment, growth
  factors, vaccines) is got, as is a list that mixes both. "no" becomes "not" before the verb.
"""

from __future__ import annotations

import re

from translator.lexicon import Lexicon
from translator.lexicon_entries import Kind

# the head words of a drug one takes, and of a treatment one gets
_TAKEN = (
    r"drugs?|medicines?|medications?|agents?|steroids?|corticosteroids?|antibiotics?|supplements?|blood\s+thinners?|"
    r"anticoagulants?|inhibitors?|inducers?|hormones?|anticonvulsants?|antiepileptics?|immunosuppressants?|"
    r"immunomodulators?|NSAIDs?|aspirin|warfarin"
)
_GOT = (
    r"treatments?|therapy|therapies|chemo(?:therapy)?|radiotherapy|immunotherapy|radiation|chemoradiotherapy|"
    r"(?:growth|colony-stimulating)\s+factors?|cytokines?|vaccines?|vaccinations?|transfusions?"
)
_HEAD = re.compile(rf"(?:.*\s)?(?:(?P<taken>{_TAKEN})|(?P<got>{_GOT}))(?:\s*\([^()]*\))*\*?", re.IGNORECASE)
_OPENING = re.compile(
    r"(?:^|(?<=[.;]\s))You\s+have\s+(?P<no>no\s+)?(?P<concurrent>(?:other\s+)?concurrent\s+)?"
)
# a drug the lexicon knows, by its own name ("No concurrent fluconazole"), but not a food it files as one
_FOOD = re.compile(r"\b(?:juice|grapefruit|foods?|beverages?|drinks?|products?|oranges?)\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.;:](?:\s|$)|$")
_SAME_TIME = " at the same time"
# where the phrase's own words end and what qualifies it begins ("radiation treatment to more than 10% of …")
_QUALIFIED = re.compile(
    r"\s+(?:to|for|during|except|unless|that|which|who|including|other\s+than|known|in|with|of|at|on|while|before|"
    r"after|within|greater|more|less|as|such|if|given|used|containing|administered|metabolized|like|needing|"
    r"requiring|needs|requires|due|caused|related|linked|planned|scheduled)\b|\s*[,;]?\s*"
    r"(?:e\.g\.|i\.e\.|such\s+as)",
    re.IGNORECASE,
)
# a verb in the phrase ("You have received a vaccination … or are getting one at the same time"): no noun phrase
_A_VERB = re.compile(
    r"\b(?:am|are|is|be|been|being|was|were|have|has|had|getting|taking|using|receiving|received|taken|used|"
    r"undergone|started|stopped)\b",
    re.IGNORECASE,
)
# a time before the study after the phrase ("… or radiation treatment in the 2 weeks before joining"): "are getting"
# would put that use in the present too
_BEFORE = re.compile(
    r"\b(?:before|prior|past|previous|previously|within|last|recent|recently|history|since|ago|earlier)\b",
    re.IGNORECASE,
)
_ITEM_JOINS = re.compile(r"\s*,\s*(?:or\s+|and\s+|and/or\s+)?|\s+(?:or|and|and/or)\s+|\s*/\s*", re.IGNORECASE)


def _named_drug(item: str, lexicon: Lexicon) -> bool:
    """Whether `item` (its brackets aside) ends in a drug or drug class the lexicon knows: "fluconazole", "digoxin"."""
    bare = re.sub(r"(?:\s*\([^()]*\))+$", "", item).strip()
    if not bare or _FOOD.search(bare):
        return False
    return any(
        isinstance(x.entry.kind, Kind) and x.entry.kind in (Kind.DRUG, Kind.DRUG_CLASS) and x.end == len(bare)
        for x in lexicon.find(bare)
    )


def _verb(core: str, lexicon: Lexicon) -> str | None:
    """ "taking" when every item of `core` is a drug, "getting" when every one is a treatment or drug (and one is a
    treatment), else None."""
    masked = re.sub(r"\([^()]*\)", lambda p: "x" * len(p.group()), core)
    cuts = [0, *[j for c in _ITEM_JOINS.finditer(masked) for j in (c.start(), c.end())], len(core)]
    items = [core[cuts[i] : cuts[i + 1]].strip() for i in range(0, len(cuts), 2)]
    if not items or not all(items):
        return None
    kinds = []
    for item in items:
        head = _HEAD.fullmatch(item)
        if head is None and not _named_drug(item, lexicon):
            return None
        kinds.append("got" if head is not None and head.group("got") else "taken")
    return "taking" if all(k == "taken" for k in kinds) else "getting"


def same_time_verbs(text: str, lexicon: Lexicon) -> str:
    """`text` with "You have (no) concurrent X" / "You have (no) X at the same time" of a treatment or drug said
    with its verb (see the module)."""
    for m in reversed(list(_OPENING.finditer(text))):
        end = _SENTENCE_END.search(text, m.end())
        assert end is not None  # "$" always matches
        phrase = text[m.end() : end.start()]
        same_time = phrase.find(_SAME_TIME)
        if m.group("concurrent") is None and (same_time < 0 or not phrase.endswith(_SAME_TIME)):
            continue
        if m.group("concurrent") is not None and same_time >= 0:
            continue  # said twice: leave it as composed
        if text[end.start() : end.start() + 1] == ":" and text[end.end() :].strip():
            continue  # a label ("Concurrent medications: you must not …"), no use of the reader's
        # (a bracket's words qualify nothing: "corticosteroids (10 mg or more of prednisone)")
        qualified = _QUALIFIED.search(re.sub(r"\([^()]*\)", lambda p: "x" * len(p.group()), phrase))
        core = phrase[: qualified.start()] if qualified else phrase
        if _BEFORE.search(phrase):
            continue
        # (in the phrase's own words: "unless the medicine can be held", "(that is, …)" qualify it)
        if _A_VERB.search(re.sub(r"\([^()]*\)", "", core)):
            continue
        verb = _verb(core.rstrip(" ,"), lexicon)
        if verb is None:
            continue
        said = f"You are not {verb} " if m.group("no") else f"You are {verb} "
        text = text[: m.start()] + said + (m.group("concurrent") or "") + text[m.end() :]
    return text
