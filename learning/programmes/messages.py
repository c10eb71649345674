"""Texts of the programmes slice, Danish first."""

from __future__ import annotations

from backend.i18n import register_messages

MESSAGES: dict[str, tuple[str, str]] = (  # key: (Danish, English)
    {
        "programmes.goal_required": (
            "Et forløb skal tjene mindst ét organisatorisk mål. Ledelsesudvikling er ikke et "
            "personalegode.",
            "A programme must serve at least one organisational goal. Leadership development "
            "is not a staff perk.",
        ),
        "programmes.goal_unknown": (
            "Det organisatoriske mål findes ikke i organisationen.",
            "The organisational goal does not exist in the organisation.",
        ),
        "programmes.module_required": (
            "Et forløb skal have mindst ét modul.",
            "A programme must have at least one module.",
        ),
        "programmes.module_missing_kind": (
            "Modulet »{module}« mangler en aktivitet af typen {kinds}. Hvert modul skal "
            "kombinere viden, refleksion og handling.",
            "Module “{module}” has no activity of kind {kinds}. Every module must combine "
            "knowledge, reflection and action.",
        ),
        "programmes.number_range": (
            "Skal være mellem {minimum} og {maximum}.",
            "Must be between {minimum} and {maximum}.",
        ),
        "programmes.no_draft": (
            "Forløbet har ingen kladde at offentliggøre.",
            "The programme has no draft to publish.",
        ),
        "programmes.archived": (
            "Forløbet er arkiveret.",
            "The programme is archived.",
        ),
        "programmes.not_published": (
            "Forløbet er ikke offentliggjort endnu.",
            "The programme is not published yet.",
        ),
        "programmes.cohort_other_programme": (
            "Holdet hører til et andet forløb.",
            "The cohort belongs to another programme.",
        ),
        "programmes.already_enrolled": (
            "Lederen er allerede tilmeldt forløbet.",
            "The leader is already enrolled in the programme.",
        ),
        "programmes.enrolment_closed": (
            "Forløbet er afsluttet for denne leder.",
            "The programme has ended for this leader.",
        ),
        "programmes.activity_other_programme": (
            "Aktiviteten hører ikke til det forløb, du følger.",
            "The activity is not part of the programme you follow.",
        ),
        "programmes.activity_wrong_kind": (
            "Denne aktivitet er af typen {kind}.",
            "This activity is of kind {kind}.",
        ),
        "programmes.reflection_first": (
            "Skriv din refleksion, før du markerer aktiviteten som gennemført.",
            "Write your reflection before you mark the activity as completed.",
        ),
        "programmes.evidence_first": (
            "Beskriv, hvad du gjorde, før du markerer aktiviteten som gennemført.",
            "Describe what you did before you mark the activity as completed.",
        ),
        "programmes.newer_text_kept": (
            "En nyere udgave gemt {saved_at} er bevaret.",
            "A newer version saved {saved_at} is kept.",
        ),
        "programmes.text_required": ("Skriv en tekst.", "Write a text."),
        "programmes.evidence_empty": (
            "Skriv, hvad du gjorde, eller vedhæft en fil.",
            "Write what you did or attach a file.",
        ),
        "programmes.event_id_required": (
            "Hver hændelse skal have et clientEventId på 1 til 128 tegn.",
            "Every event needs a clientEventId of 1 to 128 characters.",
        ),
        "programmes.event_in_future": (
            "Tidspunktet ligger ude i fremtiden.",
            "The time lies in the future.",
        ),
        "programmes.event_too_old": (
            "Tidspunktet ligger mere end {days} dage tilbage og gemmes ikke.",
            "The time lies more than {days} days back and is not saved.",
        ),
        "programmes.too_many_events": (
            "Send højst {maximum} hændelser ad gangen.",
            "Send at most {maximum} events at a time.",
        ),
        "programmes.upload_type": (
            "Filtypen {content_type} er ikke tilladt. Tilladt: {allowed}.",
            "File type {content_type} is not allowed. Allowed: {allowed}.",
        ),
        "programmes.upload_too_large": (
            "Filen er for stor: højst {maximum_mb} MB.",
            "The file is too large: at most {maximum_mb} MB.",
        ),
        "programmes.upload_missing": (
            "Filen er ikke uploadet endnu.",
            "The file has not been uploaded yet.",
        ),
        "programmes.upload_not_yours": (
            "Filen hører ikke til denne aktivitet.",
            "The file does not belong to this activity.",
        ),
        "programmes.not_direct_manager": (
            "Kun lederens nærmeste leder kan holde opfølgningspunkterne.",
            "Only the leader's direct manager can hold the checkpoints.",
        ),
        "programmes.checkpoint_done": (
            "Opfølgningspunktet er allerede gennemført.",
            "The checkpoint is already completed.",
        ),
        "programmes.checkpoint_order": (
            "Gennemfør først opfølgningspunktet {previous}.",
            "Complete the {previous} checkpoint first.",
        ),
        "programmes.checkpoint_needs_goals": (
            "Aftal mindst ét udviklingsmål før forløbet.",
            "Agree at least one development goal before the programme.",
        ),
        "programmes.rating_required": (
            "Giv en vurdering af målopfyldelsen (1-5) for hvert udviklingsmål.",
            "Rate the goal attainment (1-5) of every development goal.",
        ),
        "programmes.goals_locked": (
            "Udviklingsmålene er aftalt; de kan ændres ved næste opfølgning med din leder.",
            "The development goals are agreed; they can be changed at the next checkpoint "
            "with your manager.",
        ),
        "programmes.goal_not_in_enrolment": (
            "Udviklingsmålet hører ikke til denne tilmelding.",
            "The development goal does not belong to this enrolment.",
        ),
        "programmes.leader_unknown": (
            "Lederen findes ikke i organisationen.",
            "The leader does not exist in the organisation.",
        ),
        "programmes.no_mentor": (
            "Du har ingen aktiv mentor at dele med. Del med din leder, eller behold "
            "refleksionen privat.",
            "You have no active mentor to share with. Share with your manager, or keep "
            "the reflection private.",
        ),
        "programmes.kind.BEFORE": ("før forløbet", "before the programme"),
        "programmes.kind.DURING": ("undervejs", "during the programme"),
        "programmes.kind.AFTER": ("efter forløbet", "after the programme"),
    }
)


def register() -> None:
    """Add this slice's texts (``backend.composition.compose`` calls it at start-up)."""
    register_messages(MESSAGES)
