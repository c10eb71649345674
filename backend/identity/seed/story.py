"""The texts of the demo municipality: its structure, names, goals and
leadership foundation, in Danish."""

from __future__ import annotations

from datetime import date

from backend.identity.models import GoalStatus

# forvaltning -> område -> [(institution, its leader's title, its staff's titles)]
STRUCTURE: dict[str, dict[str, list[tuple[str, str, tuple[str, ...]]]]] = {
    "Børn og Unge": {
        "Dagtilbud": [
            ("Børnehuset Solsikken", "Dagtilbudsleder", ("Pædagog", "Pædagogmedhjælper")),
            ("Vuggestuen Mælkebøtten", "Dagtilbudsleder", ("Pædagog", "Pædagogmedhjælper")),
            ("Børnehaven Havørnen", "Dagtilbudsleder", ("Pædagog", "Pædagogisk assistent")),
            ("Dagplejen", "Dagplejeleder", ("Dagplejer", "Pædagogisk konsulent")),
        ],
        "Skoler": [
            ("Fjordby Skole", "Skoleleder", ("Lærer", "Pædagog", "Skolesekretær")),
            ("Strandvejens Skole", "Skoleleder", ("Lærer", "Pædagog")),
            ("Bakkeskolen", "Skoleleder", ("Lærer", "Pædagog", "Pædagogisk læringscenter")),
            ("Ungdomsskolen", "Ungdomsskoleleder", ("Underviser", "Klubmedarbejder")),
        ],
    },
    "Social, Sundhed og Ældre": {
        "Hjemmeplejen": [
            (
                "Hjemmeplejen Nord",
                "Leder af hjemmeplejen",
                ("Social- og sundhedshjælper", "Social- og sundhedsassistent"),
            ),
            (
                "Hjemmeplejen Syd",
                "Leder af hjemmeplejen",
                ("Social- og sundhedshjælper", "Sygeplejerske"),
            ),
        ],
        "Plejecentre": [
            ("Plejecenter Egely", "Centerleder", ("Social- og sundhedsassistent", "Sygeplejerske")),
            (
                "Plejecenter Fjordglimt",
                "Centerleder",
                ("Social- og sundhedsassistent", "Aktivitetsmedarbejder"),
            ),
            (
                "Plejecenter Solbakken",
                "Centerleder",
                ("Social- og sundhedshjælper", "Ergoterapeut"),
            ),
        ],
        "Social og Beskæftigelse": [
            ("Bostedet Lindely", "Forstander", ("Socialpædagog", "Nattevagt")),
            ("Jobcenter Fjordby", "Jobcenterchef", ("Socialrådgiver", "Jobkonsulent")),
        ],
    },
    "Teknik og Miljø": {
        "Vej og Park": [("Materielgården", "Driftsleder", ("Vejarbejder", "Gartner"))],
        "Byggeri og Miljø": [
            ("Byggesag", "Afdelingsleder", ("Byggesagsbehandler", "Ingeniør")),
            ("Natur og Miljø", "Afdelingsleder", ("Biolog", "Miljømedarbejder")),
        ],
    },
    "Kultur og Borgerservice": {
        "Borgerservice": [
            ("Borgerservice Fjordby", "Borgerservicechef", ("Borgerservicemedarbejder",)),
            ("Ydelsesservice", "Teamleder", ("Sagsbehandler",)),
        ],
        "Kultur og Fritid": [
            ("Hovedbiblioteket", "Biblioteksleder", ("Bibliotekar", "Kulturformidler")),
            ("Fjordby Musikskole", "Musikskoleleder", ("Musikpædagog",)),
        ],
    },
    "Økonomi og Personale": {
        "HR og Udvikling": [],
        "Økonomi og Digitalisering": [],
    },
}
FIRST_NAMES = (
    "Anne Mette Hanne Susanne Lene Tina Louise Camilla Maria Kirsten Pia Karina Helle Charlotte "
    "Line Sofie Ida Emma Julie Signe Marianne Birgitte Rikke Dorthe Malene Jens Peter Michael "
    "Lars Henrik Thomas Søren Niels Anders Rasmus Martin Jesper Morten Jan Christian Mads Jakob "
    "Kasper Mikkel Frederik Torben Ole Bo Esben Kristian Jørgen Poul Asger Ib Åse Ørnulf Ærøe"
).split()
LAST_NAMES = (
    "Jensen Nielsen Hansen Pedersen Andersen Christensen Larsen Sørensen Rasmussen Jørgensen "
    "Petersen Madsen Kristensen Olsen Thomsen Christiansen Poulsen Johansen Møller Mortensen "
    "Knudsen Jakobsen Mikkelsen Olesen Frederiksen Laursen Henriksen Lund Schmidt Eriksen "
    "Holm Kristiansen Clausen Simonsen Svendsen Andreasen Iversen Østergaard Jeppesen Vestergaard"
).split()

GOALS = [
    (
        "Nedbringe sygefraværet",
        "Sygefraværet skal ned fra 6,1 til 5,0 procent inden udgangen af 2026 – gennem nærværende "
        "ledelse, tidlig omsorgssamtale og et bedre psykisk arbejdsmiljø.",
        date(2025, 1, 1),
        date(2026, 12, 31),
        GoalStatus.ACTIVE,
        ["Social, Sundhed og Ældre", "Børn og Unge"],
    ),
    (
        "Sammenhængende borgerforløb",
        "Borgere med komplekse behov skal opleve ét samlet forløb på tværs af forvaltninger, med "
        "én koordinerende kontaktperson og én plan.",
        date(2025, 1, 1),
        date(2027, 12, 31),
        GoalStatus.ACTIVE,
        ["Social, Sundhed og Ældre", "Kultur og Borgerservice"],
    ),
    (
        "Rekruttering og fastholdelse",
        "Vi skal være et attraktivt sted at arbejde: flere fuldtidsstillinger, bedre introduktion "
        "af nye medarbejdere og ledere, og færre opsigelser i det første år.",
        date(2025, 1, 1),
        date(2026, 12, 31),
        GoalStatus.ACTIVE,
        [],
    ),
    (
        "Grøn omstilling i driften",
        "Kommunens egen drift skal halvere CO2-udledningen fra køretøjer og bygninger inden 2030.",
        date(2025, 6, 1),
        date(2030, 12, 31),
        GoalStatus.DRAFT,
        ["Teknik og Miljø"],
    ),
]
FOUNDATION_TITLE = "Ledelsesgrundlag for Fjordby Kommune"
FOUNDATION_INTRODUCTION = (
    "Ledelse i Fjordby Kommune handler om at sætte retning og skabe resultater via og sammen med "
    "andre – med borgerne i centrum. Grundlaget gælder for alle ledere, fra kommunaldirektøren "
    "til den nyeste afdelingsleder, og er udgangspunktet for hver leders personlige "
    "ledelsesgrundlag."
)
PRINCIPLES = [
    (
        "Vi sætter borgerne først",
        "Vi leder efter den værdi, borgerne oplever, og tager udgangspunkt i deres behov – ikke i "
        "vores egen organisering.",
    ),
    (
        "Vi sætter retning",
        "Vi oversætter politiske mål til klare prioriteter og forklarer, hvorfor vi gør, "
        "som vi gør.",
    ),
    (
        "Vi skaber resultater sammen med andre",
        "Vi samarbejder på tværs af fag, forvaltninger og sektorer og inddrager medarbejdere, "
        "borgere og civilsamfund.",
    ),
    (
        "Vi udvikler os som ledere",
        "Vi søger feedback, reflekterer over vores praksis og lærer af hinanden – også på tværs af "
        "ledelseslag.",
    ),
]
VALUES = [
    ("Tillid", "Vi viser tillid og giver handlerum, og vi følger op."),
    ("Faglighed", "Vi bygger vores beslutninger på viden og faglig dømmekraft."),
    ("Ordentlighed", "Vi er åbne, ærlige og behandler hinanden og borgerne med respekt."),
    ("Mod", "Vi tør prøve nyt, prioritere og sige til og fra."),
]
