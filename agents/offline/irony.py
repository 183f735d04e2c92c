"""Praise that means the opposite, said in one sentence: "yeah sure, I LOVE debugging at 3am", "best day ever 🙄",
"i adore mondays, said no one ever", "yay more spreadsheets, my absolute favorite thing in the world". Neither the
rules nor the learned reader take a taste from such a sentence.
"""

from __future__ import annotations

import re

#: Praise that means the opposite in words the short cues below miss ("said no one ever", "yay more ...").
_IRONY_RE = re.compile(
    r"\b(?:said no ?(?:one|body) ever|yay,? (?:more|another)|(?:my|the) (?:absolute |all-time )?favou?rite thing in "
    r"the (?:whole )?(?:world|universe)|exactly (?:what (?:i|every(?:one|body)?)|my kind of)|just what i (?:needed|"
    r"wanted)|(?:right|sure|yeah|oh|because),? because (?:i|every(?:one|body)|we|nobody)|because every(?:one|body) "
    r"(?:loves|enjoys|likes)|i (?:totally|definitely|absolutely|really|clearly) have (?:the )?time|living the dream|"
    r"best (?:hobby|day|thing|idea|plan) ever|nothing says|what a (?:joy|treat|delight|dream)|love that for me|"
    r"i live for (?:it|them|this|that)|(?:great|perfect|wonderful|fantastic|brilliant),? just (?:great|perfect|"
    r"wonderful|fantastic|brilliant)|oh,? (?:amazing|wonderful|perfect|joy|goody|lovely|brilliant|fantastic)|"
    r"can'?t wait to spend (?:my|the) (?:whole|entire)|everyone'?s favou?rite)\b",
    re.IGNORECASE,
)
#: Praise in capitals with "oh" ("oh i'm SO excited for my 6 hour layover"): "I LOVE", said otherwise.
_CAPS_IRONY_RE = re.compile(r"\b[Oo]h\b.*\b(?:SO+|TOTALLY|REALLY|SUPER|LOVE|ADORE|EXCITED|THRILLED|THRILLING)\b")


def ironic(sentence: str) -> bool:
    """Praise that means the opposite ("yay more spreadsheets, my absolute favorite thing in the world")."""
    return bool(_IRONY_RE.search(sentence) or _CAPS_IRONY_RE.search(sentence))


#: Praise that means the opposite ("yeah sure, I LOVE debugging at 3am", "best day ever 🙄"); case matters:
#: "I LOVE ..." is sarcasm here, "I love ..." is not.
_SARCASM_RE = re.compile(
    r"🙄|🙃|\b(?:[Oo]h (?:great|sure|yes|fantastic|wow)|[Yy]eah (?:sure|right)|[Ss]ure,? because|"
    r"just what (?:[Ii]|my)|so helpful|best day ever|my dream|favou?rite (?:hobby|activity)|thanks a lot|kill me|"
    r"(?:totally|literally) my (?:absolute )?favou?rite thing)\b|"
    r"\b[Ii] (?:just |totally |absolutely )?(?:LOVE|ADORE)\b|"
    r"\b[Oo]h,? [Ii] (?:just |really )?(?:love|adore) (?:it )?when\b",
)


def sarcastic(sentence: str) -> bool:
    """Praise that means the opposite: the rules read nothing from it (nor the learned reader)."""
    return bool(_SARCASM_RE.search(sentence)) or ironic(sentence)
