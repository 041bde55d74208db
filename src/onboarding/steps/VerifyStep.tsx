import { useEffect, useState } from 'react';
import { hashKey, useQuery, useQueryClient, type QueryKey } from '@tanstack/react-query';
import type { AccountInfo } from '@azure/msal-browser';
import { Trans, useLingui } from '@lingui/react/macro';
import { useRuntime } from '../../runtime/runtime';
import { requestDigitalTwinsConsent } from '../../auth/tokens';
import { useSubscription } from '../../azure/subscriptions';
import { ProblemCard } from '../../ui/ProblemCard';
import { useNow } from '../../ui/useNow';
import { updateChoices, useChoices } from '../choices';
import { updateJournal, useJournal } from '../journal';
import { problemMeta, recordFailure } from '../problem-log';
import { useProblem } from '../../problems/useProblem';
import {
  askAgain,
  registeredRecently,
  secondsUntil,
  verificationRetryDelay,
  verificationStatus,
  verifyProblemError,
  verifyQueryOptions,
} from '../verify';
import { ReportPanel } from '../ReportPanel';
import { TokenFacts } from './TokenFacts';
import { TwinsAccess } from '../TwinsAccess';
import type { DigitalTwinsInstance } from '../../azure/digital-twins-instances';
import type { ProviderState } from '../../azure/registration-state';

/**
 * When the next attempt goes. TanStack Query waits between retries without saying until when, so the moment each
 * failure is reported is noted here, by a listener on the query cache (the query's options stay free of effects).
 */
function useNextAttemptAt(queryKey: QueryKey): number | null {
  const client = useQueryClient();
  const hash = hashKey(queryKey);
  const [next, setNext] = useState<number | null>(null);
  useEffect(
    () =>
      client.getQueryCache().subscribe((event) => {
        if (event.type !== 'updated' || event.action.type !== 'failed' || event.query.queryHash !== hash) return;
        // The action counts this failure; the delay is chosen by the failures before it.
        setNext(Date.now() + verificationRetryDelay(event.action.failureCount - 1));
      }),
    [client, hash],
  );
  return next;
}

/**
 * The last step: Entra ID is asked for a Digital Twins token in this directory. With today's Digital Twins
 * (`instance` given) the step also reads who may call the instance, and its ready card says exactly what was proven.
 */
export function VerifyStep({
  account,
  providerState,
  instance,
}: {
  account: AccountInfo;
  providerState: ProviderState | undefined;
  instance?: DigitalTwinsInstance | undefined;
}) {
  const { msal, config, arm } = useRuntime();
  const { t, i18n } = useLingui();
  const app = config.appName;
  const ns = config.providerNamespace;
  const tenantId = account.tenantId;
  const journal = useJournal(tenantId);
  const choices = useChoices(tenantId);
  const [now] = useState(() => Date.now());
  const recentlyRegistered = registeredRecently(journal.registeredSeenAt, now);
  const verifyOptions = verifyQueryOptions(msal, config, account, recentlyRegistered);
  // An instance exists, so its namespace is registered: a missing service principal is then the last resort.
  const namespaceRegistered = instance !== undefined;
  const verify = useQuery({
    ...verifyOptions,
    meta: problemMeta(tenantId, config, { problemOf: (error) => verifyProblemError(error, namespaceRegistered) }),
  });
  const nextAttemptAt = useNextAttemptAt(verifyOptions.queryKey);
  const [consentError, setConsentError] = useState<unknown>(null);
  const { asking, waiting, attempt, attempts, needsConsent, problemError, offerRegister } = verificationStatus({
    isFetching: verify.isFetching,
    isError: verify.isError,
    error: verify.error,
    failureCount: verify.failureCount,
    failureReason: verify.failureReason,
    providerState,
    consentError,
    namespaceRegistered,
  });
  const problem = useProblem(problemError);
  // A registration completed while the token query had given up: read it again, waiting out the service principal.
  const queryClient = useQueryClient();
  const again = askAgain(recentlyRegistered, verify);
  useEffect(() => {
    if (again) void queryClient.resetQueries({ queryKey: verifyOptions.queryKey, exact: true });
  }, [again, queryClient, verifyOptions.queryKey]);
  const subscription = useSubscription(arm, tenantId, choices.subscriptionId);
  // Waiting out a lagging service principal: show when the next attempt goes.
  const clock = useNow(1000, waiting);

  const token = verify.data;
  useEffect(() => {
    if (!token) return;
    updateJournal(tenantId, (j) =>
      j.verification?.acquiredAt === token.acquiredAt
        ? j
        : {
            ...j,
            verification: {
              acquiredAt: token.acquiredAt,
              expiresOn: token.expiresOn,
              scopes: token.scopes,
              tenantId: token.tenantId,
              account: token.account,
              correlationId: token.correlationId,
            },
          },
    );
  }, [token, tenantId]);

  const attemptNumber = i18n.number(attempt);
  const attemptCount = i18n.number(attempts);
  const secondsLeft = nextAttemptAt !== null ? i18n.number(secondsUntil(nextAttemptAt, clock)) : '';

  const back = () => updateChoices(tenantId, () => ({}));
  const instanceName = instance?.name ?? '';
  const toRegister = () => updateChoices(tenantId, (c) => ({ subscriptionId: c.subscriptionId }));
  const grant = async () => {
    setConsentError(null);
    try {
      await requestDigitalTwinsConsent(msal, config, account);
    } catch (error) {
      recordFailure(tenantId, config, error);
      setConsentError(error);
    }
  };

  return (
    <>
      {instance ? (
        <p className="lead">
          <Trans>
            The portal asks Microsoft Entra ID for an Azure Digital Twins token for you in this directory, and reads who
            holds a data role on {instanceName} that covers what {app} needs.
          </Trans>
        </p>
      ) : (
        <p className="lead">
          <Trans>
            The honest test: the portal asks Microsoft Entra ID for an Azure Digital Twins token for you, in this
            directory. If one is issued, {app} will work for your organization.
          </Trans>
        </p>
      )}
      {instance && (
        <TwinsAccess account={account} instance={instance} token={token && !verify.isFetching ? token : undefined} />
      )}

      {asking && (
        <p role="status" className="loading">
          <Trans>Asking Microsoft Entra ID for an Azure Digital Twins token…</Trans>
        </p>
      )}

      {waiting && (
        <div className="card progress">
          {/* Announced once per attempt; the countdown beside it changes every second and stays quiet. */}
          <p role="status">
            <Trans>
              Azure Digital Twins is not visible in your directory yet; Azure can take a few minutes after a
              registration. Attempt {attemptNumber} of {attemptCount} is scheduled.
            </Trans>
          </p>
          {nextAttemptAt !== null && (
            <p className="muted">{t({ message: `Trying again in ${secondsLeft} s.`, comment: 's = seconds' })}</p>
          )}
        </div>
      )}

      {needsConsent && (
        <div className="card note">
          <h2 className="h3">
            <Trans>One more permission</Trans>
          </h2>
          <p>
            <Trans>
              Microsoft Entra ID will issue the token once you allow {app} to use Azure Digital Twins on your behalf.
              The Microsoft sign-in page asks you to accept that; you come back here afterwards.
            </Trans>
          </p>
          <button type="button" className="button primary" onClick={() => void grant()}>
            <Trans>Continue to Microsoft to grant access</Trans>
          </button>
        </div>
      )}

      {problem && (
        <ProblemCard
          problem={problem}
          actions={
            <>
              <button
                type="button"
                className="button"
                onClick={() => void verify.refetch()}
                disabled={verify.isFetching}
              >
                <Trans>Check again</Trans>
              </button>
              {offerRegister && (
                <button type="button" className="button primary" onClick={toRegister}>
                  {choices.subscriptionId
                    ? t({ message: `Register ${ns}`, comment: 'ns is the resource provider namespace' })
                    : t`Choose a subscription to register`}
                </button>
              )}
            </>
          }
        />
      )}

      {token && !verify.isFetching && instance && (
        <ReportPanel account={account} subscription={subscription} providerState={providerState} instance={instance} />
      )}

      {token && !verify.isFetching && !instance && (
        <>
          <div className="card success" role="status">
            <h2 className="h3">
              <Trans>Your directory is ready</Trans>
            </h2>
            <p>
              <Trans>
                Microsoft Entra ID issued an Azure Digital Twins token for you. {app} can now be used in this directory.
              </Trans>
            </p>
            <TokenFacts token={token} issuer={<Trans>Directory (tenant ID)</Trans>} />
          </div>
          <ReportPanel account={account} subscription={subscription} providerState={providerState} />
        </>
      )}

      <p className="aside">
        <button type="button" className="link-button" onClick={back}>
          {instance ? <Trans>Choose another instance</Trans> : <Trans>Back to the subscriptions</Trans>}
        </button>
      </p>
    </>
  );
}
