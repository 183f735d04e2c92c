"""Issue 13, twenty-sixth pass: wishes said to the assistant for a situation, praise of an answer's form, and a
thing kept to beside the thing turned down.

"If I'm asking about code, just show me the code.", "If you give me a recipe, use grams please." and "For anything
medical, be straight with me" read nothing; "Whenever I ask for a summary, keep it to 3 bullets." was a constraint
("Needs 3 bullets"); "Good. More like this." after numbered steps read nothing; "Manual transmission only,
automatics bore me." kept only the dislike.
"""

from __future__ import annotations

import pytest

from agents.offline.praised_form import praised_form
from agents.offline.reader import read_turn
from memory.types import MemoryKind

P, D, S = MemoryKind.preference, MemoryKind.dislike, MemoryKind.style


@pytest.mark.parametrize(
    ("turn", "text", "context"),
    [
        (
            "If I'm asking about code, just show me the code.",
            "Wants the assistant to just show them the code",
            "if asking about code",
        ),
        (
            "If you give me a recipe, use grams please.",
            "Wants the assistant to use grams",
            "when the assistant gives them a recipe",
        ),
        (
            "If you suggest restaurants, include the price range.",
            "Wants the assistant to include the price range",
            "when the assistant suggests restaurants",
        ),
        (
            "If I ask you for a workout, keep it under 30 minutes.",
            "Wants the assistant to keep it under 30 minutes",
            "when asking for a workout",
        ),
        (
            "For anything medical, be straight with me, no sugar coating.",
            "Wants the assistant to be straight with them, no sugar coating",
            "for anything medical",
        ),
        ("When I'm stressed, be gentle with me.", "Wants the assistant to be gentle with them", "when stressed"),
        ("If I ask about history, be detailed.", "Wants the assistant to be detailed", "if asking about history"),
        (
            "Whenever I ask for a summary, keep it to 3 bullets.",
            "Wants answers: 3 bullets",
            "whenever asking for a summary",
        ),
    ],
)
def test_a_wish_said_to_the_assistant_for_a_situation_is_a_style_kept_there(turn: str, text: str, context: str) -> None:
    assert [(d.text, d.kind, d.context) for d in read_turn(turn)] == [(text, S, context)]


@pytest.mark.parametrize(
    "turn",
    [
        "If you get a chance, send me the file.",
        "If you write the email, keep it short.",
        "If you give me a recipe tonight, use grams.",
        "If I'm asking about code, should I show you the code?",
    ],
)
def test_a_wish_for_one_task_or_a_question_is_no_memory(turn: str) -> None:
    assert read_turn(turn) == []


@pytest.mark.parametrize(
    ("turn", "texts"),
    [
        (
            "Manual transmission only, automatics bore me.",
            [("Finds automatics boring", D), ("Prefers manual transmission", P)],
        ),
        ("Cash only, I don't trust apps.", [("Doesn't trust apps", D), ("Prefers cash", P)]),
        ("Italian mostly, I find French food too rich.", [("Finds French food too rich", D), ("Prefers Italian", P)]),
        ("Film cameras mostly, digital feels soulless.", [("Finds digital soulless", D), ("Prefers film cameras", P)]),
        ("Paperbacks only, hardcovers are too heavy.", [("Finds hardcovers too heavy", D), ("Prefers paperbacks", P)]),
    ],
)
def test_a_thing_kept_to_beside_a_dislike_is_read_too(turn: str, texts: list[tuple[str, MemoryKind]]) -> None:
    assert [(d.text, d.kind) for d in read_turn(turn)] == texts


@pytest.mark.parametrize(
    "turn", ["Weekends only, I hate working late.", "Two tickets only, my wife hates crowds.", "Cash only?"]
)
def test_a_time_a_count_or_a_question_kept_to_is_no_preference(turn: str) -> None:
    assert [d.kind for d in read_turn(turn) if d.kind is P] == []


@pytest.mark.parametrize(
    ("turn", "text"),
    [("Imperial confuses me.", "Finds Imperial confusing"), ("Jazz puts me to sleep.", "Finds Jazz boring")],
)
def test_what_a_thing_does_to_the_user_says_how_they_find_it(turn: str, text: str) -> None:
    assert [(d.text, d.kind) for d in read_turn(turn)] == [(text, D)]


_STEPS = "1. Turn off the water. 2. Remove the handle. 3. Replace the cartridge."
_DAYS = "Day 7: confirm the van. Day 5: defrost the freezer. Day 3: pack the kitchen."
_TABLE = "Sizes: | vintage | modern | | 14 | 10 | | 16 | 12 |"
_BULLETS = "Shopping list:\n- flour\n- sugar\n- eggs"
_PROSE = (
    "A black hole is a region where gravity is so strong that nothing, not even light, can escape once it crosses "
    "the event horizon, the boundary of no return around the singularity at its centre."
)


@pytest.mark.parametrize(
    ("answer", "turn", "text"),
    [
        (_STEPS, "Good. More like this.", "Likes answers as short numbered steps"),
        (_DAYS, "Perfect format, exactly this.", "Likes answers as a day-by-day timeline"),
        (_TABLE, "perfect, keep it like this", "Likes answers as a table"),
        (_BULLETS, "this format is perfect", "Likes answers as short bullet points"),
        ("Cleanser, moisturiser and SPF.", "Perfect, short like this is great.", "Likes short answers"),
        (
            "Five puzzles with diagrams.",
            "always give me diagrams like that, words alone dont work",
            "Wants answers with diagrams",
        ),
        ("Cleanser, moisturiser and SPF.", "perfect length", "Likes short answers"),
    ],
)
def test_praise_of_an_answers_form_says_what_the_answer_looked_like(answer: str, turn: str, text: str) -> None:
    assert [(d.text, d.kind) for d in read_turn(turn, answer)] == [(text, S)]


@pytest.mark.parametrize(
    ("answer", "turn"),
    [
        ("Here's your poem: roses are red.", "love it, more like this"),  # the poem, not its form
        (_PROSE, "more like this please"),  # a long answer of no form that can be told
        (_STEPS, "good but shorter next time"),  # a correction, read by the feedback cues
        (_STEPS, "don't do it like that"),
        ("React components are functions that return UI.", "this is perfect, exactly the level I need"),
        ("Lisbon to Porto is an easy train ride.", "perfect, what's the cheapest way to book?"),
    ],
)
def test_praise_of_content_or_a_correction_is_no_liked_form(answer: str, turn: str) -> None:
    assert praised_form(turn, answer) is None


def test_praise_needs_an_answer_before_it() -> None:
    assert praised_form("Good. More like this.", None) is None
    assert read_turn("Good. More like this.") == []


@pytest.mark.parametrize(
    ("turn", "text"),
    [
        ("Tennis on Sundays. Need a racket for a beginner.", "Plays tennis on Sundays"),
        ("Yoga on weekday mornings.", "Does yoga on weekday mornings"),
        ("Swimming twice a week.", "Goes swimming twice a week"),
        ("gym 4x a week", "Goes to the gym 4x a week"),
        ("Choir every Thursday.", "Goes to choir every Thursday"),
        ("Climbing 3 times a week with my brother.", "Goes climbing 3 times a week with their brother"),
        ("Running every morning before work.", "Goes running every morning before work"),
        ("Pilates on Tuesdays and Thursdays.", "Does pilates on Tuesdays and Thursdays"),
        ("Church on Sundays, so mornings are out.", "Goes to church on Sundays"),
        ("Mac user since forever.", "Uses Mac"),
        ("im pretty shy in big groups so i'd rather do one on one stuff", "Is shy in big groups"),
        ("I've got a tent and a hammock.", "Has a hammock"),
    ],
)
def test_a_routine_or_a_trait_said_tersely_is_a_fact(turn: str, text: str) -> None:
    assert (text, MemoryKind.fact) in [(d.text, d.kind) for d in read_turn(turn)]


@pytest.mark.parametrize(
    "turn", ["Dinner on Sunday.", "Tennis tomorrow.", "Meetings on Mondays.", "Tennis on Sundays?", "Tennis."]
)
def test_a_one_off_time_or_no_activity_is_no_routine(turn: str) -> None:
    assert read_turn(turn) == []


@pytest.mark.parametrize(
    ("turn", "text"),
    [
        (
            "Please answer me in short sentences, I translate everything with my phone.",
            "Prefers answers in short sentences",
        ),
        ("Please use short sentences, I am dyslexic.", "Prefers answers in short sentences"),
        ("no need to explain the basics", "Wants answers that skip the basics"),
        ("you don't need to explain the basics, I'm a realtor", "Wants answers that skip the basics"),
        ("Don't explain the basics to me.", "Wants answers that skip the basics"),
    ],
)
def test_a_wish_about_answers_said_with_a_standing_reason_lasts(turn: str, text: str) -> None:
    assert (text, S) in [(d.text, d.kind) for d in read_turn(turn)]


@pytest.mark.parametrize(
    "turn",
    [
        "Please answer in short sentences.",  # asked once, nothing that makes it last
        "Please keep it short, I'm in a hurry.",
        "there's no need to explain the basics of the tax code to my client",
    ],
)
def test_a_wish_for_this_answer_is_no_style(turn: str) -> None:
    assert [d.text for d in read_turn(turn) if d.kind is S] == []


@pytest.mark.parametrize(
    ("turn", "text"),
    [
        ("i learn german in evening school", "Is learning german in evening school"),
        ("I learn Spanish since two years.", "Has been learning Spanish for two years"),  # the span kept
        ("I learn English words every day.", "Learns English words every day"),
        ("When I learn French I use Duolingo.", "Uses Duolingo"),
    ],
)
def test_a_language_learned_said_in_the_simple_present_is_being_learned(turn: str, text: str) -> None:
    assert [d.text for d in read_turn(turn)] == [text]


@pytest.mark.parametrize(
    ("turn", "text"),
    [
        ("i'm a single dad so i really need meals that take under 20 mins", "Needs meals that take under 20 mins"),
        ("I'm diabetic so I need low sugar recipes.", "Needs low sugar recipes"),
        ("I'm on a budget so I need cheap options.", "Needs cheap options"),
        ("I'm a nurse so I need shoes I can stand in all day.", "Needs shoes they can stand in all day"),
    ],
)
def test_a_kind_of_thing_needed_because_of_who_the_user_is_is_a_constraint(turn: str, text: str) -> None:
    assert (text, MemoryKind.constraint) in [(d.text, d.kind) for d in read_turn(turn)]


@pytest.mark.parametrize(
    "turn",
    [
        "I need low sugar recipes.",  # no fact about the user: a request
        "I have two dogs so I need a car with a big boot.",  # one purchase
        "I travel a lot so I need something compact.",
        "I'm diabetic so I need low sugar recipes for tonight.",
        "I'm diabetic so do I need low sugar recipes?",
        "If I'm diabetic so I need low sugar recipes.",
    ],
)
def test_a_need_for_one_thing_or_not_after_a_fact_is_no_memory(turn: str) -> None:
    assert [d.text for d in read_turn(turn) if d.text.startswith("Needs")] == []


@pytest.mark.parametrize(
    ("turn", "text", "kind"),
    [
        ("Earth tones suit me best.", "Prefers Earth tones", P),
        ("V-necks look best on me.", "Prefers V-necks", P),
        ("High heels kill my feet so flats for me.", "High heels hurt their feet", MemoryKind.constraint),
        ("Heavy bags hurt my shoulders.", "Heavy bags hurt their shoulders", MemoryKind.constraint),
        ("I'm self employed.", "Is self-employed", MemoryKind.fact),
        ("I'm in recovery, so no alcohol suggestions.", "Is in recovery", MemoryKind.constraint),
        ("I see a physio every week.", "Sees a physio every week", MemoryKind.fact),
        ("I see a therapist weekly.", "Sees a therapist weekly", MemoryKind.fact),
    ],
)
def test_what_suits_or_hurts_the_user_and_what_they_keep_up(turn: str, text: str, kind: MemoryKind) -> None:
    assert [(d.text, d.kind) for d in read_turn(turn)] == [(text, kind)]


@pytest.mark.parametrize(
    "turn",
    [
        "Tuesday works for me.",  # a time agreed, not a taste
        "The second one suits me.",
        "Doesn't suit me.",
        "I'm in recovery from knee surgery.",
        "I see a doctor tomorrow.",
        "My car is my baby, a 1998 Miata.",  # a likeness, no child
    ],
)
def test_an_agreement_a_one_off_or_a_likeness_is_no_such_memory(turn: str) -> None:
    assert [d.text for d in read_turn(turn)] == []


def test_a_pet_called_the_users_baby_is_a_pet() -> None:
    assert [d.text for d in read_turn("My dog is my baby.")] == ["Has a dog"]


@pytest.mark.parametrize(
    ("turn", "texts"),
    [
        ("One-pot meals are my go-to.", ["Likes One-pot meals"]),  # "One" is no pointer to an option here
        ("Canon shooter for 10 years.", ["Shoots on Canon"]),
        ("I work in IT.", ["Works in IT"]),
        ("I work in IT so you can skip the basics.", ["Wants answers that skip the basics", "Works in IT"]),
        ("I am a nurse, so you can skip the basics.", ["Wants answers that skip the basics", "Is a nurse"]),
        ("Our cat is diabetic.", ["Has a cat that is diabetic"]),
        ("I'm a beginner in Spanish, A2.", ["Is a beginner in Spanish, A2", "Is at A2 level"]),
    ],
)
def test_more_everyday_statements_read_in_good_words(turn: str, texts: list[str]) -> None:
    assert [d.text for d in read_turn(turn)] == texts


def test_fragments_after_an_animal_are_the_animals() -> None:
    assert read_turn("Senior dog, 13, arthritis.") == []
    assert [d.text for d in read_turn("Bad hip, no running.")] == ["Has a bad hip", "Avoids running"]


@pytest.mark.parametrize(
    ("turn", "texts"),
    [
        ("When I run in the morning I skip breakfast.", [("Skips breakfast", "when running in the morning")]),
        ("Fridays I work from home.", [("Works from home", "on Fridays")]),
        (
            "At work I wear a suit, weekends it's jeans.",
            [("Wears a suit", "at work"), ("Prefers jeans", "on weekends")],
        ),
    ],
)
def test_a_habit_of_the_users_own_in_a_situation_is_no_wish_to_the_assistant(
    turn: str, texts: list[tuple[str, str]]
) -> None:
    assert [(d.text, d.context) for d in read_turn(turn)] == texts


_HOTELS = "Options: 1) Hotel Marina, beachfront, $200. 2) City Inn, downtown, $120. 3) Hilltop Lodge, quiet, $150."
_CURRIES = "You could try: a Thai green curry (spicy), a mild chicken korma, or a lentil dal."


def test_an_option_picked_by_the_start_of_one_of_its_words_is_the_pick() -> None:
    assert [d.text for d in read_turn("the one by the beach", _HOTELS)] == ["Prefers Hotel Marina, beachfront, $200"]


def test_what_does_not_agree_with_the_user_is_the_bodys_limit() -> None:
    drafts = read_turn("the mild one, spice doesn't agree with me", _CURRIES)
    assert [(d.text, d.kind) for d in drafts] == [
        ("Prefers a mild chicken korma", P),
        ("Spice doesn't agree with them", MemoryKind.constraint),
    ]
    assert [(d.text, d.kind) for d in read_turn("Dairy doesn't agree with me.")] == [
        ("Dairy doesn't agree with them", MemoryKind.constraint)
    ]
    assert [d.text for d in read_turn("Camping doesn't appeal to me.")] == ["Dislikes camping"]


@pytest.mark.parametrize(
    ("turn", "text"),
    [
        ("Android, Pixel 7.", "Uses Android, Pixel 7"),
        ("iPhone 13, iOS 17.", "Uses iPhone 13, iOS 17"),
        ("Windows 11, Dell XPS.", "Uses Windows 11, Dell XPS"),
        ("Still on Windows 10.", "Uses Windows 10"),
    ],
)
def test_a_system_or_device_named_tersely_is_what_the_user_is_on(turn: str, text: str) -> None:
    assert [(d.text, d.kind) for d in read_turn(turn)] == [(text, MemoryKind.fact)]


@pytest.mark.parametrize("turn", ["Linux or Mac?", "On Windows today.", "my windows face south"])
def test_a_question_a_one_off_or_a_window_is_no_system(turn: str) -> None:
    assert [d.text for d in read_turn(turn) if d.text.startswith("Uses")] == []


@pytest.mark.parametrize(
    ("turn", "text"),
    [
        ("Freelance designer.", "Is a freelance designer"),
        ("Night shift nurse.", "Is a night shift nurse"),
        ("Junior dev here.", "Is a junior dev"),
        ("Nurse here.", "Is a nurse"),
    ],
)
def test_a_job_said_alone_in_a_few_words_is_the_users(turn: str, text: str) -> None:
    assert [(d.text, d.kind) for d in read_turn(turn)] == [(text, MemoryKind.fact)]


@pytest.mark.parametrize("turn", ["Coach.", "Business class.", "The designer."])
def test_one_bare_word_that_may_be_a_pick_is_no_job(turn: str) -> None:
    assert read_turn(turn) == []


def test_a_quality_said_alone_stays_unread_without_the_thing_kept() -> None:
    assert read_turn("Digital feels soulless.") == []  # a remark on one option as often as a taste


@pytest.mark.parametrize(
    ("turn", "text"),
    [
        ("Nut allergy.", "Has a nut allergy"),
        ("Nut allergy, severe.", "Has a severe nut allergy"),
        ("Peanut allergy. Snack ideas?", "Has a peanut allergy"),
        ("No caffeine after 2pm, I won't sleep.", "Avoids caffeine after 2pm"),
        ("No coffee after 4, it keeps me up.", "Avoids coffee after 4"),
    ],
)
def test_an_allergy_named_alone_or_a_limit_kept_for_sleep_is_a_constraint(turn: str, text: str) -> None:
    assert [(d.text, d.kind) for d in read_turn(turn)] == [(text, MemoryKind.constraint)]


@pytest.mark.parametrize(
    "turn", ["Gift for my dad. Nut allergy.", "No allergies.", "No coffee tonight, I won't sleep."]
)
def test_someone_elses_allergy_none_or_a_one_off_is_no_constraint(turn: str) -> None:
    assert [d.text for d in read_turn(turn) if d.kind is MemoryKind.constraint] == []
