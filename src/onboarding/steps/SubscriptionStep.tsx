import { useEffect, useMemo, useState } from 'react';
import { useInfiniteQuery, useQueries, useQuery } from '@tanstack/react-query';
import type { AccountInfo } from '@azure/msal-browser';
import { Trans, useLingui } from '@lingui/react/macro';
import { useRuntime } from '../../runtime/runtime';
import { subscriptionsQueryOptions, tenantsQueryOptions } from '../../azure/subscriptions';
import { providerQueryOptions } from '../../azure/providers';
import { ProblemCard } from '../../ui/ProblemCard';
import { updateChoices } from '../choices';
import { useProblem } from '../../problems/useProblem';
import { problemMeta } from '../problem-log';
import { DirectoryPicker } from '../DirectoryPicker';
import { inDirectory } from '../directories';
import { AlreadySetUp } from './AlreadySetUp';
import { NoSubscriptions } from './NoSubscriptions';
import { SubscriptionCount } from './SubscriptionCount';
import { SubscriptionFilter } from './SubscriptionFilter';
import { SubscriptionTable } from './SubscriptionTable';
import { RegistrationState } from '../../azure/registration-state';

/**
 * Rows shown before the user asks for more. Each shown row reads its provider state, so this bounds the ARM
 * reads made before the user acts: with 5,000 subscriptions the list alone is 50 page reads, and the budget
 * is 60 (docs/quality.md).
 */
const FIRST_ROWS = 8;
const MORE_ROWS = 25;

export function SubscriptionStep({ account }: { account: AccountInfo }) {
  return (
    <>
      <DirectoryPicker account={account} />
      {/* Keyed by directory: a switch starts a fresh list, filter and row count. */}
      <SubscriptionList key={account.tenantId} account={account} />
    </>
  );
}

function SubscriptionList({ account }: { account: AccountInfo }) {
  const { arm, config } = useRuntime();
  const { t, i18n } = useLingui();
  const tenantId = account.tenantId;
  const query = useInfiniteQuery({ ...subscriptionsQueryOptions(arm, tenantId), meta: problemMeta(tenantId, config) });
  const { hasNextPage, isFetchingNextPage, isFetchNextPageError, fetchNextPage } = query;
  const [filter, setFilter] = useState('');
  const [limit, setLimit] = useState(FIRST_ROWS);

  // Every page, not only the first: the first one is shown while the rest arrive.
  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage && !isFetchNextPageError) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, isFetchNextPageError, fetchNextPage]);

  const all = useMemo(() => query.data?.pages.flatMap((p) => p.subscriptions) ?? [], [query.data]);
  // Lower-cased once per list, not once per keystroke: a filter keystroke over 5,000 rows stays well under 50 ms.
  const searchable = useMemo(() => all.map((s) => `${s.displayName}\n${s.subscriptionId}`.toLowerCase()), [all]);
  const needle = filter.trim().toLowerCase();
  const matching = useMemo(
    () => (needle ? all.filter((_, i) => searchable[i]!.includes(needle)) : all),
    [all, searchable, needle],
  );
  const visible = matching.slice(0, limit);
  const providers = useQueries({
    queries: visible.map((s) => providerQueryOptions(arm, s.subscriptionId, config.providerNamespace)),
  });
  // Names of the directories rows belong to (a partner's list holds its customers' subscriptions too).
  const tenants = useQuery(tenantsQueryOptions(arm, account.homeAccountId)).data ?? [];
  const severalDirectories = useMemo(() => all.some((s) => !inDirectory(s, tenantId)), [all, tenantId]);
  // Only a subscription of this directory says anything about this directory.
  const registeredOn = visible.find(
    (s, i) => inDirectory(s, tenantId) && providers[i]?.data?.registrationState === RegistrationState.Registered,
  );
  const problem = useProblem(query.error);
  const loadingMore = isFetchingNextPage || (hasNextPage && !isFetchNextPageError);

  // With today's Digital Twins this list chooses where to register (there was no instance): that wish stays.
  const choose = (subscriptionId: string) =>
    updateChoices(tenantId, (c) => ({ subscriptionId, ...(c.registerWanted ? { registerWanted: true } : {}) }));
  const verifyNow = () => updateChoices(tenantId, (c) => ({ ...c, verifyRequested: true }));

  if (query.isPending) {
    return (
      <p role="status" className="loading">
        <Trans>Loading the subscriptions of your directory…</Trans>
      </p>
    );
  }

  if (query.isError && all.length === 0) {
    return problem ? (
      <ProblemCard
        problem={problem}
        actions={
          <button type="button" className="button" onClick={() => void query.refetch()}>
            <Trans>Try again</Trans>
          </button>
        }
      />
    ) : null;
  }

  if (all.length === 0 && !loadingMore) {
    return (
      <NoSubscriptions onCheckAgain={() => void query.refetch()} checking={query.isRefetching} onVerify={verifyNow} />
    );
  }

  const ns = config.providerNamespace;
  const loaded = all.length;
  const matched = i18n.number(matching.length);
  return (
    <>
      <p className="lead">
        <Trans>
          Choose the subscription to register <code>{ns}</code> on. Any enabled subscription of this directory will do;
          registering is free and creates no resources.
        </Trans>
      </p>
      {registeredOn && <AlreadySetUp ns={ns} registeredOn={registeredOn} onVerify={verifyNow} />}
      {all.length > 5 && <SubscriptionFilter value={filter} onChange={setFilter} />}
      <SubscriptionTable
        ns={ns}
        rows={visible.map((s, i) => ({
          subscription: s,
          providerState: providers[i]?.data?.registrationState,
          providerError: providers[i]?.isError === true,
        }))}
        onChoose={choose}
        tenantId={tenantId}
        tenants={tenants}
        showDirectory={severalDirectories}
      />
      <SubscriptionCount loadingMore={loadingMore} loaded={loaded} matched={matched} filtering={needle !== ''} />
      {problem && all.length > 0 && (
        <ProblemCard
          problem={problem}
          actions={
            <button
              type="button"
              className="button"
              onClick={() => void (isFetchNextPageError ? fetchNextPage() : query.refetch())}
            >
              {isFetchNextPageError ? t`Load the rest again` : t`Try again`}
            </button>
          }
        />
      )}
      {matching.length > limit && (
        <button type="button" className="button" onClick={() => setLimit((l) => l + MORE_ROWS)}>
          <Trans>Show more subscriptions</Trans>
        </button>
      )}
      {!config.digitalTwins && (
        <p className="aside">
          <Trans>Set this up before?</Trans>{' '}
          <button type="button" className="link-button" onClick={verifyNow}>
            <Trans>Skip to verification</Trans>
          </button>
        </p>
      )}
    </>
  );
}
