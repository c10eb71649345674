// The language a person chose in the app, kept on this device. The API has
// no mutation for a person's own locale (updatePerson is HR's), so the
// choice is not sent to the server; without one, the server's locale holds.
import type { Language } from "./format";

const KEY = "ledelyst.language";

export function chosenLanguage(): Language | null {
  try {
    const value = localStorage.getItem(KEY);
    return value === "DA" || value === "EN" ? value : null;
  } catch {
    return null;
  }
}

export function chooseLanguage(language: Language): Language {
  try {
    localStorage.setItem(KEY, language);
  } catch {
    // Private mode without storage: the choice lasts until the page closes.
  }
  return language;
}
