"""Shorter sentences, second step: a list of examples or a judge set inside a sentence moves to a sentence after it.

Measured over the corpus bullets (offline-rules-9), long sentences are the larger of the two levers on the reading
grade (every sentence cut at 20 words would take the median from 11.17 to 9.74; the 20 most frequent long general
words at one syllable, to 10.45). translator.offline_sentences already moves an aside that ends its sentence; these
rules move two kinds of aside from inside a sentence, where the move cannot change what they are about:

- a bracketed list of examples mid-sentence: "You have started talk therapy (such as supportive talk therapy,
  interpersonal treatment) in the 3 months before screening." → "You have started talk therapy in the 3 months
  before screening. For example, supportive talk therapy, interpersonal treatment." ("(including X)" → "This
  includes X."). Only where the rest of the sentence names one thing: no list (comma, "or", "and", "nor", ";",
  ":") outside brackets and no exception, so the examples cannot be read as examples of another item;
- the study doctor's judgement inside a relative clause or at the end of a sentence: "Any condition that, in the
  study doctor's view, would place you at risk." → "Any condition that would place you at risk. The study doctor
  decides this."; "You have uncontrolled hypertension in the study doctor's view." → "You have uncontrolled
  hypertension. The study doctor decides this." Only where the words before the judgement are no list (a judge
  after "X, Y or Z that …" may hold for the last item only), where the sentence has one judgement and no condition
  ("if", "unless", "except"…) that the judgement could belong to instead.

Two more make two sentences of what is already two statements:

- two duties of the reader: "You must X, and must Y" / "You must X; you must Y" → "You must X. You must Y." (both hold
  either way), not under a condition or an exception, and not where the "and" also closes a list ("A, B, and must");
- a closing bracket that holds a clause of its own, a subject before its own verb: "History of epilepsy (history of a
  single febrile seizure is not exclusionary)" → "… epilepsy. History of a single febrile seizure is not
  exclusionary." Not a value under a condition ("(5 times ULN if metastases are present)"), "(whichever is longer)",
  a bracket a lead word opens (offline_sentences' asides), nor after a condition the note could belong to ("If …").

All keep every word of the aside and the sentence's own negation: "no X (such as A) in the past year" → "no X in
the past year. For example, A." (A is a case of X, so "no X" still covers it), as offline_sentences does.
"""

from __future__ import annotations

import re

from translator.offline_judge_first import judge_last

_SENTENCE = re.compile(r"(?<=[.!?])(\s+)(?=[A-Z])")
_AN_ASIDES_SENTENCE = re.compile(r"This means |This is defined by |This does not include |This includes |For example, ")
_EXAMPLES = re.compile(
    r"\s*\((?P<lead>such\s+as|e\.\s?g\.?,?|eg\.?,|for\s+example,?|for\s+instance,?|including)\s+"
    r"(?P<body>[^()\[\];:]+?)\s*\)(?=\s*[A-Za-z0-9])",
    re.IGNORECASE,
)
_LIST = re.compile(r"[,;:]|\b(?:or|and|and/or|nor|either|neither|versus|vs|as\s+well\s+as|plus)\b|&", re.IGNORECASE)
_EXCEPTION = re.compile(
    r"\b(?:except|excluding|unless|other\s+than|apart\s+from|aside\s+from|but|with\s+the\s+exception|not\s+"
    r"(?:counting|including|even)|if|when|whether|provided|as\s+long\s+as)\b",
    re.IGNORECASE,
)
_OPENS_LOGIC = re.compile(r"^(?:or|and|and/or|nor|but|either|not)\b", re.IGNORECASE)
_MAX_BODY_WORDS = 25
_MIN_WORDS = 3
# "in the study doctor's view" (the lexicon's wording) and the source's own "in the opinion of the study doctor"
# (not "… of the study doctor and/or the sponsor": a second judge; nor "… of the study doctor, medical monitor, or
# consultant cardiologist": a list of judges, whose comma is no end of the aside)
_JUDGE = (
    r"in\s+the\s+(?:study\s+doctor['’]s\s+(?:view|opinion)|(?:view|opinion)\s+of\s+the\s+study\s+doctor)"
    r"(?![\w'’/-]|\s*/|\s+(?:or|and|nor)\b|\s*,\s*(?:[A-Za-z'’-]+\s+){0,3}?[A-Za-z'’-]+,\s*(?:or|and|and/or)\s)"
)
# "X that, in the study doctor's view, would Y": the judgement is the relative clause's
# ("You, in the study doctor's view, pose …": the judged reader, as translator.offline_judged_readers says it)
_JUDGE_INSIDE = re.compile(rf"(?:\b(?P<rel>that|which|who)|^(?P<you>You))\s*,?\s*{_JUDGE}\s*,?\s+(?=[a-z])", re.I)
# "… hypertension in the study doctor's view." / "…, as judged by the study doctor." at the end of the sentence
_JUDGE_END = re.compile(
    rf",?\s*(?:{_JUDGE}|\(?(?:as\s+(?:judged|determined|assessed)\s+by|according\s+to)\s+the\s+study\s+doctor\)?)"
    r"\s*(?P<end>\.?)\s*$",
    re.IGNORECASE,
)
_JUDGED = "The study doctor decides this."
# a closing bracket holding a clause of its own: not one a lead word opens (those are offline_sentences' asides), nor a
# condition, a relative clause, a preposition's object or the second half of a list
_NOTE = re.compile(
    r"\s*\((?P<body>(?!(?:if|unless|when|whenever|while|where|which|whichever|whatever|that|who|whom|whose|as|because|"
    r"since|e\.\s?g|eg|"
    r"i\.\s?e|ie|such|including|except|excluding|other|for|see|refer|note|defined|meaning|or|and|nor|but|not|no|only|"
    r"even|also|with|without|in|at|on|by|from|to|of|per|within|before|after|during|prior|based|according|than|"
    r"approximately|about|around|up|over|under|between|using|via|i|ii|iii|iv|v)\b)[^()\[\];:]+)\)\s*\.?\s*$",
    re.IGNORECASE,
)
_FINITE = re.compile(r"\b(?:is|are|was|were|must|should|shall|will|may|can|cannot|could|would|has|have|need|needs|"
                     r"do|does)\b", re.IGNORECASE)
_SUBORDINATE = re.compile(r"\b(?:if|unless|when|while|where|which|that|who|whose|because|although|provided|once|until|"
                          r"after|before|since|whether)\b", re.IGNORECASE)
# a second duty of "You …": ", and must …", "; you must …" (a modal, so a clause of its own, not a list's item)
_DUTY = re.compile(r"(?:,\s*and|;)\s+(?:you\s+)?(?=(?:must|should|will\s+need\s+to|need\s+to)\b)", re.IGNORECASE)
# a sentence that is itself an aside of the one before ("For example active bowel inflammation (such as X) needing …")
_EXPLAINS = re.compile(r"(?:For example|For instance|This includes|This means|This is defined|This does not|Note|See|"
                       r"Such as|E\.\s?g|I\.\s?e|Including|Excluding|Except|Examples?)\b", re.IGNORECASE)
# a clause after the judged one, which the judgement would then seem to cover: "…; you must not …", "…, and must …"
_NEXT_CLAUSE = re.compile(
    r"[;:]|,\s*(?:and|but|or|nor)\s+(?:(?:you|they|he|she|patients?|subjects?|participants?)\s+)?"
    r"(?:must|should|shall|will|would|can|cannot|could|may|might|is|are|was|were|has|have|had|do|does|did|need)\b",
    re.IGNORECASE,
)


def move_asides(text: str) -> str:
    """`text` with each sentence's inner list of examples, and its study doctor's judgement, after the sentence."""
    parts = _SENTENCE.split(text)  # sentence, space, sentence, …
    for i in range(0, len(parts), 2):
        # before the sentence its closing aside became ("… in the immediate family. This means parents and
        # siblings."), the examples would come between it and the words that explain its last noun
        explained = i + 2 < len(parts) and _AN_ASIDES_SENTENCE.match(parts[i + 2]) is not None
        moved = parts[i] if explained else _examples(parts[i])
        # a judgement after the examples would seem to judge them; and only the last sentence's: before a sentence
        # that explains it ("… in the study doctor's view. Examples may include X") it would come between the two
        parts[i] = _clauses(moved if moved != parts[i] or i + 2 < len(parts) else _judged(parts[i]))
        parts[i] = _note(parts[i])
    # "In the study doctor's view, you X." → "You X. The study doctor decides this.", as a judgement inside it is said
    return judge_last(parts[0]) if len(parts) == 1 else "".join(parts)


def _note(sentence: str) -> str:
    """ "History of epilepsy (history of a single febrile seizure is not exclusionary)" → "History of epilepsy. History
    of a single febrile seizure is not exclusionary.": a closing bracket that holds a whole clause (its own subject
    before its own verb) already says something of its own, and says it as well as a sentence."""
    m = _NOTE.search(sentence)
    if m is None or bracket_depth(sentence, m.start()):
        return sentence
    head, body = sentence[: m.start()].rstrip(" ,;"), m.group("body").strip()
    verb = _FINITE.search(body)
    if verb is None or verb.start() == 0 or _SUBORDINATE.search(body[: verb.start()]) or "," in body[: verb.start()]:
        return sentence  # "(5 times ULN if metastases are present)", "(is allowed)": no subject of its own
    if len(head.split()) < _MIN_WORDS or len(body.split()) < _MIN_WORDS or ":" in head or re.search(r"[(\"“”]", body):
        return sentence
    if re.search(r"\b(?:if|when|whenever|unless|provided|whether|except|excluding|other\s+than)\b", head, re.I):
        return sentence  # "If you are female, … (pregnant patients cannot take part)": the note may be the condition's
    if re.search(r"\b(?:and|or|and/or|nor|of|to|with|the|a|an|not|no|than|if|unless)$", head, re.IGNORECASE):
        return sentence  # the head would end mid-phrase
    first = body.split()[0]
    if not re.fullmatch(r"[a-z][a-z'’-]*|[A-Z][a-z'’-]*", first):
        return sentence  # "bHCG …", "eGFR …": a name keeps its case, and would not read as a sentence's start
    body = body[0].upper() + body[1:]
    return f"{head.rstrip('.')}. {body.rstrip(' .')}."


def _clauses(sentence: str) -> str:
    """ "You must X, and must Y" / "You must X; you must Y" → "You must X. You must Y.": two duties of the reader
    are two sentences (both hold either way). Only after "You …" with no condition or exception the second duty
    could fall under ("If …", "unless", "either"), and never inside brackets."""
    if not sentence.startswith("You ") or _EXCEPTION.search(outside_brackets(sentence)):
        return sentence
    m = _DUTY.search(sentence)
    if m is None or bracket_depth(sentence, m.start()) or ":" in sentence[: m.start()]:
        return sentence
    head = sentence[: m.start()].rstrip(" ,;")
    if len(head.split()) < _MIN_WORDS or re.search(r"\b(?:either|neither|whether)\b", head, re.IGNORECASE):
        return sentence
    if re.search(r",(?![^,]*\b(?:and|or|nor|and/or)\b)[^,]*$", outside_brackets(head)):
        return sentence  # "no signs of A, B, and must …": the "and" closed the list too; A, B would lose it
    return f"{head}. You {sentence[m.end():]}"


def _examples(sentence: str) -> str:
    found = [m for m in _EXAMPLES.finditer(sentence) if not bracket_depth(sentence, m.start())]
    if len(found) != 1 or _EXPLAINS.match(sentence.lstrip()):
        return sentence  # two example lists: each belongs to its own word
    m = found[0]
    head, rest, body = sentence[: m.start()], sentence[m.end() :], m.group("body").strip()
    close = re.search(r"\s*(?P<end>[.;!?]?)\s*$", rest)
    assert close is not None  # the pattern matches the empty string at the end
    if close.group("end") not in ("", "."):
        return sentence  # "…; or", "…?": the sentence links on or asks
    whole = outside_brackets(head + " " + rest)
    if _LIST.search(whole) or _EXCEPTION.search(whole) or _OPENS_LOGIC.match(body):
        return sentence
    if len(body.split()) > _MAX_BODY_WORDS or len(head.split()) < _MIN_WORDS or re.search(r"[.!?]\s", body):
        return sentence
    if re.search(r"\b(?:not|no|never|without|even|the|a|an|of|to|with)\s*$", head, re.IGNORECASE):
        return sentence  # "not (including X)": the aside belongs to the word before it
    lead = "This includes " if m.group("lead").lower() == "including" else "For example, "
    main = (head.rstrip() + rest[: close.start()]).rstrip(" ,")
    body = body.rstrip(" ,.")
    return f"{main}. {lead}{body}."


def _judged(sentence: str) -> str:
    if not _one_judge(sentence) or _NEXT_CLAUSE.search(outside_brackets(sentence)):
        return sentence  # two judges ("the study doctor or the sponsor") or two judgements
    m = _JUDGE_INSIDE.search(sentence)
    if m is not None:
        head = sentence[: m.start()]
        end = re.search(r"\s*(?P<end>[.;!?]?)\s*$", sentence)
        assert end is not None
        if end.group("end") not in ("", ".") or bracket_depth(sentence, m.start()):
            return sentence
        if _LIST.search(outside_brackets(head)) or _EXCEPTION.search(sentence) or len(head.split()) < 1 > len(m[0]):
            return sentence
        main = (head + (m.group("rel") or m.group("you")) + " " + sentence[m.end() : end.start()]).rstrip(" ,")
        return f"{main}. {_JUDGED}"
    m = _JUDGE_END.search(sentence)
    if m is None or bracket_depth(sentence, m.start()):
        return sentence
    head = sentence[: m.start()].rstrip(" ,")
    if _LIST.search(outside_brackets(head)) or _EXCEPTION.search(head) or len(head.split()) < _MIN_WORDS:
        return sentence
    if re.search(r"\b(?:that|which|who|is|are|be|was|were|of|by|to|the|a|an|and|or)$", head, re.IGNORECASE):
        return sentence  # the head would end mid-phrase
    return f"{head}. {_JUDGED}"


def _one_judge(sentence: str) -> bool:
    """One judgement, named in several words ("in the study doctor's view" holds "study doctor" and "view")."""
    return len(re.findall(r"study\s+doctor", sentence, re.IGNORECASE)) == 1 and not re.search(
        r"investigator|judg(?:e)?ment|discretion", sentence, re.IGNORECASE
    )


def bracket_depth(text: str, at: int) -> int:
    """How many brackets are open at `at`."""
    before = text[:at]
    return max(0, before.count("(") - before.count(")")) + max(0, before.count("[") - before.count("]"))


def outside_brackets(text: str) -> str:
    """`text` without its bracketed parts."""
    previous = None
    while previous != text:
        previous, text = text, re.sub(r"\([^()]*\)|\[[^\[\]]*\]", "", text)
    return text
