// The viewer's own mentor profile: who may offer to mentor (the server's
// rule in learning/mentoring/service.py save_profile: a member with the role
// LEADER or MENTOR), and the lists the form edits as one line of text each.

export function mayOfferToMentor(roles: readonly string[]): boolean {
  return roles.includes("LEADER") || roles.includes("MENTOR");
}

/** "Trivsel, forandring\nsvære samtaler" → ["Trivsel", "forandring", "svære samtaler"]. */
export function listFromText(text: string): string[] {
  return text
    .split(/[,\n]/)
    .map((part) => part.trim())
    .filter((part) => part !== "");
}

export function textFromList(list: readonly string[]): string {
  return list.join(", ");
}
