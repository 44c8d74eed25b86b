"""Shorter sentences for the offline backend: an aside or a list of examples at the end of a sentence
becomes a sentence of its own.

Long criteria read as one long sentence, and sentence length is half of what makes a text hard to read.
The split is made only where it cannot move a word into a different scope:

- a bracketed aside that ends its sentence: its brackets already say where it starts and ends, so as a
  sentence of its own it qualifies the same words: "(such as X)" / "(e.g. X)" → "For example, X.",
  "(including X)" → "This includes X.", "(i.e. X)" / "(defined as X)" → "This means X.", "(except X)"
  / "(excluding X)" → "This does not include X." (one negation cue for another: the exception stays
  an exception), "(Note: X)" / "(see X)" → "Note: X." / "See X.";
- an unbracketed "…, including X" or "… such as X" that ends its sentence, where X is a plain list
  (no verb, no time word, no exception): a time window or condition after the list could belong to
  the whole sentence, and as a sentence of its own it would belong to the examples alone;
- an unbracketed "…, defined as X" / "defined by X" that ends its sentence → "This means X." / "This is
  defined by X.", unless the definition goes on to a list, another definition or an exception, or "by X"
  names no measure (criteria, guidelines: "diabetes as defined by ADA criteria" stays in place);
- an unbracketed "…, except (for) X" that ends its sentence → "This does not include X." (as the bracketed one),
  and "…, as determined/shown/evidenced … by X" or "(as determined by X)" → "This is determined/shown … by X.",
  where X is not a condition ("except in …") and no comma in X opens a window or condition the whole sentence
  could own; the words "as … by" name how the whole statement is found, so not after a list (a comparator's own
  "or less" is none) or a negation, nor a study doctor's judgement (offline_asides says that one).

A definition or an exception holds for the words it follows: after a head that is itself a list ("X or
Y (i.e. Z)"), as a sentence of its own it would seem to hold for the whole list, so such a head keeps it.

The list keeps its own words ("A, B, or C" stays an "or" list), and the head sentence keeps its
negation: "You have no X (such as A or B)" → "You have no X. For example, A or B." (A and B are cases of
X, so "no X" still covers them). Nothing is split inside brackets, or where the aside is followed by
anything but the end of the sentence (an aside mid-sentence belongs to the word before it).

This runs on the rewritten text, after every span edit (see translator.offline._compose); the
fidelity check then sees the result like any other rewrite.
"""

from __future__ import annotations

import re

from translator.offline_asides import bracket_depth as _bracket_depth
from translator.offline_asides import move_asides
from translator.offline_asides import outside_brackets as _outside_brackets
from translator.offline_but import but_clause
from translator.offline_closed_heads import closed_pair_head
from translator.offline_inner_definitions import inner_definitions
from translator.offline_life_expectancy import expected_to_live
from translator.offline_or_clauses import or_clauses
from translator.offline_or_verbs import or_verbs
from translator.offline_or_you import bare_or_clauses
from translator.offline_semicolons import semicolon_clause
from translator.offline_unless_clauses import unless_clause
from translator.offline_valued_lists import valued_list
from translator.offline_which_clauses import which_clause

_EXCEPTION = "This does not include "  # "except" for "not": one negation cue for another
# What a definition or an exception says holds for the words it follows only; an example or an inclusion
# only illustrates, and says nothing about what is not named.
_NARROWING = frozenset({_EXCEPTION, "This means ", "This is defined by "})
# The lead words of a bracketed aside and the sentence each becomes.
_LEADS: list[tuple[str, str]] = [
    (r"e\.\s?g\.?,?|eg\.?,|for\s+example,?|for\s+instance,?|such\s+as", "For example, "),
    (r"including", "This includes "),
    (r"i\.\s?e\.?,?|ie,|that\s+is,?|defined\s+as|meaning", "This means "),
    (r"except(?:\s+for)?|excluding|other\s+than", _EXCEPTION),
    (r"note\s*:", "Note: "),
    (r"see|refer\s+to", "See "),
]
_BRACKETED = [
    (
        re.compile(
            rf"\s*\((?:{lead})\s+(?P<body>[^()]*(?:\([^()]*\)[^()]*)*)\)\s*(?P<end>[.;]?)\s*$",
            re.IGNORECASE,
        ),
        sentence,
    )
    for lead, sentence in _LEADS
]
# Unbracketed lists of examples at the end of a sentence.
_TAILS = [
    (re.compile(r",?\s+including\s+(?!but\b)(?P<body>[^;:]+?)\s*(?P<end>[.;]?)\s*$", re.IGNORECASE), "This includes "),
    (re.compile(r",?\s+such\s+as\s+(?P<body>[^;:]+?)\s*(?P<end>[.;]?)\s*$", re.IGNORECASE), "For example, "),
]
# Words that make an unbracketed tail more than a list of names: a clause, a time or a condition.
_NOT_A_LIST = re.compile(
    r"\b(?:within|during|before|after|prior|since|until|while|when|where|whereas|unless|if|except|excluding|other\s+than|"
    r"that|which|who|whom|whose|because|must|should|will|would|may|might|can|cannot|could|is|are|was|were|be|been|"
    r"being|has|have|had|do|does|did|at|in\s+the\s+(?:past|last|previous)|for\s+(?:at\s+least|more|less|the|a|\d)|"
    r"no|not|without|none|never|nor|neither|per|as|then|than|over|under|above|below|from|through|to|"
    r"allowed|permitted|excluded|included|required|needed|acceptable|eligible|ineligible|ok|okay|"
    r"with|by|on|in|for|via|using)\b"
    r"|\d|[<>≤≥=]"
    r"|\b(?:or|and|and/or)\s*$",  # "…, including A or B OR": the last word links to the next item
    re.IGNORECASE,
)
# "A, or B" after "including": B may be a sibling of the head ("any cancer, including melanoma, or heart
# disease"), and a sentence of its own would make it an example.
_ONE_THEN_CONJUNCTION = re.compile(r"^[^,]+,\s*(?:or|and|and/or)\b", re.IGNORECASE)
# "X defined as Y" at the end of a sentence: Y says what X means, wherever it stands. Not after a verb
# ("Measurable disease is defined as …": that is already the sentence), and not a definition that goes on to
# a list (":"), a second definition, or a condition of its own ("unless", "except").
# "as" in lower case or as a sentence's first word: "Active AS defined by BASDAI ≥ 4" keeps its "AS" (a disease)
_DEFINED = re.compile(
    r",?\s+(?:(?-i:[Aa]s)\s+)?defined\s+(?P<how>as|by)\s+(?P<body>[^;:]+?)\s*(?P<end>[.;]?)\s*$", re.IGNORECASE
)
# "defined by X" where X names whose definition it is (criteria, guidelines, a body) rather than a measure: as a
# sentence of its own, "You have type 1 diabetes. This is defined by ADA criteria." reads as a definition of the
# disease, and an "and …" after the criteria ("… by IWCLL criteria and currently on treatment", "… by the Hanifen
# and Rajka criteria and with mild to severe disease") would move a requirement into the definition. Kept in
# place where X names a source (a name, criteria, a lab, the protocol) and holds no measure (comparator, bound, range),
# or holds a window, which may be the whole statement's ("diagnosis … as defined by DSM-IV-TR within last five years").
# "defined according to / per / as set by X" likewise ("This means set by RECIST." is no sentence).
_MEASURED = re.compile(
    r"[<>≤≥=]|\b(?:less|more|greater|fewer|above|below|under|over|at\s+(?:least|most)|up\s+to|exceed\w*|between|"
    r"outside|higher|lower|times|or\s+(?:more|less|greater|higher|lower))\b|\d\s*(?:to|-)\s*\d",
    re.IGNORECASE,
)
_SOURCE = re.compile(
    r"(?:(?:the|a|an|modified|revised|\d{4})\s+)*(?-i:[A-Z])|.*\b(?:criteri(?:a|on)|guidelines?|classification|system|"
    r"scheme|protocol|study\s+plan|definition|consensus|lab|laboratory|assay|investigator|doctor|physician|oncologist|"
    r"country|site)\b",
    re.IGNORECASE,
)
# "criteria and with …", "guidelines and who …": what follows the source is a requirement of its own, and a
# measure in it ("(IGA 2-4)") is not the definition's
_SOURCE_THEN_MORE = re.compile(
    r"\b(?:criteri(?:a|on)|guidelines?|classification|consensus)\s*,?\s+(?:and|or)\s", re.IGNORECASE
)
# a named source and right after it a window ("by the National Institutes of Health for at least 3 months before X"):
# the window dates the diagnosis, and a sentence of its own would make it the definition's
_SOURCE_THEN_WINDOW = re.compile(
    r"^(?:the\s+)?(?-i:[A-Z])[^\d,;<>≤≥=]*?\s+(?:for\s+(?:at\s+least\s+|more\s+than\s+|over\s+)?\d|within\b|"
    r"during\b|in\s+the\s+(?:past|last)\b|since\b)",
    re.IGNORECASE,
)
_BY_A_SOURCE = re.compile(r"(?:as\s+)?(?:set\s+by|per|according|based|as\s+defined|in\s+accordance)\b", re.IGNORECASE)
_AFTER_A_VERB = re.compile(r"\b(?:is|are|be|been|was|were|being)\s*$", re.IGNORECASE)
_DEFINITION_GOES_ON = re.compile(r"\bdefined\b|\b(?:unless|except|excluding|other\s+than)\b|:", re.IGNORECASE)
# ", except for X" that ends its sentence → "This does not include X." (as the bracketed "(except X)"); X a noun
# phrase, not a condition ("except in patients with …", "except when …") that would not read as one
_EXCEPT_TAIL = re.compile(
    r",\s*(?:except(?:\s+for)?|excluding|other\s+than)\s+(?!(?:in|when|if|where|while|during|as|at|on|to|that|after|"
    r"before|within|by|with|under|from|or|and|for|those|who|which|the\s+following|these)\b)"
    r"(?P<body>[^;:]+?)\s*(?P<end>[.;]?)\s*$",
    re.IGNORECASE,
)
# ", as shown by X" / "as determined by X" / "(as determined by X)" that ends its sentence → "This is shown/determined
# by X."
_SHOWN_TAIL = re.compile(
    r"(?:,\s*|\s+)(?P<open>\()?(?-i:[Aa]s)\s+(?P<verb>determined|shown|measured|confirmed|evidenced|demonstrated|indicated|assessed|"
    r"checked|recorded|documented|calculated|estimated|diagnosed)\s+by\s+"
    r"(?!(?:the\s+|a\s+|an\s+|their\s+|your\s+)?(?:treating\s+|study\s+|local\s+|site\s+)?"
    r"(?:doctor|investigator|physician|clinician|sponsor|staff|team)s?\b)(?P<body>[^;:]+?)(?(open)\)|)\s*(?P<end>[.;]?)\s*$",
    re.IGNORECASE,
)
# a verb of the sentence's own after the tail ("as determined by X and considered Y will be excluded")
_OWN_VERB = re.compile(r"\b(?:will|must|shall|should|may|can|cannot|is|are|was|were)\b", re.IGNORECASE)
# a window in the tail may be the whole statement's; a condition in the head may own the tail
_WINDOW_WORD = re.compile(r"\b(?:within|during|before|after|prior|since|until|past|last|preceding|previous|following|"
                          r"ago|days?|weeks?|months?|years?)\b", re.IGNORECASE)
_CONDITIONED = re.compile(r"\b(?:if|unless|when|whenever|whether|provided|as\s+long\s+as|only)\b", re.IGNORECASE)
# a comma in the tail only as a list's, closed by its "or"/"and" ("A, B, or C", "A, B and C"), with no participle
# after a comma
_CLOSED_LIST = re.compile(r"^(?!.*,\s*[A-Za-z]+(?:ing|ed)\b).*,[^,]*\b(?:or|and|and/or)\s+[^,]+$", re.IGNORECASE)
_SHOWN = {"evidenced": "shown", "demonstrated": "shown", "indicated": "shown"}
_AFTER_COMMA = re.compile(r",\s*(?:(?:or|and|and/or)\s+)?([A-Za-z]+(?:\s+the)?)")
# a comparator's own "or" ("55% or less", "18 years or older"), which makes no list of the statement
COMPARED = re.compile(r"\bor\s+(?:less|more|older|younger|higher|lower|greater|fewer|above|below)\b", re.IGNORECASE)
_SENTENCE = re.compile(r"(?<=[.!?])(\s+)(?=[A-Z])")  # the space is captured, to be put back as it was
_MIN_HEAD_WORDS = 3  # "Allergy (e.g. X)" stays: a two-word sentence reads no easier
_OPENS_LOGIC = re.compile(r"^(?:or|and|and/or|nor|but|either)\b", re.IGNORECASE)
_MAX_TAIL_WORDS = 25
_CONDITION_OPENS = re.compile(r"(?:if|when|whenever|where|while|in|during|as|for|on|at|after|before|within)\b", re.I)
# An exception after a head that already negates or excepts may be an exception to that exception ("no
# other cancer except X, or cancer treated 5 years ago (excluding melanoma)"): as a sentence of its own
# it would read as an exception to the whole rule.
_EXCEPTED = re.compile(
    r"\b(?:except|excluding|unless|other\s+than|apart\s+from|aside\s+from|but\s+not|with\s+the\s+exception|"
    r"not\s+(?:counting|including|even))\b",
    re.IGNORECASE,
)
_A_CLAUSE = re.compile(
    r"(?:has|have|had|is|are|was|were|who|which|that|not|does|do|did|can|cannot|must|will|should|may)\b", re.I
)
# A head ending in a negation or in the first half of a pair owns the aside that follows it: "not including X"
# excludes X, "not even X" denies X, "either defined as X or Y" pairs X with Y. Cut there, the head would end
# in "not." and the aside would say the opposite.
_CUT_OFF = re.compile(r"\b(?:not|no|never|nor|without|even|either|neither|but|except)$", re.IGNORECASE)
# A definition set off by commas mid-sentence ("Any prior switch, defined as a change …, must have occurred …"):
# the verb after its closing comma is the sentence's own, and a split would move it into the definition.
_MAIN_VERB_AFTER = re.compile(
    r",\s*(?:and\s+|but\s+)?(?:must|should|shall|will|would|can|cannot|could|may|might|is|are|was|were|has|have|had|"
    r"does|do|did)\b",
    re.IGNORECASE,
)
_OTHER_EXAMPLES = re.compile(r"\((?:such\s+as|e\.\s?g\b|eg\b|for\s+example|for\s+instance|including)", re.IGNORECASE)
_HEAD_LIST = re.compile(r",|\b(?:or|and|and/or)\b", re.IGNORECASE)
_CONJUNCTION = re.compile(r"\b(?:or|and|and/or)\b", re.IGNORECASE)
# a head that names only a kind of thing ("You have diseases such as X, Y", "current use of medications such as X"): the
# examples are what the criterion is about, and as a sentence of its own the head says nothing ("You have diseases.")
# (also after "for" or "with": "within the last 6 weeks for agents such as mitomycin" times only those agents)
_BARE_HEAD = re.compile(
    r"\b(?:have|has|had|using|use|take|taking|for|with)\s+(?:any\s+|other\s+|certain\s+|some\s+)?"
    r"(?:diseases?|conditions?|disorders?|abnormalit(?:y|ies)|illness(?:es)?|problems?|medications?|medicines?|drugs?|"
    r"symptoms?|factors?|agents?|substances?|products?|things?)$",
    re.IGNORECASE,
)
_NEGATED = re.compile(
    r"\b(?:no|not|none|never|without|nor|neither|except|excluding|unless|other\s+than|cannot|unable|free\s+of|"
    r"absence|lack)\b|n't\b|\bnon-?\w",
    re.IGNORECASE,
)


def split_sentences(text: str) -> str:
    """`text` with each sentence's closing aside or list of examples as a sentence of its own, and the reader's life
    expectancy said with a verb (translator.offline_life_expectancy: its words change only inside their clause)."""
    parts = _SENTENCE.split(expected_to_live(text))  # sentence, space, sentence, …
    parts = [part if i % 2 else _split(part) for i, part in enumerate(parts)]
    parts = _SENTENCE.split("".join(parts))
    # a closing ", unless" clause, a second clause after ";" or ", but" (translator.offline_unless_clauses,
    # offline_semicolons, offline_but), then the asides inside a sentence (translator.offline_asides), which the
    # closing ones no longer hide
    joined = "".join(
        part if i % 2 else but_clause(semicolon_clause(unless_clause(part))) for i, part in enumerate(parts)
    )
    parts = _SENTENCE.split(joined)
    # each sentence's ", which" clause about the consent (offline_which_clauses), ", or you …" (offline_or_clauses)
    # and "… or have …" (offline_or_verbs)
    # (not before a sentence that explains the one before: "A or have B. This includes X." holds X for both, and "A.
    # Or B. This includes X." would seem to hold it for B alone); then a definition inside the reader's sentence
    # (offline_inner_definitions)
    return inner_definitions(move_asides("".join(
        part if i % 2 else _or_verbs_unless_explained(or_clauses(which_clause(part)), parts[i + 2 : i + 3])
        for i, part in enumerate(parts)
    )))


# a sentence that explains, notes or excepts the one before it
_EXPLAINS_BEFORE = re.compile(
    r"(?:This includes|This means|This is|This does not|For example|Note|See|Exceptions?|Except)\b"
)


def _or_verbs_unless_explained(sentence: str, after: list[str]) -> str:
    if after and _EXPLAINS_BEFORE.match(after[0]):
        return sentence
    return or_verbs(bare_or_clauses(sentence))  # "… or you …" without its comma likewise (offline_or_you)


def _split(sentence: str) -> str:
    for pattern, lead in _BRACKETED:
        m = pattern.search(sentence)
        if m is not None and lead == _EXCEPTION and _CONDITION_OPENS.match(m.group("body")):
            return sentence  # "(except if used for X)": "This does not include if used …" is no sentence
        if m is not None and _bracket_depth(sentence, m.start()) == 0:
            return _joined(sentence[: m.start()], lead, m.group("body"), m.group("end")) or sentence
    for pattern, lead in _TAILS:
        m = pattern.search(sentence)
        if m is None or _bracket_depth(sentence, m.start()):
            continue
        if _NOT_A_LIST.search(m.group("body")) and not valued_list(m.group("body"), _NOT_A_LIST):
            continue  # a window, a clause or a condition; a measured item's value is none (offline_valued_lists)
        if _ONE_THEN_CONJUNCTION.search(m.group("body")) or _bracket_depth(m.group("body"), len(m.group("body"))):
            continue
        if len(m.group("body").split()) > _MAX_TAIL_WORDS:
            continue
        head = _outside_brackets(sentence[: m.start()])
        if (_CONJUNCTION.search(m.group("body")) and _HEAD_LIST.search(head)
                and not closed_pair_head(COMPARED.sub("", head), _outside_brackets(m.group("body")))):
            continue  # "A, B such as C and D": D may be the head list's last item (offline_closed_heads)
        return _joined(sentence[: m.start()], lead, m.group("body"), m.group("end")) or sentence
    m = _DEFINED.search(sentence)
    if m is None or _bracket_depth(sentence, m.start()) or _AFTER_A_VERB.search(sentence[: m.start()]):
        return _closing(sentence)
    body = m.group("body")
    if _DEFINITION_GOES_ON.search(body) or _MAIN_VERB_AFTER.search(body) or _bracket_depth(body, len(body)):
        return sentence
    named = _SOURCE.match(body) or _WINDOW_WORD.search(body)
    if m.group("how").lower() == "by" and _SOURCE_THEN_MORE.search(body):
        return sentence  # "… by the Hanifen and Rajka criteria and with mild to severe disease (IGA 2-4)"
    if m.group("how").lower() == "by" and not _MEASURED.search(body) and named:
        return sentence  # "Type 1 diabetes, as defined by ADA criteria": "This is defined by …" would define diabetes
    if m.group("how").lower() == "by" and _SOURCE_THEN_WINDOW.match(body):
        return sentence  # "asthma, as defined by the NIH for at least 12 weeks": the window is the diagnosis's
    lead = "This means " if m.group("how").lower() == "as" else "This is defined by "
    return _joined(sentence[: m.start()], lead, body, m.group("end")) or sentence


def _closing(sentence: str) -> str:
    """An unbracketed exception (", except for X") or a closing "as shown by X" as a sentence of its own."""
    for pattern in (_EXCEPT_TAIL, _SHOWN_TAIL):
        m = pattern.search(sentence)
        if m is None or _bracket_depth(sentence, m.start()) or _AFTER_A_VERB.search(sentence[: m.start()]):
            continue
        body, head = m.group("body"), sentence[: m.start()]
        if m.groupdict().get("open") and _bracket_depth(body, len(body)) != 0:
            continue  # "(as shown by X) … (Y)": the closing bracket is another aside's
        if _DEFINITION_GOES_ON.search(body) or _MAIN_VERB_AFTER.search(body) or _bracket_depth(body, len(body)):
            continue
        if len(body.split()) > _MAX_TAIL_WORDS or any(_NOT_A_LIST.match(w) for w in _AFTER_COMMA.findall(body)):
            continue  # "…, except X, in the past 5 years": the window may be the whole sentence's
        if _ONE_THEN_CONJUNCTION.search(body) or _OWN_VERB.search(body):
            continue  # "…, other than X, or past chemotherapy": Y may be the head's sibling; "… will be excluded"
        if _WINDOW_WORD.search(body) or _CONDITIONED.search(head):
            continue  # "a second cancer, excluding skin cancers after the start of X": the window may be the cancer's
        if "," in _outside_brackets(body) and not _CLOSED_LIST.search(_outside_brackets(body)):
            continue  # "any GI condition, other than constipation, affecting GI motility": the phrase is the head's
        if "verb" not in m.groupdict():
            return _joined(head, _EXCEPTION, body, m.group("end")) or sentence
        # how the whole statement is found: a list in it could be what the tail is about ("A or B as shown by X"),
        # but not a comparator's wording ("55% or less as determined by MUGA")
        if _HEAD_LIST.search(COMPARED.sub("", _outside_brackets(head))) or _NEGATED.search(head):
            continue
        lead = f"This is {_SHOWN.get(m.group('verb').lower(), m.group('verb').lower())} by "
        return _joined(head, lead, body, m.group("end")) or sentence
    return sentence


def _joined(head: str, lead: str, body: str, end: str) -> str | None:
    head = head.rstrip(" ,")
    body = body.strip().rstrip(",")
    if len(head.split()) < _MIN_HEAD_WORDS or not body or _OPENS_LOGIC.match(body):
        return None
    if ":" in head:
        return None  # a heading or several lines run together ("Other: No X …"): the sentence is not one
    if lead == _EXCEPTION and _NEGATED.search(head):
        return None
    if lead in _NARROWING and _BY_A_SOURCE.match(body):
        return None  # "(defined as per the GOLD definition)": "This means per the GOLD definition." is no sentence
    if lead in _NARROWING and _A_CLAUSE.match(body):
        return None  # "(i.e., has had menses …)": "This means has had …" is no sentence
    if _EXCEPTED.search(head):
        return None  # "no X except for Y (that is, Z)": Z explains the exception, not the rule
    if lead in _NARROWING and _HEAD_LIST.search(COMPARED.sub("", _outside_brackets(head))):
        return None  # "X or Y (i.e. Z)": Z defines Y; as a sentence of its own it would define "X or Y"
    if head.endswith((":", "-", "/", "(", "[")) or re.search(r"\b(?:and|or|and/or|nor|of|to|with|the|a|an)$", head):
        return None  # the head would end mid-phrase
    if lead not in _NARROWING and _BARE_HEAD.search(head):
        return None  # "You have diseases. For example, X." : the head says nothing without its examples
    if lead not in _NARROWING and _OTHER_EXAMPLES.search(head):
        return None  # "weight loss (such as X) or weight gain (such as Y)": Y, after the sentence, could seem X's
    if _CUT_OFF.search(head):
        return None  # "…, not including X", "either defined as X or Y": the lead word belongs to the word before it
    close = "" if body.endswith((".", "!", "?")) else "."
    if end == ";":
        return None  # "…(such as X); or" links to the next item: the link must stay on this sentence
    return f"{head.rstrip('.;')}. {lead}{body}{close}"
