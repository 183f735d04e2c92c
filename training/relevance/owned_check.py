"""The eleventh pass's check on new wording: things the user has said as no training text says them, each against
requests it bears on and requests it must stay out of, labelled by hand before any model scored them (written for
this project, none from a benchmark; no memory and no request it bears on is a training text, a few requests it must
stay out of are other topics' requests). Scored by
:mod:`training.relevance.life_check` (``--set owned``).
"""

from __future__ import annotations

CIVIC = "Drives a 2014 Honda Civic"
VAN = "I've got a 2008 Transit van for work"
BALCONY = "Just a tiny balcony that never gets sun"
WINDOWSILL = "Only has a windowsill for plants"
LAPTOP = "My laptop is an ancient ThinkPad"
PHONE = "Still uses an iPhone 8"
COOP = "Likes co-op games not competitive ones"
PARTY = "My friends are into quick card games"
BIKE = "Bikes to the office most days"
TRAIN = "Commutes 50 min by train each way"

# (request, memory, bears on it)
CHECK: tuple[tuple[str, str, bool], ...] = (
    ("How many miles between oil changes?", CIVIC, True),
    ("What winter tyres would you recommend?", CIVIC, True),
    ("Plan a road trip along the coast", CIVIC, True),
    ("What should I cook tonight?", CIVIC, False),
    ("Recommend a novel", CIVIC, False),
    ("There's a weird noise when I brake, what is it?", VAN, True),
    ("How do I lower my fuel costs?", VAN, True),
    ("Which phone should I buy?", VAN, False),
    ("Which herbs would grow for me?", BALCONY, True),
    ("Can I grow strawberries?", BALCONY, True),
    ("What should I wear to a wedding?", BALCONY, False),
    ("Which flowers are easy to keep alive?", WINDOWSILL, True),
    ("Book me a flight to Rome", WINDOWSILL, False),
    ("Why does my computer keep freezing?", LAPTOP, True),
    ("Which video editing software should I use?", LAPTOP, True),
    ("Give me a pasta recipe", LAPTOP, False),
    ("My storage is full, what can I delete?", PHONE, True),
    ("Which wireless earbuds should I get?", PHONE, True),
    ("Suggest a workout for my back", PHONE, False),
    ("Pick a game for tonight with my partner", COOP, True),
    ("What board game should I buy for Christmas?", COOP, True),
    ("Recommend a TV series", COOP, False),
    ("Any ideas for a games evening with six people?", PARTY, True),
    ("How do I fix a leaking tap?", PARTY, False),
    ("What jacket should I get for rainy mornings?", BIKE, True),
    ("Which lock should I get?", BIKE, True),
    ("Recommend a podcast", BIKE, False),
    ("Any audiobooks for my journey to work?", TRAIN, True),
    ("How can I use my mornings better?", TRAIN, True),
    ("What's a good birthday gift for my sister?", TRAIN, False),
)
