// The privacy screen's texts, Danish first.
import type { Language } from "../../i18n/format";

const da = {
  title: "Persondata",
  choosePerson: "Vælg en person",
  search: "Søg efter navn eller e-mail",
  searchResults: "Søgeresultater",
  choose: (name: string) => `Vælg ${name}`,
  cancel: "Fortryd",
  exportTitle: (name: string) => `Udtræk af ${name}s data`,
  exportHelp: "Udtrækket laves i baggrunden som en JSON-fil. Kun personen selv kan hente filen; du ser status.",
  exportButton: (name: string) => `Bestil udtræk for ${name}`,
  exportStatus: { PENDING: "Udtrækket laves …", READY: "Udtrækket er klar; personen kan hente det.", FAILED: "Udtrækket mislykkedes." } as Record<string, string>,
  eraseTitle: (name: string) => `Slet ${name}`,
  eraseHelp: "Personens egne tekster slettes, navn og adresse erstattes, og alle logins ophører. Frosne 360-resultater og andres data bliver.",
  eraseStart: (name: string) => `Slet ${name} …`,
  eraseWarning: "Sletningen kan ikke fortrydes.",
  confirmEmail: (name: string) => `Skriv ${name}s e-mail for at bekræfte`,
  eraseNow: (name: string) => `Slet ${name} endeligt`,
  erased: (name: string) => `${name} er slettet.`,
  auditLog: "Log over læste rapporter, udtræk og sletninger",
  auditHelp: "Nyeste først.",
  when: "Hvornår",
  what: "Hvad",
  who: "Hvem",
  about: "Om hvem",
  someone: "en anden person",
  system: "systemet",
  actions: {
    REPORT_VIEWED: "Læste 360-rapport",
    REPORT_DOWNLOADED: "Hentede 360-rapport",
    DATA_EXPORT_REQUESTED: "Bestilte udtræk",
    DATA_EXPORTED: "Udtræk lavet",
    DATA_ERASED: "Slettede persondata",
  } as Record<string, string>,
};

type Texts = typeof da;

const en: Texts = {
  title: "Personal data",
  choosePerson: "Choose a person",
  search: "Search by name or e-mail",
  searchResults: "Search results",
  choose: (name) => `Choose ${name}`,
  cancel: "Cancel",
  exportTitle: (name) => `Export of ${name}'s data`,
  exportHelp: "The export is made in the background as a JSON file. Only the person can download it; you see its status.",
  exportButton: (name) => `Request an export for ${name}`,
  exportStatus: { PENDING: "The export is being made …", READY: "The export is ready; the person can download it.", FAILED: "The export failed." },
  eraseTitle: (name) => `Erase ${name}`,
  eraseHelp: "Their own texts go, their name and address are replaced, and every sign-in ends. Frozen 360 results and others' data stay.",
  eraseStart: (name) => `Erase ${name} …`,
  eraseWarning: "Erasing cannot be undone.",
  confirmEmail: (name) => `Type ${name}'s e-mail to confirm`,
  eraseNow: (name) => `Erase ${name} for good`,
  erased: (name) => `${name} is erased.`,
  auditLog: "Log of reports read, exports and erasures",
  auditHelp: "Newest first.",
  when: "When",
  what: "What",
  who: "Who",
  about: "About whom",
  someone: "another person",
  system: "the system",
  actions: {
    REPORT_VIEWED: "Read a 360 report",
    REPORT_DOWNLOADED: "Downloaded a 360 report",
    DATA_EXPORT_REQUESTED: "Requested an export",
    DATA_EXPORTED: "Export made",
    DATA_ERASED: "Erased personal data",
  },
};

export function privacyText(language: Language): Texts {
  return language === "EN" ? en : da;
}
