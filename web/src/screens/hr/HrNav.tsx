// HR's own sections, under the header's "HR".
import { useApp } from "../../ui/context";
import { Link } from "../../ui/Link";
import { hrText } from "./text";

export const HR_SECTIONS = ["organisation", "programmes", "360", "mentoring", "privacy"] as const;

export function HrNav() {
  const { language } = useApp();
  const t = hrText(language);
  const here = location.pathname;
  return (
    <nav aria-label={t.navLabel} className="subnav">
      <ul>
        {HR_SECTIONS.map((section) => {
          const href = `/hr/${section}`;
          const current = here === href || here.startsWith(`${href}/`);
          return (
            <li key={section}>
              <Link href={href} aria-current={current ? "page" : undefined}>{t.sections[section]}</Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

export default function HrHome() {
  const { language } = useApp();
  const t = hrText(language);
  return (
    <main id="main" className="wide">
      <HrNav />
      <h1>{t.homeTitle}</h1>
      <ul className="cards">
        {HR_SECTIONS.map((section) => (
          <li key={section} className="card">
            <h2><Link href={`/hr/${section}`}>{t.sections[section]}</Link></h2>
            <p>{t.sectionIntro[section]}</p>
          </li>
        ))}
      </ul>
    </main>
  );
}
