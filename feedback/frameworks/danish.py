# ruff: noqa: E501  (translated sentences read better unbroken)
"""The demo framework: competencies built on the seven messages of the Danish
Leadership Commission (Ledelseskommissionen, "Sæt borgerne først", 2018)."""

from __future__ import annotations

from feedback.frameworks.service import CompetencyCommand, FrameworkCommand, ItemCommand

FAMILY = "ledelseskommissionen"
SCALE_DA = ["I meget ringe grad", "I ringe grad", "I nogen grad", "I høj grad", "I meget høj grad"]
SCALE_EN = [
    "To a very small extent",
    "To a small extent",
    "To some extent",
    "To a large extent",
    "To a very large extent",
]

# (title da, title en, description da, description en, [(item da, item en)])
_COMPETENCIES: list[tuple[str, str, str, str, list[tuple[str, str]]]] = [
    (
        "Borgeren i centrum",
        "Citizens first",
        "Budskab 1: værdiskabelsen for borgere og samfund er omdrejningspunktet.",
        "Message 1: value for citizens and society is the pivot of the organisation.",
        [
            (
                "Lederen gør det tydeligt, hvordan vores arbejde skaber værdi for borgerne.",
                "The leader makes clear how our work creates value for citizens.",
            ),
            (
                "Lederen sørger for sammenhængende forløb for borgerne på tværs af enheder.",
                "The leader ensures coherent journeys for citizens across units.",
            ),
            (
                "Lederen inddrager borgere og samarbejdspartnere som aktive partnere i opgaveløsningen.",
                "The leader involves citizens and partners as active partners in the work.",
            ),
        ],
    ),
    (
        "Omsætte politiske mål",
        "Translating political goals",
        "Budskab 2: tillid mellem politikere og ledelse; respekt for implementeringsopgaven.",
        "Message 2: trust between politicians and management; respect for implementation.",
        [
            (
                "Lederen oversætter politiske beslutninger til mening og handling for os.",
                "The leader translates political decisions into meaning and action for us.",
            ),
            (
                "Lederen løser enkeltsager med ledelse frem for nye regler og procedurer.",
                "The leader handles individual cases with leadership rather than new rules.",
            ),
            (
                "Lederen giver forandringer den tid og opbakning, de kræver.",
                "The leader gives change the time and backing it needs.",
            ),
        ],
    ),
    (
        "Inddrage medarbejderne",
        "Involving staff",
        "Budskab 3: et enkelt samarbejde, hvor dialogen handler om at skabe værdi for borgerne.",
        "Message 3: simple cooperation where dialogue is about creating value for citizens.",
        [
            (
                "Lederen inddrager mig i tilrettelæggelsen af mit arbejde.",
                "The leader involves me in organising my work.",
            ),
            (
                "Lederen skaber en tillidsfuld dialog, hvor uenighed kan komme frem.",
                "The leader creates a trusting dialogue where disagreement can be voiced.",
            ),
            (
                "Lederen tilrettelægger arbejdet fleksibelt og på tværs af fagligheder.",
                "The leader organises work flexibly and across professions.",
            ),
        ],
    ),
    (
        "Lede driften og udviklingen af den",
        "Leading and developing operations",
        "Budskab 4: ledelse tæt på driften, på grundlag af faglighed og data om effekt.",
        "Message 4: leadership close to operations, based on professional judgement and data.",
        [
            (
                "Lederen følger løbende op på resultaterne for borgerne.",
                "The leader follows up on results for citizens continuously.",
            ),
            (
                "Lederen bruger data og feedback fra borgerne til at udvikle driften.",
                "The leader uses data and citizen feedback to develop operations.",
            ),
            (
                "Lederen udøver faglig ledelse i dialog med medarbejderne.",
                "The leader exercises professional leadership in dialogue with staff.",
            ),
        ],
    ),
    (
        "Sætte retning",
        "Setting direction",
        "Budskab 5: en klar vision, forankrede værdier og en synlig leder.",
        "Message 5: a clear vision, values in practice and a visible leader.",
        [
            (
                "Lederen sætter en meningsfuld retning med en klar vision.",
                "The leader sets a meaningful direction with a clear vision.",
            ),
            (
                "Lederen oversætter organisationens mål til vores opgaver.",
                "The leader translates the organisation's goals into our tasks.",
            ),
            (
                "Lederen er synlig og tilgængelig, både indadtil og udadtil.",
                "The leader is visible and available, inside and outside.",
            ),
        ],
    ),
    (
        "Sætte holdet og gribe ind",
        "Building the team and intervening",
        "Budskab 6: sætte det rigtige hold og handle, også når det er svært.",
        "Message 6: build the right team and act, also when it is hard.",
        [
            (
                "Lederen griber ind, også når det er svært.",
                "The leader intervenes, also when it is hard.",
            ),
            (
                "Lederen handler i tide, når opgaven ikke bliver løst tilfredsstillende.",
                "The leader acts in time when work is not done satisfactorily.",
            ),
            (
                "Lederen sammensætter holdet ud fra, hvad opgaven kræver.",
                "The leader builds the team from what the task requires.",
            ),
        ],
    ),
    (
        "Lederidentitet og udvikling",
        "Leader identity and development",
        "Budskab 7 (og 5): en stærk lederidentitet og en leder, der udvikler sig.",
        "Message 7 (and 5): a strong leader identity and a leader who keeps developing.",
        [
            (
                "Lederen tager tydeligt lederrollen på sig.",
                "The leader clearly takes on the role of leader.",
            ),
            (
                "Lederen beder om feedback og bruger den til at udvikle sin ledelse.",
                "The leader asks for feedback and uses it to develop their leadership.",
            ),
            (
                "Lederen gør det tydeligt, hvilke værdier ledelsen bygger på.",
                "The leader makes clear which values their leadership rests on.",
            ),
        ],
    ),
]

QUESTIONS = [
    ("Hvad skal lederen blive ved med at gøre?", "What should the leader keep doing?"),
    (
        "Hvad skal lederen gøre mere af eller begynde på?",
        "What should the leader do more of or start?",
    ),
    (
        "Hvad skal lederen gøre mindre af eller holde op med?",
        "What should the leader do less of or stop?",
    ),
]


def danish_framework() -> FrameworkCommand:
    return FrameworkCommand(
        family=FAMILY,
        name_da="Ledelse der gør en forskel (Ledelseskommissionens 7 budskaber)",
        name_en="Leadership that makes a difference (the Leadership Commission's 7 messages)",
        description_da="Kompetencemodel bygget på Ledelseskommissionens anbefalinger, 2018.",
        description_en="Competency framework built on the Danish Leadership Commission's "
        "recommendations, 2018.",
        scale_labels_da=SCALE_DA,
        scale_labels_en=SCALE_EN,
        competencies=[
            CompetencyCommand(
                title_da=t_da,
                title_en=t_en,
                description_da=d_da,
                description_en=d_en,
                items=[ItemCommand(da, en) for da, en in items],
            )
            for t_da, t_en, d_da, d_en, items in _COMPETENCIES
        ],
        questions=QUESTIONS,
    )
