// A mutation's payload errors, placed beside the field each one names: the
// server's `field` is the input path (["input", "modules", "0", "title"]);
// the screen asks for the errors of one field by its path without "input".
// Errors naming no field, or a field the screen does not show, stay general.

export interface PayloadError {
  field?: readonly string[] | null;
  message: string;
  code?: string;
  reason?: string;
}

/** "modules.0.title" for ["input", "modules", "0", "title"]; "" for none. */
export function fieldKey(field: readonly string[] | null | undefined): string {
  if (!field || field.length === 0) return "";
  const parts = field[0] === "input" ? field.slice(1) : field;
  return parts.join(".");
}

export interface PlacedErrors {
  /** The messages of a shown field, by its key. */
  byField: Record<string, string[]>;
  /** The messages no shown field takes. */
  general: string[];
}

/** Sorts errors onto the fields a screen shows (by key); a shown key also
 *  takes the errors of what lies inside it ("modules.0" takes
 *  "modules.0.activities.1.title" unless that is shown itself). */
export function placeErrors(errors: readonly PayloadError[], shown: readonly string[]): PlacedErrors {
  const byField: Record<string, string[]> = {};
  const general: string[] = [];
  for (const error of errors) {
    const key = fieldKey(error.field);
    const owner = key === "" ? undefined : ownerOf(key, shown);
    if (owner === undefined) general.push(error.message);
    else (byField[owner] ??= []).push(error.message);
  }
  return { byField, general };
}

function ownerOf(key: string, shown: readonly string[]): string | undefined {
  let best: string | undefined;
  for (const candidate of shown) {
    if (candidate === key) return candidate;
    if (key.startsWith(`${candidate}.`) && (best === undefined || candidate.length > best.length)) best = candidate;
  }
  return best;
}
