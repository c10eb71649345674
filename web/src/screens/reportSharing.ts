// Which sharing buttons the leader's own 360 report offers: the API says
// whom it is shared with now (Evaluation.sharedWith), so the screen offers
// "share" only to a mentor it is not shared with, and "stop" only to those
// it is. The server still decides.
export type SharedPerson = { membershipId: string; name: string };

export type ShareChoices = {
  /** The mentor to offer "share" to, when it is not shared with them yet. */
  share: SharedPerson | null;
  /** Everyone it is shared with: "stop sharing" for each. */
  stop: SharedPerson[];
};

export function shareChoices(mentor: SharedPerson | null | undefined, sharedWith: SharedPerson[]): ShareChoices {
  const shared = mentor ? sharedWith.some((p) => p.membershipId === mentor.membershipId) : true;
  return { share: mentor && !shared ? mentor : null, stop: sharedWith };
}
