"""The preference dimensions that usually matter for requests of each category of the taxonomy
(:mod:`memory.taxonomy.prototypes`), with the one-line question an assistant may ask when the user's memory is silent on
one. Data only; :mod:`memory.recall.elicit` reads requests and memories against it.

``about``: how a memory that covers the dimension reads (embedded, compared with the user's memories);
``words``: words such a memory often holds; ``also``: other categories where such memories are filed;
``when``: for a dimension that only matters for some requests of its category, words the request holds.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Dimension:
    key: str
    category: str
    question: str
    about: tuple[str, ...]
    words: tuple[str, ...] = ()
    also: tuple[str, ...] = ()
    when: tuple[str, ...] = ()


def _d(category: str, key: str, question: str, about: str, words: str = "", **kw: tuple[str, ...]) -> Dimension:
    return Dimension(key, category, question, tuple(about.split("; ")), tuple(words.split()), **kw)


_BUDGET = "budget; price range; cheap or expensive; how much money to spend"
_BUDGET_WORDS = "budget cheap expensive affordable price prices splurge luxury frugal"
DIMENSIONS: tuple[Dimension, ...] = (
    _d("food", "diet", "Any dietary restrictions or allergies I should know about?",
       "vegetarian or vegan diet; food allergy or intolerance; does not eat meat, pork, gluten or dairy",
       "vegetarian vegan allergic allergy intolerant intolerance gluten dairy halal kosher pescatarian meat "
       "diet lactose keto", also=("health",)),
    _d("food", "cuisine", "Which cuisines or dishes do you enjoy most?",
       "loves Italian, Thai, Mexican or Japanese food; favourite cuisine and dishes; likes spicy food",
       "cuisine italian thai mexican japanese indian chinese french spicy sushi curry pasta dishes"),
    _d("food", "budget", "What price range suits you for eating out?", _BUDGET, _BUDGET_WORDS,
       also=("finance", "shopping")),
    _d("travel", "budget", "What's your budget for this trip?", _BUDGET, _BUDGET_WORDS,
       also=("finance", "shopping")),
    _d("travel", "style", "Do you prefer relaxing, sightseeing or adventure when you travel?",
       "prefers relaxing beach holidays; loves adventure and hiking trips; likes museums and city sightseeing",
       "adventure relaxing beach museums sightseeing hiking nature culture nightlife quiet crowds"),
    _d("travel", "lodging", "What kind of place do you like to stay in?",
       "prefers hotels, hostels, boutique hotels or rentals; likes staying in apartments; camping",
       "hotel hotels hostel hostels airbnb apartment rentals camping resort boutique"),
    _d("transportation", "mode", "How do you prefer to get around: public transport, taxi or driving?",
       "prefers public transport; likes to drive or rent a car; takes taxis or ride-sharing; cycles",
       "transit subway train trains bus taxi uber drive driving car bike cycling walk walking"),
    _d("learning", "style", "How do you learn best: videos, reading, classes or hands-on practice?",
       "prefers video tutorials; learns best by doing; likes in-person classes; prefers reading books",
       "videos video hands-on practice classes in-person online reading textbooks tutorials courses"),
    _d("learning", "level", "How much do you already know about this?",
       "is a beginner; has some experience; is an expert at it; is learning the basics",
       "beginner intermediate advanced expert experienced novice basics"),
    _d("movies", "genres", "What kinds of movies or shows do you usually enjoy?",
       "loves science fiction movies; likes comedies; enjoys documentaries; dislikes horror films",
       "comedy comedies horror documentary documentaries sci-fi thriller drama romance action animated"),
    _d("music", "genres", "What music do you usually listen to?",
       "loves jazz; likes rock and indie music; listens to classical music; enjoys hip-hop",
       "jazz rock pop classical indie hip-hop rap metal electronic folk country"),
    _d("books", "genres", "What kinds of books do you enjoy?",
       "likes fantasy novels; reads mostly non-fiction; enjoys mysteries and thrillers; loves poetry",
       "fantasy fiction non-fiction nonfiction mystery mysteries thriller biography poetry novels"),
    _d("games", "platform", "Which platform do you play on?",
       "plays on PC; owns a PlayStation or Xbox; plays on Nintendo Switch; mobile games on the phone",
       "pc playstation xbox switch nintendo console mobile steam"),
    _d("sports", "sports", "Which sports do you play or follow?",
       "plays tennis; follows football; runs marathons; enjoys cycling and swimming",
       "football soccer tennis basketball running cycling swimming golf climbing marathon"),
    _d("fitness", "level", "How would you describe your current fitness level?",
       "is a beginner at working out; trains five times a week; is very fit; just started exercising",
       "beginner fit active sedentary intermediate advanced athlete"),
    _d("fitness", "limits", "Any injuries or health limits I should plan around?",
       "has a knee injury; bad back; asthma; cannot do high-impact exercise",
       "injury injured knee back asthma pain condition surgery", also=("health",)),
    _d("health", "conditions", "Any health conditions or medications I should keep in mind?",
       "has diabetes; takes blood pressure medication; is pregnant; has a heart condition",
       "diabetes diabetic medication medications pregnant condition allergy allergic asthma chronic",
       also=("food", "fitness")),
    _d("beauty", "skin", "What's your skin or hair type?",
       "has sensitive skin; dry skin; oily skin; curly hair; prefers fragrance-free products",
       "sensitive dry oily combination curly fragrance-free skin hair"),
    _d("fashion", "style", "How would you describe your style?",
       "prefers casual clothes; likes minimalist neutral colours; dresses formally; loves vintage",
       "casual minimalist formal vintage sporty colours colors style neutral"),
    _d("fashion", "budget", "What price range are you looking at?", _BUDGET, _BUDGET_WORDS,
       also=("finance", "shopping")),
    _d("home", "style", "What style do you like for your home?",
       "likes modern minimalist decor; prefers rustic wooden furniture; Scandinavian style; cosy",
       "modern minimalist rustic scandinavian cosy cozy industrial decor style wooden"),
    _d("home", "budget", "What's your budget for this?", _BUDGET, _BUDGET_WORDS, also=("finance", "shopping")),
    _d("shopping", "budget", "What's your budget?", _BUDGET, _BUDGET_WORDS, also=("finance",)),
    _d("technology", "platform", "Which devices or operating system do you use?",
       "uses an iPhone; prefers Android; works on a Mac; uses Windows or Linux",
       "iphone android mac macos windows linux apple samsung pixel"),
    _d("technology", "budget", "What's your budget for this?", _BUDGET, _BUDGET_WORDS, also=("finance", "shopping")),
    _d("vehicles", "use", "What will you mostly use the car for?",
       "commutes to work by car; needs a family car; drives long distances; wants an electric car",
       "commute family electric hybrid suv sedan mileage kids"),
    _d("vehicles", "budget", "What's your budget for the car?", _BUDGET, _BUDGET_WORDS, also=("finance",)),
    _d("pets", "pet", "What pet do you have, and how old is it?",
       "has a dog; owns two cats; has a puppy; keeps a rabbit",
       "dog dogs cat cats puppy kitten rabbit pet"),
    _d("work", "role", "What do you do for work?",
       "works as a software engineer; is a nurse; runs a small business; is a teacher",
       "works engineer developer nurse teacher manager designer business job role"),
    _d("communication", "length", "Do you prefer short answers or detailed explanations?",
       "prefers short, concise answers; wants detailed explanations; likes bullet points",
       "short concise brief detailed thorough verbose length bullet"),
    _d("communication", "language", "Which programming language should I use?",
       "prefers Python for code examples; uses TypeScript; writes Go; codes in Java",
       "python typescript javascript go golang rust java kotlin swift ruby php",
       also=("technology", "work"), when=("code", "function", "script", "program", "bug", "debug", "api", "sql")),
    _d("family", "household", "Who is this for: how old are the kids, or who else is involved?",
       "has two young children; has a teenage son; lives with a partner; cares for elderly parents",
       "kids children son daughter partner wife husband parents toddler teenager"),
    _d("location", "priorities", "What matters most to you in a place to live?",
       "wants a quiet neighbourhood; needs good schools nearby; prefers city centre; likes green space",
       "quiet schools commute walkable nightlife green parks neighbourhood neighborhood"),
    _d("finance", "risk", "How much risk are you comfortable with?",
       "prefers low-risk investments; is comfortable with high risk; invests for the long term",
       "risk risky conservative aggressive safe long-term retirement"),
)  # fmt: skip
