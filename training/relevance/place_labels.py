"""Place labels for the held-out split (training/relevance/heldout.py): its topic-level labels never let where
the user lives bear on anything but a question about where to live (no topic links to ``home_base``), so with
``heldout --place-labels`` the held-out home places also apply to the held-out requests judged place-bound here,
one by one, before the rule was scored on them (:mod:`memory.recall.relevance.place`)."""

from __future__ import annotations

# the held-out memories that say where the user lives now
HELDOUT_HOMES = frozenset(("Lives in Berlin",))

# The held-out split's requests (training/relevance/heldout.py) a person answering would want the asker's home
# place for, judged one by one (a journey from home, going out nearby, a local lesson); every other held-out
# request is placeless (a trip within a named place, a thing to buy, code, writing).
HELDOUT_PLACE_BOUND = frozenset(
    (
        "Recommend a pet-friendly cafe",
        "What can I do on Saturday night?",
        "Where should we go for drinks after work?",
        "What should I do this rainy Sunday?",
        "What should I do in the mountains this weekend?",
        "Suggest a place for brunch on Sunday",
        "Where should I go on vacation this summer?",
        "How should I get to the wedding venue in the countryside?",
        "Where should I live for my new job?",
        "Where should we celebrate after the exam?",
        "Which airline should I fly to Chicago?",
        "We need return flights to Dublin for the holidays",
        "Recommend a holiday for the family",
        "Plan a romantic evening",
        "Compare airlines for my trip to Rome",
        "Book a Saturday morning tennis lesson",
    )
)
