import { useEffect, useMemo, useState } from 'react';
import { useInfiniteQuery, useQueries, useQuery } from '@tanstack/react-query';
import type { AccountInfo } from '@azure/msal-browser';
import { Plural, Trans, useLingui } from '@lingui/react/macro';
import { useRuntime } from '../../runtime/runtime';
import { subscriptionsQueryOptions, tenantsQueryOptions } from '../../azure/subscriptions';
import { providerQueryOptions } from '../../azure/providers';
import { isReadOnlyState, subscriptionStanding, type Subscription, type Tenant } from '../../azure/models';
import { ProblemCard } from '../../ui/ProblemCard';
import { updateChoices } from '../choices';
import { useRecordedProblem } from '../journal';
import { ProviderStateText, SubscriptionStateText } from '../states';
import { DirectoryPicker } from '../DirectoryPicker';
import { directoryName, inDirectory, subscriptionOffer } from '../directories';
import { RegistrationState, type ProviderState } from '../../azure/registration-state';

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
  const query = useInfiniteQuery(subscriptionsQueryOptions(arm, tenantId));
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
  const problem = useRecordedProblem(query.error, tenantId);
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
      {registeredOn && (
        <div className="card success" role="status">
          <h2 className="h3">
            <Trans>Your directory is already set up</Trans>
          </h2>
          <p>
            <Trans>
              <code>{ns}</code> is already registered on <strong>{registeredOn.displayName}</strong>, so Azure Digital
              Twins should already be known in your directory. You can go straight to verification.
            </Trans>
          </p>
          <button type="button" className="button primary" onClick={verifyNow}>
            <Trans>Verify now</Trans>
          </button>
        </div>
      )}
      {all.length > 5 && (
        <p className="filter">
          <label htmlFor="subscription-filter">
            <Trans>Filter by name or ID</Trans>
          </label>
          <input
            id="subscription-filter"
            type="search"
            value={filter}
            onChange={(e) => setFilter(e.target.value)}
            autoComplete="off"
          />
        </p>
      )}
      <div className="table-scroll">
        <table className="table">
          <caption className="visually-hidden">
            <Trans>Subscriptions of your directory</Trans>
          </caption>
          <thead>
            <tr>
              <th scope="col">
                <Trans comment="Column heading">Subscription</Trans>
              </th>
              <th scope="col">
                <Trans comment="Column heading: the subscription's state">State</Trans>
              </th>
              <th scope="col">
                <code>{config.providerNamespace}</code>
              </th>
              <th scope="col">
                <span className="visually-hidden">
                  <Trans comment="Column heading of the buttons">Action</Trans>
                </span>
              </th>
            </tr>
          </thead>
          <tbody>
            {visible.map((s, i) => (
              <SubscriptionRow
                key={s.subscriptionId}
                subscription={s}
                providerState={providers[i]?.data?.registrationState}
                providerError={providers[i]?.isError === true}
                onChoose={choose}
                tenantId={tenantId}
                tenants={tenants}
                showDirectory={severalDirectories}
              />
            ))}
          </tbody>
        </table>
      </div>
      {/* The running count is for the eyes; screen readers hear "loading" once and then the total, not every page. */}
      <p className="muted">
        {loadingMore && (
          <span aria-hidden="true">
            <Plural
              value={loaded}
              one="Loaded # subscription so far, loading more…"
              other="Loaded # subscriptions so far, loading more…"
            />
          </span>
        )}
        <span role="status" className={loadingMore ? 'visually-hidden' : undefined}>
          {loadingMore ? (
            <Trans>Loading more subscriptions…</Trans>
          ) : needle ? (
            <Plural
              value={loaded}
              one={`${matched} of # subscription matches.`}
              other={`${matched} of # subscriptions match.`}
            />
          ) : (
            <Plural value={loaded} one="# subscription." other="# subscriptions." />
          )}
        </span>
      </p>
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

function SubscriptionRow({
  subscription,
  providerState,
  providerError,
  onChoose,
  tenantId,
  tenants,
  showDirectory,
}: {
  subscription: Subscription;
  providerState: ProviderState | undefined;
  providerError: boolean;
  onChoose: (id: string) => void;
  /** the directory being set up */
  tenantId: string;
  tenants: readonly Tenant[];
  /** the list spans several directories: every row names its own */
  showDirectory: boolean;
}) {
  const { t, i18n } = useLingui();
  const readOnly = isReadOnlyState(subscription.state);
  const atRisk = subscriptionStanding(subscription.state) === 'at-risk';
  const offer = subscriptionOffer(subscription, tenantId, tenants, i18n);
  const directory = directoryName(subscription.tenantId ?? tenantId, tenants, i18n);
  const name = subscription.displayName;
  const reasonId = `reason-${subscription.subscriptionId}`;
  const directoryReasonId = `directory-reason-${subscription.subscriptionId}`;
  const describedBy = [readOnly ? reasonId : '', offer.usable ? '' : directoryReasonId].filter(Boolean).join(' ');
  return (
    <tr>
      <th scope="row" className="sub-name">
        <span className="wrap">{subscription.displayName}</span>
        <span className="muted mono wrap">{subscription.subscriptionId}</span>
        {showDirectory && (
          <span className="muted wrap">
            {subscription.managedByTenants.includes(tenantId) && !inDirectory(subscription, tenantId) ? (
              <Trans>Directory: {directory} (Azure Lighthouse)</Trans>
            ) : (
              <Trans>Directory: {directory}</Trans>
            )}
          </span>
        )}
      </th>
      <td>
        <SubscriptionStateText state={subscription.state} />
        {readOnly && (
          <span id={reasonId} className="reason">
            <ReadOnlyReason state={subscription.state} />
          </span>
        )}
        {atRisk && (
          <span className="reason">
            <Trans>
              Registering works: Azure keeps every operation available, but disables the subscription if its billing
              issue isn't settled.
            </Trans>
          </span>
        )}
        {!offer.usable && (
          <span id={directoryReasonId} className="reason">
            {offer.reason}
          </span>
        )}
      </td>
      <td>
        {providerError ? (
          <span className="muted">
            <Trans comment="The provider's state on a subscription could not be read">Couldn't read</Trans>
          </span>
        ) : (
          <ProviderStateText state={providerState} />
        )}
      </td>
      <td>
        <button
          type="button"
          className="button"
          disabled={readOnly || !offer.usable}
          aria-describedby={describedBy || undefined}
          // The name starts with the visible text (WCAG 2.5.3) and says which row it acts on.
          aria-label={t({
            message: `Use this subscription: ${name}`,
            comment: "The button's name starts with its visible text",
          })}
          onClick={() => onChoose(subscription.subscriptionId)}
        >
          <Trans>Use this subscription</Trans>
        </button>
      </td>
    </tr>
  );
}

/** Why a read-only or deleted subscription's row cannot be used, naming its state (Azure's word, lower-cased in English). */
function ReadOnlyReason({ state }: { state: string }) {
  switch (state) {
    case 'Disabled':
      return <Trans>Azure keeps disabled subscriptions read-only, so nothing can be registered on it.</Trans>;
    case 'Expired':
      return (
        <Trans>
          This subscription was cancelled and has expired: Azure keeps it read-only until it is reactivated, so nothing
          can be registered on it.
        </Trans>
      );
    case 'Deleted':
      return <Trans>Azure has deleted this subscription: no operation is possible on it.</Trans>;
    default:
      return (
        <Trans comment="state is Azure's name for the subscription's state">
          Azure keeps {state} subscriptions read-only, so nothing can be registered on it.
        </Trans>
      );
  }
}

function NoSubscriptions({
  onCheckAgain,
  checking,
  onVerify,
}: {
  onCheckAgain: () => void;
  checking: boolean;
  onVerify: () => void;
}) {
  const { t } = useLingui();
  return (
    <div className="card note">
      <h2 className="h3">
        <Trans>Your directory has no Azure subscription you can use</Trans>
      </h2>
      <p>
        <Trans>
          Registering the resource provider needs an Azure subscription linked to this directory, on which you are an
          Owner or Contributor. Microsoft's guidance for this case is:
        </Trans>
      </p>
      <ol>
        <li>
          <Trans comment="First of two options; the second follows in the next list item">
            Create a <strong>pay-as-you-go</strong> subscription (it costs nothing until you create resources), signed
            in with an account of this directory, or
          </Trans>
        </li>
        <li>
          <Trans comment="Second of two options, following 'Create a pay-as-you-go subscription …, or'">
            link an existing subscription to this directory (change its directory in the Azure portal).
          </Trans>
        </li>
      </ol>
      <ul className="links">
        <li>
          <a
            href="https://portal.azure.com/#view/Microsoft_Azure_Billing/SubscriptionsBladeV2"
            target="_blank"
            rel="noreferrer noopener"
          >
            <Trans>
              Subscriptions in the Azure portal<span className="visually-hidden"> (opens in a new tab)</span>
            </Trans>
          </a>
        </li>
        <li>
          <a
            href="https://learn.microsoft.com/entra/fundamentals/how-subscriptions-associated-directory"
            target="_blank"
            rel="noreferrer noopener"
          >
            <Trans>
              Add an existing subscription to your directory (Microsoft Learn)
              <span className="visually-hidden"> (opens in a new tab)</span>
            </Trans>
          </a>
        </li>
      </ul>
      <p className="actions">
        <button type="button" className="button primary" onClick={onCheckAgain} disabled={checking}>
          {checking ? t`Checking…` : t`Check again`}
        </button>
        <button type="button" className="button" onClick={onVerify}>
          <Trans>Verify anyway</Trans>
        </button>
      </p>
    </div>
  );
}
