"""The category taxonomy: for each category, descriptions and example memories (statement form) and the way
people ask for things in it (request form). Data only; :mod:`memory.taxonomy.categories` reads texts against it."""

from __future__ import annotations

PROTOTYPES: dict[str, tuple[str, ...]] = {
    "food": (
        "what I like to eat and drink, dishes, cuisines and restaurants",
        "dietary restrictions, allergies to foods, vegetarian or vegan diet",
        "cooking at home, recipes, snacks and meals",
    ),
    "travel": (
        "trips, vacations, hotels and places to visit",
        "sightseeing, tours, attractions and travel itineraries",
        "outdoor activities and adventures on holiday",
    ),
    "transportation": (
        "getting around: flights, trains, buses, taxis and ride-sharing",
        "renting a car, airport transfers and public transit",
    ),
    "learning": (
        "how I like to study and learn new skills, courses and classes",
        "studying for exams, memorizing, textbooks and tutorials",
        "teachers, schools, online or in-person learning",
    ),
    "movies": ("movies, TV shows, series, documentaries and streaming",),
    "music": ("music genres, songs, albums, concerts, bands and podcasts",),
    "books": ("books, novels, authors, reading lists and audiobooks",),
    "games": ("video games, mobile games, board games and gaming platforms",),
    "sports": (
        "watching or playing sports, teams, matches and leagues",
        "running, hiking, cycling, swimming and outdoor sports",
    ),
    "fitness": (
        "exercise, gym workouts, cardio, strength training and yoga",
        "fitness routines, tracking workouts and staying active",
    ),
    "health": (
        "medical conditions, medications, remedies, doctors and health care",
        "sleep, stress, headaches, pain, mental health and wellbeing",
        "nutrition for health, supplements and vitamins",
    ),
    "beauty": (
        "skincare, makeup, hair care and cosmetics",
        "beauty products, grooming, fragrance and personal care",
    ),
    "fashion": (
        "clothes, fashion, shoes, jackets and style of dress",
        "fabrics, wardrobe, outfits and accessories",
    ),
    "home": (
        "furniture, home decor, kitchen appliances and interior design",
        "the house, garden, patio, renovations and household items",
    ),
    "shopping": (
        "buying things online or in stores, brands and deals",
        "budget for purchases and where I shop",
    ),
    "technology": (
        "phones, laptops, gadgets, wearables and electronics",
        "software, apps, operating systems and programming tools",
    ),
    "vehicles": (
        "cars, motorcycles, electric vehicles and driving",
        "buying a vehicle, car features, fuel and charging",
    ),
    "pets": (
        "my dog, cat or other pets and caring for animals",
        "pet food, vets, pet toys and training animals",
    ),
    "work": (
        "my job, career, employer, colleagues and profession",
        "working from home or in the office, meetings and work style",
    ),
    "communication": (
        "how answers should be written: length, format, tone and language",
        "reply briefly, use bullet points, show just the code, be formal or casual",
    ),
    "family": (
        "my partner, children, parents, siblings and relatives",
        "family life, kids' activities and household",
    ),
    "location": (
        "where I live, my city, country and neighbourhood",
        "moving to a new city, the climate and the kind of place I want to live",
    ),
    "finance": (
        "money, saving, investing, banking and budgets",
        "salary, expenses, taxes and financial planning",
    ),
}

# Example memories, as the extractor writes them: a memory's topics are read against these and the
# descriptions above together (one taxonomy for learned and directly added memories alike).
EXAMPLES: dict[str, tuple[str, ...]] = {
    "food": (
        "Loves spicy Thai and Indian food",
        "Is vegetarian and does not eat meat",
        "Prefers restaurants with healthy menu options",
        "Enjoys cooking and baking at home",
        "Dislikes seafood and fish dishes",
        "Avoids fast food and fine dining restaurants",
        "Is allergic to nuts, dairy or shellfish and must avoid them when eating out",
        "Cannot eat gluten, keeps kosher or halal, or avoids certain ingredients",
        "Dislikes very spicy, greasy or raw dishes and strong flavours",
        "Prefers quiet, casual places to eat over loud or formal ones",
    ),
    "travel": (
        "Prefers boutique hotels when traveling",
        "Likes beach vacations and sightseeing tours",
        "Enjoys road trips and exploring new cities",
        "Dislikes crowded tourist attractions",
        "Prefers relaxed sightseeing over physically demanding excursions",
        "Dislikes touristy attractions, theme parks and guided group tours",
        "Prefers cultural experiences, museums and local markets when visiting a place",
        "Avoids boat trips, caves or wildlife encounters when travelling",
    ),
    "transportation": (
        "Avoids flying and prefers taking the train",
        "Prefers public transport or renting a car on trips",
        "Gets motion sickness on buses and boats",
        "Prefers walking or cycling around a city to taking taxis",
        "Avoids crowded subways and overnight buses",
        "Prefers an aisle seat and extra legroom on planes",
        "Always books direct flights and avoids layovers",
    ),
    "work": (
        "Works as a software engineer",
        "Prefers working remotely from home",
        "Dislikes long meetings and open-plan offices",
        "Runs a small business",
        "Prefers a quiet office and flexible hours",
        "Prefers a collaborative team environment to working alone",
        "Dislikes strict dress codes and rigid schedules at work",
        "Avoids jobs that require frequent business travel",
    ),
    "learning": (
        "Prefers in-person classes over online courses",
        "Learns best with hands-on interactive lessons",
        "Dislikes textbooks and lectures",
        "Is learning a new language",
        "Prefers video tutorials and study groups",
        "Learns best from visual material like diagrams and videos",
        "Prefers self-paced study to scheduled lectures",
        "Dislikes rote memorization and prefers understanding concepts",
    ),
    "communication": (
        "Prefers short, concise answers",
        "Wants answers in bullet points",
        "Prefers a formal tone in emails",
        "Doesn't want emojis in responses",
        "Prefers explanations with code examples",
    ),
    "movies": (
        "Loves science fiction movies and TV shows",
        "Dislikes reality shows and horror films",
        "Dislikes violent or scary films",
    ),
    "music": (
        "Enjoys jazz and classical music concerts",
        "Listens to podcasts on the commute",
        "Dislikes loud electronic music and prefers acoustic songs",
        "Only listens to independent artists, not chart hits",
    ),
    "books": (
        "Likes reading fantasy novels and non-fiction books",
        "Prefers printed books to e-books",
        "Dislikes long series and prefers standalone novels",
        "Avoids violent or dark stories",
    ),
    "games": (
        "Enjoys playing strategy video games",
        "Dislikes violent shooter games",
        "Prefers single-player story games to online multiplayer",
        "Avoids games with in-app purchases",
    ),
    "sports": (
        "Likes watching live football and basketball games",
        "Dislikes contact sports and competitive team games",
        "Prefers individual sports like tennis, golf or climbing",
        "Follows motorsport and prefers watching games in person at the stadium",
        "Doesn't enjoy water sports or winter sports",
    ),
    "fashion": (
        "Prefers sustainable clothing brands",
        "Likes vintage fashion and comfortable shoes",
        "Avoids fast fashion and synthetic fabrics",
        "Prefers neutral colours and classic cuts to flashy trends",
        "Dislikes tight clothes and prefers loose, breathable fabrics",
    ),
    "beauty": (
        "Prefers cruelty-free cosmetics and skincare products",
        "Has sensitive skin and uses hypoallergenic products",
        "Avoids cosmetics with parabens, sulfates or strong perfume",
        "Prefers a minimal makeup look and simple skincare",
    ),
    "vehicles": (
        "Prefers buying a used car over a new one",
        "Needs a car with lots of seats and cargo space",
        "Values safety features and reliability over speed in a car",
        "Dislikes large SUVs and trucks",
    ),
    "shopping": ("Likes shopping at local independent stores",),
    "health": (
        "Has a peanut allergy",
        "Avoids prescription medication and prefers natural remedies",
        "Has back problems and chronic pain",
        "Prefers meditation for stress and anxiety",
        "Has asthma and is sensitive to smoke and pollen",
        "Has a chronic condition that limits what activities and foods are safe",
        "Avoids caffeine and alcohol for health reasons",
        "Dislikes swallowing pills and prefers teas or foods for wellbeing",
    ),
    "fitness": (
        "Enjoys running and going to the gym",
        "Prefers yoga and low-impact exercise",
        "Dislikes team sports and swimming",
        "Likes hiking, cycling and outdoor workouts",
        "Does strength training three times a week",
        "Avoids high-impact exercise because of knee problems",
        "Prefers working out at home without gym equipment",
        "Dislikes group fitness classes and prefers exercising alone",
        "Doesn't use fitness trackers or workout apps",
    ),
    "pets": (
        "Has a dog",
        "Has two cats",
        "Prefers natural food and toys for their pet",
        "Is a dog owner who likes long walks with the dog",
    ),
    "family": (
        "Has two young children",
        "Has a wife",
        "Is married with kids",
        "Prefers family-friendly activities with their kids",
    ),
    "home": (
        "Prefers minimalist furniture and neutral colors",
        "Dislikes carpets and floral patterns in home decor",
        "Likes gardening and houseplants",
        "Prefers smart home devices and energy-efficient appliances",
        "Lives in a small apartment",
        "Dislikes plastic and cheap-looking furniture",
        "Prefers warm wood and natural materials in the house",
        "Avoids bright colours and busy patterns in interiors",
    ),
    "technology": (
        "Prefers Android phones over iPhones",
        "Uses Linux and open-source software",
        "Prefers Python for programming",
        "Dislikes smartwatches and wearable gadgets",
        "Likes building PCs and tinkering with laptops",
    ),
    "finance": (
        "Has a budget under $500",
        "Is saving money for a house",
        "Prefers low-risk investments",
        "Is on a tight budget and avoids expensive brands",
    ),
    "location": (
        "Lives in Berlin",
        "Moved to Toronto last year",
        "Is from a small town in Italy",
        "Grew up in the countryside",
        "Prefers living in quiet suburbs or small towns rather than busy cities",
        "Dislikes cold winters and prefers a mild climate",
        "Wants to live near nature, parks or the sea",
    ),
}
STATEMENTS = {name: PROTOTYPES[name] + EXAMPLES.get(name, ()) for name in PROTOTYPES}

# How people ask for things in each category: a request's topics are read against these.
REQUEST_PROTOTYPES: dict[str, tuple[str, ...]] = {
    "food": (
        "can you recommend a restaurant or some local dishes to try",
        "what should I cook for dinner, give me a recipe idea",
        "what snacks or meals should I order",
        "where should I eat tonight",
        "what dishes should I try at a local restaurant",
    ),
    "travel": (
        "plan my trip: what should I see and do on vacation",
        "recommend attractions, tours and outdoor adventures for my holiday",
        "suggest a hotel or where to stay on my trip",
        "what are some fun things to do when I visit this city",
        "what activities would you suggest during my stay abroad",
        "what evening entertainment is there on my trip",
    ),
    "transportation": (
        "how should I get from the airport to my hotel",
        "what is the best way to get around the city",
        "which flight, train or rental car should I book",
        "how do I get to the city center",
        "should I take a taxi, the subway or a bus",
    ),
    "learning": (
        "how should I study for my exam",
        "recommend a course or resources to learn a new skill",
        "how can I learn this topic effectively",
        "what is the best way to practise a new language",
    ),
    "movies": ("recommend a movie or a TV series to watch tonight",),
    "music": (
        "recommend some music, artists, albums or a playlist",
        "suggest a podcast or a concert to go to",
    ),
    "books": (
        "recommend a book or a novel to read",
        "suggest some titles for my reading list",
    ),
    "games": (
        "recommend a video game to play",
        "suggest a board game or a game for my phone",
    ),
    "sports": (
        "which sport should I take up, or which match should I watch",
        "training tips and gear for running, cycling or my next race",
        "what sports can I play or watch while I'm visiting",
        "recommend sports equipment or sports nutrition for my training",
        "which sporting events should I attend",
    ),
    "fitness": (
        "suggest a workout routine or exercises",
        "how can I get fit, build muscle or improve my cardio",
        "what kind of exercise class should I join",
        "how can I improve my endurance and strength",
        "what should I eat before and after a workout",
    ),
    "health": (
        "how can I treat a headache, a cold or back pain",
        "tips to sleep better and reduce stress",
        "which foods or supplements would make me healthier",
        "how can I manage my symptoms naturally",
        "what can I do to improve my overall health and wellbeing",
        "what remedies help with allergies or a sore throat",
    ),
    "beauty": (
        "recommend skincare or makeup products",
        "suggest a hair care routine or a fragrance",
        "what products should I use for my skin or hair",
    ),
    "fashion": (
        "what should I wear, give me outfit ideas",
        "recommend clothes, shoes or a jacket to buy",
        "what should I wear to this event",
    ),
    "home": (
        "how should I decorate or furnish my room",
        "recommend furniture or kitchen appliances for my home",
        "ideas for my garden or patio",
        "how can I make my living room more cosy",
    ),
    "shopping": (
        "where should I buy this, which brand or store",
        "gift ideas and good deals",
    ),
    "technology": (
        "which phone, laptop or gadget should I buy",
        "recommend an app or a software tool",
    ),
    "vehicles": (
        "which car should I buy",
        "recommend a vehicle for my commute or my family",
        "what car models fit my needs",
        "which SUV or sedan would you recommend",
    ),
    "pets": (
        "how should I care for my dog or cat",
        "recommend pet food, toys or a vet",
    ),
    "work": (
        "advice for my job or career",
        "how should I organise my work and meetings",
        "how can I be more productive at work",
        "what kind of workplace would suit me",
    ),
    "communication": (
        "write this for me",
        "explain this to me",
        "help me with this code",
    ),
    "family": (
        "activities to do with my kids or family",
        "gift ideas for my partner or my parents",
    ),
    "location": (
        "which city or neighbourhood should I move to",
        "where should I live for a new job",
        "which neighbourhood would suit me",
        "where should I relocate",
    ),
    "finance": (
        "how should I invest or save money",
        "help me make a budget",
    ),
}
