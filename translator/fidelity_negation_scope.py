"""A negation moved off its verb: the verb the source negates said positively, or the other way round.

The negation checks compare negations mostly by count, so a "not" that leaves its verb for another place goes
unseen: "Woman of childbearing potential who does not agree to adopt highly effective contraception" once became
"You are a woman who can become pregnant and do not, you agree to adopt highly effective contraception" (the
opposite meaning, with the same one "not").

This check reads the verbs a source negates plainly ("does not agree", "cannot swallow", "unable to comply",
"no longer meet", "won't stop") and looks for the same verb in the bullets citing the source. It reports only
what is certain:

- the verb is the same word (its -s/-ed/-ing forms), not a plain wording of it (a rewording gives nothing);
- every time the bullets say it, no negation of any kind stands before it in its clause, and every time the
  source says it, the source negates it;
- and the reverse: a verb the source says only positively, that the bullets say only after a plain negation.

What counts as a negation before a verb is read generously (every cue the fact extractor knows, and words that
negate by their meaning: "refuse", "fail", "avoid", "stop"…), so that a rewording with another negation is never
taken for a lost one.

It also reads a shape that is never right English, whatever the verb: an auxiliary's negation stranded before a
clause break and a new subject ("do not, you have", "This does not, you include", "cannot; you follow"). The "not"
is left with no verb, and the verb after the break reads positively: a "have"/"be" or a reworded verb that the
verb comparison cannot tie to the source is caught this way. Only an ellipsis is right English in that place ("…
or, if you cannot, you abstain"), and it needs a word that opens the negation's clause ("if", "unless", "though"…)
and a verb before it that it leaves out.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from translator.facts import FactKind, extract_facts
from translator.fidelity_denied_alternatives import denied_alternative_findings
from translator.findings import Finding, Severity
from translator.text_memo import memo_by_text

# A plain negation of the verb that follows: an auxiliary with "not", a contraction, "cannot", "unable to",
# "no longer", a noun or verb of not doing it ("inability to swallow", "failure to meet", "refuses to sign"). Not
# "no" or "without" alone: they negate nouns ("no consent" says nothing of "consent to"). Not "must not",
# "should not" or "may not": a requirement's negation that the section may carry ("Exclusion: Must not be taking
# rifampin" is rightly "You are taking rifampin" under "You cannot join if").
_VERB_CUE = re.compile(
    r"\b(?:(?:do|does|did|will|would|can|could|is|are|was|were|has|have|had)\s+not"
    r"|cannot|can[’']t|won[’']t|(?:do|does|did|would|could|is|are|was|were|has|have|had)n[’']t"
    r"|unable\s+to|unwilling\s+to|no\s+longer"
    r"|(?:inability|failure|fail|fails|failed|refusal|refuses?|refused)\s+to)\s+",
    re.IGNORECASE)
# Words between the cue and its verb: "cannot be able to", "does not currently", "has not yet"; an adverb of manner
# ("is not clinically controlled", the source's "Clinically uncontrolled": the verb is "controlled").
_BETWEEN = re.compile(r"(?:(?:be|been|able|to|yet|ever|currently|already|still|fully|otherwise"
                      r"|[a-z]{3,}(?:al|ive|ous|ent|ant|ful|ate)ly)\s+)*", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z][a-z]+(?:-[a-z]+)*")
# Verbs too common to tie a bullet's clause to the source's: a bullet says "have"/"be" of many things.
_GENERIC = frozenset({
    "be", "been", "being", "is", "are", "was", "were", "have", "has", "had", "having", "do", "does", "did",
    "get", "gets", "got", "make", "made", "go", "able", "willing", "allowed", "the", "a", "an", "any", "to",
    "in", "on", "at", "of", "for", "with", "and", "or", "as", "so", "this", "that", "more", "less"})
# Words that negate by their meaning, which the fact extractor may not take as cues. Read before a verb of a
# bullet (or of a source, for the reverse), any of them makes the verb's polarity doubtful: nothing reported.
_NEGATIVE_WORDS = re.compile(
    r"\b(?:not|no|never|none|neither|nor|without|cannot|\w+n[’']t|un\w+|refus\w*|fail\w*|inabilit\w*|lack\w*"
    r"|declin\w*|avoid\w*|abstain\w*|refrain\w*|stop\w*|discontinu\w*|den(?:y|ies|ied)|withdr\w*|difficult\w*"
    r"|trouble|incapab\w*|in(?:adequate|sufficient|competent|eligible|complete)\w*|impossib\w*|except|unless|instead"
    r"|prohibit\w*|exclud\w*|contraindicat\w*|free|absen\w*"
    r"|longer|less|other\s+than|rather\s+than)\b", re.IGNORECASE)
# Where a verb's clause starts: a new sentence or bracket, or a comma (with "and"/"or"/"but") before a subject.
# "… and do not, you agree to adopt": the "not" is in the clause before "you agree".
_CLAUSE_START = re.compile(
    r"[.;:!?()\[\]]|,\s*(?:(?:and|or|but|then)\s+)?(?=(?:you|your|they|he|she|we|I|if|when|while)\b)"
    r"|\b(?:and|or|but)\s+(?=(?:you|they|he|she|we)\b)", re.IGNORECASE)
# An auxiliary's negation with no verb after it: a clause break, then a new subject ("do not, you have").
_STRANDED = re.compile(
    r"\b(?:(?:do|does|did|will|would|can|could|is|are|was|were|has|have|had|must|should|may|might)\s+not"
    r"|cannot|[a-z]+n[’']t)\s*[,;]\s*(?:(?:and|or|but|then)\s+)?"
    r"(?:you|your|they|their|he|she|his|her|we|it|this|these|those|I)\b", re.IGNORECASE)
# The words that open an ellipsis, the one place where a stranded negation is right English: "if you cannot, you
# abstain", "even though they do not, you …". The opener heads the negation's own clause, with only its subject
# between ("If you are a woman who cannot, you become pregnant" is no ellipsis: "who cannot" is a clause of its own).
_ELLIPSIS = re.compile(r"\b(?:if|unless|whether|though|although|when|whenever|because|since|once|until|as|than"
                       r"|where|while)\s+(?:(?!(?:who|that|which|whom)\b)[\w'-]+\s+){1,3}$", re.IGNORECASE)
# What an ellipsis leaves out is a verb said before it (a subject or an auxiliary before the opener: "You must use
# contraception or, if you cannot, …"; "… contraception. If you do not, …"), or the verb after it of another subject
# ("Even though you do not, your partner uses birth control"). "Free light chains above 2 times the ULN, when you do
# not, you have kidney failure" has neither: said of the same subject, the verb after it would contradict it.
_ANTECEDENT = re.compile(r"\b(?:you|they|he|she|we|I|must|should|shall|will|would|can|could|may|might|agrees?|is|are"
                         r"|was|were|has|have|had|do|does|did)\b", re.IGNORECASE)
# An auxiliary that carries its own negation ("cannot", the "won" of "won't"): the next clause's, no verb cut off.
_NEGATED_AUX = re.compile(r"cannot|(?:won|don|doesn|didn|isn|aren|wasn|weren|hasn|haven|hadn|shouldn|wouldn|couldn"
                          r"|mustn)", re.IGNORECASE)
_WINDOW = 6  # words before a verb that a negation may stand in: "do not want to be able to agree"


# read for each verb of a source and its bullets (`_plainly_negated_at`), and again by `check` on the whole
# translation: the same texts each time
@memo_by_text()
def negated_verbs(text: str) -> list[tuple[str, int, int]]:
    """The verbs `text` negates plainly, with their spans: "agree" of "does not agree to adopt"."""
    found = []
    for cue in _VERB_CUE.finditer(text):
        if _NEGATIVE_WORDS.search(_clause_before(text, cue.start())):
            continue  # under another negation ("Not unable to walk" is "able to walk"): doubtful, left alone
        between = _BETWEEN.match(text, cue.end())
        verb = _WORD.match(text, between.end() if between else cue.end())
        if verb and verb.group().casefold() not in _GENERIC and len(verb.group()) >= 4:
            found.append((verb.group().casefold(), verb.start(), verb.end()))
    return found


def _forms_match(one: str, other: str) -> bool:
    """The same verb in another form: agree / agrees / agreed / agreeing, comply / complies / complied."""
    short, long = sorted((one, other), key=len)
    forms: list[tuple[str, tuple[str, ...]]] = [(short, ("", "s", "es", "d", "ed", "ing"))]
    if short.endswith("e"):
        forms.append((short[:-1], ("ing",)))
    if short.endswith("y"):
        forms.append((short[:-1], ("ies", "ied")))
    return any(long == stem + ending for stem, endings in forms for ending in endings)


def _occurrences(text: str, verb: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _WORD.finditer(text) if _forms_match(m.group().casefold(), verb)]


def _clause_before(text: str, pos: int) -> str:
    """The words of the clause before `pos`, at most `_WINDOW` of them."""
    start = 0
    for m in _CLAUSE_START.finditer(text, 0, pos):
        start = m.end()
    words = text[start:pos].split()
    return " ".join(words[-_WINDOW:])


# A short bracket that glosses the words before it: "You do not agree (consent) to take part".
_GLOSS_BRACKET = re.compile(r"\(\s*(?:[\w'-]+\s+){0,3}[\w'-]+\s*\)")


def _negated_at(text: str, start: int, negation_spans: Sequence[tuple[int, int]]) -> bool:
    """Whether any negation stands before the word at `start` in its clause (read generously); a word in a short
    bracket glosses the words before it, whose negation it shares."""
    gloss = next((m for m in _GLOSS_BRACKET.finditer(text, max(0, start - 40)) if m.start() < start < m.end()), None)
    if gloss is not None and gloss.start() > 0 and _negated_at(text, gloss.start(), negation_spans):
        return True
    before = _clause_before(text, start)
    if _NEGATIVE_WORDS.search(before):
        return True
    clause_start = start - len(before) - 1
    return any(clause_start <= s < start for s, _ in negation_spans)


def _plainly_negated_at(text: str, start: int) -> bool:
    """Whether the word at `start` is a verb that `text` negates plainly (`negated_verbs`)."""
    return any(s == start for _, s, _ in negated_verbs(text))


def _negations(text: str) -> list[tuple[int, int]]:
    return [(f.start, f.end) for f in extract_facts(text) if f.kind is FactKind.NEGATION]


def scope_findings(source_id: str, source: str, bullets: Sequence[tuple[int, str]],
                   raw_of: Callable[[int, int], tuple[int, int]] | None = None) -> list[Finding]:
    """Errors for a verb the source negates that the bullets citing it (index, text) say only positively, and for
    a verb the source says only positively that the bullets negate plainly wherever they say it."""
    findings: list[Finding] = []
    source_negations = _negations(source)
    said = [(index, text, _negations(text)) for index, text in bullets]
    verbs = {verb for verb, _, _ in negated_verbs(source)}
    verbs |= {verb for _, text, _ in said for verb, _, _ in negated_verbs(text)}
    for verb in sorted(verbs):
        in_source = _occurrences(source, verb)
        in_bullets = [(index, text, span, negs) for index, text, negs in said for span in _occurrences(text, verb)]
        if not in_source or not in_bullets:
            continue  # reworded: the same verb is not on both sides
        index, text, (s, e), _ = in_bullets[0]
        said_in_source = source[in_source[0][0]:in_source[0][1]]
        if all(_plainly_negated_at(source, s) for s, _ in in_source) and not any(
                _negated_at(text, s, negs) for _, text, (s, _), negs in in_bullets):
            message = (f"{source_id} negates “{said_in_source}”, but bullet {index + 1} says “{text[s:e]}” with no "
                       "negation before it: the negation has moved to another word")
        elif not any(_negated_at(source, s, source_negations) for s, _ in in_source) and all(
                _plainly_negated_at(text, s) for _, text, (s, _), _ in in_bullets):
            message = (f"bullet {index + 1} negates “{text[s:e]}”, which {source_id} says positively "
                       f"(“{said_in_source}”): a negation has moved onto it")
        else:
            continue
        findings.append(Finding(
            check="negation_moved", severity=Severity.ERROR, criterion_id=source_id, bullet_index=index,
            message=message, source_span=raw_of(*in_source[0]) if raw_of else None, bullet_span=(s, e)))
    return findings + stranded_findings(source_id, source, bullets, raw_of) + denied_alternative_findings(
        source_id, source, bullets, raw_of)  # "absence of X or presence of Y" said "no X or Y"


def stranded(text: str) -> list[tuple[int, int]]:
    """The spans of `text`'s negations stranded before a clause break and a new subject, outside an ellipsis."""
    return [(m.start(), m.end()) for m in _STRANDED.finditer(text) if not _elided(text, m.start())]


def _elided(text: str, start: int) -> bool:
    """Whether the negation at `start` is an ellipsis: an opener heads its clause, and the verb it leaves out is one
    before the opener, or the next clause's, of another subject."""
    opener = _ELLIPSIS.search(text, max(0, start - 80), start)
    if opener is None or opener.end() != start:
        return False
    after = _STRANDED.match(text, start)
    subject = opener.group().split()[-1].casefold()
    if after is not None and after.group().split()[-1].casefold() == subject and _own_verb(text, opener.start(),
                                                                                         after.end()):
        return False
    return bool(_ANTECEDENT.search(text, 0, opener.start())) or (
        after is not None and after.group().split()[-1].casefold() != subject)


def _own_verb(text: str, opener: int, pos: int) -> bool:
    """Whether the word at `pos`, after the break and the subject of the opener's own clause, is a plain verb the
    text has not said before the opener: the verb the negation was cut off from ("you had to stop it because you
    could not, you tolerate it"), not the next clause's after a verb left out ("… use contraception or, if you
    cannot, you must abstain"). (An ellipsis of the same subject with a new plain verb after it, "abstain or, if you
    do not, you use …", reads the same way; no offline bullet or paraphrase has one.)"""
    word = _WORD.match(text, pos + len(text[pos:]) - len(text[pos:].lstrip()))
    if word is None or _ANTECEDENT.fullmatch(word.group()) or _NEGATED_AUX.fullmatch(word.group()):
        return False
    return word.group().casefold()[:5] not in {w.casefold()[:5] for w in _WORD.findall(text, 0, opener)}


def stranded_findings(source_id: str, source: str, bullets: Sequence[tuple[int, str]],
                      raw_of: Callable[[int, int], tuple[int, int]] | None = None) -> list[Finding]:
    """Errors for a bullet's negation cut off from its verb ("and do not, you have X"), where the source has no
    such shape itself (a near-copy of an odd source keeps its oddity, and says nothing new)."""
    if _STRANDED.search(source):
        return []
    return [Finding(check="negation_moved", severity=Severity.ERROR, criterion_id=source_id, bullet_index=index,
                    message=f"bullet {index + 1} cuts “{text[s:e]}” off from its verb: the negation is left with "
                    "no verb, and the verb after the break reads positively",
                    source_span=raw_of(0, len(source)) if raw_of else None, bullet_span=(s, e))
            for index, text in bullets for s, e in stranded(text)]
