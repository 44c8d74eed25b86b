"""The words translator.offline_subjects reads a third-person subject by: who it names, the verbs that may be its own
(duties, "be", "have", lexical verbs), the clauses that have a subject of their own, and the reader's form of a verb.
"""

from __future__ import annotations

import re

from translator.offline_mentions import AGREE
from translator.offline_openings import FINITE

PLAIN = r"(?:patients?|subjects?|participants?|individuals?|persons?|people|volunteers?)"
KIND = r"(?:\s+(?:patients?|subjects?|participants?|volunteers?|individuals?))?"
OPENING = re.compile(
    rf"(?:(?:the|all|eligible)\s+)?(?:(?:study|trial)\s+)?(?P<plain>{PLAIN})\b"
    rf"|(?P<woman>wom[ae]n)\b{KIND}|(?P<man>m[ae]n)\b{KIND}"
    rf"|(?P<female>females?)\b{KIND}|(?P<male>males?)\b{KIND}",
    re.IGNORECASE,
)
# how a narrowed subject is kept: "Women who …" → "If you are a woman who …"
WHO_ARE = {"woman": "a woman", "man": "a man", "female": "female", "male": "male"}
# "Male or female", "Men and women": a label for who may join, not a subject
LABEL = re.compile(r"\s*(?:,\s*)?(?:or|and|and/or|/|&)\s*(?:fe)?m(?:ale|an|en)s?\b|\s*(?:or|and|/)\s*wom[ae]n\b", re.I)
# someone besides the reader in the description: "Patients whose partner is pregnant must …"; not the child a man
# would father ("Males planning to father a child", "considering fathering a child"): no one besides the reader yet
_FATHERED = r"(?<!fathering\sa\s)(?<!father\sa\s)(?<!conceive\sa\s)(?<!conceiving\sa\s)"
OTHERS = re.compile(
    r"\b(?:(?:partner|caregiver|care-giver|parent|guardian|spouse|mother|father(?!\s+a\s+child\b)|sibling|relative|"
    rf"donor|infant|employee)s?|{_FATHERED}child(?![-\s]?(?:bearing|pugh))|children|baby|babies|offspring|"
    r"family(?!\s+(?:medical\s+)?history)|"  # (a family history is the reader's own: "Patients with a family history")
    r"families|wom[ae]n|m[ae]n|females?|males?|patients?|"
    r"subjects?|participants?|people|persons?|individuals?|investigators?|physicians?|doctors?|they|them|those|"
    r"ones|anyone|everyone|candidates|non-?responders|users|smokers|drinkers|carriers|adults?|adolescents?)\b",
    re.IGNORECASE,
)
PEOPLE = re.compile(r"\b(?:patients?|subjects?|participants?|wom[ae]n|m[ae]n|females?|males?|people|persons?|"
                     r"individuals?|those|candidates)\b", re.IGNORECASE)  # fmt: skip
# a second sentence run into the description ("… at screening Other protocol-defined criteria may apply"); a group
# with its capital after "or" is a second group of a list ("Subjects with X or Subjects with Y"), which
# offline_later_groups says as the reader's, as it does the same words without the capital
RUN_ON = re.compile(r"[a-z0-9)]\s+(?:Other|The|These|This|Those|All|Any|No|Note|If|For|In)\b|"
                     r"[a-z0-9)](?<!\bor)\s+(?:Patients|Subjects|Participants|Women|Men|Females|Males)\b")  # fmt: skip
ADVERBS = r"not|also|currently|previously|already|still|recently|never|now|ever|actively"
ADVERB = rf"(?:(?:{ADVERBS})\s+)"
DUTY = re.compile(
    r"(?P<duty>must|should|shall|will|would|may|might|can(?:not|'t|’t)?|could|needs?\s+to|ha(?:ve|s)\s+to|"
    r"(?:is|are)\s+required\s+to)\b",
    re.IGNORECASE,
)
BE_HAVE = {"is": "are", "are": "are", "has": "have", "have": "have", "was": "were", "were": "were", "had": "had"}
SENTENCE_END = re.compile(r"(?<!\be\.g)(?<!\bi\.e)(?<!\betc)(?<!\bex)(?<!\bvs)[.;:](?:\s|$)|\n", re.IGNORECASE)
# no finite verb comes right after an article, a possessive or a preposition: "the use of", "informed consent",
# "with relapsed or refractory X", "in complete remission", "half-lives" are nouns and adjectives
# (not "or with": "unable to X or with lack of Y" has no sentence once "You" opens it)
NOT_A_VERB_AFTER = re.compile(
    r"(?:\b(?:the|a|an|its|their|his|her|any|no|every|each|informed|written|prior|of|in|for|from|by|on|at|"
    r"without|under|to)\s+|(?<!\bor\s)(?<!\band\s)\bwith\s+|\w-)$",
    re.IGNORECASE,
)
# a modal before a preposition or an article is a noun ("their understanding as well as voluntary will for this study")
_NOUN_MODAL = re.compile(r"(?:will|may|can|must)\s+(?:for|of|in|with|the|a|an|and|or)\b", re.IGNORECASE)
# a lexical verb's word right before a duty is a noun, the duty's subject's last word ("Participants who received
# major surgery prior to trial start must have recovered …": "start" is the trial's, "must" the verb)
_NOUN_BEFORE_DUTY = re.compile(
    r"(?!(?:is|are|was|were|has|have|had|do|does|did)\b)[a-z]+\s+(?:must|should|shall|will|may|can|cannot)\b"
)


def not_a_verb(text: str, before: str, at: int) -> bool:
    """Whether the verb-like word at `at` is a noun or an adjective by the words around it."""
    return bool(NOT_A_VERB_AFTER.search(before) or _NOUN_MODAL.match(text, at) or _NOUN_BEFORE_DUTY.match(text, at))
RELATIVE = re.compile(r"\b(?:who|that|which|whom|where|when|whereby)\s+$", re.IGNORECASE)
# "in which X would be", "for whom Y is": the clause's own subject and verb follow
PREPOSED = re.compile(r"\b(?:in|for|of|by|to|from|with|at|on|under)\s+(?:which|whom)\b", re.IGNORECASE)
CHAIN = re.compile(rf"(?:{FINITE.pattern}|\bbeen|\b(?:{ADVERBS})|n't)\s*$", re.IGNORECASE)
# verbs a subject may have besides "be", "have" and the modals: "Patients with X require …" has one
VERBS = (
    r"require|need|receive|undergo|meet|agree|understand|present|accept|weigh|live|reside|plan|intend|want|"
    r"speak|read|take|use|experience|develop|suffer|fulfil|fulfill|satisfy|demonstrate|exhibit|show|consent|"
    r"provide|sign|give|participate|smoke|drink|consume|lack|belong|continue|wish|refuse|exceed|report|"
    r"qualify|harbor|harbour|display|possess|know|expect|get|remain|become|seem|appear|respond|tolerate|"
    r"fail|complete|achieve|sign|stop|start|discontinue|progress|relapse|contain|include"
)
LEXICAL = re.compile(
    rf"\b(?:(?:{VERBS})(?:s|es|ed|d)?|underwent|took|gave|met|knew|got|became|understood|spoke|read|"
    r"had|did|went|showed|shown)\b",
    re.IGNORECASE,
)
# a later "who" of the subject: "Patients with X who are not Y" → "… X and are not Y"
LATER_WHO = re.compile(r"\s*,?\s*(?:(?P<conj>and|or|and/or|but)\s+)?\bwho\s+(?P<verb>[\w'’]+)", re.IGNORECASE)
SINGULAR = {"are": "is", "have": "has", "were": "was", "do": "does", "aren't": "isn't", "haven't": "hasn't",
             "don't": "doesn't", "plan": "plans", "intend": "intends", "want": "wants", "wish": "wishes",
             "agree": "agrees", "use": "uses", "take": "takes", "live": "lives", "need": "needs",
             "contemplate": "contemplates",
             "is": "is", "has": "has", "was": "was", "does": "does", "had": "had", "did": "did"}  # fmt: skip
SECOND = {**AGREE, "needs": "need", "wants": "want", "plans": "plan", "intends": "intend", "wishes": "wish",
           "agrees": "agree", "uses": "use", "takes": "take", "lives": "live", "receives": "receive",
           "requires": "require", "don't": "don't", "doesn't": "don't", "didn't": "didn't", "don’t": "don’t",
           "doesn’t": "don’t", "didn’t": "didn’t"}  # fmt: skip
MODALS = frozenset({"must", "should", "shall", "will", "would", "may", "might", "can", "cannot", "could"})
PAST_OK = frozenset({"received", "underwent", "experienced", "developed", "completed", "failed", "started",
                      "stopped", "discontinued", "signed", "participated", "used", "took"})  # fmt: skip
PARTICIPLE = re.compile(
    r"\s+(?P<ing>(?:currently\s+)?(?!(?:during|being|having|according|including|regarding|concerning|pending|"
    r"following|preceding|excluding|something|anything|nothing|bleeding|sibling|wedding|morning|evening|"
    r"swelling|setting|dosing|timing|screening|staging|spring|string|thing|king|bring|sing|ring)\b)[a-z]{3,}ing"
    r"|on|able\s+to|unable\s+to|willing\s+to|unwilling\s+to)\b",
    re.IGNORECASE,
)
BEEN = re.compile(r"\s+(?P<adv>(?:previously|recently|newly)\s+)?(?P<pp>diagnosed|treated|infected|exposed|"
                   r"vaccinated|hospitali[sz]ed|pretreated|pre-treated)\b", re.IGNORECASE)  # fmt: skip
HE_SHE = re.compile(r"\b(?:he|she|his|him|her|hers|himself|herself|s/he)\b", re.IGNORECASE)
EARLIER = re.compile(r"\b(?:in\s+the\s+past|previously|previous|ago|before|prior|within)\b", re.IGNORECASE)
# a time in the past, for a participle that would become a present "You are …ing" ("undergoing X in the past")
PAST_TIME = re.compile(r"\b(?:in\s+the\s+past|previously|previous|ago|formerly)\b", re.IGNORECASE)
# "… or women who can become pregnant must …": a second subject with a duty of its own
DUTY_OF_OTHERS = re.compile(
    r"\b(?:wom[ae]n|m[ae]n|females|males|patients|subjects|participants)\b[^.;,]{0,60}?\b"
    r"(?:must|should|shall|will|may|can|cannot)\b",
    re.IGNORECASE,
)
CLAUSE = re.compile(
    r"\b(?:if|unless|when|whenever|because|although|though|while|once|until|provided|whether|except)\b"
    r"|\bas\s+(?:the|this|these|it|they|there)\b",  # "… as the use of X can result in Y": a reason, its own subject
    re.I,
)
# "…; or patients who received …": a second kind of people after the first
ANOTHER = re.compile(
    r"[;,.]\s*(?:or|and|and/or)\s+(?:the\s+)?(?:patients?|subjects?|participants?|those|wom[ae]n|m[ae]n|"
    r"females?|males?|individuals?|people|persons?)\b",
    re.I,
)
THEY = re.compile(r"\b(?P<they>they|them|themselves)\b", re.IGNORECASE)
# a plural noun a later "they" might mean instead of the subject ("… drugs, unless they are stopped")
PLURAL_THING = re.compile(r"\b(?!(?:is|has|was|does|this|thus|as|its|his|hers|yes|less|unless|plus|us|"
                           r"status|diagnosis|prognosis|metastasis|sepsis|analysis|disease|process|always|"
                           r"previous|serious|various|nervous|continuous|infectious|obvious|numerous|"
                           r"sclerosis|stenosis|fibrosis|thrombosis|psoriasis|cirrhosis|tuberculosis|"
                           r"pancreas|virus|across|whereas|focus|basis|thesis)\b)"
                           r"[a-z]{2,}[^s\W]s\b", re.IGNORECASE)  # fmt: skip

NAMED = re.compile(rf"(?P<adj>[A-Za-z-]+)\s+(?P<plain>{PLAIN})\b", re.IGNORECASE)

WHO_IN_PLAIN = re.compile(rf"{PLAIN}\s+who\s+(?P<what>.+)", re.IGNORECASE)

WHOSE = re.compile(r"\bwhose\s+(?:[\w-]+\s+){1,3}$", re.IGNORECASE)

PARTICIPLE_NEXT = re.compile(
    r"\s+(?:with|by|for|in|at|on|from|as|according|per|within|before|after|prior|during|under|using)\b", re.I
)

PLURAL_PEOPLE = re.compile(
    r"\s*(?:not\s+)?(?:be\s+)?(?:either\s+)?(?:[\w-]+\s+){0,3}?(?:males|females|men|women|patients|subjects|adults|children|participants|volunteers|"
    r"persons|people|individuals|outpatients|inpatients|candidates|those|failures|employees|relatives|members|"
    r"[\w-]+ers)\b",
    re.IGNORECASE,
)

STATES = {"requiring": "require", "needing": "need", "wishing": "wish", "wanting": "want", "lacking": "lack",
           "weighing": "weigh", "meeting": "meet", "fulfilling": "fulfill", "fulfiling": "fulfil", "having": "have",
           "harboring": "harbor", "harbouring": "harbour", "possessing": "have", "belonging": "belong",
           "living": "live", "residing": "live", "knowing": "know", "understanding": "understand"}  # fmt: skip

# ("Subjects who answer "yes" to this question must …": a later sentence of a questionnaire item)
# ("Patients who test positive for X": the reader tests so)
KNOWN = re.compile(
    rf"(?:{VERBS}|do|did|had|respond|metabolize|discontinue|start|change|live|answer|test)", re.IGNORECASE
)


def reader_verb(verb: str) -> str | None:
    """The reader's form of a verb after "who" ("has" → "have", "meets" → "meet"); None for a word not known
    to be a verb ("who for any reason …") or a verb whose base form is not sure."""
    if verb in SECOND or verb in MODALS:
        return SECOND.get(verb, verb)
    if verb in PAST_OK:
        return verb
    for base in (verb, verb[:-1] if verb.endswith("s") else "", verb[:-2] if verb.endswith("es") else ""):
        if base and KNOWN.fullmatch(base):
            return base
    return None


# what a "their" after plural things still means is the participant's
PERSONAL = re.compile(
    r"\s+(?:(?:female|male|current|regular|usual)\s+)?(?:own|participation|ability|consent|doctors?|physicians?|disease|conditions?|cancer|tumou?rs?|treatment|"
    r"therapy|illness|medical|health|safety|life|lives|bod(?:y|ies)|care|study|prior|previous|current|first|last|"
    r"baseline|legal|partners?|diagnosis|symptoms?|medications?|medicines?|drugs?|dose|doses)\b",
    re.IGNORECASE,
)
# after a duty: "will not be required to" → "will not need to" (plain words would make it "be needed to")
BE_REQUIRED = re.compile(r"\s+(?:not\s+)?(?P<be>be\s+required\s+to)\b", re.IGNORECASE)
# what is said of the group, not of each one: "… will be capped at 40%", "… may make up no more than half"
GROUP_FACT = re.compile(
    r"\s+(?:not\s+)?(?:be\s+(?:capped|limited|restricted)|exceed|make\s+up|comprise|constitute|account\s+for|"
    r"represent|number)\b",
    re.IGNORECASE,
)
# a verb of the source's own subject later in the sentence: "… and had no prior therapy are eligible"
JUDGED_LATER = re.compile(
    r"(?<!\bwho\s)(?<!\bthat\s)(?<!\bwhich\s)\b(?:are|is)\s+(?:not\s+)?(?:eligible|ineligible|excluded|included|"
    r"allowed|permitted)\b",
    re.IGNORECASE,
)
# the subject's eligibility as its main verb: "Patients with X are eligible if …" → "If you have X, you are eligible
# if …" (a verb like a duty: the description becomes the condition)
# ("… are also excluded", "… are still eligible", "… remain eligible", "… are exempt": the same verdict; "… are
# not necessarily excluded", "… are acceptable", "… are considered eligible", "… are not to be enrolled", "… are not
# qualified" too)
JUDGED_MAIN = re.compile(
    r"(?P<duty>is|are|remain)(?=\s+(?:(?:not|also|still|necessarily|only)\s+)*(?:considered\s+)?(?:eligible|"
    r"ineligible|excluded|allowed|permitted|included|exempt|acceptable|qualified|to\s+be\s+(?:enrolled|included|excluded|"
    r"randomi[sz]ed))\b)",
    re.IGNORECASE,
)


def verdict_after(text: str, start: int, end: int) -> bool:
    """Whether the subject's verdict ("… are not excluded") comes later in `text[start:end]`: a verb before it that
    follows "or"/"and" in a relative clause ("who complete therapy or are clinically stable") is still the clause's."""
    verbs = re.finditer(r"\b(?:is|are|remain)\b", text[:end])
    return any(JUDGED_MAIN.match(text, m.start()) for m in verbs if m.start() >= start)


# what may stand before a "they" that is the reader: a condition ("if they", "provided that they", "as long as they")
CONDITION_BEFORE = re.compile(
    r"\b(?:if|unless|provided|providing|when|whenever|once|until|whether|that|as\s+long\s+as|so\s+long\s+as)\s+$",
    re.IGNORECASE,
)


def another_clause(desc: str, verb_after: bool) -> bool:
    """Whether "and"/"or"/"but" may start a clause with a subject of its own in the description: "… and it is
    stable", "… and the implant data cannot be confirmed". With no verb after it in the sentence, "the" starts
    a noun joined to the list ("Patients who have had surgery on the esophagus or the stomach"); before the main
    verb it may be that verb's subject ("Patients with an implant and the implant data cannot …")."""
    joined = re.finditer(r"\b(?:and|or|but)\s+(?P<det>the|their|its|this|these|there|it)\b", desc, re.IGNORECASE)
    verb = FINITE.pattern + "|" + LEXICAL.pattern
    return any(
        verb_after or j.group("det").lower() in ("there", "it") or re.search(verb, desc[j.end() :], re.I)
        for j in joined
    )


_PLACE = re.compile(
    # "Patients unable to swallow tablets", "Patients known to have any liver disease": a state said with "are" too
    r"(?:in|under|on|being|not(?=\s+(?:suitable|fit|able)\b)|(?:un)?able(?=\s+to\b)|known(?=\s+to\s+(?:have|be)\b))\s+"
    r"(?!(?:whom|which|the\s+opinion|the\s+(?:investigator|physician)|[\d<>≤≥]))",
    re.IGNORECASE,
)
# what the state's sentence may not hold: a relative clause or another person, which "you" would not agree with, or a
# colon, after which the state is a condition for some ("Subject in Phase 2 only: must have …")
_NOT_IN_A_PLACE = re.compile(
    r"\b(?:who|whom|whose|which|that|those|patients?|subjects?|participants?|persons?|people|individuals?)\b|:", re.I
)
# after a state said with a verb ("unable to take oral drugs"), a second description of the subject ("… or with lack
# of …") would be left with no subject: "You cannot take oral drugs or with lack of …"
_OR_WITH = re.compile(r"\b(?:or|and|and/or)\s+with\b", re.IGNORECASE)


def in_a_place(text: str, at: int) -> bool:
    """Whether the word at `at`, right after the subject, says a state the reader is in: "Patients under
    guardianship", "Patients in complete remission", "Patients currently on X", "Patients being treated with X",
    "Patients not suitable for X" ("You are under guardianship", "You are not suitable for X"). Not "in whom" or "in
    the opinion of", nor "Subjects in their reproductive age who are …" or "Persons in custody … and those serving
    sentences"."""
    m = _PLACE.match(text, at)
    if m is None:
        return False
    sentence = re.split(r"[.;](?:\s|$)", text[m.end() :], maxsplit=1)[0]
    if re.match(r"(?:un)?able|known", m.group(), re.IGNORECASE):
        # (its example is the sentence's: "unable to tolerate MRI, e.g. those with pacemakers" names others)
        sentence = re.split(r"(?<!\be\.g)(?<!\bi\.e)[.;](?:\s|$)", text[m.end() :], maxsplit=1)[0]
        if _OR_WITH.search(sentence):
            return False
    return not _NOT_IN_A_PLACE.search(sentence)


def lead_who(lead: str) -> bool:
    """Whether the words between the subject and its next word hold a "who" or "that" ("Patients who in their own
    … opinion, consider …": "in" there starts an aside, not the reader's state)."""
    return bool(re.search(r"\b(?:who|that)\b", lead, re.IGNORECASE))


# the colon of a list the subject has ("Patients with any of the following DSM-IV diagnoses: Delirium, …" → "You have
# any of the following …:"), not of a condition for some ("Patients with liver metastases: AST ≤ 5 x ULN")
FOLLOWING = re.compile(r"\s+(?:any\s+(?:one\s+)?of\s+)?the\s+following(?:\s+[\w-]+){0,3}\s*:", re.IGNORECASE)
# a colon after words that open a list ("… treated with 2 of the following at screening:", "… including:", "… DSM-IV
# criteria for:"): what follows is the subject's list, as after FOLLOWING (whose list name is as short: more than a
# name, "the following conditions present on the test area:", may set a condition for some)
LISTED_AFTER = re.compile(
    r"[^:.;]*?(?:\bthe\s+following(?:\s+[\w-]+){0,3}|\b(?:including|includes?|such\s+as|namely|for|of))\s*:",
    re.IGNORECASE,
)


def past_verb_chain(text: str, at: int) -> int:
    """Where the reader's verb ends, past the auxiliary it opens ("Patients who have| had a respiratory infection"):
    that "had" is the reader's own verb, no verb of its own of what follows."""
    chained = re.compile(r"\s+(?:had|have)\b", re.IGNORECASE).match(text, at)
    return chained.end() if chained else at


def chained(before: str) -> bool:
    """Whether a finite word continues a relative clause's verb ("who have had", "that is not")."""
    while True:
        chain = CHAIN.search(before)
        if chain is None or not chain.group().strip():
            return False
        before = before[: chain.start()]
        if RELATIVE.search(before):
            return True


def aside_kind(text: str, at: int, where: int) -> str | None:
    """What bracket opened after `at` is still open at `where`: None (none), "who" for one that goes on describing
    the subject ("Patients with predisposition to seizure (who currently have …)", a relative clause of the
    subject's, which offline_subject_closing_asides too leaves to the third person), or "aside" for a note of its
    own ("with X (unless the condition has been treated)"), whose verbs are not the subject's."""
    depth, opened = 0, where
    while depth >= 0 and opened > at:  # back to the bracket left open at `where`
        opened -= 1
        depth += {")": 1, "(": -1}.get(text[opened], 0)
    if depth >= 0:
        return None
    return "who" if re.match(r"\(\s*(?:who|whom|whose)\b", text[opened:], re.IGNORECASE) else "aside"
