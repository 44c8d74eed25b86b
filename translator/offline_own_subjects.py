"""Two requirements with subjects of their own, joined by "and", said as two sentences in an inclusion bullet.

translator.offline_also_sentences splits "You X and must Y", where the second verb shares the subject "you"; this
module splits where the second half names its own subject: "It has been at least 4 weeks since any past surgery, and
you have recovered." → "It has been at least 4 weeks since any past surgery. You have also recovered."; "Your body
weight is at least 50 kg and your body mass index is 19 to 24 kg/m²." → "Your body weight is at least 50 kg. Your body
mass index is 19 to 24 kg/m²." In an inclusion bullet every requirement is needed, and "also" keeps the two
joined (not after "your", where "is also 19 to 24" would seem to repeat the first value). Only where the split cannot
change what a word covers:

- inclusion only (in an exclusion "A and B" may be one reason that needs both, and two sentences read as two);
- the sentence has no "or" outside brackets (but a comparator's "or more"/"or less"), no condition, exception,
  "either/neither", relative clause word or colon, in either half: "…, and your BMI is 18 to 30, recorded at
  screening" keeps its trailing words' scope by not being split (a comma in the second half is refused, and so is a
  time, an occasion or a way of measuring in it: "… at the time of screening", "… recorded on 3 days");
- the second half is ", and you" + a verb that agrees with it (the comma: "the treating doctor and you must" is one
  subject), or "your" + at most six words + "is/are" after a first half "Your X is/are A";
- no comma in the first half ("Your A is X, your B is Y, and your C is Z" is a list the "and" closes);
- the sentence has at least 18 words (a shorter one reads as easily whole), and both halves at least four.
"""

from __future__ import annotations

import re

from translator.offline_asides import outside_brackets
from translator.offline_sentences import COMPARED

_SPLIT = re.compile(
    r"^(?P<head>(?:You|Your|It)\s[^;:()\[\]]*?[\w%²³)])(?:,\s*|\s+)and\s+"
    r"(?:(?P<you>you)\s+(?P<verb>have|are|must|will|can|should)\s+(?P<rest>[^,;:]+?)"
    r"|(?P<your>your)\s+(?P<noun>(?:[\w'’/-]+\s+){0,5}?[\w'’/-]+(?:\s+\([^()]*\))?)\s+(?P<be>is|are)\s+"
    r"(?P<value>[^,;:]+?))(?P<end>[.!?])$"
)
_CARRIED = re.compile(
    r"\b(?:and/or|nor|either|neither|if|unless|except|excluding|whether|but|who|whom|whose|that|which|where|when|"
    r"while|provided|as\s+long\s+as|only|also|unless|respectively)\b",
    re.IGNORECASE,
)
_MIN_WORDS = 4
_MIN_SENTENCE_WORDS = 18  # a shorter sentence reads as easily whole
# a time, an occasion or a way of measuring at the end of the second half, which may hold for both halves
_SHARED = re.compile(
    r"\b(?:at|within|during|before|after|since|until|when|while|on|prior|following|recorded|measured|confirmed|by|"
    r"calculated|estimated|according|per|using)\b",
    re.IGNORECASE,
)


def own_subject_sentences(sentence: str) -> str:
    """ "Your X is A and your Y is B." → "Your X is A. Your Y is B." (see the module); `sentence` is one sentence
    of an inclusion bullet."""
    m = _SPLIT.match(sentence)
    if m is None or len(sentence.split()) < _MIN_SENTENCE_WORDS:
        return sentence
    # a comparator's own "or more" makes no list
    outside = re.sub(r"\([^()]*\)", "", COMPARED.sub("", sentence))
    if re.search(r"\bor\b", outside, re.IGNORECASE) or _CARRIED.search(outside) or "," in outside[m.end("head") + 1 :]:
        return sentence
    if "," in outside_brackets(m["head"]):
        return sentence  # "Your A is X, your B is Y, and your C is Z": the "and" closes a list that would lose its join
    if m["you"] and not re.match(r",", sentence[m.end("head") :]):
        return sentence  # "… and the treating doctor and you must plan …": without a comma "you" may share a subject
    if m["your"] and "(" in m["value"]:
        return sentence  # "… and your magnesium is 0.85 or more (electrolytes can be corrected)": maybe both values
    if m["your"] and not re.match(r"Your\s[^,]*?\b(?:is|are)\b", m["head"]):
        return sentence  # "Your X is A and your Y is B" only: two values, each said of its own
    if _SHARED.search(m.group(0)[m.end("head") :]):
        return sentence  # "… and your BMI is 19 to 24 at the time of screening": the time may be both values'

    second_words = len(m.group(0)[m.end("head") :].split()) - 1
    if len(m["head"].split()) < _MIN_WORDS or second_words < _MIN_WORDS:
        return sentence
    if m["you"]:
        verb, rest = m["verb"], m["rest"]
        if re.match(r"(?:not|never|no\s+longer)\b", rest):
            second = f"You also {verb} {rest}"  # "You also must not Y": the negation stays in its own half
        elif verb == "have" and not re.match(r"(?:had|been|recovered|signed|given|completed|shown)\b", rest):
            second = f"You also have {rest}"  # a main verb: "You also have none at the same time"
        else:
            second = f"You {verb} also {rest}"
    else:
        second = f"Your {m['noun']} {m['be']} {m['value']}"
    return f"{m['head']}. {second}{m['end']}"
