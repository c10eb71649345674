// urql with graphcache's offline exchange: a normalised cache (an enrolment
// changed by syncProgress updates every screen that shows it) persisted in
// IndexedDB, so home and open enrolments read offline. Every document goes by
// its sha256 only (the persisted-operation allowlist), never by text.
import { Client, fetchExchange } from "urql";
import { offlineExchange } from "@urql/exchange-graphcache";
import { makeDefaultStorage } from "@urql/exchange-graphcache/default-storage";
import { persistedExchange } from "@urql/exchange-persisted";
import type { DocumentNode } from "graphql";
import { session } from "../auth/session";
import { hrEmbedded } from "./hrEmbedded";


// Types without an id are parts of the object that holds them.
const embedded = [
  "Viewer",
  "Home",
  "EnrolmentActivity",
  "ProgressSummary",
  "DueActivity",
  "MentorInfo",
  "LeaderSummary",
  "FeedbackNoteSummary",
  "PendingTaskSummary",
  "Mentee",
  "MenteeProgress",
  "MentoringPerson",
  "SharedSinceLastVisit",
  "SharedItem",
  "StoredFile",
  "UserError",
  "ProgressEventResult",
  "UploadTicket",
  "PageInfo",
  "FeedbackNoteConnection",
  "MenteeConnection",
  "EnrolmentConnection",
  "OrganisationGoalSummary",
  "DevelopmentGoal",
  "PhilosophySection",
  "PhilosophyVersionConnection",
  "PhilosophyStatus",
  "PhilosophyStatusConnection",
  "MentorshipConnection",
  "MentorshipAssessment",
  "Rating",
  ...hrEmbedded,
];

let language = "da";
export function setRequestLanguage(value: "DA" | "EN"): void {
  language = value === "EN" ? "en" : "da";
}

export async function authorisedFetch(input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> {
  const token = await session.accessToken();
  const headers = new Headers(init.headers);
  if (token) headers.set("Authorization", `Bearer ${token}`);
  headers.set("Accept-Language", language);
  return fetch(input, { ...init, headers });
}

export function makeClient(): Client {
  const storage = makeDefaultStorage({ idbName: "ledelyst-cache", maxAge: 30 });
  return new Client({
    url: "/graphql",
    fetch: authorisedFetch,
    preferGetMethod: false,
    requestPolicy: "cache-and-network",
    exchanges: [
      offlineExchange({
        storage,
        keys: Object.fromEntries(embedded.map((name) => [name, () => null])),
      }),
      persistedExchange({
        enforcePersistedQueries: true,
        enableForMutation: true,
        preferGetForPersistedQueries: false,
        generateHash: async (_query: string, document: DocumentNode) =>
          (document as DocumentNode & { __meta__: { hash: string } }).__meta__.hash.replace(/^sha256:/, ""),
      }),
      fetchExchange,
    ],
  });
}
