import { useQuery } from "urql";
import { MatchProposalsToDecideQuery } from "../api/documents";
import { formatDateTime, formatPercent } from "../i18n/format";
import { useApp } from "../ui/context";
import { Link } from "../ui/Link";

// A manager rarely has more waiting; deciding them brings the next ones.
const PAGE = 50;

/** The mentor proposals waiting for the manager's decision (their direct
 * reports'; HR: all), each opening the proposal to approve or reject. */
export function MatchProposals() {
  const { t, language } = useApp();
  const [{ data, fetching, error }] = useQuery({
    query: MatchProposalsToDecideQuery,
    variables: { first: PAGE },
    requestPolicy: "cache-and-network",
  });
  if (!data) return <main id="main"><p role="status">{fetching ? t.loading : error ? t.failed : ""}</p></main>;
  // A proposal decided a moment ago may still be in the cache as decided.
  const waiting = data.matchProposalsToDecide.nodes.filter((p) => p.status === "PROPOSED");
  return (
    <main id="main">
      <h1 id="proposals-heading">{t.proposalsToDecide}</h1>
      <p>{t.proposalsIntro}</p>
      {waiting.length === 0 ? (
        <p role="status">{t.noProposalsToDecide}</p>
      ) : (
        <ul className="list" aria-labelledby="proposals-heading">
          {waiting.map((proposal) => (
            <li key={proposal.id}>
              <Link href={`/mentoring/proposals/${encodeURIComponent(proposal.id)}`}>
                {t.proposalPair(proposal.mentee?.name ?? "", proposal.mentor?.name ?? "")}
              </Link>
              <span className="meta">
                {t.fit} {formatPercent(proposal.fit * 100, language)} · {formatDateTime(proposal.createdAt, language)}
              </span>
            </li>
          ))}
        </ul>
      )}
      {data.matchProposalsToDecide.pageInfo.hasNextPage && <p className="meta">{t.moreProposals}</p>}
    </main>
  );
}
