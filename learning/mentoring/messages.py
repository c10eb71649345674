"""Texts of the mentoring slice, Danish first."""

from __future__ import annotations

from backend.i18n import register_messages

MESSAGES: dict[str, tuple[str, str]] = (  # key: (Danish, English)
    {
        # bad input
        "mentoring.capacity_range": (
            "Kapaciteten skal være mellem 1 og {maximum} mentees.",
            "Capacity must be between 1 and {maximum} mentees.",
        ),
        "mentoring.too_many": ("Højst {maximum}.", "At most {maximum}."),
        "mentoring.not_a_leader": (
            "Kun ledere kan tilbyde sig som mentor.",
            "Only leaders can offer to mentor.",
        ),
        "mentoring.competency_unknown": (
            "Kompetencen findes ikke i den valgte kompetenceramme.",
            "The competency is not in the chosen competency framework.",
        ),
        "mentoring.framework_required": (
            "Vælg den kompetenceramme, kompetencerne kommer fra.",
            "Choose the competency framework the competencies come from.",
        ),
        "mentoring.language": ("Ugyldig sprogkode.", "Invalid language code."),
        "mentoring.weights": (
            "Vægtene skal være 0 eller større, og mindst én skal være over 0.",
            "Weights must be 0 or more, and at least one above 0.",
        ),
        "mentoring.member_unknown": (
            "Personen er ikke medlem af organisationen.",
            "The person is not a member of the organisation.",
        ),
        "mentoring.no_need": (
            "Beskriv først, hvad du søger i en mentor.",
            "First describe what you look for in a mentor.",
        ),
        "mentoring.profile_unavailable": (
            "Mentoren tager ikke imod nye mentees lige nu.",
            "The mentor is not taking new mentees right now.",
        ),
        "mentoring.over_capacity": (
            "Mentoren har ikke plads til flere mentees (kapacitet {capacity}).",
            "The mentor has no room for more mentees (capacity {capacity}).",
        ),
        "mentoring.rule.self": (
            "Man kan ikke være sin egen mentor.",
            "Nobody can mentor themselves.",
        ),
        "mentoring.rule.reporting_line": (
            "En mentor må ikke være ens leder eller højere oppe i ens ledelseslinje.",
            "A mentor must not be one's manager or anyone above in one's reporting line.",
        ),
        "mentoring.rule.organisation": (
            "Mentoren hører til en anden organisation, som ikke deler mentorer med jeres.",
            "The mentor belongs to another organisation that does not share mentors with yours.",
        ),
        "mentoring.already_mentored": (
            "Den nye leder har allerede en mentor eller et forslag, der venter.",
            "The new leader already has a mentor or a proposal waiting.",
        ),
        "mentoring.already_requested": (
            "Du har allerede bedt om denne mentor.",
            "You have already asked for this mentor.",
        ),
        "mentoring.proposal_decided": (
            "Forslaget er allerede {status}.",
            "The proposal is already {status}.",
        ),
        "mentoring.already_accepted": (
            "Du har allerede accepteret dette mentorforløb.",
            "You have already accepted this mentorship.",
        ),
        "mentoring.wrong_status": (
            "Det kan ikke lade sig gøre, når forløbet er {status}.",
            "That is not possible while the mentorship is {status}.",
        ),
        # the statuses those two messages name (a Term each, in the reader's language)
        "mentoring.proposal_status.PROPOSED": ("foreslået", "proposed"),
        "mentoring.proposal_status.APPROVED": ("godkendt", "approved"),
        "mentoring.proposal_status.REJECTED": ("afvist", "rejected"),
        "mentoring.proposal_status.SUPERSEDED": (
            "erstattet af et andet forslag",
            "superseded by another proposal",
        ),
        "mentoring.mentorship_status.PROPOSED": ("foreslået", "proposed"),
        "mentoring.mentorship_status.ACTIVE": ("aktivt", "active"),
        "mentoring.mentorship_status.PAUSED": ("på pause", "paused"),
        "mentoring.mentorship_status.COMPLETED": ("afsluttet", "completed"),
        "mentoring.mentorship_status.CANCELLED": ("aflyst", "cancelled"),
        "mentoring.mentorship_status.REJECTED": ("afvist", "rejected"),
        "mentoring.only_mentor": ("Kun mentoren kan gøre dette.", "Only the mentor can do this."),
        "mentoring.only_mentee": ("Kun mentee kan gøre dette.", "Only the mentee can do this."),
        "mentoring.rating_range": (
            "Vurderinger skal være mellem 1 og 5.",
            "Ratings must be between 1 and 5.",
        ),
        "mentoring.too_many_ratings": (
            "Højst {maximum} vurderinger ad gangen.",
            "At most {maximum} ratings at a time.",
        ),
        "mentoring.rating_key": (
            "En vurdering skal gælde et fokusområde: »tag:« og et emne, eller »competency:« og "
            "en kompetences id.",
            "A rating must name a focus area: 'tag:' and a topic, or 'competency:' and a "
            "competency's id.",
        ),
        "mentoring.rating_key_repeated": (
            "Hvert fokusområde kan kun vurderes én gang.",
            "Each focus area can be rated only once.",
        ),
        "mentoring.observed_in_future": (
            "Observationen kan ikke ligge ude i fremtiden.",
            "An observation cannot lie in the future.",
        ),
        "mentoring.observed_before_mentorship": (
            "Observationen ligger før mentorforløbet begyndte.",
            "The observation lies before the mentorship began.",
        ),
        "mentoring.ends_before_start": (
            "Slutdatoen skal ligge efter startdatoen.",
            "The end date must be after the start date.",
        ),
        "mentoring.shortlist_size": (
            "Der kan vises 1 til {maximum} mentorer.",
            "Between 1 and {maximum} mentors can be shown.",
        ),
        # explanations of proposals
        "mentoring.explain.focus": (
            "matcher på {matched} af {total} fokusområder",
            "matches on {matched} of {total} focus areas",
        ),
        "mentoring.explain.no_focus": ("ingen fokusområder angivet", "no focus areas given"),
        "mentoring.explain.same_language": ("samme sprog", "same language"),
        "mentoring.explain.other_language": (
            "taler ikke dit sprog",
            "does not speak your language",
        ),
        "mentoring.explain.same_location": ("samme sted", "same location"),
        "mentoring.explain.other_location": ("et andet sted", "another location"),
        "mentoring.explain.same_area": ("samme fagområde", "same area of work"),
        "mentoring.explain.other_area": ("et andet fagområde", "another area of work"),
        "mentoring.explain.as_wished": ("som ønsket", "as wished"),
        "mentoring.explain.same_unit": ("samme enhed", "same unit"),
        "mentoring.explain.other_unit": ("anden enhed", "different unit"),
        "mentoring.explain.experience": (
            "{years} års ledererfaring",
            "{years} years as a leader",
        ),
        # notifications
        "mentoring.mail.proposed.title": (
            "Forslag til mentorforløb",
            "A proposed mentorship",
        ),
        "mentoring.mail.proposed.body": (
            "{mentor} er foreslået som mentor for {mentee}. Begge skal acceptere, før forløbet"
            " begynder.",
            "{mentor} is proposed as mentor for {mentee}. Both must accept before it begins.",
        ),
        "mentoring.mail.active.title": (
            "Jeres mentorforløb er begyndt",
            "Your mentorship has begun",
        ),
        "mentoring.mail.active.body": (
            "{mentor} og {mentee} har begge accepteret. Aftal mål og hvor ofte I mødes.",
            "{mentor} and {mentee} have both accepted. Agree on goals and how often to meet.",
        ),
        "mentoring.mail.ended.title": ("Mentorforløbet er slut", "The mentorship has ended"),
        "mentoring.mail.ended.body": (
            "Forløbet mellem {mentor} og {mentee} er afsluttet. Giv gerne jeres afsluttende"
            " vurdering.",
            "The mentorship of {mentor} and {mentee} has ended. Please give your final evaluation.",
        ),
        "mentoring.mail.rejected.title": (
            "Dit ønske om mentor er ikke godkendt",
            "Your mentor request was not approved",
        ),
        "mentoring.mail.rejected.body": (
            "Dit ønske om {mentor} som mentor er afvist. Du kan spørge en anden mentor under"
            " Find en mentor.",
            "Your request for {mentor} as mentor was rejected. You can ask another mentor"
            " under Find a mentor.",
        ),
        "mentoring.mail.requested.title": ("Ønske om mentor", "A mentor is requested"),
        "mentoring.mail.requested.body": (
            "{mentee} ønsker {mentor} som mentor og venter på godkendelse.",
            "{mentee} asks for {mentor} as mentor and awaits approval.",
        ),
    }
)


def register() -> None:
    """Add this slice's texts (``backend.composition.compose`` calls it at start-up)."""
    register_messages(MESSAGES)
