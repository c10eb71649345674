# ruff: noqa: E501  (translated sentences read better unbroken)
"""Texts of the evaluations slice: errors, the rater's page and the report."""

from backend.i18n import register_messages

MESSAGES: dict[str, tuple[str, str]] = (  # key: (Danish, English)
    {
        # Errors
        "feedback.cycle.not_found": (
            "Evalueringsrunden findes ikke.",
            "The evaluation cycle does not exist.",
        ),
        "feedback.evaluation.not_found": (
            "Evalueringen findes ikke.",
            "The evaluation does not exist.",
        ),
        "feedback.cycle.closed": (
            "Evalueringsrunden er lukket; resultaterne er låst.",
            "The evaluation cycle is closed; its results are frozen.",
        ),
        "feedback.cycle.unknown_leader": (
            "En af lederne findes ikke i organisationen.",
            "One of the leaders is not in the organisation.",
        ),
        "feedback.cycle.unknown_cohort": (
            "Holdet findes ikke i organisationen.",
            "The cohort is not in the organisation.",
        ),
        "feedback.cycle.not_planned": (
            "Kun en planlagt runde kan åbnes.",
            "Only a planned cycle can be opened.",
        ),
        "feedback.cycle.closes_in_past": (
            "Runden kan ikke åbnes: lukketidspunktet er passeret.",
            "The cycle cannot open: its closing time has passed.",
        ),
        "feedback.cycle.dates": (
            "Lukketidspunktet skal ligge efter åbningen og mindst en time ude i fremtiden.",
            "The closing time must be after the opening and at least an hour ahead.",
        ),
        "feedback.cycle.threshold": (
            "Grænsen for anonymitet skal være mindst {minimum}.",
            "The anonymity threshold must be at least {minimum}.",
        ),
        "feedback.cycle.reminders": (
            "Højst {maximum} påmindelser, hver 0-60 dage før lukning.",
            "At most {maximum} reminders, each 0-60 days before the close.",
        ),
        "feedback.reminders.not_open": (
            "Der kan kun sendes påmindelser, mens runden er åben.",
            "Reminders can only be sent while the cycle is open.",
        ),
        "feedback.cycle.limits": (
            "Grænser for nomineringer gælder kolleger, medarbejdere og eksterne; maksimum skal være mindst minimum.",
            "Nomination limits apply to peers, direct reports and external raters; the maximum must be at least the minimum.",
        ),
        "feedback.cycle.baseline": (
            "En opfølgning skal angive sin udgangspunkt-runde i samme organisation; en udgangspunkt-runde angiver ingen.",
            "A follow-up must name its baseline cycle in the same organisation; a baseline names none.",
        ),
        "feedback.cycle.locked": (
            "Spørgeskemaet er låst, når runden er åbnet for bedømmere.",
            "The questionnaire is locked once the cycle is open to raters.",
        ),
        "feedback.nomination.group": (
            "Du kan nominere kolleger, medarbejdere og eksterne; dig selv og din leder er med automatisk.",
            "You can nominate peers, direct reports and external raters; you and your manager are included automatically.",
        ),
        "feedback.nomination.self": (
            "Du kan ikke nominere dig selv som bedømmer.",
            "You cannot nominate yourself as a rater.",
        ),
        "feedback.nomination.member_required": (
            "Kolleger og medarbejdere vælges blandt organisationens personer; "
            "en mailadresse kan kun bruges til en ekstern bedømmer.",
            "Peers and direct reports are chosen from the organisation's people; "
            "an email address can only be used for an external rater.",
        ),
        "feedback.nomination.not_direct_report": (
            "Personen er ikke din direkte medarbejder i organisationens ledelseslinjer.",
            "That person is not your direct report in the organisation's reporting lines.",
        ),
        "feedback.nomination.inactive": (
            "Personen er ikke længere aktiv i organisationen.",
            "That person is no longer active in the organisation.",
        ),
        "feedback.nomination.unknown": (
            "Personen findes ikke i organisationen.",
            "The person is not in the organisation.",
        ),
        "feedback.nomination.name": ("Skriv bedømmerens navn.", "Enter the rater's name."),
        "feedback.nomination.email": (
            "Mailadressen er ikke gyldig.",
            "The email address is not valid.",
        ),
        "feedback.nomination.duplicate": (
            "Personen er allerede nomineret.",
            "That person is already nominated.",
        ),
        "feedback.nomination.too_many": (
            "Højst {maximum} i denne gruppe.",
            "At most {maximum} in this group.",
        ),
        "feedback.nomination.too_few": (
            "Mindst {minimum} i denne gruppe.",
            "At least {minimum} in this group.",
        ),
        "feedback.nomination.not_found": (
            "Nomineringen findes ikke.",
            "The nomination does not exist.",
        ),
        "feedback.nomination.approved": (
            "En godkendt nominering kan ikke trækkes tilbage.",
            "An approved nomination cannot be withdrawn.",
        ),
        "feedback.nomination.nothing_to_approve": (
            "Der er ingen nomineringer, der venter på godkendelse.",
            "No nominations are waiting for approval.",
        ),
        "feedback.rater.unknown_token": (
            "Linket er ukendt. Brug linket fra din seneste mail.",
            "The link is unknown. Use the link from your latest email.",
        ),
        "feedback.rater.expired": (
            "Evalueringen er lukket, og linket virker ikke længere.",
            "The evaluation has closed and the link no longer works.",
        ),
        "feedback.rater.already_submitted": (
            "Din besvarelse er allerede sendt og kan ikke ændres.",
            "Your response has already been submitted and cannot be changed.",
        ),
        "feedback.rater.declined": (
            "Du har sagt nej tak til at give feedback.",
            "You have declined to give feedback.",
        ),
        "feedback.rater.unknown_item": ("Ukendt udsagn.", "Unknown item."),
        "feedback.rater.unknown_question": ("Ukendt spørgsmål.", "Unknown question."),
        "feedback.rater.out_of_scale": (
            "Svaret skal være mellem {minimum} og {maximum}, eller 'Kan ikke vurdere'.",
            "The answer must be between {minimum} and {maximum}, or 'Cannot judge'.",
        ),
        "feedback.rater.missing_item": (
            "Besvar dette udsagn (eller vælg 'Kan ikke vurdere').",
            "Answer this item (or choose 'Cannot judge').",
        ),
        "feedback.report.not_ready": (
            "Rapporten er ikke klar endnu.",
            "The report is not ready yet.",
        ),
        "feedback.report.withheld": (
            "Der laves ikke en individuel rapport for ledere med færre end {minimum} medarbejdere; svarene indgår i de samlede resultater.",
            "No individual report is made for leaders with fewer than {minimum} employees; the answers count in the combined results.",
        ),
        # Groups
        "feedback.group.SELF": ("Selv", "Self"),
        "feedback.group.MANAGER": ("Leder", "Manager"),
        "feedback.group.PEER": ("Kolleger", "Peers"),
        "feedback.group.DIRECT_REPORT": ("Medarbejdere", "Direct reports"),
        "feedback.group.EXTERNAL": ("Eksterne", "External"),
        "feedback.group.ALL_OTHERS": ("Alle andre", "All others"),
        # The report
        "feedback.report.title": ("360-graders evaluering", "360-degree evaluation"),
        "feedback.report.overview": ("Overblik", "Overview"),
        "feedback.report.baseline": ("Før og nu: alle andre", "Before and now: all others"),
        "feedback.report.item": ("Udsagn", "Item"),
        "feedback.report.competency_mean": ("Kompetencen samlet", "Competency overall"),
        "feedback.report.anonymity": (
            "Tal for kolleger, medarbejdere og eksterne vises kun, når mindst det fastsatte antal har svaret; en gruppe under grænsen indgår ikke i nogen tal, heller ikke i 'Alle andre'. Kommentarer vises uden navn, sorteret alfabetisk. Tal i parentes er spredningen (standardafvigelse), vist for kolleger, medarbejdere og eksterne først fra fem svar.",
            "Figures for peers, direct reports and external raters show only when at least the set number answered; a group under the threshold is left out of every figure, 'All others' included. Comments show without names, sorted alphabetically. Figures in brackets are the spread (standard deviation), shown for peers, direct reports and external raters only from five answers.",
        ),
        "feedback.report.responses": ("Svar: {counts}.", "Responses: {counts}."),
        "feedback.report.highest": ("Højest vurderet", "Rated highest"),
        "feedback.report.lowest": ("Lavest vurderet", "Rated lowest"),
        "feedback.report.self_vs_others": (
            "Egen vurdering minus alle andres",
            "Self-assessment minus all others",
        ),
        "feedback.report.comments": ("Kommentarer", "Comments"),
        "feedback.report.made": ("Udskrevet {day}", "Printed {day}"),
        "feedback.report.how_to_read": ("Sådan læser du rapporten", "How to read this report"),
        "feedback.report.scale": (
            "Alle tal er gennemsnit på en skala fra 1 (sjældent) til 5 (meget ofte). En forskel på mindre end en halv er lille.",
            "Every figure is an average on a scale from 1 (rarely) to 5 (very often). A difference of less than half a point is small.",
        ),
        "feedback.report.group": ("Gruppe", "Group"),
        "feedback.report.answers": ("Svar", "Answers"),
        "feedback.report.overview_chart": (
            "Gennemsnit pr. kompetence og gruppe, skala 1-5",
            "Average per competency and group, scale 1-5",
        ),
        "feedback.report.competency": ("Kompetence", "Competency"),
        "feedback.report.difference": ("Forskel", "Difference"),
        "feedback.report.in_words": ("Med ord", "In words"),
        "feedback.report.gap.same": ("som de andre", "as the others do"),
        "feedback.report.gap.higher": (
            "du vurderer dig selv højere end de andre",
            "you rate yourself higher than the others do",
        ),
        "feedback.report.gap.lower": (
            "du vurderer dig selv lavere end de andre",
            "you rate yourself lower than the others do",
        ),
        "feedback.report.before": ("Før", "Before"),
        "feedback.report.now": ("Nu", "Now"),
        "feedback.report.baseline_chart": (
            "Alle andres gennemsnit før og nu, skala 1-5",
            "All others' average before and now, scale 1-5",
        ),
        "feedback.report.details": ("Udsagn for udsagn", "Item by item"),
        # The rater's page
        "feedback.page.title": ("360-graders feedback", "360-degree feedback"),
        "feedback.page.about": (
            "Du giver feedback til {leader}",
            "You are giving feedback to {leader}",
        ),
        "feedback.page.about_self": ("Din selvevaluering", "Your self-assessment"),
        "feedback.page.cycle": (
            "{cycle}. Skemaet lukker {closes}.",
            "{cycle}. The form closes on {closes}.",
        ),
        "feedback.page.anonymous": (
            "Dine svar er anonyme. De vises kun samlet for gruppen '{group}', og kun når mindst {minimum} i gruppen har svaret; ellers indgår de ikke i nogen tal. Kommentarer vises uden navn og kun sammen med gruppens tal. Ingen kan se, hvem der har svaret hvad eller hvornår.",
            "Your answers are anonymous. They are shown only combined for the group '{group}', and only when at least {minimum} in the group have answered; otherwise they are left out of every figure. Comments show without names and only with the group's figures. Nobody can see who answered what, or when.",
        ),
        "feedback.page.self": (
            "Du vurderer dig selv. Din vurdering vises i rapporten som din egen, ved siden af de andres.",
            "You are assessing yourself. Your assessment is shown in the report as your own, beside the others'.",
        ),
        "feedback.page.manager": (
            "Du svarer som nærmeste leder. Dit svar er ikke anonymt: det vises i rapporten som lederens vurdering.",
            "You answer as the manager. Your answers are not anonymous: they are shown in the report as the manager's.",
        ),
        "feedback.page.help": (
            "Vælg 1-5 for hvert udsagn, eller 'Kan ikke vurdere'. Du kan gemme og fortsætte senere fra samme link.",
            "Choose 1-5 for each item, or 'Cannot judge'. You can save and continue later from the same link.",
        ),
        "feedback.page.cannot_judge": ("Kan ikke vurdere", "Cannot judge"),
        "feedback.page.optional": ("valgfrit", "optional"),
        "feedback.page.comment_help": (
            "Valgfrit. Skriv ikke noget, der afslører, hvem du er.",
            "Optional. Do not write anything that gives away who you are.",
        ),
        "feedback.page.save": ("Gem kladde", "Save draft"),
        "feedback.page.submit": ("Send besvarelse", "Submit"),
        "feedback.page.submit_note": (
            "Når du har sendt, kan svarene ikke ændres.",
            "Once submitted, answers cannot be changed.",
        ),
        "feedback.page.saved": (
            "Dine svar er gemt. Du kan fortsætte senere fra samme link.",
            "Your answers are saved. You can continue later from the same link.",
        ),
        "feedback.page.submitted": (
            "Tak! Din besvarelse er sendt.",
            "Thank you! Your response has been submitted.",
        ),
        "feedback.page.errors": (
            "Besvarelsen er ikke sendt. Ret det markerede; dine øvrige svar er gemt.",
            "Your response was not submitted. Correct what is marked; your other answers are saved.",
        ),
        "feedback.page.decline_title": (
            "Vil du ikke give feedback?",
            "Would you rather not give feedback?",
        ),
        "feedback.page.decline_reason": ("Begrundelse (valgfri)", "Reason (optional)"),
        "feedback.page.decline": ("Sig nej tak", "Decline"),
        "feedback.page.language": ("English", "Dansk"),
        "feedback.page.skip": ("Gå til spørgsmålene", "Skip to the questions"),
    }
)


def register() -> None:
    """Add this slice's texts (``backend.composition.compose`` calls it at start-up)."""
    register_messages(MESSAGES)
