"""Ninth pass (issue 14, session 29): circumstances the earlier topics left where nothing else could reach them,
found by trying everyday conversations on the real stack. "Is type 1 diabetic" sat in ``medical`` beside blood
thinners and asthma, so no food request could use it (a dessert for a dinner party got probability 0.26); a tall
user's height reached no flight or car request (0.51, 0.37); a cat reached no question about house plants.

Three topics, each with the requests of others that it bears on (``USES_CIRCUMSTANCE``: the topics whose requests
use these memories), written for this pass, none from a benchmark:

- ``diet_condition``: conditions managed by what one eats (diabetes, cholesterol, gout, reflux, IBS, kidney
  disease, blood pressure), used by every food and drink topic, by gatherings and by trips;
- ``body_size``: height and build, used by seats on planes and in cars, by clothes and by furniture;
- ``pet`` (existing) now also bears on gardening and on how a home is kept (plants and cleaning products a cat or
  a dog must not get at).
"""

from __future__ import annotations

from training.relevance.topics import Topic

CIRCUMSTANCE_TOPICS: tuple[Topic, ...] = (
    Topic(
        "diet_condition",
        "health",
        (
            "Has type 1 diabetes",
            "I'm diabetic and count my carbs",
            "Is prediabetic and cutting down on sugar",
            "Has high cholesterol",
            "Has gout and avoids red meat and shellfish",
            "Gets acid reflux from spicy and fatty food",
            "Follows a low-FODMAP diet for IBS",
            "Has kidney disease and limits salt and potassium",
            "Has high blood pressure and watches their salt",
            "I have PCOS and keep my carbs low",
        ),
        (
            "What can I eat to keep my blood sugar steady?",
            "Which snacks are okay for me?",
            "Is orange juice a good idea for me?",
            "What should I cook tonight that won't upset my stomach?",
            "How much salt is too much for me?",
        ),
        ("food_allergy", "diet", "medical"),
    ),
    Topic(
        "body_size",
        "fashion",
        (
            "Is 6'5\" tall",
            "I'm very tall, about two metres",
            "Is 6 foot 3 with long legs",
            "Is petite, just under five feet",
            "I'm a big guy and narrow seats are tight for me",
            "Has size 14 feet",
        ),
        (
            "Where can I find trousers long enough for me?",
            "Which bike frame size should I get?",
            "What desk height would suit me?",
            "Any tips for finding shoes that fit?",
        ),
        ("mobility",),
    ),
)

USES_CIRCUMSTANCE: dict[str, tuple[str, ...]] = {
    "diet": ("diet_condition",),
    "cuisine": ("diet_condition",),
    "drinks": ("diet_condition",),
    "cafe_drinks": ("diet_condition",),
    "social": ("diet_condition",),
    "kids": ("diet_condition",),
    "trip_style": ("diet_condition", "body_size"),
    "outdoors": ("diet_condition",),
    "workout": ("diet_condition",),
    "flight_seat": ("body_size",),
    "airline": ("body_size",),
    "ground_transport": ("body_size",),
    "car": ("body_size",),
    "clothes": ("body_size",),
    "home_style": ("body_size", "pet"),
    "gardening": ("pet",),
}
