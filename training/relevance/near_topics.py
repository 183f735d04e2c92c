"""Hand-written training material for the relevance model (issue 14, third pass): near misses.

Topics whose memories share words and much of their cosine with other topics' requests but do not bear on them
(building model airplanes and booking a flight, keeping tropical fish and a fish recipe, watching baking shows
and what to cook tonight, a past job and today's work), so the model learns that sounding alike is not
applying; and conditional cases in which one memory applies to one request and must stay out of a
similar-sounding one (a colleague's allergy for the office bake-off, not for a road trip).

Not shipped: a model trained with them (``python -m training.relevance.train --near``) did not beat the shipped
one on the held-out split or the hand-written cases (docs/relevance-model.md).

Written for tacit, independently of any benchmark's wording. The generator splits these texts with their own
seeded draw, so the earlier passes' splits (and their held-out texts) are unchanged.
"""

from __future__ import annotations

from training.relevance.topics import Topic

NEAR_TOPICS: tuple[Topic, ...] = (
    Topic(
        "aviation_hobby",
        "home",
        (
            "Builds model airplanes on weekends",
            "Loves plane spotting at the end of the runway",
            "I collect airline safety cards from old flights",
            "Flies radio-controlled gliders in the park",
            "Has a flight simulator set up in the spare room",
            "Is restoring a vintage propeller for the living room wall",
            "I paint miniature jets for display cases",
            "Reads magazines about the history of aviation",
        ),
        (
            "Any good aviation museums near Seattle?",
            "Where can I watch planes land near the airport?",
            "What's a fun aviation project for the winter?",
            "Suggest a YouTube channel about planes",
            "What should I read about the history of flight?",
            "Plan a weekend around an air show for me",
        ),
    ),
    Topic(
        "aquarium",
        "pets",
        (
            "Keeps tropical fish in a big aquarium",
            "I have a tank of neon tetras and guppies",
            "Looks after a pond full of koi",
            "Breeds shrimp in a planted nano tank",
            "My betta fish is called Captain",
            "Spends hours aquascaping on Sundays",
            "Has a saltwater reef tank with corals",
            "I keep an axolotl in a cold-water tank",
        ),
        (
            "Which water test kit should I get?",
            "My aquarium water keeps turning green, what do I do?",
            "How do I keep my fish fed while I'm away for a week?",
            "What plants are easy for a beginner aquascape?",
            "Recommend a good book about fish-keeping",
            "Is it worth joining a local fish-keeping club?",
        ),
    ),
    Topic(
        "food_tv",
        "movies",
        (
            "Binge-watches baking competition shows",
            "Never misses a cooking contest on TV",
            "I love watching chefs travel and eat street food on TV",
            "Follows a lot of food channels on YouTube",
            "Watches restaurant makeover shows to relax",
            "Likes documentaries about famous chefs",
        ),
        (
            "Suggest a new show about food to watch tonight",
            "What's a good documentary about restaurants?",
            "Any cooking competitions streaming right now?",
            "Recommend a food travel series for the weekend",
            "I need something light to watch after work",
        ),
        ("film",),
    ),
    Topic(
        "collecting",
        "home",
        (
            "Collects vintage coffee grinders",
            "I collect old wine labels and frame them",
            "Has a shelf of antique teapots",
            "Collects first-edition cookbooks for their covers",
            "Hunts flea markets for old railway posters",
            "I collect enamel pins from every city I visit",
            "Keeps a collection of vintage cameras that no longer work",
        ),
        (
            "Where do collectors sell their duplicates?",
            "How should I display my collection at home?",
            "Is it worth insuring my collection?",
            "Which flea markets are open on Sunday mornings?",
            "How do I find out what an old item is worth?",
        ),
    ),
    Topic(
        "horror_fan",
        "movies",
        (
            "Loves horror films",
            "I watch a scary movie every Friday night",
            "Is a big fan of ghost stories and haunted house films",
            "Enjoys slasher movies from the eighties",
            "Reads creepy short stories before bed",
        ),
        (
            "Recommend something scary to watch tonight",
            "What's a good haunted house film I haven't seen?",
            "Any creepy podcasts for a long drive?",
            "Suggest a horror book for Halloween",
        ),
        ("film", "reading"),
    ),
    Topic(
        "past_jobs",
        "work",
        (
            "Worked as a flight attendant in their twenties",
            "Used to be a chef before switching to accounting",
            "I drove a taxi for a few years after college",
            "Was a lifeguard every summer as a teenager",
            "Used to teach piano but stopped years ago",
            "Spent a year working at a ski resort",
        ),
        (
            "Help me write my CV's work history section",
            "How do I explain a career change in an interview?",
            "What should I put on LinkedIn about old jobs?",
            "Draft a short bio for the company website",
        ),
        ("profession",),
    ),
)

# (memory, a request it applies to, a similar-sounding request it must stay out of)
NEAR_CONDITIONAL: tuple[tuple[str, str, str], ...] = (
    ("My coworker is allergic to peanuts", "What should I bring to the office bake-off?", "Snacks for my road trip?"),
    (
        "My brother is a vegan",
        "What should I cook when my brother comes over?",
        "What should I cook for myself tonight?",
    ),
    ("My sister only flies business class", "Book flights for my sister and me to Rome", "Book me a flight to Rome"),
    ("Builds model airplanes on weekends", "Gift ideas for my birthday?", "Book me a flight to Denver"),
    ("Keeps tropical fish in a big aquarium", "Can you find a pet sitter for next week?", "Suggest a fish recipe"),
    ("Binge-watches baking competition shows", "What should I watch tonight?", "What should I bake for the party?"),
    ("Worked as a flight attendant in their twenties", "Help me update my CV", "Find me a cheap flight to Lisbon"),
    (
        "Used to be a chef before switching to accounting",
        "Draft my bio for the team page",
        "What should I cook tonight?",
    ),
    ("Hates the cold", "Where should I go on holiday in January?", "Recommend a warm winter coat brand"),
    ("Is afraid of heights", "Plan a day hike in the Alps", "Recommend a thriller set in the mountains"),
    ("Prefers window seats", "Book me a train to Paris", "Recommend blinds for my living room window"),
    ("Runs marathons", "Plan my training for the spring", "Which marathon TV coverage is best?"),
    ("Loves spicy food", "Where should we eat tonight in Bangkok?", "How do I treat a burn from a hot pan?"),
    ("Is allergic to cats", "Find me an apartment to rent", "Recommend a funny cat video channel"),
    ("Is vegetarian", "Suggest a dinner recipe", "Recommend a documentary about farming"),
    ("Drinks only decaf", "Where can I get coffee near the station?", "What's the history of coffee?"),
    ("Is learning Spanish", "Plan my trip to Madrid", "Translate this note into French"),
    ("Has a bad knee", "Build me a workout plan", "Recommend a book about knights"),
    ("Prefers short answers", "Explain how vaccines work", "Write a long bedtime story for my son"),
    ("Writes in British English", "Proofread my cover letter", "Explain American football rules"),
    ("Is saving for a house deposit", "Should I buy the new phone this month?", "What is a house deposit?"),
    ("Has two young kids", "Plan a weekend in Lisbon for the family", "Plan my solo business trip to Lisbon"),
    ("Gets seasick", "Should we take the ferry or fly to the island?", "Recommend a novel about sailors"),
    ("Doesn't drink alcohol", "Suggest drinks for my birthday party", "Explain how beer is brewed"),
    ("Is a night owl", "Plan my study schedule", "Recommend a book about owls"),
    ("Wears size 10 shoes", "Find me running shoes on sale", "How do I clean white sneakers?"),
    ("Uses a wheelchair", "Find a hotel in Venice", "Recommend a film about the Paralympics"),
    (
        "Plays chess online every night",
        "Recommend a strategy game for my phone",
        "Find a chess set as a gift for my dad",
    ),
    ("Keeps kosher", "Find a restaurant for my work dinner", "Explain the history of Passover"),
    ("Loves jazz", "Make a playlist for my dinner party", "Who invented the saxophone?"),
    ("Has a peanut allergy", "Which airline serves safe snacks on board?", "Which airline has the most legroom?"),
    ("Prefers aisle seats", "Book me a flight to Tokyo", "Find a theatre show in London"),
    ("Is colour-blind", "Pick a colour scheme for my slides", "Explain how rainbows form"),
    ("Works from home", "What desk chair should I buy?", "How do I unclog a kitchen sink?"),
    ("Is training for a triathlon", "What should I eat before a long ride?", "Who won the last Tour de France?"),
    ("Hates crowds", "When should I visit the Louvre?", "How big is the population of Paris?"),
)
