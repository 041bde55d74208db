import { useEffect, useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { AccountInfo } from '@azure/msal-browser';
import { Trans, useLingui } from '@lingui/react/macro';
import type { DigitalTwinsConfig } from '../../config/schema';
import { useRuntime } from '../../runtime/runtime';
import {
  forgetDeveloperRedirect,
  isDeveloperRedirectPending,
  redirectToDeveloperDirectory,
} from '../../auth/developer-directory';
import { SignInRedirectButton } from '../../auth/SignInRedirectButton';
import { english } from '../../i18n/i18n';
import { aadstsCode } from '../../problems/classify';
import { describeGuestProblem } from '../../problems/classify-guest';
import { aadstsOf } from '../../exchanges/aadsts';
import { ProblemCard } from '../../ui/ProblemCard';
import { guestDecision, guestStatus, guestTokenQueryOptions, type GuestToken } from '../guest-access';
import { developerRequest } from '../guest-requests';
import { updateJournal, type GuestFindings } from '../journal';
import { problemMeta, recordFailure } from '../problem-log';
import { RedirectProblem } from '../RedirectProblem';
import { ReportPanel } from '../ReportPanel';
import { TokenFacts } from './TokenFacts';
import { RequestText } from '../RequestText';

type DeveloperTwins = Extract<DigitalTwinsConfig, { hosting: 'developer' }>;

function codeOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || typeof (error as { errorCode?: unknown }).errorCode !== 'string')
    return undefined;
  const code = aadstsCode(error as { errorCode: string });
  return code ? aadstsOf(code) : undefined;
}

/**
 * The instance is in the developer's directory: no subscription, provider or instance step in the customer's
 * directory, and the page says why. The check: a Digital Twins token for the signed-in person from the instance's
 * directory, silently first, Microsoft's page of that directory only on a click and only when it can help. The
 * customer's profile stays the active account throughout.
 */
export function GuestAccessStep({ account }: { account: AccountInfo }) {
  const { msal, config, redirectError } = useRuntime();
  const { t, i18n } = useLingui();
  const settings = config.digitalTwins as DeveloperTwins;
  const tenantId = settings.tenantId;
  const host = settings.hostName;
  const app = config.appName;
  const name = account.username;
  // Back from Microsoft's page of the developer's directory: its error (if any) is that request's answer, shown here
  // and not as one of the customer's own directory. Noted once per page load; the note goes once read.
  const [fromDeveloper] = useState(() => isDeveloperRedirectPending());
  const [returnedError, setReturnedError] = useState<unknown>(() => (fromDeveloper ? redirectError : undefined));
  // The report's problems: this step picks the card by the AADSTS code (guestDecision), in English.
  const describeInEnglish = useMemo(() => {
    const guest = { tenantId, customerTenantId: account.tenantId, signInName: name };
    return (failure: unknown) => {
      const decided = guestDecision(failure);
      const key = decided.kind === 'other' ? undefined : decided.key;
      return describeGuestProblem(failure, key, { ...config, i18n: english, ...guest });
    };
  }, [config, tenantId, account.tenantId, name]);
  useEffect(() => {
    forgetDeveloperRedirect();
    if (fromDeveloper && redirectError)
      recordFailure(account.tenantId, config, redirectError, undefined, describeInEnglish);
  }, [fromDeveloper, redirectError, account.tenantId, config, describeInEnglish]);

  const query = useQuery({
    ...guestTokenQueryOptions(msal, config, account, tenantId),
    meta: problemMeta(account.tenantId, config, { describe: describeInEnglish }),
  });
  const { asking, error, decision } = guestStatus({
    isFetching: query.isFetching,
    error: query.error,
    redirectError: returnedError,
  });
  const token = !asking && !error ? query.data : undefined;
  const key = decision && decision.kind !== 'other' ? decision.key : undefined;
  const ctx = useMemo(
    () => ({ ...config, i18n, locale: i18n.locale, tenantId, customerTenantId: account.tenantId, signInName: name }),
    [config, i18n, tenantId, account.tenantId, name],
  );
  const at = useMemo(() => (error ? new Date() : null), [error]);
  const problem = useMemo(
    () => (error && at ? describeGuestProblem(error, key, ctx, at) : null),
    [error, key, ctx, at],
  );
  const aadsts = codeOf(error);

  // The journal (English) feeds the report: the outcome, who must act, and the card met.
  useEffect(() => {
    if (asking || (!token && !problem)) return;
    const found: GuestFindings = {
      checkedAt: new Date().toISOString(),
      outcome: token ? 'token-issued' : decision?.kind === 'interactive' ? 'sign-in-needed' : 'blocked',
      actor: decision && decision.kind !== 'other' ? decision.actor : null,
      problem: problem?.key ?? null,
      aadsts: aadsts ?? null,
      token: token
        ? {
            tenantId: token.tenantId,
            account: token.account,
            scopes: token.scopes,
            expiresOn: token.expiresOn,
            correlationId: token.correlationId,
          }
        : null,
    };
    updateJournal(account.tenantId, (j) =>
      j.guest?.outcome === found.outcome && j.guest.problem === found.problem && j.guest.aadsts === found.aadsts
        ? j
        : { ...j, guest: found },
    );
  }, [asking, token, problem, decision, aadsts, account.tenantId]);

  const request = developerRequest(i18n, {
    appName: app,
    tenantId,
    hostName: host,
    dataRole: settings.dataRole,
    customerTenantId: account.tenantId,
    signInNames: [name],
    aadsts,
  });
  const checkAgain = () => {
    setReturnedError(undefined);
    void query.refetch();
  };
  const requestLabel = t`Copy the request for the developer`;

  return (
    <>
      {!fromDeveloper && <RedirectProblem tenantId={account.tenantId} />}
      <p className="lead">
        <Trans>
          The Azure Digital Twins instance of {app} is in its developer's directory (
          <span className="mono">{tenantId}</span>), not in yours: your people use it as guests there.
        </Trans>
      </p>
      <div className="card note" role="note" aria-label={t`Why there is nothing to set up in your directory`}>
        <p>
          <Trans>
            So there is no subscription to choose and no resource provider to register in your directory: nothing in it
            serves an instance in another directory, and a token from your directory is refused there. What matters is
            whether the developer's directory issues your people a token for the instance. The portal asks it for one,
            for you ({name}); you stay signed in to your own directory.
          </Trans>
        </p>
      </div>

      {asking && (
        <p role="status" className="loading">
          <Trans>Asking the developer's directory for an Azure Digital Twins token…</Trans>
        </p>
      )}

      {token && <GuestReady token={token} hostName={host} />}

      {problem && (
        <ProblemCard
          problem={problem}
          actions={
            <>
              {decision?.kind === 'interactive' && (
                <SignInRedirectButton
                  go={() => redirectToDeveloperDirectory(msal, config, account, tenantId, decision.claims)}
                >
                  <Trans>Continue to Microsoft</Trans>
                </SignInRedirectButton>
              )}
              <button type="button" className="button" onClick={checkAgain} disabled={query.isFetching}>
                <Trans>Check again</Trans>
              </button>
            </>
          }
        />
      )}

      {(token || problem) && (
        <section className="card" aria-labelledby="developer-todo-title">
          <h2 id="developer-todo-title" className="h3">
            <Trans>What the developer must do for your people</Trans>
          </h2>
          <p>
            <Trans>
              The data role on the instance is not visible from here: a guest cannot read role assignments in the
              developer's directory (data roles grant no Microsoft.Authorization/permissions/read), so only the
              developer can confirm it. Send them this request, with the sign-in names of everyone who uses {app}.
            </Trans>
          </p>
          <RequestText label={requestLabel} text={request} />
        </section>
      )}

      {(token || problem) && <ReportPanel account={account} subscription={undefined} providerState={undefined} />}
    </>
  );
}

/** What was proven: a token issued by the instance's directory to the signed-in person, and nothing more. */
function GuestReady({ token, hostName }: { token: GuestToken; hostName: string }) {
  const { config } = useRuntime();
  const app = config.appName;
  const tenantId = token.tenantId;
  return (
    <div className="card success" role="status" aria-labelledby="guest-ready-title">
      <h2 id="guest-ready-title" className="h3">
        <Trans>Your account can get a token for {app}'s instance</Trans>
      </h2>
      <p>
        <Trans>
          The developer's directory (<span className="mono">{tenantId}</span>) issued you an Azure Digital Twins token
          for <span className="mono">{hostName}</span>: you are a guest there and nothing blocks you.
        </Trans>
      </p>
      <TokenFacts token={token} issuer={<Trans>Token issued by (tenant ID)</Trans>} />
    </div>
  );
}
