"""Hand-written training material for the relevance model: topics, each with memories (what a user is like)
and requests (what a user asks), and which other topics' memories bear on its requests.

A pair (request of topic A, memory of topic B) is positive when A is B or B is in A's ``uses``; every other
pair is a negative (the generator samples them, hard ones from the same category first). Written for tacit,
independently of any benchmark's wording; the category taxonomy's statements and requests
(:mod:`memory.taxonomy.prototypes`) join these in :mod:`training.relevance.generate`.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Topic:
    name: str
    category: str
    memories: tuple[str, ...]
    requests: tuple[str, ...]
    uses: tuple[str, ...] = ()  # other topics whose memories bear on this topic's requests


# hard constraints and circumstances: they bear on many other topics' requests
_DIET = ("food_allergy", "diet")
_BODY = ("mobility", "fear")

TOPICS: tuple[Topic, ...] = (
    Topic(
        "food_allergy",
        "health",
        (
            "Is allergic to walnuts",
            "Has a severe shellfish allergy",
            "I'm allergic to tree nuts",
            "Gets hives from eggs",
            "Has celiac disease and can't have gluten",
            "Is lactose intolerant",
            "Carries an EpiPen for a sesame allergy",
        ),
        (
            "What snacks should I pack?",
            "Any snack ideas for the road trip?",
            "I have to bring a dessert to a potluck, ideas?",
            "What can I bake for the school fair?",
        ),
        ("diet",),
    ),
    Topic(
        "diet",
        "food",
        (
            "Is vegetarian",
            "Eats a strictly vegan diet",
            "Keeps kosher",
            "Only eats halal meat",
            "Follows a low-carb diet",
            "Is trying to cut down on sugar",
            "Doesn't eat pork",
        ),
        (
            "Plan my meals for the week",
            "What should I make for a dinner party of six?",
            "Give me a quick lunch idea",
            "What should I order for the team lunch?",
        ),
        ("food_allergy", "cuisine"),
    ),
    Topic(
        "cuisine",
        "food",
        (
            "Loves spicy Sichuan food",
            "Really enjoys Italian cooking",
            "Likes sushi and Japanese food",
            "Can't get enough of Mexican street tacos",
            "Prefers mild food without much heat",
            "Enjoys trying new street food",
            "Hates cilantro",
        ),
        (
            "Where should we go for dinner tonight?",
            "Recommend a restaurant in Lisbon",
            "Any good places to eat near the station?",
            "What local dishes should I try in Bangkok?",
            "Suggest a recipe for Friday night",
            "Which takeaway should I order?",
        ),
        _DIET,
    ),
    Topic(
        "drinks",
        "food",
        (
            "Drinks only decaf coffee",
            "Loves a good craft IPA",
            "Prefers red wine to white",
            "Enjoys green tea in the afternoon",
            "Doesn't drink alcohol",
        ),
        (
            "Recommend a bar for Friday",
            "What should I drink with the steak?",
            "Suggest a cafe to work from",
            "What drinks should I buy for the party?",
        ),
    ),
    Topic(
        "flight_seat",
        "transportation",
        (
            "Likes an aisle seat when flying",
            "Always picks a window seat",
            "Likes to sit near the front of the plane",
            "Wants extra legroom on flights over four hours",
            "Flies economy to save money",
        ),
        (
            "Book me a flight to Seoul",
            "Find me a flight to New York next Tuesday",
            "I need a plane ticket to Madrid",
            "Which seat should I choose on my flight?",
            "Book the cheapest flight to Berlin",
        ),
        ("airline", "fear", "mobility"),
    ),
    Topic(
        "airline",
        "transportation",
        (
            "Is a frequent flyer with Lufthansa",
            "Avoids budget airlines",
            "Prefers direct flights even if they cost more",
            "Hates red-eye flights",
            "Likes morning departures",
        ),
        (
            "Which airline should I fly to Chicago?",
            "Help me choose between two flight options",
            "Is a layover in Dubai a good idea?",
        ),
        ("flight_seat",),
    ),
    Topic(
        "ground_transport",
        "transportation",
        (
            "Prefers trains to buses",
            "Never takes taxis, uses public transit",
            "Likes to rent a car on holiday",
            "Gets carsick on long bus rides",
            "Prefers cycling around cities",
        ),
        (
            "How do I get from the airport to my hotel in Rome?",
            "What's the best way to get around Paris?",
            "How should I get to the wedding venue in the countryside?",
            "Should I take the train or drive to Edinburgh?",
        ),
        ("mobility",),
    ),
    Topic(
        "hotel",
        "travel",
        (
            "Prefers small boutique hotels",
            "Likes hotels with a gym",
            "Always books rooms on a high floor",
            "Prefers Airbnb apartments over hotels",
            "Wants a quiet room away from the elevator",
            "Likes staying in hostels to meet people",
        ),
        (
            "Find me a hotel in Barcelona",
            "Where should I stay in Kyoto?",
            "Book accommodation for three nights in Prague",
            "Suggest somewhere to stay near the beach",
        ),
        ("mobility", "budget"),
    ),
    Topic(
        "sightseeing",
        "travel",
        (
            "Loves visiting art museums when traveling",
            "Enjoys historical walking tours",
            "Avoids crowded tourist traps",
            "Likes exploring local markets",
            "Enjoys hiking on vacation",
        ),
        (
            "What should I see in Florence?",
            "Plan a day in Istanbul for me",
            "What are the must-do things in Mexico City?",
            "Suggest activities for a weekend in Vienna",
        ),
        _BODY,
    ),
    Topic(
        "trip_style",
        "travel",
        (
            "Likes slow travel with few stops",
            "Prefers beach holidays to city breaks",
            "Travels with a toddler",
            "Always travels with their dog",
            "Prefers to plan every detail of a trip",
        ),
        (
            "Plan a two-week trip to Japan",
            "Where should I go on vacation this summer?",
            "Help me plan our honeymoon",
            "Suggest a long weekend getaway",
        ),
        ("hotel", "sightseeing", "budget", "mobility", "fear", "food_allergy", "diet", "pet"),
    ),
    Topic(
        "outdoors",
        "sports",
        (
            "Loves mountain hiking",
            "Enjoys kayaking and being on the water",
            "Goes rock climbing every weekend",
            "Likes camping in the wild",
            "Prefers easy flat walks",
        ),
        (
            "Suggest an outdoor adventure for Saturday",
            "Plan a hiking trip in the Alps",
            "What should I do in the mountains this weekend?",
            "Recommend a trail near Denver",
        ),
        _BODY,
    ),
    Topic(
        "fear",
        "health",
        (
            "Has a fear of heights",
            "Is afraid of deep water",
            "Is claustrophobic",
            "Is terrified of flying",
            "Gets anxious in big crowds",
        ),
        (
            "Should I try bungee jumping?",
            "Would a glass-floor skywalk be fun?",
            "Plan a snorkeling day for me",
        ),
    ),
    Topic(
        "mobility",
        "health",
        (
            "Uses a wheelchair",
            "Has bad knees and can't climb many stairs",
            "Has a bad back and can't lift heavy things",
            "Walks with a cane",
            "Is seven months pregnant",
        ),
        (
            "Is the old town walkable?",
            "Help me move apartments this weekend",
        ),
    ),
    Topic(
        "medical",
        "health",
        (
            "Takes blood thinners",
            "Has type 2 diabetes",
            "Gets migraines from bright light",
            "Has asthma",
            "Has trouble sleeping",
        ),
        (
            "What can I take for a headache?",
            "How can I sleep better?",
            "Is it safe for me to take ibuprofen?",
            "Tips for dealing with stress",
        ),
        ("food_allergy",),
    ),
    Topic(
        "workout",
        "fitness",
        (
            "Does yoga every morning",
            "Prefers strength training to cardio",
            "Is training for a marathon",
            "Likes short high-intensity workouts",
            "Hates going to the gym, works out at home",
            "Swims three times a week",
        ),
        (
            "Give me a workout plan",
            "How can I build muscle?",
            "Suggest a 20-minute routine",
            "How should I train for my first 10k?",
        ),
        ("mobility", "medical"),
    ),
    Topic(
        "sports_fan",
        "sports",
        (
            "Supports Liverpool FC",
            "Loves watching the NBA",
            "Follows Formula 1 closely",
            "Plays tennis on weekends",
            "Isn't interested in football",
        ),
        (
            "Which game should I watch this weekend?",
            "Any good sports bars in Boston?",
            "Get me tickets to a match in London",
        ),
    ),
    Topic(
        "reading",
        "books",
        (
            "Enjoys science fiction books",
            "Reads mostly historical fiction",
            "Loves Agatha Christie mysteries",
            "Prefers audiobooks on the commute",
            "Enjoys non-fiction about economics",
            "Doesn't like fantasy books",
        ),
        (
            "Recommend a book for my vacation",
            "What should I read next?",
            "Suggest a novel for my book club",
            "Any good audiobooks for a long drive?",
        ),
    ),
    Topic(
        "film",
        "movies",
        (
            "Loves horror movies",
            "Enjoys romantic comedies",
            "Watches lots of nature documentaries",
            "Prefers foreign films with subtitles",
            "Can't stand violent films",
        ),
        (
            "What movie should I watch tonight?",
            "Recommend a series to binge",
            "Pick a film for date night",
            "Anything good on Netflix?",
        ),
    ),
    Topic(
        "music",
        "music",
        (
            "Loves jazz",
            "Listens to heavy metal",
            "Prefers classical music while working",
            "Is a big fan of Taylor Swift",
            "Doesn't like country music",
        ),
        (
            "Make me a playlist for the gym",
            "Which concert should I go to this month?",
            "Recommend some new albums",
            "What music should we play at the party?",
        ),
    ),
    Topic(
        "gaming",
        "games",
        (
            "Plays on a Nintendo Switch",
            "Loves strategy games",
            "Enjoys co-op board games with friends",
            "Doesn't like horror games",
            "Plays mostly on PC",
        ),
        (
            "Recommend a game to play this weekend",
            "What board game should I bring to game night?",
            "Which console should I buy?",
        ),
    ),
    Topic(
        "clothes",
        "fashion",
        (
            "Prefers minimalist black clothing",
            "Only wears natural fabrics like cotton and linen",
            "Likes bright colorful outfits",
            "Wears sneakers everywhere",
            "Prefers second-hand clothes",
        ),
        (
            "What should I wear to a summer wedding?",
            "Help me pick an outfit for the interview",
            "Recommend a winter jacket",
            "What shoes go with a navy suit?",
        ),
        ("budget",),
    ),
    Topic(
        "skincare",
        "beauty",
        (
            "Has sensitive skin",
            "Prefers fragrance-free products",
            "Only uses cruelty-free cosmetics",
            "Has curly hair",
            "Keeps a simple three-step skincare routine",
        ),
        (
            "Recommend a moisturizer",
            "What shampoo should I buy?",
            "Suggest a skincare routine for winter",
        ),
    ),
    Topic(
        "gadgets",
        "technology",
        (
            "Uses an iPhone and a MacBook",
            "Prefers Android phones",
            "Runs Linux on every computer",
            "Likes mechanical keyboards",
            "Wants devices with long battery life",
        ),
        (
            "Which laptop should I buy?",
            "Recommend a good pair of headphones",
            "What phone should I get next?",
            "Recommend a note-taking app",
        ),
        ("budget",),
    ),
    Topic(
        "coding",
        "technology",
        (
            "Writes most code in Python",
            "Prefers TypeScript over JavaScript",
            "Uses Vim as an editor",
            "Works with PostgreSQL every day",
            "Likes functional programming",
        ),
        (
            "How do I parse a CSV file?",
            "Help me write a function to sort users",
            "Why is my database query slow?",
            "Show me how to call a REST API",
        ),
        ("answer_style",),
    ),
    Topic(
        "answer_style",
        "communication",
        (
            "Prefers short answers with bullet points",
            "Likes detailed explanations with examples",
            "Wants code examples in every answer",
            "Prefers a friendly, casual tone",
            "Doesn't want emojis in replies",
        ),
        (
            "Explain how vaccines work",
            "Summarize this article for me",
            "What is a hash map?",
            "Explain the difference between stocks and bonds",
        ),
    ),
    Topic(
        "writing_work",
        "work",
        (
            "Writes formally in work emails",
            "Signs work emails with full name and title",
            "Keeps messages to the manager brief",
            "Uses British spelling at work",
        ),
        (
            "Draft an email to my manager asking for a day off",
            "Write a message to the client about the delay",
            "Help me reply to my colleague's proposal",
        ),
        ("answer_style",),
    ),
    Topic(
        "writing_personal",
        "family",
        (
            "Writes warm, playful notes to family",
            "Likes adding a personal joke to birthday cards",
            "Calls their grandmother Nana",
        ),
        (
            "Write a birthday card for my niece",
            "Help me write a thank-you note to my aunt",
            "Draft a message for my mom's anniversary",
        ),
    ),
    Topic(
        "work_habits",
        "work",
        (
            "Works remotely from home",
            "Is most productive early in the morning",
            "Prefers no meetings on Fridays",
            "Manages a team of eight engineers",
            "Likes to timebox tasks",
        ),
        (
            "How should I plan my week?",
            "Help me schedule my meetings",
            "Tips to be more productive",
            "How do I prepare for a performance review?",
        ),
    ),
    Topic(
        "study",
        "learning",
        (
            "Learns best with flashcards",
            "Prefers video courses to books",
            "Is learning Spanish",
            "Likes in-person classes",
            "Studies in the evening after work",
        ),
        (
            "How should I study for the exam?",
            "Recommend a course to learn statistics",
            "How can I practise a new language?",
            "Help me make a study plan",
        ),
    ),
    Topic(
        "budget",
        "finance",
        (
            "Is on a tight budget",
            "Prefers mid-range prices",
            "Doesn't mind paying for quality",
            "Is saving for a house",
            "Avoids buying on credit",
        ),
        (
            "Help me make a monthly budget",
            "Should I buy or lease?",
            "How much should I spend on a birthday gift?",
        ),
    ),
    Topic(
        "investing",
        "finance",
        (
            "Invests in index funds",
            "Has a low tolerance for risk",
            "Avoids cryptocurrency",
            "Prefers ethical investments",
        ),
        (
            "Where should I invest my bonus?",
            "How should I save for retirement?",
            "Is now a good time to buy stocks?",
        ),
        ("budget",),
    ),
    Topic(
        "car",
        "vehicles",
        (
            "Drives an electric car",
            "Prefers SUVs",
            "Wants a car with good fuel economy",
            "Rides a motorbike to work",
        ),
        (
            "Which car should I buy next?",
            "Recommend a vehicle for the family",
            "Should I switch to a hybrid?",
        ),
        ("budget",),
    ),
    Topic(
        "pet",
        "pets",
        (
            "Has a golden retriever named Max",
            "Owns two cats",
            "Has a dog that gets anxious in the car",
            "Keeps a pet rabbit",
        ),
        (
            "What food should I buy for my dog?",
            "Recommend a pet-friendly cafe",
            "How do I keep my pet calm during fireworks?",
        ),
    ),
    Topic(
        "home_style",
        "home",
        (
            "Likes Scandinavian interior design",
            "Lives in a small studio apartment",
            "Prefers lots of plants indoors",
            "Loves a cosy, warm living room",
        ),
        (
            "How should I decorate my living room?",
            "Recommend a sofa",
            "Ideas for my balcony",
            "Which coffee machine should I buy?",
        ),
        ("budget",),
    ),
    Topic(
        "kids",
        "family",
        (
            "Has two kids aged five and eight",
            "Has a teenage daughter who loves art",
            "Is a single parent",
        ),
        (
            "What can we do this weekend as a family?",
            "Suggest a birthday party idea for my son",
            "Recommend a holiday for the family",
        ),
        ("budget", "food_allergy"),
    ),
    Topic(
        "home_base",
        "location",
        (
            "Lives in Berlin",
            "Lives in a quiet suburb",
            "Is moving to Toronto next month",
            "Grew up in rural Ireland",
        ),
        (
            "Which neighbourhood should I move to?",
            "Where should I live for my new job?",
            "Find me a gym nearby",
        ),
    ),
    Topic(
        "profession",
        "work",
        (
            "Works as a pediatric nurse",
            "Is a primary school teacher",
            "Works as a freelance photographer",
            "Is an accountant at a small firm",
            "Runs a bakery",
            "Is a software developer at a startup",
            "Works in sales",
        ),
        (
            "How do I ask my boss for a raise?",
            "Help me prepare for a job interview",
            "What should I put on my CV?",
            "How should I price my services?",
            "Ideas for a team-building activity",
            "Help me write a cover letter",
        ),
        ("work_habits",),
    ),
    Topic(
        "hobby_craft",
        "home",
        (
            "Loves knitting",
            "Builds model trains",
            "Paints watercolours on weekends",
            "Enjoys woodworking in the garage",
            "Grows tomatoes and herbs in the garden",
        ),
        (
            "What should I do this rainy Sunday?",
            "Suggest a new hobby for the winter",
            "What supplies should I buy for my next project?",
            "Gift ideas for myself under 50 dollars",
        ),
    ),
    Topic(
        "cafe_drinks",
        "food",
        (
            "Only drinks oat milk lattes",
            "Loves strong black coffee",
            "Prefers herbal tea to coffee",
            "Avoids caffeine after noon",
            "Likes bubble tea",
        ),
        (
            "Find a coffee shop near my office",
            "Where can I get a good breakfast in Melbourne?",
            "What should I order at Starbucks?",
            "Suggest a place for brunch on Sunday",
        ),
        ("food_allergy", "diet"),
    ),
    Topic(
        "gifts",
        "shopping",
        (
            "Prefers giving experiences rather than things",
            "Likes handmade gifts",
            "Always shops at local independent stores",
            "Prefers to buy from eco-friendly brands",
        ),
        (
            "What should I get my dad for his birthday?",
            "Christmas gift ideas for my coworkers",
            "Where should I shop for a wedding present?",
        ),
        ("budget",),
    ),
    Topic(
        "social",
        "family",
        (
            "Is an introvert who prefers small gatherings",
            "Loves hosting big dinner parties",
            "Prefers quiet nights in",
            "Enjoys karaoke with friends",
        ),
        (
            "How should I celebrate my 40th birthday?",
            "What can I do on Saturday night?",
            "Plan a get-together for my friends",
        ),
        ("diet", "food_allergy", "music"),
    ),
    Topic(
        "language",
        "communication",
        (
            "Is a native Portuguese speaker",
            "Prefers explanations in plain English without jargon",
            "Speaks French and German",
            "Wants British English spelling",
        ),
        (
            "Translate this paragraph",
            "Proofread my essay",
            "Explain what inflation means",
        ),
    ),
    Topic(
        "weather",
        "travel",
        (
            "Hates cold weather",
            "Loves snowy winter holidays",
            "Can't handle hot humid climates",
            "Prefers mild spring weather for travel",
        ),
        (
            "When is the best time to visit Thailand?",
            "Where should I go for a holiday in January?",
            "Is Dubai nice in July?",
        ),
        ("trip_style",),
    ),
)

# hand-written conditional cases: the same memory applies to one request and must stay out of another
CONDITIONAL: tuple[tuple[str, str, str], ...] = (
    (
        "Writes formally in work emails",
        "Draft an email to my manager about the budget",
        "Write a birthday card for my niece",
    ),
    (
        "Likes adding a personal joke to birthday cards",
        "Write a birthday card for my brother",
        "Draft a report for the board",
    ),
    ("Likes an aisle seat when flying", "Book me a flight to Sydney", "Recommend a thriller"),
    ("Is allergic to walnuts", "Any snack ideas for the train ride?", "Which laptop should I buy?"),
    ("Has a shellfish allergy", "Recommend a seafood place in Porto", "Help me plan my week"),
    ("Has a fear of heights", "Plan a hike in the Dolomites", "Recommend a podcast"),
    ("Is vegetarian", "What should I cook tonight?", "Which phone should I buy?"),
    ("Enjoys science fiction books", "What should I read on the plane?", "Book me a flight to Oslo"),
    ("Uses a wheelchair", "Plan a day in Lisbon", "Recommend a jazz album"),
    ("Has a golden retriever", "Find a hotel for our trip to the coast", "Explain how compilers work"),
    ("Prefers short answers", "Explain how interest rates work", "Which car should I buy?"),
    ("Writes code in Python", "How do I read a JSON file?", "Suggest a recipe for pasta"),
    ("Is on a tight budget", "Recommend a hotel in Paris", "What music should I listen to?"),
    ("Loves jazz", "Which concert should I go to in New Orleans?", "Book me a dentist appointment"),
    ("Drinks only decaf coffee", "Suggest a cafe to meet a friend", "Plan my workout"),
    ("Has two young kids", "What can we do this weekend?", "Write an email to my landlord"),
    ("Is training for a marathon", "What should I eat before a long run?", "Recommend a TV series"),
    ("Has sensitive skin", "Recommend a sunscreen", "Book a train to Lyon"),
)
