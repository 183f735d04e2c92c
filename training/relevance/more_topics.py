"""More hand-written training material for the relevance model (issue 14, second pass): extra memories and
requests for the topics of :mod:`training.relevance.topics`, in more voices (first person, third person, with a
reason, long and short) and more request shapes (a question with its circumstances, a terse command, a chatty
ask), new topics, further links between topics, and more conditional cases.

Written for tacit, independently of any benchmark's wording. The generator splits these texts apart from the
first pass's (its own seeded held-out fifth), so the first pass's held-out texts stay held out.
"""

from __future__ import annotations

from training.relevance.topics import Topic

# topic name -> (more memories, more requests)
EXTRA: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "food_allergy": (
        (
            "I can't eat anything with peanuts, I react badly",
            "My daughter and I are both allergic to sesame",
            "Soy gives me a rash, so I avoid it",
            "Avoids kiwi and other fruits that make their mouth itch",
        ),
        (
            "I'm hosting a movie night, what nibbles should I put out?",
            "Need some easy granola bar recipes for the week",
            "What should I bring to the office bake-off?",
            "Pack me a picnic for the park on Sunday",
            "Which cereal bars are good for hiking?",
        ),
    ),
    "diet": (
        (
            "I stopped eating red meat two years ago",
            "We're a plant-based household",
            "I'm pescatarian, fish is fine but no meat",
            "Tries to eat high-protein meals for training",
        ),
        (
            "What can I make with what's left in my fridge?",
            "Meal prep ideas for busy weekdays, please",
            "What should I cook for my in-laws on Sunday?",
            "I'm making breakfast for guests, any ideas?",
            "Suggest a recipe that uses up leftover vegetables",
        ),
    ),
    "cuisine": (
        (
            "I love Korean barbecue",
            "Greek food is my favourite, especially grilled fish",
            "Finds Indian curries too heavy",
            "I adore French pastries",
        ),
        (
            "We're in Chicago for the weekend, where should we eat?",
            "Looking for a good restaurant for an anniversary dinner",
            "What should I cook for a date night at home?",
            "Any takeout recommendations for tonight?",
            "Which food market should I visit in London?",
        ),
    ),
    "drinks": (
        (
            "I only drink sparkling water at parties",
            "Enjoys peaty single malt whisky",
            "I'm cutting out caffeine after noon",
        ),
        (
            "Where should we go for drinks after work?",
            "Pick a wine to bring to a dinner party",
            "What can I order at a cocktail bar?",
        ),
    ),
    "flight_seat": (
        (
            "I always sit on the aisle so I can get up and stretch",
            "Needs a seat near the toilets on long flights",
            "I like sitting by the window to see the view",
            "Wants to sit together with their partner on planes",
        ),
        (
            "Can you sort out my flights to Toronto for the conference in May?",
            "Get me on a plane to Lima next month",
            "I'm flying to Cape Town, help me pick seats",
            "Reserve a flight to Athens for two",
            "We need return flights to Dublin for the holidays",
        ),
    ),
    "airline": (
        (
            "I collect miles with Star Alliance",
            "Would rather fly with full-service carriers",
            "Avoids connections shorter than two hours",
        ),
        (
            "Which flight should I take to Singapore, the cheap one with a stop or the direct one?",
            "What's the best way to fly to Honolulu?",
            "Compare airlines for my trip to Rome",
        ),
    ),
    "ground_transport": (
        (
            "I don't have a driving licence",
            "Takes the bus whenever possible to save money",
            "Hates driving in big cities",
        ),
        (
            "How do I get from Heathrow to central London?",
            "Best way to travel between Milan and Venice?",
            "Arrange transport from the hotel to the conference centre",
        ),
    ),
    "hotel": (
        (
            "I need a hotel with a pool, it's the only way I relax",
            "Prefers apartments with a kitchen when travelling",
            "Likes old historic hotels with character",
            "Always stays in chain hotels for the loyalty points",
        ),
        (
            "We're visiting Amsterdam in April, where should we stay?",
            "Book me a room in Vancouver for the weekend",
            "Find a place to stay in Marrakech",
            "Which neighbourhood should I stay in for my trip to Lisbon?",
        ),
    ),
    "sightseeing": (
        (
            "I love finding street art when I visit a city",
            "Is fascinated by Roman ruins",
            "Prefers nature over city sights",
            "Likes food tours more than museums",
        ),
        (
            "I have one free afternoon in Prague, what should I do?",
            "What's worth seeing in Buenos Aires?",
            "Make me an itinerary for two days in Seville",
            "Things to do in Copenhagen this weekend",
        ),
    ),
    "trip_style": (
        (
            "I always travel solo",
            "Likes adventure trips far off the beaten path",
            "Prefers all-inclusive resorts where everything is arranged",
            "Travels with elderly parents",
        ),
        (
            "We have ten days in October, where should we go?",
            "Plan a road trip through Scotland",
            "Help me organise a family holiday in Spain",
            "I want a break somewhere warm in March, ideas?",
        ),
    ),
    "outdoors": (
        (
            "I go trail running in the hills most weekends",
            "Loves wild swimming in lakes",
            "Prefers walks under two hours",
        ),
        (
            "What can I do outside this weekend near Denver?",
            "Recommend a national park to visit",
            "Plan a day in the Lake District",
        ),
    ),
    "fear": (
        (
            "I'm scared of deep water",
            "Gets panic attacks in crowded places",
            "Is terrified of flying",
            "Hates being in small enclosed spaces like caves",
        ),
        (
            "Should we do the boat tour or the cave tour?",
            "Should I take the glass-floor skywalk tour?",
            "What's a fun thing to do at the top of the Eiffel Tower?",
        ),
    ),
    "mobility": (
        (
            "I have a bad knee and can't manage lots of stairs",
            "Walks with a cane",
            "Recovering from a broken ankle",
            "Cannot stand for long periods",
        ),
        (
            "Are the Cinque Terre villages easy to walk between?",
            "Can I manage the climb up to the castle in Prague?",
            "Is the old town of Dubrovnik easy to get around?",
        ),
    ),
    "medical": (
        (
            "I'm diabetic and watch my blood sugar",
            "Has high blood pressure and avoids salty food",
            "Takes blood thinners",
            "Gets migraines from bright flashing lights",
        ),
        (
            "Is it okay to try a sauna session this weekend?",
            "Can I take ibuprofen for my back pain?",
            "Which cold medicine can I take?",
        ),
    ),
    "workout": (
        (
            "I lift weights four times a week",
            "Prefers short high-intensity workouts",
            "Likes yoga in the morning",
            "Hates running on a treadmill",
        ),
        (
            "I've only got 20 minutes, what exercise can I do?",
            "Make me a training plan for the next month",
            "How can I get fitter before the summer?",
            "What's a good gym routine for beginners like me?",
        ),
    ),
    "sports_fan": (
        (
            "I follow the NBA and root for the Celtics",
            "Is a huge Formula 1 fan",
            "Watches every Wimbledon match",
        ),
        (
            "Which match should I watch this weekend?",
            "Plan a sports-themed birthday party",
            "Where can I watch the game tonight?",
        ),
    ),
    "reading": (
        (
            "I mostly read literary fiction",
            "Loves historical novels set in Asia",
            "Prefers audiobooks during the commute",
            "Reads poetry before bed",
        ),
        (
            "I finished my book, what should I pick up next?",
            "Suggest a novel for my book club",
            "What should I read on holiday?",
            "Any good books for a long train journey?",
        ),
    ),
    "film": (
        (
            "I can't stand horror films",
            "Loves old black-and-white movies",
            "Watches a lot of Korean dramas",
        ),
        (
            "What should we watch on Friday night?",
            "Suggest a series to binge this weekend",
            "Pick a film for a family movie night",
        ),
    ),
    "music": (
        (
            "I listen to a lot of indie rock",
            "Loves classical piano",
            "Can't stand country music",
        ),
        (
            "Make me a playlist for a long drive",
            "What music should I put on for a dinner party?",
            "Suggest some songs for my run",
        ),
    ),
    "gaming": (
        (
            "I play on a Nintendo Switch",
            "Loves cooperative board games",
            "Prefers story-driven single-player games",
        ),
        (
            "What game should I get for the weekend?",
            "Suggest something to play with friends online",
            "Any good games for a rainy afternoon?",
        ),
    ),
    "clothes": (
        (
            "I only wear black and grey",
            "Prefers comfortable clothes over trendy ones",
            "Buys mostly second-hand clothing",
        ),
        (
            "What should I wear to a summer wedding?",
            "Help me pick a new winter coat",
            "I need an outfit for a job interview",
        ),
    ),
    "skincare": (
        (
            "I have oily, acne-prone skin",
            "Only uses cruelty-free cosmetics",
            "Prefers fragrance-free products",
        ),
        (
            "Build me a simple skincare routine",
            "What moisturizer should I use in winter?",
            "Recommend a face wash",
        ),
    ),
    "gadgets": (
        (
            "I'm all-in on Apple products",
            "Prefers Android phones with big batteries",
            "Likes to repair electronics rather than replace them",
        ),
        (
            "Which headphones should I buy?",
            "Recommend a tablet for reading and notes",
            "I need a new phone, which one?",
        ),
    ),
    "coding": (
        (
            "I write mostly TypeScript for web apps",
            "Works with Java and Spring at the office",
            "Prefers functional programming style",
        ),
        (
            "How do I parse dates from a string?",
            "Write a function that removes duplicates from a list",
            "Why is my loop so slow?",
        ),
    ),
    "answer_style": (
        (
            "I want step-by-step instructions, not essays",
            "Likes examples with every explanation",
            "Prefers a friendly casual tone",
        ),
        (
            "How does a mortgage work?",
            "Explain how vaccines train the immune system",
            "What's the difference between RAM and storage?",
        ),
    ),
    "writing_work": (
        (
            "Signs work emails with just their first name",
            "Keeps work messages short and to the point",
        ),
        (
            "Write a message to my team about the deadline",
            "Draft a reply to a client who is unhappy",
        ),
    ),
    "writing_personal": (
        (
            "Likes warm, heartfelt personal notes",
            "Writes to family in a very informal way",
        ),
        (
            "Write a message congratulating my cousin on her wedding",
            "Help me write a condolence card to a friend",
        ),
    ),
    "work_habits": (
        (
            "I do my deep work in the morning",
            "Prefers asynchronous communication over calls",
            "Works from home on Fridays",
        ),
        (
            "When should I schedule the team meeting?",
            "How do I plan my week to get more done?",
            "Organise my tasks for tomorrow",
        ),
    ),
    "study": (
        (
            "I learn best by watching videos",
            "Likes flashcards for memorising",
            "Is studying for a nursing degree",
        ),
        (
            "How should I prepare for my exam next month?",
            "Help me learn Spanish vocabulary",
            "What's the best way to learn statistics?",
        ),
    ),
    "budget": (
        (
            "I'm trying to spend as little as possible this year",
            "Has a monthly spending limit of 300 dollars",
            "Is paying off student loans",
        ),
        (
            "Help me set up a monthly budget",
            "How can I cut my grocery bill?",
            "Should I refinance my loan?",
        ),
    ),
    "investing": (
        (
            "Prefers low-cost index funds",
            "Avoids investing in fossil fuel companies",
        ),
        (
            "Where should I put my bonus?",
            "Is now a good time to buy shares?",
        ),
    ),
    "car": (
        (
            "I drive an electric car",
            "Prefers manual gearboxes",
        ),
        (
            "Which car should I get for a family of five?",
            "What should I look for in a used car?",
        ),
    ),
    "pet": (
        (
            "I have a senior cat with kidney problems",
            "Owns a very energetic border collie",
        ),
        (
            "What food should I buy for my pet?",
            "How do I keep my pet calm during fireworks?",
        ),
    ),
    "home_style": (
        (
            "I love mid-century modern furniture",
            "Prefers lots of plants and natural light",
        ),
        (
            "Help me decorate my bedroom",
            "What rug would suit my living room?",
        ),
    ),
    "kids": (
        (
            "My son is autistic and doesn't like loud places",
            "Has a newborn baby",
        ),
        (
            "Plan a birthday party for a six-year-old",
            "Which car seat is safest?",
        ),
    ),
    "home_base": (
        (
            "I live in Manchester",
            "Is based in a small town in Vermont",
        ),
        (
            "Find a good plumber",
            "Are there any farmers markets near me?",
        ),
    ),
    "profession": (
        (
            "I'm a primary school teacher",
            "Is a freelance graphic designer",
            "Works as a nurse in an emergency room",
        ),
        (
            "Help me write my CV",
            "What should I ask for in my salary negotiation?",
            "How can I find more clients?",
        ),
    ),
    "hobby_craft": (
        (
            "I knit in the evenings",
            "Loves baking sourdough bread",
            "Does woodworking in the garage",
        ),
        (
            "What project should I start this winter?",
            "What can I make as a handmade present?",
            "Suggest a relaxing activity for Sunday",
        ),
    ),
    "cafe_drinks": (
        (
            "I take my coffee with oat milk",
            "Only drinks herbal tea",
        ),
        (
            "Where should I grab a coffee near the office?",
            "Recommend a tea shop in London",
        ),
    ),
    "gifts": (
        (
            "Doesn't like giving gift cards",
            "Prefers practical gifts people will actually use",
        ),
        (
            "What should I get my sister for her graduation?",
            "Ideas for an anniversary present",
        ),
    ),
    "social": (
        (
            "Prefers one-on-one coffees to big parties",
            "Loves game nights with friends",
        ),
        (
            "How should I host a small get-together?",
            "Plan a reunion with my old classmates",
        ),
    ),
    "language": (
        (
            "I'm learning Japanese",
            "Prefers answers in Spanish",
        ),
        (
            "Translate this menu for me",
            "Check the grammar of my cover letter",
        ),
    ),
    "weather": (
        (
            "I burn easily in strong sun",
            "Likes rainy, cosy weather",
        ),
        (
            "Where should I travel in August?",
            "When should I visit New York?",
        ),
    ),
}

# new topics (a request of a new topic may use old ones and the other way round: USES_MORE)
NEW_TOPICS: tuple[Topic, ...] = (
    Topic(
        "sober",
        "health",
        (
            "I'm in recovery and don't drink alcohol at all",
            "Has been sober for five years",
            "Avoids bars and places centred on drinking",
            "Doesn't drink for religious reasons",
        ),
        (
            "Plan a bachelor party weekend",
            "Where should we celebrate after the exam?",
            "What should I bring to a barbecue?",
            "Suggest a fun night out in Dublin",
        ),
        ("diet", "food_allergy", "social", "drinks"),
    ),
    Topic(
        "gardening",
        "home",
        (
            "I grow vegetables on my balcony",
            "Loves roses and has a big rose garden",
            "Has a small shady garden",
            "Prefers low-maintenance plants",
        ),
        (
            "What should I plant this spring?",
            "How do I keep my plants alive in winter?",
            "Ideas for my garden this weekend",
            "Which flowers should I buy?",
        ),
        ("home_base", "pet"),
    ),
    Topic(
        "photography",
        "technology",
        (
            "Shoots on a vintage film camera",
            "I love taking photos of birds",
            "Is into street photography",
            "Uses a mirrorless Sony camera",
        ),
        (
            "Which lens should I buy next?",
            "Where are good photo spots in Iceland?",
            "How do I take better pictures at sunset?",
            "Plan a photo walk in Tokyo",
        ),
        ("budget",),
    ),
    Topic(
        "religion",
        "family",
        (
            "Observes the Sabbath and doesn't work on Saturdays",
            "Fasts during Ramadan",
            "Goes to church every Sunday morning",
            "Is a practising Hindu",
        ),
        (
            "Schedule a team offsite for next month",
            "Plan a dinner with friends in March",
            "When should we hold the family reunion?",
            "Book a Saturday morning tennis lesson",
        ),
        ("diet", "food_allergy", "work_habits", "social"),
    ),
    Topic(
        "sleep",
        "health",
        (
            "I'm a very light sleeper",
            "Has insomnia and struggles to fall asleep",
            "Goes to bed by nine every night",
            "Works night shifts and sleeps during the day",
        ),
        (
            "Which hotel room should I ask for?",
            "Should I have a coffee after dinner?",
            "Plan my evening routine",
            "Pick a time for our weekly call",
        ),
        ("hotel", "drinks", "cafe_drinks", "work_habits"),
    ),
    Topic(
        "eco",
        "shopping",
        (
            "Tries to avoid flying for environmental reasons",
            "Wants to cut down on plastic",
            "Only buys sustainable, fair-trade products",
            "Prefers to buy secondhand to reduce waste",
        ),
        (
            "How should I get to Vienna from Munich?",
            "Which washing-up liquid should I buy?",
            "Recommend a brand of trainers",
            "Where should I go on holiday this year?",
        ),
        ("ground_transport", "trip_style", "clothes", "budget"),
    ),
    Topic(
        "vision",
        "health",
        (
            "Is colour-blind",
            "Has poor eyesight and needs large text",
            "Uses a screen reader",
            "Is blind in one eye",
        ),
        (
            "Make me a chart of my monthly spending",
            "Design a poster for our yard sale",
            "Which e-reader should I buy?",
            "Set up my new phone for me",
        ),
        ("gadgets", "budget"),
    ),
    Topic(
        "cooking_skill",
        "food",
        (
            "I'm a beginner cook and burn everything",
            "Has only a microwave and a kettle",
            "Owns an air fryer and uses it daily",
            "Is an experienced home chef who likes a challenge",
        ),
        (
            "Give me a recipe for dinner tonight",
            "What should I cook this weekend?",
            "Teach me to make something impressive",
            "Quick lunch ideas, please",
        ),
        ("food_allergy", "diet", "cuisine"),
    ),
    Topic(
        "dating",
        "family",
        (
            "Is single and dating again",
            "Has been married for twenty years",
            "My partner is vegetarian",
            "Is in a long-distance relationship",
        ),
        (
            "Plan a romantic evening",
            "What should I do for Valentine's Day?",
            "Where should we go for our anniversary?",
            "Ideas for a first date",
        ),
        ("diet", "food_allergy", "budget", "cuisine"),
    ),
    Topic(
        "volunteering",
        "family",
        (
            "Volunteers at an animal shelter on weekends",
            "Coaches a youth football team",
            "Helps at the local food bank",
        ),
        (
            "How can I give back to my community?",
            "How do I organise a fundraiser?",
            "How do I write a good reference for a volunteer?",
        ),
    ),
)

# more links: a request of the key's topic is also served by the memories of these topics
USES_MORE: dict[str, tuple[str, ...]] = {
    "social": ("sober", "religion"),
    "drinks": ("sober",),
    "hotel": ("sleep", "pet"),
    "trip_style": ("eco", "kids", "weather"),
    "ground_transport": ("eco",),
    "work_habits": ("sleep", "religion"),
    "gadgets": ("vision",),
    "cuisine": ("cooking_skill",),
    "diet": ("cooking_skill",),
    "gifts": ("hobby_craft",),
    "cafe_drinks": ("drinks",),
    "outdoors": ("weather",),
    "clothes": ("eco",),
}

MORE_CONDITIONAL: tuple[tuple[str, str, str], ...] = (
    ("Has been sober for five years", "Plan a bachelor party weekend", "Fix my bike's flat tyre"),
    ("Observes the Sabbath and doesn't work on Saturdays", "Schedule a team offsite", "Recommend a novel"),
    ("Is colour-blind", "Make me a chart of my spending", "Suggest a pasta recipe"),
    ("I'm a very light sleeper", "Which hotel room should I ask for?", "Which laptop should I buy?"),
    ("Tries to avoid flying for environmental reasons", "How should I get to Rome from Paris?", "Write a poem"),
    ("Has only a microwave and a kettle", "Give me a recipe for dinner", "Plan a trip to Lisbon"),
    ("I'm scared of deep water", "Should we do the snorkelling tour?", "Help me budget for the month"),
    ("Prefers formal language with clients", "Reply to this client's complaint", "Text my sister happy birthday"),
    ("Is training for a triathlon", "Plan my weekly workouts", "Recommend a documentary"),
    ("I play on a Nintendo Switch", "Which game should I buy?", "Find me a hotel in Oslo"),
    ("Has a newborn baby", "Plan a weekend away for the family", "Explain how a VPN works"),
    ("I have a bad knee and can't manage lots of stairs", "Plan a day in Montmartre", "Suggest a podcast"),
)
