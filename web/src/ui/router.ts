// A small History-API router: the app's routes are few, and every one of them
// is also an address the server answers with index.html.
import { useEffect, useState } from "react";

const listeners = new Set<() => void>();

export function navigate(path: string, replace = false): void {
  if (replace) history.replaceState(null, "", path);
  else history.pushState(null, "", path);
  listeners.forEach((listener) => listener());
}

export function useLocation(): { pathname: string; hash: string } {
  const [, setTick] = useState(0);
  useEffect(() => {
    const update = () => setTick((tick) => tick + 1);
    listeners.add(update);
    window.addEventListener("popstate", update);
    return () => {
      listeners.delete(update);
      window.removeEventListener("popstate", update);
    };
  }, []);
  return { pathname: location.pathname, hash: location.hash };
}

/** Matches "/feedback/notes/:id" against a path; the parameters or null. */
export function match(pattern: string, pathname: string): Record<string, string> | null {
  const want = pattern.split("/").filter(Boolean);
  const got = pathname.split("/").filter(Boolean);
  if (want.length !== got.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i += 1) {
    if (want[i].startsWith(":")) params[want[i].slice(1)] = decodeURIComponent(got[i]);
    else if (want[i] !== got[i]) return null;
  }
  return params;
}

/** The global ID of an object: mails link to /feedback/notes/4 with the
 *  database number, the API wants the Relay ID ("FeedbackNote:4" in base64). */
export function globalId(type: string, id: string): string {
  return /^\d+$/.test(id) ? btoa(`${type}:${id}`) : id;
}
