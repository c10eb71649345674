// HR's routes, one lazy chunk: /hr, /hr/organisation, /hr/programmes[/{id}],
// /hr/360[/cycles/{id}], /hr/mentoring, /hr/privacy.
import { useApp } from "../../ui/context";
import { match } from "../../ui/router";
import Hr360, { HrCycle } from "./Hr360";
import HrHome from "./HrNav";
import HrMentoring from "./HrMentoring";
import HrOrganisation from "./HrOrganisation";
import HrPrivacy from "./HrPrivacy";
import { HrProgramme, HrProgrammes } from "./HrProgrammes";
import { hrText } from "./text";

export default function HrRoutes({ pathname }: { pathname: string }) {
  const { roles, language } = useApp();
  let params: Record<string, string> | null;
  if (!roles.includes("HR") && !roles.includes("ADMIN")) {
    return <main id="main"><h1>{hrText(language).notFound}</h1></main>;
  }
  if (pathname === "/hr" || pathname === "/hr/") return <HrHome />;
  if (pathname === "/hr/organisation") return <HrOrganisation />;
  if (pathname === "/hr/programmes") return <HrProgrammes />;
  if (pathname === "/hr/programmes/new") return <HrProgramme key="new" id={null} />;
  if ((params = match("/hr/programmes/:id", pathname))) return <HrProgramme key={params.id} id={params.id} />;
  if (pathname === "/hr/mentoring") return <HrMentoring />;
  if (pathname === "/hr/privacy") return <HrPrivacy />;
  if (pathname === "/hr/360") return <Hr360 />;
  if ((params = match("/hr/360/cycles/:id", pathname))) return <HrCycle id={params.id} />;
  return <main id="main"><h1>{hrText(language).notFound}</h1></main>;
}
