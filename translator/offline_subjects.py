"""Third-person subjects the second person's own rules leave alone, put to the reader (offline backend).

translator.offline_person turns "Patients with X" into "You have X" only when no verb of the subject's own
follows, leaves narrowed subjects ("Women who …") alone, and leaves any criterion that names eligibility
("… are eligible", "… may participate"). These rules take what it leaves, when it leaves nothing:

- a condition for some people becomes "If you …, you …": "Patients with X must Y" → "If you have X, you must
  Y"; "Patients taking warfarin must …" → "If you are taking warfarin, you must …"; "Patients with X are
  eligible if …" → "If you have X, you are eligible if …"; a narrowed subject keeps its narrowing: "Women who
  are not postmenopausal must have …" → "If you are a woman who is not postmenopausal, you must have …"
  (offline_openings.gendered_opening says "Women of childbearing potential must …" first);
- a subject phrase with no main verb describes the reader: "Patients with X who are not Y" → "You have X and
  are not Y"; "Women with X" → "You are a woman with X"; "Patients whose disease …" → "Your disease …";
- the bare subject before its verb where a word of eligibility later made the general rule bail ("Patients
  must be on a stable dose of allowed medications", "Patients will be excluded if they:") → "You must …",
  "You will be excluded if you:".

Every rule rewrites only the subject and the words that tie the description to it ("with", "who", "whose"),
and the comma before the duty: the description, its negations, numbers and lists stay as written. A
description with a verb of its own outside a "who"/"that" clause ("Patients with X treated Y must …"), another
person in it (a partner, a child), a second subject, or a "they" whose referent is unclear: no edit. A sex
label ("Male or female", "Male or female, 18 years or older") is no subject here: translator.offline_sexes says it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from translator.backend import CriterionRequest, RenderedBullet, Rendering, RequestItem
from translator.criteria import SectionKind
from translator.facts import Fact, extract_facts
from translator.fidelity import check_rendering, errors
from translator.lexicon import Lexicon
from translator.lexicon_entries import TermEntry, Use
from translator.offline_clause_asides import ASIDE_BEFORE
from translator.offline_edits import Edit, apply, merge, tidy
from translator.offline_judges import without_deciders
from translator.offline_mentions import agreeing, later_mentions
from translator.offline_openings import FINITE
from translator.offline_person_complements import singular_complement
from translator.offline_reader_past_verdicts import past_verdict_edits
from translator.offline_scoped_sex_clauses import scoped_clause_edits
from translator.offline_subject_heads import subject_head
from translator.offline_subject_lists import listed_verb
from translator.offline_subject_members import study_member_edits
from translator.offline_subject_pronouns import theirs_not_yours, they_edits
from translator.offline_subject_terms import term_read_edits, that_read_edits
from translator.offline_subjects_words import (
    ADVERB,
    ANOTHER,
    BE_HAVE,
    BE_REQUIRED,
    CLAUSE,
    DUTY,
    DUTY_OF_OTHERS,
    GROUP_FACT,
    HE_SHE,
    JUDGED_LATER,
    JUDGED_MAIN,
    LABEL,
    LATER_WHO,
    LEXICAL,
    MODALS,
    NAMED,
    OPENING,
    OTHERS,
    PARTICIPLE_NEXT,
    PEOPLE,
    PLURAL_PEOPLE,
    PREPOSED,
    RELATIVE,
    RUN_ON,
    SECOND,
    SENTENCE_END,
    SINGULAR,
    WHO_ARE,
    WHO_IN_PLAIN,
    WHOSE,
    another_clause,
    aside_kind,
    chained,
    not_a_verb,
    verdict_after,
)
from translator.offline_those import or_those_who, those_as_patients
from translator.offline_women_whos import several_whos
from translator.word_keys import word_key


def subject_edits(
    text: str, kind: SectionKind, lexicon: Lexicon, facts: Sequence[Fact] | None = None, parent: str | None = None
) -> list[Edit]:
    """Edits that put a criterion opening with a third-person subject to the reader, or none (see the module).

    offline_person.person_edits comes first: these stand in for its result when that is empty. Edits whose
    text alone the fidelity check faults ("t(15;17)," read as another number) are dropped here, so the
    criterion keeps every other rewrite rather than falling back a level.
    """
    del parent  # these rules need only the words
    edits = study_member_edits(text) or _subject_edits(text, lexicon, kind)  # "Patients included in the study must"
    edits = edits or past_verdict_edits(text)  # "Participants who met the following criteria were eligible …:"
    edits = edits or term_read_edits(text, lambda said: _subject_edits(said, lexicon, kind))  # "who are of …"
    edits = edits or that_read_edits(text, lambda said: _subject_edits(said, lexicon, kind))  # "Female that is …"
    edits = edits or or_those_who(text, lambda said: _subject_edits(said, lexicon, kind))
    edits = edits or those_as_patients(text, lambda said: _subject_edits(said, lexicon, kind))
    read_on = lambda said: _subject_edits(said, lexicon, kind, read_on=True)  # noqa: E731
    edits = edits or scoped_clause_edits(text, kind, facts, read_on)  # "Female subjects who are X, or agree to Y"
    if not edits:
        return []
    item = RequestItem(ref="1", text=text, facts=list(facts) if facts is not None else extract_facts(text))
    bullet = RenderedBullet(text=tidy(apply(text, merge([edits])), sentence=True), refs=["1"], depth=0)
    found = check_rendering(CriterionRequest(kind=kind, items=[item]), Rendering(bullets=[bullet]))
    return [] if errors(found) else edits


def _subject_edits(text: str, lexicon: Lexicon, kind: SectionKind, read_on: bool = False) -> list[Edit]:
    start = len(text) - len(text.lstrip())
    named = _named(text, start, lexicon)
    m = named[0] if named else OPENING.match(text, start)
    if m is None or LABEL.match(text, m.end()) or text[m.end() : m.end() + 1] in ("'", "’", ":", "-", "/", ")"):
        return []
    end = stop.start() if (stop := SENTENCE_END.search(text, m.end())) else len(text)
    who = next(k for k in ("plain", "woman", "man", "female", "male") if m.group(k))
    # a narrowed subject's longer description reads "You are female and are X or Y": an exclusion's condition, but
    # in an inclusion it would make the narrowing a requirement, so its later verbs stay main verbs there
    # an exclusion's "Patients with X if it cannot be corrected": the closing clause has a subject and verb of its own
    continued = who == "plain" or kind is SectionKind.EXCLUSION or read_on  # (read_on: offline_scoped_sex_clauses)
    verb = _main_verb(text, m.end(), end, continued=continued)
    closing = _trailing_clause(text, m.end(), end) if kind is SectionKind.EXCLUSION and who == "plain" else None
    if closing is not None and (verb is None or verb > closing):  # (a verb before it is the subject's own)
        if _main_verb(text, m.end(), closing, continued=continued) is not None:
            return []
        verb = None
    colon = stop is not None and stop.group().startswith(":") and text[stop.end() :].strip()
    if verb is None and colon and not (stop is not None and _colon_says_what(text, m.end(), stop, kind, who)):
        return []  # "Female subjects able to become pregnant: negative pregnancy test": a condition for some
    duty = (DUTY.match(text, verb) or JUDGED_MAIN.match(text, verb)) if verb is not None else None
    run_on = verb is not None and re.search(r"[a-z]\s+[A-Z][a-z]{3,}\s+[a-z]", text[m.end() : verb])
    if verb is not None and run_on and JUDGED_MAIN.match(text, verb):
        return []  # "… on anticoagulants Therapeutic doses of warfarin are not allowed": two sentences run together
    if verb is not None and duty is None and _lead(text, m.end(), verb) != m.end():
        return []  # "Patients with X are eligible", "… require Y": a verb that is no duty, after a description
    if verb is not None and _lead(text, m.end(), verb) == m.end() and not named:
        opening = _verb_first(text, start, m, who, verb, duty)
    else:
        until = _lead(text, m.end(), verb) if verb is not None else closing or end
        opening = _described(text, start, m, who, until, named[1] if named else None)
        if opening and duty is not None and re.search(r"\b(?:and|or|and/or)\W*$", text[m.end() : until], re.I):
            # "Patients with X and must Y": "You have X and must Y"; not when a later duty is the main verb
            # ("Participants who received or will be receiving X must …")
            later_duty = re.search(r"\b(?:must|should|shall|will|may|can|cannot)\b", text[duty.end() : end], re.I)
            opening = [] if who != "plain" or later_duty else opening
        elif opening and duty is not None:  # "If you have X, you must Y"
            lead = _lead(text, m.end(), verb)
            first = opening[0]
            opening = [Edit(first.start, first.end, "If y" + first.text[1:], "person"), *opening[1:]]
            opening.append(Edit(lead, verb, ", you " + _adverbs(text, lead, verb), "person"))  # type: ignore[arg-type]
            opening += _duty_form(duty)
    if duty is not None and GROUP_FACT.match(text, duty.end()):
        return []  # "Patients with cirrhosis will be capped at 40%": a rule for the group, not for "you"
    if opening and duty is not None and (required := BE_REQUIRED.match(text, duty.end())) is not None:
        opening.append(Edit(required.start("be"), required.end(), "need to", "person"))  # not "be needed to"
    if not opening:
        return []
    if JUDGED_LATER.search(text, max([e.end for e in opening] + [duty.end() if duty else 0]), end):
        return []  # "Participants have received X and had no Y are eligible": the source's verb has its subject
    if who != "plain" and PEOPLE.search(_THE_READER.sub(" ", text[end:])):  # ("the subject" is the reader again)
        return []  # "Women who are pregnant. Women who can become pregnant …": a list of groups, not one reader
    if HE_SHE.search(text, m.end()) or ANOTHER.search(text, m.end()):
        return []  # "You … he must use a condom": offline_person's pronoun rules are not run here
    after = max(e.end for e in opening)
    they = they_edits(text, m.end(), after)
    if they is None:
        return []
    # "You have X. Patients with Y can take part if their …": a later sentence about others keeps its "their"
    # (a plain subject's later "the patient" stays a limit: "the refusal of the patient" is no "the refusal of you")
    later_people = text[end:] if who == "plain" else _THE_READER.sub(" ", text[end:])
    limit = end if PEOPLE.search(later_people) else len(text)
    later = [e for e in later_mentions(text, opening[0].end) + agreeing(text, after) if e.end <= limit]
    return opening + they + [e for e in later if not theirs_not_yours(text, m.end(), e)]


# "Confirmation that the subject is not pregnant …" after "Female subject is pregnant": the reader (later_mentions)
# and "… is not required for post-menopausal or surgically sterilized women": a note on a group, not a subject
_THE_READER = re.compile(
    r"\bthe\s+(?:patient|subject|participant)\b(?!['’]s)|\bfor\s+(?:[\w-]+\s+){0,5}?(?:wom[ae]n|females)\s*[.;]?\s*$",
    re.IGNORECASE,
)
# "… if it cannot be corrected", "unless the tumor was treated", "except those who …" closing a "with X" description
_CLOSING_CLAUSE = re.compile(r",?\s+(?:if|unless|except)\b", re.IGNORECASE)


def _trailing_clause(text: str, at: int, end: int) -> int | None:
    """Where a closing condition starts after a "with X" description ("with hypokalemia if it cannot be corrected"):
    the description reads as the reader's ("You have hypokalemia"), the condition keeps its words. Only the first
    clause word, after a description of its own, with no other clause word before it."""
    if not re.match(r"\s+with\s+\w", text[at:end], re.IGNORECASE):
        return None
    m = _CLOSING_CLAUSE.search(text, at, end)
    if m is None or CLAUSE.search(text, at, m.start()) or not text[at : m.start()].strip():
        return None
    if re.search(r"\b(?:they|them|their|theirs|themselves|who|whom|whose)\b", text[m.end() : end], re.IGNORECASE):
        return None  # "… unless they are considered clinically irrelevant" (the reader or the illness), "and who is …"
    return m.start()


def _colon_says_what(text: str, at: int, stop: re.Match[str], kind: SectionKind, who: str) -> bool:
    """Whether an exclusion's "Patients with X: Y" says what X is or which ("Subjects with severe renal impairment:
    creatinine clearance < 30 mL/min", "… the following medications: A, B"), so "You have X: Y" excludes as it
    does. Not in an inclusion ("Patients with liver metastases: AST ≤ 5 × ULN" asks Y of those with X only, and
    "You have liver metastases: …" would ask X of all), nor a tail with a person or verb of its own ("…: participants
    with Y are excepted"), nor a bare "who are:" ("Subjects who are: Current smokers")."""
    if kind is not SectionKind.EXCLUSION or who != "plain":
        return False
    tail = re.sub(r"\([^()]*\)|\[[^\[\]]*\]", "", text[stop.end() :])
    verdict = re.search(r"\b(?:excluded|eligible|allowed|permitted)\b", tail, re.IGNORECASE)
    if OTHERS.search(tail) or FINITE.search(tail) or verdict:
        return False
    return not re.search(r"\b(?:who|that)\s+(?:are|is|have|has)\s*$", text[at : stop.start()], re.IGNORECASE)


def _named(text: str, start: int, lexicon: Lexicon) -> tuple[re.Match[str], str] | None:
    """ "Fertile patients", worded by the lexicon "patients who could have children": the subject and what it
    says of them ("could have children")."""
    m = NAMED.match(text, start)
    if m is None:
        return None
    entry = lexicon.lookup(m.group())
    said = WHO_IN_PLAIN.fullmatch(entry.plain) if isinstance(entry, TermEntry) and entry.use is Use.SUBSTITUTE else None
    return (m, said.group("what")) if said else None


def _main_verb(text: str, at: int, end: int, continued: bool = True) -> int | None:
    """Where the subject's own verb starts: the first finite or lexical verb outside a relative clause."""
    for f in re.finditer(rf"{FINITE.pattern}|{LEXICAL.pattern}", text[:end], re.IGNORECASE):
        aside = aside_kind(text, at, f.start())
        if f.start() < at or aside == "aside":
            continue  # (a verb in a bracketed aside is the aside's: "with X (unless the condition has been treated)")
        # ("… that, in the investigator's opinion, would …": the relative clause's verb past its judge)
        before = ASIDE_BEFORE.sub(" ", text[at : f.start()])
        if RELATIVE.search(before) or chained(before) or WHOSE.search(before) or not_a_verb(text, before, f.start()):
            continue  # "who have had", "whose disease has", "planning to become", "the use of", "informed consent"
        word = f.group().lower()
        relative = re.search(rf"\b(?:who|that|which)\s+(?P<verb>\w+)\b.*\b(?:or|and|and/or|but)\s+{ADVERB}*$",
                             before, re.I)  # fmt: skip
        if continued and relative and (not FINITE.fullmatch(word) or word == relative.group("verb").lower()):
            continue  # "… that is symptomatic or requires treatment", "who is X or is Y": the relative clause's verb
        who = relative is not None and relative.group().lower().startswith("who")  # ("with HIV that are": HIV's)
        if continued and who and not JUDGED_MAIN.match(text, f.start()) and verdict_after(text, f.end(), end):
            continue  # "Patients who complete therapy or are clinically stable … are not excluded": still the clause
        # "who require X or already have Y", "who are sexually active and have not been …": the clause's (not in a
        # bracket that goes on describing the subject, "(who currently have or have had …)", left as it was)
        clause_word = word in ("have", "are", "were", "had") and aside is None
        if continued and who and clause_word and not PLURAL_PEOPLE.match(text, f.end()):
            continue
        if word.endswith("ed") and _lead(text, at, f.start()) != at and PARTICIPLE_NEXT.match(text, f.end()):
            continue  # "Patients with X treated with Y": a participle of the description
        if continued and listed_verb(text, at, f.start(), end):
            continue  # "Patients who are X, have Y, or have Z": the clause's verbs (offline_subject_lists)
        return f.start()
    return None


def _lead(text: str, at: int, verb: int | None) -> int:
    """Where the comma, spaces and adverbs before the verb start."""
    if verb is None:
        return at
    lead = re.search(rf"\s*,?\s*{ADVERB}*$", text[at:verb], re.IGNORECASE)
    return at + lead.start() if lead else verb


def _adverbs(text: str, lead: int, verb: int) -> str:
    return " ".join(text[lead:verb].replace(",", " ").split()) + (" " if text[lead:verb].strip(" ,") else "")


def _duty_form(duty: re.Match[str]) -> list[Edit]:
    """ "needs to" / "has to" / "is required to" → "need to" / "have to" / "are required to" after "you"."""
    word = duty.group("duty")
    if re.fullmatch(r"(?:is|are)\s+required\s+to", word, re.IGNORECASE):
        return [Edit(duty.start("duty"), duty.end("duty"), "must", "person")]  # not "you are needed to" (plain words)
    said = re.sub(r"^(?:needs|has|is)\b", lambda w: {"needs": "need", "has": "have", "is": "are"}[word_key(w.group())],
                  word, flags=re.IGNORECASE)  # fmt: skip
    return [Edit(duty.start("duty"), duty.end("duty"), said, "person")] if said != word else []


def _verb_first(text: str, start: int, m: re.Match[str], who: str, verb: int, duty: re.Match[str] | None) -> list[Edit]:
    """ "Patients must …" → "You must …"; "Women cannot …" → "If you are a woman, you cannot …"; "Female subject
    is pregnant" → "You are female and pregnant"."""
    word = re.match(r"[\w'’]+", text[verb:])
    said = word.group().lower() if word else ""
    if duty is not None:
        if PLURAL_PEOPLE.match(text, duty.end()):
            # "Patients must be candidates for X" → "You must be a candidate for X" (one of the people it names)
            one = singular_complement(text, Edit(duty.start("duty"), duty.end("duty"), duty.group("duty"), "person"))
            if who != "plain" or not one:
                return []  # "Subjects must be males or females": "You must be males …"
            return [Edit(start, verb, "You " + _adverbs(text, m.end(), verb), "person"), *_duty_form(duty), *one]
        if who != "plain" and DUTY_OF_OTHERS.search(text, duty.end()):
            return []  # "Women must be … or women who can become pregnant must …": "you" would stand for both
        if who == "plain":
            return [Edit(start, verb, "You " + _adverbs(text, m.end(), verb), "person"), *_duty_form(duty)]
        return [Edit(start, verb, f"If you are {WHO_ARE[who]}, you " + _adverbs(text, m.end(), verb), "person"),
                *_duty_form(duty)]  # fmt: skip
    if re.match(r"\s+(?:not\s+)?[<>≤≥\d]", text[verb + len(said) :]) and not re.search(r"\b(?:age|aged|old)\b", text):
        return []  # "Patient is < 5 years free of cancer" is no age: "You are younger than 5 years" would make it one
    if said not in BE_HAVE or PLURAL_PEOPLE.match(text, verb + len(said)):
        return []
    if re.match(r"\s+required\b(?!\s+to\b)", text[verb + len(said) :], re.IGNORECASE):
        return []  # "The participant is required surgery": not "You are needed surgery" once plain words have their say
    if who == "plain":
        return [Edit(start, verb + len(said), "You " + _adverbs(text, m.end(), verb) + BE_HAVE[said], "person")]
    if said in ("is", "are") and not re.match(r"\s+(?:not\b|a\b|an\b|the\b)", text[verb + len(said) :]):
        return [Edit(start, verb + len(said), f"You are {WHO_ARE[who]} and", "person")]
    return []


def _described(text: str, start: int, m: re.Match[str], who: str, until: int, named: str | None) -> list[Edit]:
    """The subject and its description as the reader: "You have X and are not Y", "You are a woman who …"."""
    at = m.end()
    desc = text[at:until]
    if named is not None:  # "Fertile patients must …": the lexicon's wording is the description
        if desc.strip() or LATER_WHO.search(text, at, until):
            return []
        return [Edit(start, at, f"You {named}", "person")]
    sentence = text[at : (SENTENCE_END.search(text, at) or re.search("$", text)).start()]  # type: ignore[union-attr]
    bare = re.sub(r"\([^()]*\)|\[[^\[\]]*\]", "", desc)  # asides hold no clause of the sentence's own
    if CLAUSE.search(bare) or another_clause(bare, until < at + len(sentence)):
        return []  # "… if it cannot be corrected", "… and the implant data cannot be confirmed": another subject
    if (
        not desc.strip()
        or OTHERS.search(re.sub(r"\b(?:they|them)\b", "", without_deciders(sentence, until - at)))  # (a judge)
        or desc.count("(") != desc.count(")")
        or RUN_ON.search(desc)
    ):
        return []
    if (
        PREPOSED.search(desc)
        or re.search(r",\s*that\b", desc)
        or re.match(r"\s+with\s+(?:and|or|and/or)\b", desc, re.IGNORECASE)
        or re.search(r"\b(?:positive|negative)\b.*\band\b.*\b(?:positive|negative)\b", desc, re.IGNORECASE)
    ):
        return []  # "… in which X would be contraindicated"; "with and without X", "node-positive and node-negative"
    if re.search(r"\b(?:whom|whose)\b", desc[1:], re.IGNORECASE) and not desc.lstrip().startswith("whose"):
        return []  # "with a diagnosis of X whose symptoms …": with "you" first, "whose" would seem the disease's
    if who != "plain":
        if re.match(r"\s+of\s+(?:non-?\s?)?child[- ]?bearing\b", desc, re.IGNORECASE):
            return []  # the lexicon says it plainer ("women who can become pregnant"): offline_person's rules
        edits = [Edit(start, at, f"You are {WHO_ARE[who]}", "person")]
        later = list(LATER_WHO.finditer(text, at, until))
        if any(w.group("conj") for w in later) or len(later) > 1:  # "who X or who Y": offline_women_whos
            return several_whos(text, who, at, until, later, edits)
        if later and later[0].start() == at:
            verb = later[0].group("verb")
            if not text[later[0].end("verb") : until].strip(" ,"):
                return []  # "Women who are" (the source stops there)
            if who in ("female", "male"):  # "You are female and are …": no "who" after an adjective
                second = SECOND.get(verb.lower(), verb.lower())
                return [Edit(start, later[0].end("verb"), f"You are {WHO_ARE[who]} and {second}", "person")]
            if verb.lower() in MODALS or verb.lower().endswith("ed"):
                return edits
            singular = SINGULAR.get(verb.lower())
            second_verb = re.search(
                rf"\b(?:or|and/or)\s+(?:{LEXICAL.pattern}|{FINITE.pattern})", desc[later[0].end() - at :], re.I
            )
            if singular is None or second_verb:
                return []  # "… who is pregnant or plan to …": the second verb would need the singular too
            return [*edits, Edit(later[0].start("verb"), later[0].end("verb"), singular, "person")]
        if later:
            return []
        with_ = re.match(r"\s+with\b", desc, re.IGNORECASE)
        if with_ and who in ("female", "male"):  # "Female patients with X" → "You are female and have X"
            history = re.compile(r"\s+with\s+(?:a\s+)?history\s+of\b", re.IGNORECASE).match(text, at)
            if history is not None:  # "… with a history of X" → "… and have had X", as plain words say it
                return [Edit(start, history.end(), f"You are {WHO_ARE[who]} and have had", "person")]
            return [Edit(start, at + with_.end(), f"You are {WHO_ARE[who]} and have", "person")]
        now = r"(?:(?:now|currently)\s+(?=\w+ing\b))?"  # "Women now taking spironolactone"
        if re.match(rf"\s+{now}(?:with|aged|in|on|[a-z]+ing|able|unable|willing)\b|\s*[\d<>≤≥]", desc, re.I):
            return (
                edits if who not in ("female", "male") else [Edit(start, at, f"You are {WHO_ARE[who]} and", "person")]
            )
        return []
    head = subject_head(text, start, at)
    if not head:
        return []
    rest = []
    for w in LATER_WHO.finditer(text, head[-1].end, until):
        verb = w.group("verb").lower()
        if verb in ("is", "has", "was", "does") or (verb.endswith("s") and verb not in SECOND):
            return []  # "… who has": a verb for one person, not for "you"
        said = SECOND.get(verb, verb)
        if re.search(r"\b(?:those|ones|anyone|all|people|persons|individuals)\s*,?\s*$", text[: w.start("verb")]):
            return []
        comma = "," if "," in text[w.start() : w.start("verb")] else ""
        rest.append(Edit(w.start(), w.end("verb"), f"{comma} {w.group('conj') or 'and'} {said}", "person"))
    if head[0].text == "You have" and re.search(r"\b(?:and|or)\s+(?:not\s+)?(?!who\b)\w+(?:ing|ed)\b", text[at:until]):
        return []  # "Patients with X and not requiring Y": "You have X and not requiring Y"
    return head + rest
