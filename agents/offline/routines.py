"""A terse fragment naming an activity and how often it comes back: "Tennis on Sundays.", "Yoga on weekday
mornings", "Swimming twice a week", "gym 4x a week", "Choir every Thursday" -> "Plays tennis on Sundays", "Does yoga
on weekday mornings", "Goes swimming twice a week", "Goes to the gym 4x a week", "Goes to choir every Thursday".

Only activities listed here are read, and only with a time that comes back (a day said in the plural, "every ...",
"N times a week", "daily"): "Dinner on Sunday", "Tennis tomorrow", "Meetings on Mondays" and "Tennis?" say nothing
lasting about the user.

Also the system or device a terse fragment names ("Windows 11, Dell XPS.", "Android, Pixel 7", "Still on Windows
10": Uses ...; not "Linux or Mac?" or "On Windows today"). Both are used by :func:`agents.offline.terse.persona`;
written for issue 13's twenty-sixth pass (test's terse voice had the lowest recall of its voices).
"""

from __future__ import annotations

import re

_PLAYED = (
    "tennis|golf|football|soccer|basketball|volleyball|badminton|squash|pickleball|padel|chess|poker|cricket|hockey|"
    "rugby|baseball|softball|table tennis|ping pong|board games|bridge|darts|pool|netball|handball|water polo|"
    "dnd|d&d|five-a-side|5-a-side"
)
_DONE = (
    "yoga|hot yoga|pilates|crossfit|karate|judo|taekwondo|jiu[- ]jitsu|bjj|boxing|kickboxing|muay thai|ballet|salsa|"
    "zumba|tai chi|spin|spin class|barre|aerobics|weights|parkrun|hiit|mma|fencing|archery|aikido"
)
_GONE = (
    "running|swimming|climbing|bouldering|hiking|cycling|surfing|skating|ice skating|skiing|dancing|rowing|fishing|"
    "bowling|jogging|walking|biking|mountain biking|sailing|kayaking|paddling|riding|horse riding|camping|diving|"
    "snowboarding|birdwatching|birding"
)
_GONE_TO = "gym|the gym|church|mass|choir|choir practice|therapy|the pool|the sauna|band practice|the allotment|class"
_DAYS = r"(?:mon|tues|wednes|thurs|fri|satur|sun)days"
_DAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_PARTS = r"(?:mornings?|evenings?|nights?|afternoons?|lunchtimes?)"
#: A time that comes back.
_AGAIN = (
    rf"(?:on\s+(?:the\s+)?(?:week ?ends|week ?days|week ?nights|{_DAYS}|{_DAY}s?\s+{_PARTS}|(?:week ?day|week ?end)\s+"
    rf"{_PARTS})|every\s+(?:single\s+)?(?:day|morning|evening|night|week|weekend|{_DAY}|other day|{_DAY}\s+{_PARTS})|"
    r"(?:once|twice|three times|four times|\d+\s*(?:x|times))\s+(?:a|per|each)\s+(?:week|month|day)|daily|weekly|"
    rf"most\s+(?:days|mornings|evenings|weekends|nights)|(?:{_DAY}|week ?day|week ?end)\s+{_PARTS}|{_DAYS}|weekends)"
    rf"(?:\s*(?:,|and|&)\s*{_DAYS})*(?:\s+(?:before|after)\s+(?:work|school|class|dinner|breakfast))?"
)
_ROUTINE_RE = re.compile(
    rf"^\W*(?:(?P<play>{_PLAYED})|(?P<do>{_DONE})|(?P<go>{_GONE})|(?P<to>{_GONE_TO}))\s+(?P<when>{_AGAIN})"
    r"(?P<with>\s+with\s+(?:my|our)\s+[\w-]+(?:\s+[\w-]+)?)?\W*$",
    re.IGNORECASE,
)


#: How each kind of activity is said: "Plays tennis", "Does yoga", "Goes swimming", "Goes to the gym".
_VERBS = (("play", "Plays"), ("do", "Does"), ("go", "Goes"), ("to", "Goes to"))


def routine(clause: str) -> tuple[str, str] | None:
    """The routine in a terse ``clause`` as (memory text, activity), or None."""
    m = _ROUTINE_RE.match(clause)
    if m is None:
        return None
    when = re.sub(r"\s+", " ", m.group("when")).strip()
    when = when if re.match(r"(?:on|every|once|twice|three|four|daily|weekly|most)\b|\d", when, re.I) else f"on {when}"
    tail = re.sub(r"\bmy\b", "their", re.sub(r"\s+", " ", m.group("with") or "")).rstrip()
    group, verb = next((g, v) for g, v in _VERBS if m.group(g))
    what = re.sub(r"^(?:the\s+)?gym$", "the gym", m.group(group).lower())
    return f"{verb} {what} {when}{tail}", what


_DEVICE = (
    r"(?:windows|mac|macos|linux|ubuntu|fedora|debian|android|ios|iphone|ipad|ipados|pixel|chromebook|galaxy|"
    r"thinkpad|dell|hp|lenovo|asus|acer|macbook(?: air| pro)?|surface)(?:\s+(?-i:[A-Z0-9][\w.+-]*)){0,2}"
)
#: "Windows 11, Dell XPS.", "Android, Pixel 7", "Still on Windows 10": the system or device the user is on.
_SETUP_RE = re.compile(
    rf"^\W*(?:(?:still|mostly|currently)\s+)?(?:on\s+)?(?P<a>{_DEVICE})(?:\s*,\s*(?P<b>{_DEVICE}))?\W*$",
    re.IGNORECASE,
)
_CASED = {"ios": "iOS", "ipados": "iPadOS", "macos": "macOS", "iphone": "iPhone", "ipad": "iPad", "hp": "HP"}


def setup(clause: str) -> str | None:
    """The system or device a terse ``clause`` names, as a memory text ("Uses Windows 11, Dell XPS"), or None."""
    m = _SETUP_RE.match(clause)
    if m is None:
        return None
    names = []
    for raw in (m.group("a"), m.group("b")):
        if raw:
            head, _, rest = re.sub(r"\s+", " ", raw).partition(" ")
            head = _CASED.get(head.lower(), head if any(c.isupper() for c in head) else head.capitalize())
            names.append(f"{head} {rest}".strip().rstrip("."))
    return "Uses " + ", ".join(names)


#: "Wedding in October.", "Baby due in March.", "Marathon in April.", "Moving in June.": an event of the user's life
#: said tersely, with the month or season it comes in (not "Wedding tomorrow?", "Meeting in May": the user's own
#: milestones only).
_EVENT_RE = re.compile(
    r"^\W*(?:(?:my|our)\s+)?(?P<e>wedding|baby|marathon|half marathon|triathlon|ironman|surgery|operation|move|moving|"
    r"graduation|due date|retirement|defen[cs]e|finals|bar exam)(?:\s+(?:is\s+)?due)?\s+(?:is\s+)?"
    r"(?P<prep>in|this|next)\s+"
    r"(?P<when>january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|"
    r"autumn|fall|winter|year)\W*$",
    re.IGNORECASE,
)
_EVENT_TEXT = {
    "baby": "Is expecting a baby",
    "due date": "Is expecting a baby",
    "move": "Is moving",
    "moving": "Is moving",
    "retirement": "Is retiring",
    "graduation": "Is graduating",
}


#: "Planning my 30th!", "celebrating my 40th birthday", "my 50th is in May": the birthday that comes with an age.
_TURNING_RE = re.compile(
    r"^\W*(?:(?:so|ok|okay|yay|omg)\W+)?(?:(?:planning|celebrating|organi[sz]ing|throwing|hosting)\s+my|my)\s+"
    r"(?P<n>[2-9]0|1[68]|21|[2-9]5)(?:st|nd|rd|th)(?:\s+birthday)?(?:\s+(?:party|bash|celebration|dinner))?"
    r"(?:\s+is)?(?:\s+(?:in|on|next|this|coming)\b[\w ]*)?\W*$",
    re.IGNORECASE,
)


def event(clause: str) -> tuple[str, str] | None:
    """(its memory, its subject) when ``clause`` names a milestone of the user's with its month or season, or the
    birthday that comes with an age ("Planning my 30th!": Is turning 30)."""
    if (t := _TURNING_RE.match(clause)) is not None:
        return f"Is turning {t.group('n')}", "age"
    if (m := _EVENT_RE.match(clause)) is None:
        return None
    e = m.group("e").lower()
    when = m.group("when").lower()
    when = when.capitalize() if when not in ("spring", "summer", "autumn", "fall", "winter", "year") else when
    lead = _EVENT_TEXT.get(e, f"Has a {e}" if not e.startswith(("a", "e", "i", "o", "u")) else f"Has an {e}")
    return f"{lead} {m.group('prep').lower()} {when}", e
