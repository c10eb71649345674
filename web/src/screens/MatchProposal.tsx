import { useMutation, useQuery } from "urql";
import { ApproveMatchProposalMutation, MatchProposalQuery } from "../api/documents";
import { formatDateTime, formatPercent } from "../i18n/format";
import { useApp } from "../ui/context";

/** A mentor requested for one of the manager's leaders, to approve. */
export function MatchProposal({ id }: { id: string }) {
  const { t, language } = useApp();
  const [{ data, fetching, error }, refetch] = useQuery({ query: MatchProposalQuery, variables: { id } });
  const [state, approve] = useMutation(ApproveMatchProposalMutation);
  const proposal = data?.node?.__typename === "MatchProposal" ? data.node : null;
  if (!proposal) return <main id="main"><p role="status">{fetching ? t.loading : error ? t.failed : t.notFound}</p></main>;
  async function decide() {
    const result = await approve({ input: { proposalId: id, clientMutationId: crypto.randomUUID() } });
    if (result.data?.approveMatchProposal.errors.length === 0) refetch({ requestPolicy: "network-only" });
  }
  return (
    <main id="main">
      <h1>{t.mentorProposal}</h1>
      <dl>
        <dt>{t.mentee}</dt>
        <dd>{proposal.mentee?.name}</dd>
        <dt>{t.mentor}</dt>
        <dd>{proposal.mentor?.name}{proposal.mentor?.jobTitle ? `, ${proposal.mentor.jobTitle}` : ""}</dd>
        <dt>{t.fit}</dt>
        <dd>{formatPercent(proposal.fit * 100, language)}</dd>
      </dl>
      <p className="meta">{formatDateTime(proposal.createdAt, language)}</p>
      {state.data?.approveMatchProposal.errors.map((e) => <p key={e.code} role="alert" className="error">{e.message}</p>)}
      {proposal.status === "PROPOSED" ? (
        <button onClick={decide} disabled={state.fetching}>{t.approve}</button>
      ) : (
        <p role="status">{t.proposalStatus[proposal.status] ?? proposal.status}</p>
      )}
    </main>
  );
}
