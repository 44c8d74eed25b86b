"""Openings with no subject that the second person's other rules leave as noun phrases or fragments (offline backend).

translator.offline_person and translator.offline_subjects put a criterion to the reader when it names its subject
("Patients with X", "Subject is") or opens with a phrase offline_openings knows ("History of X", "Able to").
These take some of what is left, when nothing else made an opening:

- "Currently/Presently <state>": "Currently pregnant" → "You are now pregnant", "Currently have active cancer" →
  "You now have active cancer", "Currently meets DSM-5 criteria" → "You now meet …", "Currently active X" → "You now
  have active X" (the source's "currently" kept, as "now");
- "Use of X" (an exclusion): "You use X" when nothing in the criterion says when (a present use), "You have used X"
  when a window before the study says it was before ("Use of X within 30 days of screening", "… at any time before
  study entry"); a use during or after the study, planned, or beside another treatment ("during the trial",
  "concomitant") keeps its words, since its tense would be a guess; "Participation in X" / "Taking part in X" the
  same way ("You are taking part in X", "You have taken part in X"); "Receipt of X" / "Exposure to X" only in the
  past ("You have received X", "You have been exposed to X"), since with no window its time is not said;
- "Prior/Previous X (is) allowed", "Bone marrow metastases allowed" (an inclusion): translator.offline_allowed;
- "Any history of X", "A significant history of X": "You have any history of X", "You have a significant history
  of X" ("history" kept: a history of X is not the same as having had X once, when X goes on).

Each rewrites only the opening words (and, for a permission, the words that say it), so the description, its
negations, numbers and lists stay as written; a criterion whose first clause has a verb of its own, that names
someone else, or whose rewrite the fidelity check faults, gets no edit.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from translator.backend import CriterionRequest, RenderedBullet, Rendering, RequestItem
from translator.criteria import SectionKind
from translator.facts import Fact, FactKind, extract_facts
from translator.fidelity import check_rendering, errors
from translator.lexicon import Lexicon
from translator.lexicon_entries import TermEntry, Use
from translator.offline_act_openings import act_opening
from translator.offline_allergies import allergy_opening
from translator.offline_allowed import allowed_opening
from translator.offline_any_of import any_of_opening
from translator.offline_candidates import candidate_reader
from translator.offline_counted_openings import counted_opening
from translator.offline_counted_signs import counted_sign_opening
from translator.offline_determined_conditions import determined_condition
from translator.offline_determined_treatments import determined_treatment
from translator.offline_diagnosis_openings import adult_opening, diagnosis_opening
from translator.offline_edits import Edit, apply, merge, tidy
from translator.offline_findings import abnormal_opening, article_lab_opening, lesion_opening
from translator.offline_for_whom import for_whom_opening
from translator.offline_had_events import had_within_opening
from translator.offline_judged_readers import judged_reader
from translator.offline_later_groups import without_later_groups
from translator.offline_mentions import AGREE, agreeing, base_form, later_mentions
from translator.offline_named_not_timed import no_one_named, untimed
from translator.offline_narrowed import narrowed_edits
from translator.offline_not_exclusions import not_exclusion
from translator.offline_noun_coinfections import coinfection_opening
from translator.offline_noun_grades import grade_opening
from translator.offline_noun_openings import noun_opening
from translator.offline_noun_suspected import suspected_opening
from translator.offline_noun_symptoms import symptom_opening
from translator.offline_openings import FINITE, dangling_verb
from translator.offline_participles import participle_edits
from translator.offline_past_and_present_uses import past_and_present_use
from translator.offline_plans import planned_opening
from translator.offline_reader_openings import any_opening, consent_opening
from translator.offline_results import result_opening, stable_opening
from translator.offline_same_time_uses import same_time_use
from translator.offline_smokers import smoker_opening
from translator.offline_state_nouns import state_noun_opening
from translator.offline_subjectless_openings import (
    article_opening,
    concomitant_condition,
    previously_opening,
    with_opening,
)
from translator.offline_use_windows import only_same_time, start_of_study_after
from translator.offline_windows import START_OF_STUDY, before_the_study
from translator.word_keys import word_key

# someone besides the reader in the first sentence ("Use of contraception by the female partner")
_OTHERS = re.compile(
    r"\b(?:partners?|caregivers?|parents?|guardians?|spouses?|mothers?|fathers?|donors?|infants?|child(?![-\s]?(?:bearing|pugh))"
    r"|children|babies|wom[ae]n|m[ae]n|females?|males?|patients?|subjects?|participants?|people|persons?|"
    r"individuals?|they|them|those|he|she|his|her)\b",
    re.IGNORECASE,
)
_WANTS_WHAT_FOLLOWS = re.compile(r"\b(?:of|in|on|for|to|at|from|by|as|both|either|neither|or|and)\s*:?\s*$", re.I)
_FIRST_SENTENCE = re.compile(r"(?<!\be\.g)(?<!\bi\.e)(?<!\bSt)(?<!\bvs)[.;](?:\s|$)|\n", re.IGNORECASE)


def _first_end(text: str, at: int) -> int:
    """Where the sentence from `at` ends: a full stop or ";" outside brackets ("(except X; see Section 8)")."""
    masked = re.sub(r"\([^()]*\)|\[[^\[\]]*\]", lambda m: " " * len(m.group()), text)
    stop = _FIRST_SENTENCE.search(masked, at)
    return stop.start() if stop else len(text)


def lead_edits(
    text: str, kind: SectionKind, lexicon: Lexicon, facts: Sequence[Fact] | None = None, parent: str | None = None
) -> list[Edit]:
    """Edits that put a criterion opening with one of the shapes above to the reader, or none (see the module).
    `parent` is the text of the item this one sits under: a noun phrase under a lead-in is read after it, so the
    noun-phrase openings of offline_reader_openings are only tried at the top of a criterion."""
    start = len(text) - len(text.lstrip())
    first = text[start : _first_end(text, start)]
    facts = list(facts) if facts is not None else extract_facts(text)
    opening = narrowed_edits(text, kind, lexicon) or _if_clause(text, start, lexicon)  # "Women of … must" names them
    opening = opening or for_whom_opening(text, start)  # "For patients on X, the dose must …" → "If you are on X, …"
    opening = opening or judged_reader(text, start)  # "Subjects who, in the investigator's judgment, pose …"
    opening = opening or candidate_reader(text, start)  # "Patients eligible for X" → "You are eligible for X"
    if not opening and parent is None:  # "Adult patients 18 to 65 years old" → "You are an adult, 18 to 65 …"
        opening = adult_opening(text, start, kind)
    # "the subject" is the reader (later_mentions says "you"); asides name no subject
    bare = re.sub(r"\([^()]*\)|\[[^\[\]]*\]|\bthe\s+(?:patient|subject|participant)\b(?:['’]s)?", "", first, flags=re.I)
    bare = no_one_named(bare)  # "other than those stated in the inclusion criteria": drugs, not people
    if not opening and _OTHERS.search(without_later_groups(bare, kind)):  # "X or patients who Y": "or you Y"
        return []
    opening = opening or _now(text, start) or _use(text, start, kind, facts)
    opening = opening or allowed_opening(text, start, kind, lexicon)  # "Prior X allowed", "Bone metastases allowed"
    opening = opening or _history(text, start) or participle_edits(text, start)  # "Having X", "At risk for X"
    opening = opening or counted_opening(text, start, kind, parent)  # "At least 1 prior regimen", "Not on X"
    opening = opening or counted_sign_opening(text, start, kind, parent)  # "At least 3 tender joints"
    opening = opening or not_exclusion(text, start, kind, parent)  # an exclusion's "Not able to X"
    if not opening and parent is None:  # "Signed informed consent", "Any malabsorption problem"
        opening = consent_opening(text, start, kind) or any_opening(text, start, kind, facts, lexicon)
        opening = opening or diagnosis_opening(text, start, kind)  # "Histologic or cytologic diagnosis of X"
        # "Any sensory or motor peripheral neuropathy", "Other serious illness", "A serious infection"
        opening = opening or determined_condition(text, start, kind, facts, lexicon)
        opening = opening or determined_treatment(text, start, kind, facts)  # "Any investigational drug within …"
        # "Negative pregnancy test", "HIV negative", "Stable dose of X for at least 3 months"
        opening = opening or result_opening(text, start) or stable_opening(text, start, kind, facts)
        # "Current or former smoker", "At least one measurable lesion", "Abnormal liver function"
        opening = opening or smoker_opening(text, start) or lesion_opening(text, start, kind)
        opening = opening or abnormal_opening(text, start, facts) or article_lab_opening(text, start, facts, lexicon)
        opening = opening or noun_opening(text, start)  # "The presence of X", "Absence of X", "Contraindication to X"
        opening = opening or symptom_opening(text, start, facts) or coinfection_opening(text, start)  # "Symptoms of X"
        opening = opening or suspected_opening(text, start) or grade_opening(text, start, facts)  # "Suspected X"
        # "With Type 2 diabetes", "Previously received X": the subject left off (offline_subjectless_openings)
        opening = opening or with_opening(text, start) or previously_opening(text, start)
        opening = opening or article_opening(text, start)  # "A known allergy to X" → "You have a known allergy to X"
        opening = opening or concomitant_condition(text, start)  # "Concomitant disease that …" → "You have …"
        opening = opening or allergy_opening(text, start, kind)  # "Allergy or intolerance to X", "Allergic to X"
        opening = opening or any_of_opening(text, start, kind, facts)  # "Any of these lab values: X, Y"
        opening = opening or act_opening(text, start, kind, facts)  # "Concurrent use of X" (offline_act_openings)
        opening = opening or same_time_use(text, start, kind)  # "Other concurrent agents" → "You use other agents …"
        opening = opening or planned_opening(text, start, kind)  # "Planned major surgery" → "You plan to have …"
        # "Major surgery within 4 weeks of starting study treatment" → "You have had major surgery …"
        opening = opening or had_within_opening(text, start, kind, facts) or past_and_present_use(text, start, kind)
        # "Pregnancy or lactation", "Recent stroke", "Current antiretroviral therapy": the reader's state or event
        opening = opening or state_noun_opening(text, start, kind)
    if not opening and parent is not None and not _WANTS_WHAT_FOLLOWS.search(parent):
        # a lab's value reads alone under its lead-in too ("Any of the following laboratory abnormalities:" → "A
        # circulating lymphocyte count of >50,000/L"), as "Hemoglobin ≥ 10 g/dL" does (offline_person's lab_opening),
        # but not under a heading whose last word wants it ("History of:", "Both of:")
        opening = article_lab_opening(text, start, facts, lexicon)
    if not opening:
        return []
    after = max(e.end for e in opening)
    edits = opening + later_mentions(text, after) + agreeing(text, after)
    item = RequestItem(ref="1", text=text, facts=facts)
    bullet = RenderedBullet(text=tidy(apply(text, merge([edits])), sentence=True), refs=["1"], depth=0)
    found = check_rendering(CriterionRequest(kind=kind, items=[item]), Rendering(bullets=[bullet]))
    return [] if errors(found) else edits


# ---------------------------------------------------------------------------------------------
# "Currently …"

_NOW = re.compile(r"(?:currently|presently)\s+(?!(?:or|and|and/or|available|no|not)\b)(?P<next>[\w'’-]+)", re.I)
# states one is in, said after "You are now"
_BE_NOW = re.compile(
    r"(?:pregnant|lactating|breast-?\s?feeding|nursing|hospitali[sz]ed|detained|incarcerated|imprisoned|suicidal|"
    r"homeless|enrolled|treated|being|prescribed|diagnosed|planned|scheduled|on|in|under|receiving|taking|using|"
    r"undergoing|participating|experiencing|suffering|smoking|drinking|living|residing|residents?|engaged|involved|"
    r"dependent|addicted|abstinent|incapacitated|unable|able|willing|unwilling)$",
    re.IGNORECASE,
)
# conditions one has, said after "You now have"
_HAVE_NOW = re.compile(
    r"(?:active|ongoing|uncontrolled|untreated|symptomatic|clinically|significant|severe|acute|chronic|unstable)$",
    re.IGNORECASE,
)
_VERB_NOW = re.compile(
    r"(?:ha(?:ve|s)|meets?|needs?|requires?|uses?|abuses?|smokes?|chews?|drinks?|takes?|receives?|suffers?|"
    r"experiences?|exhibits?|shows?|lives?|resides?|works?|fulfil(?:l|ls|s)?|satisf(?:y|ies))$",
    re.IGNORECASE,
)


def _now(text: str, start: int) -> list[Edit]:
    m = _NOW.match(text, start)
    if m is None or re.match(r"\s*/", text[m.end("next") :]):
        return []  # "Currently/have recently taken": two times, one verb
    word = m.group("next")
    if _BE_NOW.fullmatch(word):
        if dangling_verb(text, m.end()):
            return []
        return [Edit(start, m.start("next"), "You are now ", "person")]
    if _HAVE_NOW.fullmatch(word):
        if dangling_verb(text, m.end()):
            return []  # "Currently active X that requires treatment" is fine; "Currently active X is …" is not
        return [Edit(start, m.start("next"), "You now have ", "person")]
    if _VERB_NOW.fullmatch(word):
        if dangling_verb(text, m.end()):
            return []
        verb = word.lower()
        said = {"has": "have", "abuses": "abuse"}.get(verb) or (base_form(verb) if verb.endswith("s") else verb)
        return [Edit(start, m.end("next"), f"You now {said}", "person")]
    return []


# ---------------------------------------------------------------------------------------------
# "Use of X"

# "Participation in another trial" is said by the same rule: taking part, like using, is something one does
# "Treatment with X within 4 weeks before Y" too, but only in the past: a treatment with no time said may be now or ever
_USE = re.compile(
    r"(?:the\s+)?(?:(?P<use>use|usage)\s+of|(?:participation|taking\s+part|participating)\s+in|"
    r"(?P<treat>treatment|therapy)\s+(?P<prep>with|for)|(?P<receipt>(?:receipt|administration)\s+of)|(?P<exposure>exposure\s+to))\s+(?=\S)",
    re.I,
)
# a use now or later, or beside something else: its tense would be a guess
_NOT_BEFORE = re.compile(
    r"\b(?:during|throughout|duration|plann?ed|planning|plans?|will|after|(?<!the\s)following|while|concurrent(?:ly)?|"
    r"concomitant(?:ly)?|same\s+time|ongoing|expected|anticipated|intend\w*|until|current(?:ly)?|now|"
    r"since|continu\w+|start\w*|initiat\w*|simultaneous(?:ly)?)\b"
    # "without prior approval" says nothing of when: the "prior" is the approval's
    r"|\bwithout\s+(?:prior|previous|past)\s+(?:\w+\s+)?(?:approval|consent|permission|authori[sz]ation|agreement)\b",
    re.IGNORECASE,
)
# a second noun phrase the opening would leave without a verb: "You have used X …, or failure to recover from …"
_ANOTHER_NOUN = re.compile(
    r"\b(?:or|and|and/or)\s+(?:the\s+)?(?:failure|inability|history|presence|participation|receipt|administration|having|"
    r"exposure|consumption|intake|treatment|need|requirement|evidence|use)\b",
    re.IGNORECASE,
)
# words that put the use before the study without a window the extractor reads
_BEFORE_WORDS = re.compile(
    r"\b(?:prior|previous(?:ly)?|before|in\s+the\s+(?:past|last|previous|preceding)|within\s+the\s+"
    r"(?:past|last|previous|preceding)|ago)\b",
    re.IGNORECASE,
)
# a time word the extractor may not read: "in last 72 hours", "at any time"
# (not a rate: "10 mg/day", "12 hours per day", "a dose of" are how much, not when)
_TIME_WORDS = re.compile(
    r"(?<!/)(?<!\bper\s)(?<!\ba\s)\b(?:within|last|past|recent(?:ly)?|time|days?|weeks?|months?|years?|visit|"
    r"screening|baseline|randomi[sz]ation|enrol(?:l)?ment|entry|day\s+\d)\b",
    re.IGNORECASE,
)


def _use(text: str, start: int, kind: SectionKind, facts: Sequence[Fact]) -> list[Edit]:
    """ "Use of X" → "You use X" (no time said), "You have used X" (a window before the study)."""
    m = _USE.match(text, start)
    if kind is not SectionKind.EXCLUSION or m is None or dangling_verb(text, m.end()):
        return []  # an inclusion's "Use of X" is mostly one of the methods a header lists ("Examples … are:")
    first = text[start : _first_end(text, start)]
    # a window that puts the use before the study says its own "during"/"starting" ("during the 2 weeks prior to X",
    # "within 1 week of starting study medication"): only the words outside it may say now or later
    # (not a window in a condition: "… unless the last dose was 5 half-lives before study start" times the dose)
    condition = re.search(r"\b(?:unless|except|if|provided|when)\b", first, re.IGNORECASE)
    timed, own = untimed(first), start + (condition.start() if condition else len(first))  # "the current clot"
    for f in facts:
        placed = before_the_study(f) or (f.relation == "before" and f.anchor in START_OF_STUDY)  # "prior to initiation"
        # "within 4 weeks" + " of starting the study": the start the extractor left outside the window is its anchor
        started = start_of_study_after(text, f.end) if f.relation == "within" and f.anchor is None else None
        if f.kind is FactKind.TEMPORAL and start <= f.start < f.end <= own and (placed or started):
            end = min(started or f.end, start + len(first))
            timed = timed[: f.start - start] + " " * (end - f.start) + timed[end - start :]
    if _ANOTHER_NOUN.search(first):
        return []
    if _NOT_BEFORE.search(timed):  # "Use of disallowed concomitant therapy": now, beside the study's treatment
        times = [f for f in facts if f.kind is FactKind.TEMPORAL]
        timeless = not _TIME_WORDS.search(first) and all(f.relation == "current" for f in times)
        said_now = m.group("use") and timeless and only_same_time(timed, _NOT_BEFORE)
        return [Edit(start, m.end(), "You use ", "person")] if said_now else []
    relative = re.search(r"\b(?:which|that|who)\b", first, re.IGNORECASE)
    if relative and _TIME_WORDS.search(first, relative.end()):
        return []  # "… agents which cannot be stopped prior to study entry": the time is the clause's, not the use's
    windows = [f for f in facts if f.kind is FactKind.TEMPORAL and f.start < start + len(first)]
    before = any(f.relation == "before" for f in windows) or bool(_BEFORE_WORDS.search(first))
    within = [f for f in windows if f.relation == "within"]
    if within and all(f.anchor in START_OF_STUDY or (f.anchor is None and kind is SectionKind.EXCLUSION)
                      for f in within):  # fmt: skip
        before = True  # "within 30 days of screening": screening is still to come, so the use was before it
    elif within:
        return []
    use = bool(m.group("use"))
    if m.group("receipt") or m.group("exposure"):
        # "Receipt of X within 4 weeks before Y": only in the past (a receipt or exposure with no time may be now)
        said = "You have received " if m.group("receipt") else "You have been exposed to "
        return [Edit(start, m.end(), said, "person")] if before else []
    if before and m.group("treat"):
        return [Edit(start, m.end(), f"You have had {m.group('treat').lower()} {m.group('prep').lower()} ", "person")]
    if before:
        return [Edit(start, m.end(), "You have used " if use else "You have taken part in ", "person")]
    if windows or _TIME_WORDS.search(first) or m.group("treat"):
        return []  # a time the rules cannot place ("in last 72 hours or planned", "at Screening")
    return [Edit(start, m.end(), "You use " if use else "You are taking part in ", "person")]


# ---------------------------------------------------------------------------------------------
# "Any history of X"

_HISTORY = re.compile(
    r"(?P<det>any|a|an)\s+(?P<adj>(?:(?:significant|prior|previous|past|documented|known|personal|recent|"
    r"clinically\s+significant|positive|confirmed|lifetime|current|remote|chronic|long|relevant)\s+)*)"
    r"history\s+of\s+(?=\S)",
    re.IGNORECASE,
)


def _history(text: str, start: int) -> list[Edit]:
    """ "Any history of X" → "You have any history of X" (other shapes are offline_openings')."""
    m = _HISTORY.match(text, start)
    if m is None or (m.group("det").lower() != "any" and not m.group("adj")):
        return []  # "A history of X" is offline_openings' ("You have had X")
    if dangling_verb(text, m.end()):
        return []
    return [Edit(start, m.end("det"), f"You have {m.group('det').lower()}", "person")]  # the rest: the plain words


# ---------------------------------------------------------------------------------------------
# "If female, is pregnant …"

_IF = re.compile(
    r"(?P<if>if|when)\s+(?:(?:the\s+)?(?:subject|patient|participant)\s+(?P<own>has|is)\s+)?(?P<desc>[^,;.:()]{2,80}?),"
    # the reader named again before the verb ("If female, the participant is pregnant", "If male, subjects must …")
    r"\s+(?:then\s+)?(?:(?P<subject>(?:the\s+)?(?:subject|patient|participant)s?|she|he)\s+)?"
    r"(?:(?P<verb>has|is|was|does|agrees|meets|needs|must|should|will|may|can|cannot|are|have)\b"
    # a woman's state with no verb ("If female, pregnant or breastfeeding", "If female, neither pregnant nor nursing")
    r"|(?P<state>(?:not\s+|neither\s+|non-?\s?)?(?:pregnant|lactating|breast-?\s?feeding|nursing|post-?\s?menopausal)"
    r"\b(?!\s+(?:wom[ae]n|females?|mothers?|patients?|subjects?|participants?)\b)))",
    re.IGNORECASE,
)
# a condition that is no state of the reader's: "If no prior orchiectomy", "If used for ≥3 years", "If patient
# non-compliant", "If subjects experience X" ("If you are no …", "If you are used …", "If you are patient …")
_NOT_SAID_OF_YOU = re.compile(
    r"(?:no|any|the|this|these|prior|previous|past|history|used|given|administered|done|performed|taken)\b"
    r"|.*\b(?:patients?|subjects?|participants?)\b",
    re.IGNORECASE,
)
_IF_MODALS = frozenset({"must", "should", "will", "may", "can", "cannot"})
_IF_OTHERS = re.compile(
    r"\b(?:partner|child(?![-\s]?pugh)|children|parent|caregiver|guardian|spouse|they|their|he|she|his|her)\b", re.I
)


def _if_clause(text: str, start: int, lexicon: Lexicon) -> list[Edit]:
    """ "If female, is pregnant …" → "If you are female, you are pregnant …"; "If living in a malaria area, has a
    bednet" → "If you are living …, you have …"; "If subject has a partner, has recorded …" → "If you have a partner,
    you have recorded …": a condition with no subject of its own, then the reader's verb."""
    m = _IF.match(text, start)
    if m is None or FINITE.search(m.group("desc")) or _NOT_SAID_OF_YOU.match(m.group("desc")):
        return []
    subject = m.group("subject")
    if subject is None and m.group("verb") and m.group("verb").lower() in ("are", "have"):
        return []  # "If X, are …" has no subject the plural agrees with
    plural = subject is not None and subject.lower().endswith("s") and subject.lower() not in ("he", "she")
    if subject is not None and m.group("verb") and m.group("verb").lower() in ("is", "has", "was", "does") and plural:
        return []  # "If female, subjects is …": the source's own words disagree
    first = text[start : _first_end(text, start)]
    if subject is not None:  # the named reader becomes "you": only "her" or "his" would be left to say otherwise
        first = first[: m.start("subject") - start] + first[m.end("subject") - start :]
        if re.search(r"\b(?:patients?|subjects?|participants?)\b", first[m.start("subject") - start :], re.I):
            return []  # "If female, the subject is … the subject's partner": one "you" is not enough
    sentence = re.sub(r"\([^()]*\)|\b(?:fe)?male\s+(?:sexual\s+)?partner", "", first)
    if _IF_OTHERS.search(sentence):
        return []  # "… prepared to use this for the child": the reader is someone else's parent
    if m.group("state") is not None:
        said = Edit(m.start("state"), m.start("state"), "you are ", "person")
    else:
        verb = m.group("verb").lower()
        form = verb if verb in _IF_MODALS else AGREE.get(verb) or base_form(verb)
        said = Edit(m.start("subject") if subject else m.start("verb"), m.end("verb"), "you " + form, "person")
    entry = lexicon.lookup(text[start : m.start("desc") + len(m.group("desc"))].strip())
    if isinstance(entry, TermEntry) and entry.use is Use.SUBSTITUTE and entry.plain.lower().startswith("if you"):
        return [said]  # "If female of childbearing potential" is one lexicon term, already said to the reader
    lead = f"{m.group('if').capitalize()} you {AGREE[word_key(m.group('own'))] if m.group('own') else 'are'} "
    return [Edit(start, m.start("desc"), lead, "person"), said]
