"""The demo programme "Ny som leder", built on the Leadership Commission's
recommendations (Ledelseskommissionen, "Sæt borgerne først"): leadership is
setting direction and creating results through and with others; development
combines knowledge, reflection and action, starts from organisational goals,
and the leader's own manager is active before, during and after."""

from __future__ import annotations

from learning.programmes.models import ActivityKind

K, R, A = ActivityKind.KNOWLEDGE, ActivityKind.REFLECTION, ActivityKind.ACTION

TITLE = "Ny som leder"
DESCRIPTION = (
    "Et forløb over tolv uger for ledere i deres første to år. Det bygger på "
    "Ledelseskommissionens anbefaling om, at al ledelsesudvikling skal tage udgangspunkt "
    "i konkrete organisatoriske mål og kombinere **viden, refleksion og handling**.\n\n"
    "Din egen leder er med før, under og efter: I aftaler mål og rum til at øve, følger "
    "op undervejs, og du får feedback til sidst."
)

GOALS = (
    (
        "Borgeren i centrum",
        "Værdiskabelsen for borgerne er omdrejningspunktet i alle enheder.",
    ),
    (
        "Tydelig retning og stærk lederidentitet",
        "Alle ledere sætter meningsfuld retning og oversætter strategien til opgaver.",
    ),
)

# (title, introduction, [(kind, title, body, minutes, due offset days)])
MODULES: tuple[tuple[str, str, tuple[tuple[ActivityKind, str, str, int, int], ...]], ...] = (
    (
        "Fra fagperson til leder",
        "Lederidentiteten kommer typisk med erfaring, men den kan trænes fra første dag.",
        (
            (
                K,
                "Hvad er ledelse?",
                "Ledelseskommissionen definerer ledelse sådan: *Ledelse handler om at sætte "
                "retning og skabe resultater via og sammen med andre.*\n\n"
                "Mange nye ledere er gode til at anerkende medarbejderne, men mangler den "
                "stærke lederidentitet, der skal til for at sætte retning og turde delegere. "
                "Lederidentiteten kan kombineres med faglig indsigt, men det er "
                "ledelsesarbejdet, der er det afgørende.",
                10,
                3,
            ),
            (
                R,
                "Leder eller fagperson?",
                "Tænk på den seneste uge. Hvornår handlede du som leder, og hvornår som den "
                "dygtige fagperson, du var før? Hvad fik dig til at vælge, som du gjorde?",
                15,
                5,
            ),
            (
                A,
                "Tre samtaler om forventninger",
                "Tal med tre medarbejdere om, hvad de forventer af dig som leder, og hvad "
                "de har brug for, at du gør mere eller mindre af. Skriv kort, hvad du hørte, "
                "og hvad du vil gøre anderledes.",
                45,
                10,
            ),
        ),
    ),
    (
        "Sæt retning",
        "At oversætte organisationens mål til hverdagens opgaver er en af lederens "
        "vigtigste opgaver.",
        (
            (
                K,
                "Fra strategi til opgave",
                "23 % af medarbejderne i den offentlige sektor svarer, at deres nærmeste "
                "leder sjældent eller aldrig oversætter målene til deres opgaver "
                "(NFA 2017).\n\nAlle offentlige ledere skal kunne sætte meningsfuld retning "
                "via en klar vision, og arbejdet med værdier skal være omdrejningspunktet "
                "både i at motivere medarbejderne og i dialogen med egen leder.",
                10,
                17,
            ),
            (
                R,
                "Kan dine medarbejdere se målene?",
                "Vælg ét af organisationens mål. Hvor kan dine medarbejdere genkende det i "
                "deres arbejde i dag, og hvor er det usynligt?",
                15,
                19,
            ),
            (
                A,
                "Tavlemøde om ét mål",
                "Hold et kort tavlemøde, hvor I sammen oversætter ét organisatorisk mål til "
                "to-tre konkrete ændringer i jeres opgaver. Tag et billede af tavlen.",
                30,
                24,
            ),
        ),
    ),
    (
        "Borgeren i centrum",
        "Al ledelse i den offentlige sektor skal skabe værdi for borgerne og samfundet.",
        (
            (
                K,
                "Borgerperspektivet i ledelse",
                "Ledelseskommissionen anbefaler, at offentlige ledere sikrer, at "
                "borgerorienteringen er så stærk, at medarbejderne udlever den i deres "
                "daglige arbejde, og at de tænker borgere og samfund ind som aktive "
                "partnere.\n\nBorgerperspektivet er til stede, når ledere og medarbejdere "
                "tager højde for borgerens forløb på tværs af sektorer og fagligheder.",
                15,
                31,
            ),
            (
                R,
                "Hvor går noget tabt?",
                "Følg et konkret borgerforløb gennem din enhed. Hvor i overgangene til andre "
                "enheder eller sektorer går der viden, tid eller tillid tabt?",
                20,
                33,
            ),
            (
                A,
                "Fem borgeres stemme",
                "Indsaml feedback fra fem borgere eller brugere om deres møde med jer, og "
                "del den med teamet på et møde. Skriv, hvad I besluttede at ændre.",
                60,
                45,
            ),
        ),
    ),
    (
        "Delegér, og grib ind når det er svært",
        "De formelle lederuddannelser skal træne lederens evne til at gribe ind, også når "
        "det er svært.",
        (
            (
                K,
                "Delegering og handlerum",
                "At turde delegere opgaver og ansvar kræver en stærk lederidentitet. "
                "Samtidig må ingen ledelsesindsats resultere i lav trivsel, højt sygefravær "
                "og stor personaleomsætning: Der må ikke gå for lang tid, før der bliver "
                "handlet.",
                10,
                52,
            ),
            (
                R,
                "Den svære samtale",
                "Er der en situation, hvor du har ventet for længe med at gribe ind? Hvad "
                "holdt dig tilbage, og hvad ville du gøre, hvis du skulle gøre det i morgen?",
                20,
                55,
            ),
            (
                A,
                "Giv en opgave fra dig",
                "Delegér en opgave med fuldt ansvar til en medarbejder, og aftal, hvordan I "
                "følger op. Beskriv, hvad der skete, og hvad du selv lærte.",
                30,
                66,
            ),
        ),
    ),
    (
        "Dit personlige ledelsesgrundlag",
        "Offentlige ledere skal tydeliggøre, hvordan de selv bedriver god ledelse.",
        (
            (
                K,
                "Hvorfor et personligt ledelsesgrundlag?",
                "Ledelseskommissionen opfordrer alle ledere til at udkomme med deres "
                "personlige ledelsesgrundlag: hvordan de på baggrund af organisationens "
                "ledelsesgrundlag bedriver god ledelse, hvordan de oversætter strategien, og "
                "hvilke personlige værdier deres ledelse bygger på. Når det er synligt, kan "
                "medarbejdere og chefer bidrage til lederens fortsatte udvikling.",
                10,
                73,
            ),
            (
                R,
                "Mine værdier som leder",
                "Hvilke tre værdier vil du gerne, at dine medarbejdere kan mærke i din "
                "ledelse? Giv et eksempel på hver fra de sidste uger.",
                25,
                76,
            ),
            (
                A,
                "Første udkast, delt med teamet",
                "Skriv et første udkast til dit ledelsesgrundlag på én side, og bed teamet "
                "om kommentarer. Beskriv, hvad de sagde, og hvad du ændrer.",
                60,
                84,
            ),
        ),
    ),
)

DEVELOPMENT_GOALS = (
    ("Sætte tydelig retning på personalemøder", 1),
    ("Delegere ansvar for mindst én fast opgave", 1),
    ("Bruge borgerfeedback i teamets prioriteringer", 0),
)

REFLECTION_TEXT = (
    "Jeg greb mig selv i at løse en faglig sag, som en medarbejder sagtens kunne have "
    "klaret. Det føles trygt at være fagperson, men teamet har brug for, at jeg prioriterer."
)
SECOND_REFLECTION_TEXT = (
    "Mine tidligere kolleger kommer stadig til mig som kollega, ikke som leder. Jeg vil "
    "gerne tale med min mentor om, hvordan jeg sætter rammen uden at miste tilliden."
)
EVIDENCE_TEXT = (
    "Talte med Anna, Jens og Sofie. De savner, at jeg siger tydeligt, hvad der er vigtigst "
    "i en travl uge. Jeg starter fredagsmødet med tre prioriteter."
)
