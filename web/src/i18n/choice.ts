// The language last used on this device: the sign-in screen opens in it and a
// signed-in app shows it until the server's answer (the person's own locale,
// set by setMyLocale on the settings screen) arrives. The server's locale wins.
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
