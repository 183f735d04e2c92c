"""Eleventh pass (issue 14, session 32): what the user has, and the requests about looking after it or using it.
Trying the product found such memories learned right and left out of the requests they bear on: "Drives a 2014
Honda Civic" out of "How often should I change my oil?" (model probability 0.15), "Has only a north facing
balcony" out of "What herbs should I plant?" (0.24), "Likes co-op games not competitive ones" out of "What game
should we play tonight?" (0.14), "Commutes by bike" out of what to wear to work in the rain (0.24). The earlier
topics asked which car or laptop to buy, never how to keep the one the user has; their game and garden requests
were few and alike.

Five topics, each using the earlier topic of the same things and (but for commuting) used by it (``USES_OWNED``),
written for this pass, none from a benchmark:

- ``car_owned``: the car the user drives, and servicing it, its tyres, a warning light, a long drive;
- ``growing_space``: where the user grows things (a balcony, a windowsill, shade, clay), and what to plant;
- ``devices_owned``: the phone, laptop or console the user has, and making it faster, backing it up, charging it;
- ``game_night``: what the user's group plays, and what to play tonight or at a party;
- ``commuting``: how the user gets to work, and what to wear, carry or listen to on the way.
"""

from __future__ import annotations

from training.relevance.topics import Topic

OWNED_TOPICS: tuple[Topic, ...] = (
    Topic(
        "car_owned",
        "vehicles",
        (
            "Drives a 2012 Ford Focus",
            "Has an old Toyota Corolla with 200,000 km on it",
            "My car is a diesel Golf",
            "Drives a hybrid Prius",
            "Has a 2019 Tesla Model 3",
            "Drives a manual Fiat Panda",
            "Leases a small BMW",
            "Has a camper van we take on trips",
            "Our family car is a seven-seater Kia",
            "Just bought a used Mazda 3",
            "Drives a twenty-year-old Land Rover",
        ),
        (
            "How often should I change my oil?",
            "Which tyres should I get for winter?",
            "My check engine light came on, what should I do?",
            "How do I get my car ready for a long road trip?",
            "Is it worth fixing my car or should I sell it?",
            "What's a fair price for a car service?",
            "How do I jump-start a flat battery?",
            "Why is my fuel consumption so high lately?",
        ),
        ("budget", "car"),
    ),
    Topic(
        "growing_space",
        "home",
        (
            "Has only a north facing balcony",
            "Grows herbs on a sunny kitchen windowsill",
            "My garden is mostly heavy clay",
            "Has a south-facing garden that gets full sun",
            "Has an allotment twenty minutes away",
            "Grows everything in pots on a rooftop terrace",
            "Lives in a flat with no outdoor space",
            "Has a small courtyard with raised beds",
            "Has a greenhouse at the end of the garden",
            "Gardens on a windy hillside",
        ),
        (
            "What herbs should I plant?",
            "Which vegetables can I grow this year?",
            "What flowers would do well for me?",
            "How often should I water my plants?",
            "Can I grow tomatoes?",
            "What can I plant in pots?",
            "Which climbing plants would suit my space?",
        ),
        ("home_base", "gardening"),
    ),
    Topic(
        "devices_owned",
        "technology",
        (
            "Uses a 2015 MacBook Air",
            "Has an old Android phone with little storage",
            "Has an iPhone 12",
            "Games on a Windows PC he built himself",
            "Reads on a Kindle Paperwhite",
            "Has a PS5",
            "Works on a Chromebook",
            "Has a five-year-old Samsung Galaxy",
            "Edits photos on an iPad Pro",
            "Plays on an Xbox Series S",
        ),
        (
            "Why is my laptop so slow?",
            "How do I free up storage on my phone?",
            "How do I back up my photos?",
            "Which charger should I buy?",
            "How can I make my battery last longer?",
            "Should I upgrade my RAM?",
            "Which games will run well for me?",
        ),
        ("gadgets",),
    ),
    Topic(
        "game_night",
        "games",
        (
            "Our group loves party games",
            "Likes short games that take under an hour",
            "Hates games with long rulebooks",
            "Usually plays games with two players",
            "Plays video games with the kids at weekends",
            "Prefers cooperative games to competitive ones",
            "Plays Catan with the same four friends every month",
            "Loves word games like Codenames",
            "Our family can't stand games that take all evening",
        ),
        (
            "What game should we play tonight?",
            "Suggest a game for four people",
            "What can we play at my birthday party?",
            "Any games for a family evening?",
            "What should we play on game night?",
            "Recommend a card game for the two of us",
            "What's a good game to bring to a friend's place?",
        ),
        ("gaming",),
    ),
    Topic(
        "commuting",
        "transportation",
        (
            "Commutes by bike",
            "Takes the train to work, 50 minutes each way",
            "Drives an hour to the office",
            "Walks to work",
            "Takes two buses to get to work",
            "Cycles to uni every day",
            "Has a 90-minute commute by car",
            "Rides an e-scooter to the station",
            "Gets the ferry to work",
        ),
        (
            "Recommend a podcast for my commute",
            "What should I wear to work when it rains?",
            "Which backpack should I get for work?",
            "How can I make my mornings less rushed?",
            "What can I do on the way to work?",
            "Which bag is best for carrying my laptop to work?",
            "How do I stay fresh when I arrive at the office?",
        ),
        ("ground_transport",),
    ),
)

#: The earlier topics whose requests the new topics' memories bear on (each new topic's requests use the earlier
#: topic of the same things, in its ``uses``): the car the user drives bears on which car to buy next, where they
#: grow things on their gardening requests, the games their group plays on what to get this weekend. How the user
#: commutes bears on no earlier topic's requests (not on getting around a city on holiday).
USES_OWNED: dict[str, tuple[str, ...]] = {
    "car": ("car_owned",),
    "gardening": ("growing_space",),
    "gadgets": ("devices_owned",),
    "gaming": ("game_night",),
}
