"""Texts of the leadership philosophy slice, Danish first."""

from __future__ import annotations

from backend.i18n import register_messages

MESSAGES: dict[str, tuple[str, str]] = (  # key: (Danish, English)
    {
        # Section titles and the page.
        "philosophy.section.FOUNDATION": (
            "Sådan praktiserer jeg god ledelse på vores ledelsesgrundlag",
            "How I practise good leadership on our leadership foundation",
        ),
        "philosophy.section.STRATEGY": (
            "Sådan omsætter jeg organisationens strategi",
            "How I translate the organisation's strategy",
        ),
        "philosophy.section.VALUES": (
            "De personlige værdier, min ledelse bygger på",
            "The personal values my leadership rests on",
        ),
        "philosophy.page.title": (
            "{name}s personlige ledelsesgrundlag",
            "{name}'s personal leadership philosophy",
        ),
        "philosophy.page.version": (
            "Version {number}, offentliggjort {date}",
            "Version {number}, published {date}",
        ),
        "philosophy.page.changes": ("Ændringer i denne version", "Changes in this version"),
        "philosophy.page.cites_principles": (
            "Bygger på ledelsesgrundlaget",
            "Builds on the leadership foundation",
        ),
        "philosophy.page.cites_goals": (
            "Knytter sig til målene",
            "Relates to the goals",
        ),
        "philosophy.page.pdf": ("Hent som PDF", "Download as PDF"),
        "philosophy.page.contents": ("Indhold", "Contents"),
        "philosophy.page.dialogue": (
            "Ledelsesgrundlaget er en invitation til dialog. Medarbejdere og ledere i "
            "organisationen kan kommentere det i Ledelyst.",
            "This philosophy is an invitation to dialogue. Staff and managers in the "
            "organisation can comment on it in Ledelyst.",
        ),
        "philosophy.route.not_found": (
            "Der er ikke offentliggjort et ledelsesgrundlag på denne adresse.",
            "No leadership philosophy is published at this address.",
        ),
        "philosophy.route.sign_in": (
            "Ledelsesgrundlaget er kun for organisationens medarbejdere. Åbn det fra "
            "Ledelyst-appen.",
            "This leadership philosophy is for the organisation's staff only. Open it from "
            "the Ledelyst app.",
        ),
        "philosophy.route.link_expired": (
            "Linket er udløbet. Åbn ledelsesgrundlaget igen fra Ledelyst-appen.",
            "The link has expired. Open the leadership philosophy again from the Ledelyst app.",
        ),
        # Errors.
        "philosophy.leaders_only": (
            "Kun ledere skriver et personligt ledelsesgrundlag.",
            "Only leaders write a personal leadership philosophy.",
        ),
        "philosophy.not_yours": (
            "Kun lederen selv kan ændre og offentliggøre sit ledelsesgrundlag. Et "
            "ledelsesgrundlag godkendes aldrig af andre.",
            "Only the leader can change and publish their leadership philosophy. A "
            "philosophy is never approved by anyone else.",
        ),
        "philosophy.section_missing": (
            "Afsnittet »{title}« skal udfyldes, før ledelsesgrundlaget kan offentliggøres.",
            "The section “{title}” must be written before the philosophy can be published.",
        ),
        "philosophy.section_twice": (
            "Afsnittet »{title}« må kun forekomme én gang.",
            "The section “{title}” may appear only once.",
        ),
        "philosophy.custom_title": (
            "Giv dit eget afsnit en overskrift.",
            "Give your own section a title.",
        ),
        "philosophy.too_many_sections": (
            "Et ledelsesgrundlag kan have højst {maximum} afsnit.",
            "A leadership philosophy can have at most {maximum} sections.",
        ),
        "philosophy.too_many_citations": (
            "Et afsnit kan henvise til højst {maximum} principper og mål.",
            "A section can cite at most {maximum} principles and goals.",
        ),
        "philosophy.document_too_long": (
            "Ledelsesgrundlaget er for langt: højst {maximum} tegn i alt. Det er {length}.",
            "The philosophy is too long: at most {maximum} characters in all. It is {length}.",
        ),
        "philosophy.raw_html": (
            "HTML er ikke tilladt. Skriv i Markdown (fx **fed**, *kursiv*, [link](https://…)).",
            "HTML is not allowed. Write Markdown (e.g. **bold**, *italic*, [link](https://…)).",
        ),
        "philosophy.unsafe_link": (
            "Linket »{link}« er ikke tilladt. Brug kun https-, http- eller mailto-links.",
            "The link “{link}” is not allowed. Use only https, http or mailto links.",
        ),
        "philosophy.image_source": (
            "Billeder skal være uploadet til Ledelyst. »{link}« kan ikke bruges.",
            "Images must be uploaded to Ledelyst. “{link}” cannot be used.",
        ),
        "philosophy.principle_unknown": (
            "Princippet findes ikke i organisationens nuværende ledelsesgrundlag.",
            "The principle is not part of the organisation's current leadership foundation.",
        ),
        "philosophy.goal_unknown": (
            "Målet findes ikke i organisationen.",
            "The goal does not exist in the organisation.",
        ),
        "philosophy.revision_conflict": (
            "Udkastet er ændret et andet sted (udgave {current}). Hent det igen, før du gemmer.",
            "The draft was changed elsewhere (revision {current}). Load it again before saving.",
        ),
        "philosophy.nothing_to_publish": (
            "Der er intet udkast at offentliggøre. Gem først dine ændringer.",
            "There is no draft to publish. Save your changes first.",
        ),
        "philosophy.summary_required": (
            "Skriv kort, hvad der er ændret i denne version.",
            "Say briefly what changed in this version.",
        ),
        "philosophy.comment_unpublished": (
            "Du kan kun kommentere en offentliggjort version af et ledelsesgrundlag.",
            "You can only comment on a published version of a leadership philosophy.",
        ),
        "philosophy.comment_own": (
            "Du kan ikke kommentere dit eget ledelsesgrundlag. Svar i stedet på kommentarerne.",
            "You cannot comment on your own philosophy. Reply to the comments instead.",
        ),
        "philosophy.comment_not_found": (
            "Kommentaren findes ikke på dit ledelsesgrundlag.",
            "The comment is not on your leadership philosophy.",
        ),
        "philosophy.versions_other": (
            "Versionerne hører ikke til samme ledelsesgrundlag.",
            "The versions belong to different philosophies.",
        ),
    }
)


def register() -> None:
    """Add this slice's texts (``backend.composition.compose`` calls it at start-up)."""
    register_messages(MESSAGES)
