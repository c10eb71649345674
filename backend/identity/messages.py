"""Texts of the identity slice, Danish first and English second."""

from __future__ import annotations

from backend.i18n import register_messages

MESSAGES: dict[str, tuple[str, str]] = (  # key: (Danish, English)
    {
        # Sign-in. One text for an unknown e-mail and a wrong password, so the
        # answer never tells whether an account exists.
        "identity.sign_in_failed": (
            "E-mail eller adgangskode er forkert.",
            "The e-mail or password is wrong.",
        ),
        "identity.rate_limited": (
            "For mange forsøg. Vent {minutes} minutter, og prøv igen.",
            "Too many attempts. Wait {minutes} minutes and try again.",
        ),
        "identity.magic_link_invalid": (
            "Linket er ugyldigt, udløbet eller allerede brugt. Bed om et nyt.",
            "The link is invalid, expired or already used. Ask for a new one.",
        ),
        "identity.oidc_refused": (
            "Log-ind hos din organisation lykkedes ikke. Prøv igen.",
            "Signing in with your organisation did not work. Try again.",
        ),
        "identity.refresh_invalid": (
            "Din session er udløbet. Log ind igen.",
            "Your session has expired. Sign in again.",
        ),
        "identity.csrf_refused": (
            "Forespørgslen kom ikke fra Ledelyst-appen.",
            "The request did not come from the Ledelyst app.",
        ),
        "identity.auth_body_invalid": (
            "Forespørgslen skal være et JSON-objekt.",
            "The request must be a JSON object.",
        ),
        "identity.magic_link_sent": (
            "Hvis e-mailen hører til en konto, er et link til at logge ind på vej.",
            "If the e-mail belongs to an account, a sign-in link is on its way.",
        ),
        # Input.
        "identity.email_invalid": (
            "Skriv en gyldig e-mailadresse.",
            "Enter a valid e-mail address.",
        ),
        "identity.email_taken": (
            "E-mailadressen er allerede i brug.",
            "The e-mail address is already in use.",
        ),
        "identity.password_too_short": (
            "Adgangskoden skal være mindst {minimum} tegn.",
            "The password must be at least {minimum} characters.",
        ),
        "identity.password_wrong": (
            "Den nuværende adgangskode er forkert.",
            "The current password is wrong.",
        ),
        "identity.admin_role_needs_admin": (
            "Kun en administrator kan give eller fjerne administratorrollen.",
            "Only an administrator can grant or remove the administrator role.",
        ),
        "identity.person_shared": (
            "Personen hører også til en anden organisation; navn og e-mail kan kun "
            "ændres af personen selv.",
            "The person also belongs to another organisation; their name and e-mail "
            "can only be changed by themselves.",
        ),
        "identity.unit_not_found": (
            "Enheden findes ikke i organisationen.",
            "The unit does not exist in the organisation.",
        ),
        "identity.unit_cycle": (
            "En enhed kan ikke ligge under sig selv eller en af sine underenheder.",
            "A unit cannot be placed under itself or one of its sub-units.",
        ),
        "identity.person_not_found": (
            "Personen findes ikke i organisationen.",
            "The person does not exist in the organisation.",
        ),
        "identity.manager_not_found": (
            "Lederen findes ikke i organisationen.",
            "The manager does not exist in the organisation.",
        ),
        "identity.manager_self": (
            "En person kan ikke være sin egen leder.",
            "A person cannot be their own manager.",
        ),
        "identity.reporting_cycle": (
            "Lederen refererer allerede til personen; det ville give en ring i referencelinjen.",
            "The manager already reports to the person; that would make the reporting "
            "line a circle.",
        ),
        "identity.period_order": (
            "Periodens slutning skal ligge efter dens start.",
            "The period must end after it starts.",
        ),
        "identity.foundation_empty": (
            "Ledelsesgrundlaget skal have mindst ét princip eller én værdi.",
            "The leadership foundation needs at least one principle or value.",
        ),
        "identity.foundation_conflict": (
            "En anden version blev offentliggjort samtidig. Prøv igen.",
            "Another version was published at the same time. Try again.",
        ),
        "identity.import_not_found": (
            "Importen findes ikke i organisationen.",
            "The import does not exist in the organisation.",
        ),
        # The structure import: file-level problems.
        "import.not_csv": (
            "Filen er ikke en CSV-fil. Gem den som CSV (semikolon- eller kommasepareret).",
            "The file is not a CSV file. Save it as CSV (semicolon- or comma-separated).",
        ),
        "import.excel_file": (
            "Filen er et Excel-regneark. Gem den som CSV i Excel (Filer > Gem som > CSV).",
            "The file is an Excel workbook. Save it as CSV in Excel (File > Save as > CSV).",
        ),
        "import.empty": ("Filen er tom.", "The file is empty."),
        "import.missing_columns": (
            "Filen mangler kolonnerne: {columns}. Første linje skal navngive kolonnerne.",
            "The file lacks the columns: {columns}. Its first line must name the columns.",
        ),
        "import.duplicate_column": (
            "Kolonnen {column} står der to gange.",
            "The column {column} appears twice.",
        ),
        "import.file_missing": (
            "Den uploadede fil kan ikke findes. Upload den igen.",
            "The uploaded file cannot be found. Upload it again.",
        ),
        # The structure import: one row's problems.
        "import.row.columns": (
            "Linjen har {found} felter, men overskriften har {expected}.",
            "The line has {found} fields, but the header has {expected}.",
        ),
        "import.row.email": ("Ugyldig e-mail: {value}.", "Invalid e-mail: {value}."),
        "import.row.name": ("Navn mangler.", "Name is missing."),
        "import.row.duplicate": (
            "E-mailen står også på linje {line}.",
            "The e-mail also appears on line {line}.",
        ),
        "import.row.email_taken": (
            "E-mailen bruges af en person uden for organisationen.",
            "The e-mail is used by a person outside the organisation.",
        ),
        "import.row.date": (
            "Ugyldig dato: {value} (brug dd-mm-åååå eller åååå-mm-dd).",
            "Invalid date: {value} (use dd-mm-yyyy or yyyy-mm-dd).",
        ),
        "import.row.role": ("Ukendt rolle: {value}.", "Unknown role: {value}."),
        "import.row.admin_role": (
            "Administratorrollen kan ikke gives ved import.",
            "The administrator role cannot be granted by import.",
        ),
        "import.row.unit": ("Ugyldig enhedssti: {value}.", "Invalid unit path: {value}."),
        "import.row.manager_self": (
            "Personen står som sin egen leder.",
            "The person is listed as their own manager.",
        ),
        "import.row.manager_unknown": (
            "Lederen {value} findes hverken i filen eller i organisationen.",
            "The manager {value} is neither in the file nor in the organisation.",
        ),
        "import.row.manager_rejected": (
            "Lederen {value} blev selv afvist og findes ikke i forvejen.",
            "The manager {value} was rejected and does not exist yet.",
        ),
        "import.row.cycle": (
            "Referencelinjen går i ring: {chain}.",
            "The reporting line goes round in a circle: {chain}.",
        ),
        "import.row.too_long": (
            "Feltet {field} er længere end {maximum} tegn.",
            "The field {field} is longer than {maximum} characters.",
        ),
    }
)


def register() -> None:
    """Add this slice's texts (``backend.composition.compose`` calls it at start-up)."""
    register_messages(MESSAGES)
