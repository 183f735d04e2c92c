"""Pair-level corrections to the topic-level labels of the training pairs (``train --pair-labels``).

The generator labels a (request, memory) pair by topic: positive when the memory's topic is the request's or one
it ``uses``. Read pair by pair, some of those labels are wrong both ways: a fear of deep water does not bear on
a flight booking although fears bear on flights (a fear of flying does), and type 2 diabetes bears on a meal
plan although no medical topic is linked to food. Each entry below was decided by reading the training texts
it names (never a benchmark, never the held-out texts), and applies to the texts' variants in other voices too.
"""

from __future__ import annotations

# memory -> request topics it does NOT bear on, although its topic is linked to them
MEMORY_NOT: dict[str, tuple[str, ...]] = {
    "Gets anxious in big crowds": ("flight_seat",),
    "Gets panic attacks in crowded places": ("flight_seat",),
    "Is afraid of deep water": ("flight_seat",),
    "Is claustrophobic": ("trip_style",),
    "Hates being in small enclosed spaces like caves": ("trip_style",),
    "Is terrified of flying": ("outdoors", "sightseeing"),
    "Gets migraines from bright flashing lights": ("workout",),
    "Gets migraines from bright light": ("workout",),
    "Has trouble sleeping": ("workout",),
}

# memory -> request topics it DOES bear on, although its topic is not linked to them
_FOOD = ("cuisine", "diet", "food_allergy", "cooking_skill", "dating")
MEMORY_ALSO: dict[str, tuple[str, ...]] = {
    "Has high blood pressure and avoids salty food": _FOOD,
    "Has type 2 diabetes": (*_FOOD, "cafe_drinks", "drinks"),
    "Has trouble sleeping": ("cafe_drinks",),
}

# request -> memory topics that do NOT bear on it, although linked to its topic
REQUEST_NOT: dict[str, tuple[str, ...]] = {
    "What can I take for a headache?": ("food_allergy",),
    "Which cold medicine can I take?": ("food_allergy",),
    "How can I sleep better?": ("food_allergy",),
    "Is it okay to try a sauna session this weekend?": ("food_allergy",),
    "Tips for dealing with stress": ("food_allergy",),
    "When should we hold the family reunion?": ("food_allergy", "diet"),
    "Which car seat is safest?": ("food_allergy",),
}

# request -> memory topics that DO bear on it, although not linked to its topic
REQUEST_ALSO: dict[str, tuple[str, ...]] = {
    "Suggest a cafe to work from": ("cafe_drinks",),
    "How can I sleep better?": ("sleep", "cafe_drinks"),
}


def judged(request: str, memory: str, request_topic: str, memory_topic: str, label: int) -> int:
    """The pair's label once the corrections above are read (``request`` and ``memory``: hand-written roots)."""
    if request_topic in MEMORY_NOT.get(memory, ()) or memory_topic in REQUEST_NOT.get(request, ()):
        return 0
    if request_topic in MEMORY_ALSO.get(memory, ()) or memory_topic in REQUEST_ALSO.get(request, ()):
        return 1
    return label
