import { lazy, Suspense, useEffect, useMemo, useState } from "react";
import { Provider, useQuery, type Client } from "urql";
import { setRequestLanguage } from "./api/client";
import { ViewerQuery } from "./api/documents";
import { session } from "./auth/session";
import type { Language } from "./i18n/format";
import { messages } from "./i18n/messages";
import { startSync } from "./offline/sync";
import { useOnline, useQueue } from "./offline/useQueue";
import { Home } from "./screens/Home";
import { rememberReturn, SignIn } from "./screens/SignIn";
import { AppContext, useApp as useAppContext, type AppState } from "./ui/context";
import { Link } from "./ui/Link";
import { globalId, match, navigate, useLocation } from "./ui/router";
import { chosenLanguage, chooseLanguage } from "./i18n/choice";

// Only home and sign-in are in the first load (what a phone opens first, and
// what Lighthouse's LCP on home waits for); every other screen loads on
// demand. The service worker precaches every chunk, so all open offline.
const Activity = lazy(() => import("./screens/Activity").then((m) => ({ default: m.Activity })));
const Checkpoints = lazy(() => import("./screens/Checkpoints").then((m) => ({ default: m.Checkpoints })));
const Enrolment = lazy(() => import("./screens/Enrolment").then((m) => ({ default: m.Enrolment })));
const FeedbackInbox = lazy(() => import("./screens/Feedback").then((m) => ({ default: m.FeedbackInbox })));
const FeedbackNote = lazy(() => import("./screens/Feedback").then((m) => ({ default: m.FeedbackNote })));
const MatchProposal = lazy(() => import("./screens/MatchProposal").then((m) => ({ default: m.MatchProposal })));
const MatchProposals = lazy(() => import("./screens/MatchProposals").then((m) => ({ default: m.MatchProposals })));
const Mentees = lazy(() => import("./screens/Mentees").then((m) => ({ default: m.Mentees })));
const MyMentorships = lazy(() => import("./screens/Mentees").then((m) => ({ default: m.MyMentorships })));
const Mentorship = lazy(() => import("./screens/Mentees").then((m) => ({ default: m.Mentorship })));
const Development = lazy(() => import("./screens/Development"));
const Philosophy = lazy(() => import("./screens/Philosophy"));
const PhilosophyReader = lazy(() => import("./screens/PhilosophyReader"));
const Philosophies = lazy(() => import("./screens/Philosophies"));
const FindMentor = lazy(() => import("./screens/FindMentor"));
const MentorProfile = lazy(() => import("./screens/MentorProfile"));
const Evaluations = lazy(() => import("./screens/Evaluations").then((m) => ({ default: m.Evaluations })));
const Area = lazy(() => import("./screens/Area"));
const Settings = lazy(() => import("./screens/Settings"));
const LearningEffect = lazy(() => import("./screens/LearningEffect"));
const Evaluation = lazy(() => import("./screens/Evaluations").then((m) => ({ default: m.Evaluation })));
// HR's area: its own chunk and texts (screens/hr/routes.tsx).
const HrScreen = lazy(() => import("./screens/hr/routes"));

function browserLanguage(): Language {
  return navigator.language.toLowerCase().startsWith("da") ? "DA" : navigator.language.toLowerCase().startsWith("en") ? "EN" : "DA";
}

export function App({ client }: { client: Client }) {
  const [state, setState] = useState<"unknown" | "in" | "out">("unknown");
  useEffect(() => {
    const stop = session.subscribe((signedIn) => setState(signedIn ? "in" : "out"));
    // After a reload the access token is gone: the refresh cookie brings it back.
    // Offline, the cookie cannot be tried: open on the cached data meanwhile.
    session.refresh().then((access) => setState(access || session.unreachable ? "in" : "out"));
    return stop;
  }, []);
  useEffect(() => (state === "in" ? startSync(client) : undefined), [state, client]);
  return (
    <Provider value={client}>
      {state === "in" ? <SignedIn /> : <SignedOut waiting={state === "unknown"} />}
    </Provider>
  );
}

function SignedOut({ waiting }: { waiting: boolean }) {
  const language = chosenLanguage() ?? browserLanguage();
  const { pathname } = useLocation();
  const value: AppState = { language, t: messages[language], roles: [], isNewLeader: false, name: "" };
  useEffect(() => {
    document.documentElement.lang = language.toLowerCase();
    if (!waiting && pathname !== "/sign-in" && pathname !== "/sign-in/oidc") {
      // A mail's link (/feedback/notes/…) opens after signing in.
      rememberReturn(pathname + location.search);
      navigate("/sign-in", true);
    }
  }, [waiting, pathname, language]);
  return (
    <AppContext.Provider value={value}>
      {waiting ? <main id="main"><p role="status">{value.t.loading}</p></main> : <SignIn />}
    </AppContext.Provider>
  );
}

function SignedIn() {
  const [{ data }] = useQuery({ query: ViewerQuery });
  const viewer = data?.viewer;
  // The person's language on the server (setMyLocale, the settings screen);
  // until it is known, the last one this device saw, then the browser's.
  const language: Language = viewer?.person.locale ?? chosenLanguage() ?? browserLanguage();
  const value = useMemo<AppState>(
    () => ({
      language,
      t: messages[language],
      roles: viewer?.roles ?? [],
      isNewLeader: viewer?.membership.isNewLeader ?? false,
      isLeaderOfLeaders: viewer?.membership.isLeaderOfLeaders ?? false,
      name: viewer?.person.name ?? "",
    }),
    [language, viewer],
  );
  useEffect(() => {
    setRequestLanguage(language);
    document.documentElement.lang = language.toLowerCase();
    if (viewer) chooseLanguage(language); // the sign-in screen opens in it too
  }, [language, viewer]);
  const { pathname } = useLocation();
  useEffect(() => {
    if (pathname === "/sign-in" || pathname === "/sign-in/oidc") navigate("/", true);
  }, [pathname]);
  return (
    <AppContext.Provider value={value}>
      <a className="skip" href="#main">{value.t.skipToContent}</a>
      <Header />
      <Status />
      <Screen pathname={pathname} />
    </AppContext.Provider>
  );
}

function Screen({ pathname }: { pathname: string }) {
  if (pathname === "/" || pathname === "/sign-in" || pathname === "/sign-in/oidc") return <Home />;
  const lazyScreen = lazyRoute(pathname);
  if (lazyScreen) return <Suspense fallback={<Loading />}>{lazyScreen}</Suspense>;
  return <NotFound />;
}

function lazyRoute(pathname: string) {
  let params: Record<string, string> | null;
  if ((params = match("/enrolments/:id", pathname))) return <Enrolment id={params.id} />;
  if ((params = match("/enrolments/:enrolment/activities/:activity", pathname)))
    return <Activity enrolmentId={params.enrolment} activityId={params.activity} />;
  if (pathname === "/feedback") return <FeedbackInbox />;
  if ((params = match("/feedback/notes/:id", pathname))) return <FeedbackNote id={globalId("FeedbackNote", params.id)} />;
  if (pathname === "/mentoring") return <Mentees />;
  if (pathname === "/mentoring/mine") return <MyMentorships />;
  if ((params = match("/mentoring/mentorships/:id", pathname))) return <Mentorship id={globalId("Mentorship", params.id)} />;
  if (pathname === "/mentoring/proposals") return <MatchProposals />;
  if ((params = match("/mentoring/proposals/:id", pathname))) return <MatchProposal id={globalId("MatchProposal", params.id)} />;
  if (pathname === "/checkpoints") return <Checkpoints />;
  if ((params = match("/enrolments/:id/development", pathname))) return <Development enrolmentId={params.id} />;
  if (pathname === "/philosophy") return <Philosophy />;
  if (pathname === "/philosophies") return <Philosophies />;
  if ((params = match("/philosophy/:leader", pathname))) return <PhilosophyReader leaderId={globalId("Membership", params.leader)} />;
  if (pathname === "/mentoring/find") return <FindMentor />;
  if (pathname === "/mentoring/profile") return <MentorProfile />;
  if (pathname === "/360") return <Evaluations />;
  if ((params = match("/360/:id", pathname))) return <Evaluation id={globalId("Evaluation", params.id)} />;
  if (pathname === "/area") return <Area />;
  if (pathname === "/settings") return <Settings />;
  if (pathname === "/effect") return <LearningEffect />;
  if (pathname === "/hr" || pathname.startsWith("/hr/")) return <HrScreen pathname={pathname} />;
  return null;
}

function Loading() {
  const { t } = useAppContext();
  return <main id="main"><p role="status">{t.loading}</p></main>;
}

function NotFound() {
  const { t } = useAppContext();
  return <main id="main"><h1>{t.notFound}</h1><p><Link href="/">{t.navHome}</Link></p></main>;
}

function Header() {
  const { t, roles, isNewLeader, isLeaderOfLeaders } = useAppContext();
  const hr = roles.includes("HR") || roles.includes("ADMIN");
  return (
    <header className="top">
      <nav aria-label={t.appName}>
        <Link href="/" className="brand">{t.appName}</Link>
        <Link href="/feedback">{t.navFeedback}</Link>
        {roles.includes("MENTOR") && <Link href="/mentoring">{t.navMentees}</Link>}
        <Link href="/checkpoints">{t.navCheckpoints}</Link>
        <Link href="/360">360</Link>
        {isNewLeader && <Link href="/philosophy">{t.navPhilosophy}</Link>}
        {isLeaderOfLeaders && <Link href="/area">{t.navArea}</Link>}
        {(isLeaderOfLeaders || hr) && <Link href="/effect">{t.navEffect}</Link>}
        {(roles.includes("HR") || roles.includes("ADMIN")) && <Link href="/hr">HR</Link>}
        <Link href="/settings">{t.navSettings}</Link>
        <button className="link" onClick={() => session.signOut().then(() => navigate("/sign-in", true))}>{t.signOut}</button>
      </nav>
    </header>
  );
}

function Status() {
  const { t } = useAppContext();
  const online = useOnline();
  const waiting = useQueue().filter((e) => e.state === "waiting").length;
  return (
    <div aria-live="polite" className="status">
      {!online && <p className="offline">{t.offline}</p>}
      {waiting > 0 && <p className="waiting">{t.waiting(waiting)}</p>}
    </div>
  );
}
