"""Tenth pass (issue 14, session 31): life circumstances that trying the product found left out of the requests
they bear on. Conversations written for the purpose were learned by the offline extractor and then asked about:
"Is breastfeeding" stayed out of "Can I have a glass of wine tonight?" and "What should I eat this week?";
"Works rotating shifts as a paramedic" out of a weekly meal plan and a workout plan; "Has ADHD" out of a study
schedule; "Is changing careers from teaching to UX design" out of how to prepare for a job interview. None of
the earlier topics held these memories, so no request could learn to use them.

Four topics, each with the requests of others that it bears on (``USES_LIFE``), written for this pass, none from
a benchmark:

- ``pregnancy``: pregnant, breastfeeding, trying to conceive; used by food, drink, medicine, exercise, skin care,
  gatherings and trips;
- ``shift_work``: nights, rotating shifts, on call, early starts; used by meals, workouts, sleep, planning a week,
  studying and seeing friends;
- ``attention``: ADHD, dyslexia, being easily overwhelmed or distracted; used by studying, planning work, reading
  and gatherings;
- ``career_change``: retraining, changing field, going back to work, being laid off; used by the job topics
  (a CV, an interview, a raise), studying and money.
"""

from __future__ import annotations

from training.relevance.topics import Topic

LIFE_TOPICS: tuple[Topic, ...] = (
    Topic(
        "pregnancy",
        "health",
        (
            "Is pregnant",
            "Is breastfeeding",
            "I'm 20 weeks pregnant with our first",
            "Is nursing a three-month-old",
            "Is trying to get pregnant",
            "Is in her third trimester",
            "I'm expecting twins in March",
            "Is pumping milk for her baby",
        ),
        (
            "Is it safe for me to take a hot bath?",
            "Which painkillers can I take right now?",
            "How much caffeine is okay for me?",
            "What should I pack in my hospital bag?",
            "Can I still go running?",
        ),
        ("food_allergy", "diet", "medical"),
    ),
    Topic(
        "shift_work",
        "work",
        (
            "Works rotating shifts as a paramedic",
            "Works night shifts at the hospital",
            "I work 12-hour shifts three days a week",
            "Is on call every other week",
            "Starts work at 5am on the bakery's early shift",
            "Works weekends at a restaurant",
            "My shifts change every week",
            "I'm a nurse on nights",
        ),
        (
            "When should I sleep after a run of nights?",
            "How do I keep a routine when my hours keep changing?",
            "How can I stay alert at 4am?",
            "Tips for eating well on a late shift",
        ),
        ("sleep", "work_habits"),
    ),
    Topic(
        "attention",
        "health",
        (
            "Has ADHD",
            "I have ADHD and lose focus fast",
            "Is dyslexic",
            "Gets overwhelmed in loud, busy places",
            "Finds it hard to concentrate for long stretches",
            "Is autistic and needs routines",
            "I was diagnosed with ADHD last year",
        ),
        (
            "How can I stop procrastinating?",
            "Tips to focus when working from home",
            "How do I keep track of everything I need to do?",
            "How can I stop getting distracted by my phone?",
        ),
        ("work_habits", "study"),
    ),
    Topic(
        "career_change",
        "work",
        (
            "Is changing careers from teaching to UX design",
            "Is retraining as a nurse after ten years in retail",
            "Just finished a coding bootcamp after working in hospitality",
            "Is going back to work after five years at home with the kids",
            "Was laid off in May and is looking for work",
            "I'm moving from finance into teaching",
            "Is leaving the army for a civilian job",
        ),
        (
            "How do I explain a gap in my work history?",
            "Which of my skills carry over to a new field?",
            "Should I take a pay cut to switch fields?",
            "How do I network in an industry where I know nobody?",
        ),
        ("profession", "study", "budget"),
    ),
)

USES_LIFE: dict[str, tuple[str, ...]] = {
    "diet": ("pregnancy", "shift_work"),
    "cuisine": ("pregnancy",),
    "drinks": ("pregnancy",),
    "cafe_drinks": ("pregnancy",),
    "medical": ("pregnancy",),
    "workout": ("pregnancy", "shift_work"),
    "skincare": ("pregnancy",),
    "social": ("pregnancy", "shift_work", "attention"),
    "trip_style": ("pregnancy",),
    "sleep": ("shift_work",),
    "work_habits": ("shift_work", "attention"),
    "study": ("shift_work", "attention", "career_change"),
    "reading": ("attention",),
    "profession": ("career_change",),
    "budget": ("career_change",),
}
