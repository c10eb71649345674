# ruff: noqa: E501  (translated sentences read better unbroken)
"""Texts of the learning-effect slice, Danish first."""

from __future__ import annotations

from backend.i18n import register_messages

MESSAGES: dict[str, tuple[str, str]] = (  # key: (Danish, English)
    {
        # Errors
        "effect.filter_unknown": (
            "Findes ikke i organisationen.",
            "Does not exist in the organisation.",
        ),
        "effect.period": (
            "Periodens slutning skal ligge efter dens start.",
            "The end of the period must come after its start.",
        ),
        "effect.period_year": (
            "Året skal ligge mellem {first} og {last}.",
            "The year must be between {first} and {last}.",
        ),
        "effect.period_quarter": (
            "Kvartalet skal være 1, 2, 3 eller 4.",
            "The quarter must be 1, 2, 3 or 4.",
        ),
        "effect.period_and_dates": (
            "Angiv enten en periode eller start- og slutdatoer, ikke begge.",
            "Give either a period or start and end dates, not both.",
        ),
        "effect.rating_range": ("Vurderingen skal være 1 til 5.", "The rating must be 1 to 5."),
        "effect.activity_not_yours": (
            "Du kan kun vurdere aktiviteter i forløb, du deltager i.",
            "You can only rate activities of programmes you take part in.",
        ),
        "effect.export_not_ready": (
            "Udtrækket er ikke klar endnu.",
            "The export is not ready yet.",
        ),
        # Notes beside the figures
        "effect.note.small_changes": (
            "Små ændringer er forventelige. I forskningen flytter 360-graders feedback i gennemsnit adfærden, som andre ser den, med omkring en tiendedel standardafvigelse (Smither, London og Reilly 2005). En lille ændring er ikke et tegn på, at udviklingen ikke virker, og en stor ændring hos få ledere er usikker.",
            "Small changes are expected. In research, 360-degree feedback moves behaviour as others see it by about a tenth of a standard deviation on average (Smither, London and Reilly 2005). A small change is no sign that development does not work, and a large change among few leaders is uncertain.",
        ),
        "effect.note.harsher_raters": (
            "Bedømmere er ofte strengere anden gang: de kender lederen bedre, forventer mere og bruger skalaen anderledes. En uændret eller lidt lavere score kan derfor dække over reel udvikling.",
            "Raters are often harsher in a second round: they know the leader better, expect more and use the scale differently. An unchanged or slightly lower score may therefore hide real development.",
        ),
        "effect.note.association": (
            "Opdelingen på forløb, modul og aktivitetstype viser sammenhænge, ikke årsager: hvem der deltager, og hvor meget, er ikke tilfældigt, og andet end forløbet ændrer sig også.",
            "The breakdown by programme, module and activity kind shows associations, not causes: who takes part, and how much, is not random, and more than the programme changes meanwhile.",
        ),
        "effect.note.effect_size": (
            "Effektstørrelsen er den gennemsnitlige ændring divideret med spredningen af ledernes ændringer (statistikere kalder den d_z), med et eksakt 95 %-konfidensinterval. Som tommelfingerregel er 0,2 lille, 0,5 middel og 0,8 stor.",
            "The effect size is the mean change divided by the spread of the leaders' changes (statisticians call it d_z), with an exact 95% confidence interval. As a rule of thumb 0.2 is small, 0.5 medium and 0.8 large.",
        ),
        "effect.suppressed_reason": (
            "Skjult for at beskytte anonymiteten: tallet bygger på for få ledere, eller det ville sammen med tal, der allerede er vist, udpege en eller to lederes egne resultater.",
            "Suppressed to protect anonymity: the figure rests on too few leaders, or together with figures already shown it would single out one or two leaders' own results.",
        ),
        "effect.note.suppressed": (
            "Et tal, der bygger på færre end {minimum} ledere, vises ikke, og heller ikke et tal, som trukket fra et andet ville vise én eller to lederes egne resultater. Kun afsluttede 360-runder tæller, kun andres bedømmelser (ikke lederens egen), og kun fra bedømmergrupper, der når deres anonymitetsgrænse.",
            "A figure resting on fewer than {minimum} leaders is not shown, nor is one that, subtracted from another, would show one or two leaders' own results. Only closed 360 rounds count, only others' ratings (not the leader's own), and only from rater groups that reach their anonymity threshold.",
        ),
        "effect.note.goal_attainment": (
            "Målopfyldelse er den nærmeste leders vurdering (1-5) af hvert udviklingsmål ved afslutningssamtalen, samlet på de organisatoriske mål, målene tjener.",
            "Goal attainment is the manager's rating (1-5) of each development goal at the closing checkpoint, rolled up to the organisational goals they serve.",
        ),
        "effect.note.span": (
            "Kontrolspænd står ved siden af, fordi Ledelseskommissionen peger på, at store kontrolspænd (over {threshold} medarbejdere) svækker ledelsen.",
            "Span of control is shown beside the figures, since the Leadership Commission links large spans (over {threshold} direct reports) to weak leadership.",
        ),
        # Kirkpatrick levels and dimensions
        "effect.level.REACTION": ("Reaktion", "Reaction"),
        "effect.level.LEARNING": ("Læring", "Learning"),
        "effect.level.BEHAVIOUR": ("Adfærd", "Behaviour"),
        "effect.level.RESULTS": ("Resultater", "Results"),
        "effect.kind.KNOWLEDGE": ("Viden", "Knowledge"),
        "effect.kind.REFLECTION": ("Refleksion", "Reflection"),
        "effect.kind.ACTION": ("Handling", "Action"),
        "effect.checkpoint.BEFORE": ("Før", "Before"),
        "effect.checkpoint.DURING": ("Under", "During"),
        "effect.checkpoint.AFTER": ("Efter", "After"),
        "effect.all_competencies": ("Alle kompetencer", "All competencies"),
        # Chart series
        "effect.series.behaviour_change": (
            "Ændring pr. kompetence (andres bedømmelse, 1-5)",
            "Change per competency (others' ratings, 1-5)",
        ),
        "effect.series.effect_size": ("Effektstørrelse d_z", "Effect size d_z"),
        "effect.series.activities": (
            "Gennemførte aktiviteter pr. type (%)",
            "Activities completed by kind (%)",
        ),
        "effect.series.checkpoints": (
            "Afholdte ledersamtaler før, under og efter",
            "Checkpoints held before, during and after",
        ),
        "effect.series.goal_attainment": (
            "Målopfyldelse pr. organisatorisk mål (1-5)",
            "Goal attainment per organisational goal (1-5)",
        ),
        "effect.series.reaction": (
            "Ledernes vurdering af aktiviteter pr. type (1-5)",
            "Leaders' ratings of activities by kind (1-5)",
        ),
        "effect.series.span": ("Kontrolspænd (ledere)", "Span of control (leaders)"),
        # Export
        "effect.export.title": ("Læringseffekt", "Learning effect"),
        "effect.export.level": ("Kirkpatrick-niveau: {level}", "Kirkpatrick level: {level}"),
        "effect.export.scope.AREA": ("Dit område", "Your area"),
        "effect.export.scope.ORGANISATION": ("Hele organisationen", "The whole organisation"),
        "effect.export.as_of": ("Opgjort {day}", "As of {day}"),
        "effect.export.participation": ("Deltagelse og fremdrift", "Participation and progress"),
        "effect.export.goal_attainment": ("Målopfyldelse", "Goal attainment"),
        "effect.export.behaviour": (
            "Adfærdsændring (360 før og efter)",
            "Behaviour change (360 before and after)",
        ),
        "effect.export.reaction": ("Reaktion", "Reaction"),
        "effect.export.breakdowns": ("Metode og indhold", "Method and content"),
        "effect.export.span": ("Kontrolspænd", "Span of control"),
        "effect.export.notes": ("Sådan læses tallene", "How to read the figures"),
        "effect.export.suppressed": (
            "vises ikke, for at ingen leder kan genkendes",
            "not shown, so that no leader can be recognised",
        ),
        "effect.export.no_data": ("ingen data", "no data"),
        "effect.export.enrolled": ("Tilmeldte", "Enrolled"),
        "effect.export.active": ("Aktive", "Active"),
        "effect.export.completed": ("Gennemført", "Completed"),
        "effect.export.withdrawn": ("Udgået", "Withdrawn"),
        "effect.export.overdue": ("Bagud", "Overdue"),
        "effect.export.leaders": ("Ledere", "Leaders"),
        "effect.export.all": ("I alt", "All"),
        "effect.export.held": ("Afholdt", "Held"),
        "effect.export.mean": ("Gennemsnit", "Mean"),
        "effect.export.spread": ("Spredning", "Spread"),
        "effect.export.interval": ("95 %-interval", "95% interval"),
        "effect.export.change": ("Ændring", "Change"),
        "effect.export.effect_size": ("Effektstørrelse", "Effect size"),
        "effect.export.in_words": ("I klare ord", "In plain words"),
        "effect.export.interval_range": ("{low} til {high}", "{low} to {high}"),
        "effect.export.chart.effect_size": (
            "Ændring pr. kompetence: effektstørrelse med 95 %-interval",
            "Change per competency: effect size with 95% interval",
        ),
        "effect.export.chart.point": ("Effektstørrelse", "Effect size"),
        "effect.export.chart.interval": ("95 %-interval", "95% interval"),
        # A change in plain words: "moderat fremgang, usikker"
        "effect.plain.none": ("næsten uændret", "almost unchanged"),
        "effect.plain.small": ("lille", "small"),
        "effect.plain.moderate": ("moderat", "moderate"),
        "effect.plain.large": ("stor", "large"),
        "effect.plain.up": ("fremgang", "improvement"),
        "effect.plain.down": ("tilbagegang", "decline"),
        "effect.plain.certain": ("sikker", "clear"),
        "effect.plain.uncertain": ("usikker", "uncertain"),
        "effect.export.largest": ("Største", "Largest"),
        "effect.export.over": ("Over {threshold}", "Over {threshold}"),
    }
)


def register() -> None:
    """Add this slice's texts (``backend.composition.compose`` calls it at start-up)."""
    register_messages(MESSAGES)
