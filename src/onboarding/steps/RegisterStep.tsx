import { useEffect, useMemo, useRef } from 'react';
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { AccountInfo } from '@azure/msal-browser';
import { Trans, useLingui } from '@lingui/react/macro';
import { useRuntime } from '../../runtime/runtime';
import { useRegisterProvider, type ProviderSnapshot } from '../../azure/providers';
import { useSubscription } from '../../azure/subscriptions';
import { isReadOnlyState } from '../../azure/models';
import { RegistrationFailedError } from '../../azure/errors';
import { canRegister, permissionsQueryOptions } from '../../azure/permissions';
import { ProblemCard } from '../../ui/ProblemCard';
import { useNow } from '../../ui/useNow';
import { updateChoices } from '../choices';
import { updateJournal, useJournal, useRecordedProblem } from '../journal';
import { ProviderStateText, SubscriptionStateText } from '../states';
import { ownerRequest } from '../requests';
import { forgetWatch, formatElapsed, noteRegisterCall, registrationStatus } from '../registration';
import { RequestText } from '../RequestText';
import { readStepUps } from '../../auth/step-up';
import { noteResent, pendingResend } from '../resend';
import { providerPath } from '../../azure/providers';
import { RegistrationState } from '../../azure/registration-state';

export function RegisterStep({
  account,
  subscriptionId,
  provider,
}: {
  account: AccountInfo;
  subscriptionId: string;
  provider: UseQueryResult<ProviderSnapshot>;
}) {
  const { arm, config } = useRuntime();
  const { t, i18n } = useLingui();
  const tenantId = account.tenantId;
  const ns = config.providerNamespace;
  const subscription = useSubscription(arm, tenantId, subscriptionId);
  const journal = useJournal(tenantId);
  const register = useRegisterProvider(arm, subscriptionId, ns, (outcome) =>
    updateJournal(tenantId, (j) => noteRegisterCall(j, subscriptionId, outcome)),
  );
  const state = provider.data?.registrationState;
  const registering = state === RegistrationState.Registering;
  const progressRef = useRef<HTMLDivElement>(null);
  // The Register button the user just pressed is gone: keep keyboard focus on what replaced it.
  useEffect(() => {
    if (registering && (document.activeElement === document.body || document.activeElement === null))
      progressRef.current?.focus();
  }, [registering]);
  const now = useNow(1000, registering);
  const readOnly = subscription ? isReadOnlyState(subscription.state) : false;
  const watchingSince = journal.watchingSince[subscriptionId];
  const registerPending = register.isPending;
  // Memoized so the failure memo below sees a status that changes only when one of its inputs does.
  const { failed, canStart, checkPermissions, elapsedMs, stuck, announcedElapsedMs } = useMemo(
    () => registrationStatus({ state, watchingSince, registerPending, readOnly, now }),
    [state, watchingSince, registerPending, readOnly, now],
  );
  const failure = useMemo(
    () =>
      failed
        ? new RegistrationFailedError({
            subscriptionId,
            namespace: ns,
            correlationId: journal.registration?.correlationId,
            clientRequestId: journal.registration?.clientRequestId,
          })
        : null,
    [failed, subscriptionId, ns, journal.registration?.correlationId, journal.registration?.clientRequestId],
  );
  const failureProblem = useRecordedProblem(failure, tenantId);
  const registerProblem = useRecordedProblem(register.error, tenantId);
  const readProblem = useRecordedProblem(provider.error, tenantId);
  const name = subscription?.displayName ?? subscriptionId;
  // Before the click: do the user's roles on this subscription include the register action? A hint only.
  const permissions = useQuery({ ...permissionsQueryOptions(arm, subscriptionId), enabled: checkPermissions });
  const predictedDenied = permissions.data !== undefined && !canRegister(permissions.data, ns);
  const request = ownerRequest(i18n, {
    namespace: ns,
    subscriptionName: name,
    subscriptionId,
    appName: config.appName,
  });

  const elapsed = formatElapsed(i18n, elapsedMs);
  const announced = announcedElapsedMs !== undefined ? formatElapsed(i18n, announcedElapsedMs) : undefined;
  const lastChecked = provider.data ? i18n.date(new Date(provider.data.readAt), { timeStyle: 'medium' }) : undefined;

  const changeSubscription = () => updateChoices(tenantId, () => ({}));
  const verifyNow = () => updateChoices(tenantId, (c) => ({ ...c, verifyRequested: true }));
  const start = () => {
    // The button is hidden while a call is pending or ARM says Registering; this guards a double click too.
    if (register.isPending || registering) return;
    // A new attempt after a failed one: its own watch, so "failed" means this attempt.
    if (failed) updateJournal(tenantId, (j) => forgetWatch(j, subscriptionId));
    register.mutate();
  };

  // Back from the sign-in ARM's claims challenge asked for: the register call it held up goes out once more, once.
  const registerOperation = `POST ${providerPath(subscriptionId, ns)}/register`;
  const registeredAt =
    journal.registration?.subscriptionId === subscriptionId ? journal.registration.requestedAt : undefined;
  useEffect(() => {
    if (state === undefined || register.isPending) return;
    const record = pendingResend(readStepUps(), tenantId, registerOperation);
    if (!record) return;
    noteResent(record);
    // Already registering or registered, or a register answered after the step-up: nothing to send again.
    const sentSince = registeredAt !== undefined && Date.parse(registeredAt) >= record.startedAt;
    if (canStart && !sentSince) register.mutate();
  }, [state, canStart, register, tenantId, registerOperation, registeredAt]);

  return (
    <>
      <dl className="facts">
        <div>
          <dt>
            <Trans>Subscription</Trans>
          </dt>
          <dd>
            <span className="wrap">{name}</span> <span className="muted mono">{subscriptionId}</span>
            {subscription && (
              <>
                {' '}
                <SubscriptionStateText state={subscription.state} />
              </>
            )}
          </dd>
        </div>
        <div>
          <dt>
            <Trans>Resource provider</Trans>
          </dt>
          <dd>
            <code>{ns}</code> <ProviderStateText state={state} />
          </dd>
        </div>
      </dl>

      {provider.isPending && (
        <p role="status" className="loading">
          <Trans>Reading the provider's state on this subscription…</Trans>
        </p>
      )}

      {readProblem && (
        <ProblemCard
          problem={readProblem}
          actions={
            <>
              <button type="button" className="button" onClick={() => void provider.refetch()}>
                <Trans>Try again</Trans>
              </button>
              <button type="button" className="button" onClick={changeSubscription}>
                <Trans>Choose another subscription</Trans>
              </button>
            </>
          }
        />
      )}

      {failureProblem && (
        <ProblemCard
          problem={failureProblem}
          actions={
            <button type="button" className="button primary" onClick={start}>
              <Trans>Register again</Trans>
            </button>
          }
        />
      )}

      {predictedDenied && !failed && !register.error && (
        <div className="card warning" role="note" aria-labelledby="predicted-denied-title">
          <h2 id="predicted-denied-title" className="h3">
            <Trans>Your roles on this subscription probably don't allow registering</Trans>
          </h2>
          <p>
            <Trans comment="Owner and Contributor are Azure role names">
              Registering needs the action <code>{ns}/register/action</code>, which the <strong>Owner</strong> and{' '}
              <strong>Contributor</strong> roles include. Your role assignments on {name} don't grant it. Ask an Owner
              of the subscription to register it for you (the request below says how), or choose a subscription where
              you are an Owner or Contributor. You can still try: Azure has the final word.
            </Trans>
          </p>
          <RequestText label={t`Copy the request for an owner`} text={request} />
        </div>
      )}

      {canStart && (
        <div className="card">
          <p>
            <Trans>
              Registering <code>{ns}</code> tells Azure that this subscription uses Azure Digital Twins. Azure then adds
              the Azure Digital Twins service principal to your directory, which is what lets Microsoft Entra ID issue
              Digital Twins tokens. It is free and creates no resources. You need to be an Owner or Contributor of the
              subscription.
            </Trans>
          </p>
          <p className="actions">
            <button type="button" className="button primary" onClick={start} disabled={register.isPending || readOnly}>
              {register.isPending
                ? t`Sending the request…`
                : t({ message: `Register ${ns}`, comment: 'ns is the resource provider namespace' })}
            </button>
          </p>
          {readOnly && (
            <p className="reason">
              <Trans>This subscription is read-only, so Azure refuses registrations on it. Choose another one.</Trans>
            </p>
          )}
        </div>
      )}

      {registering && (
        <div className="card progress" ref={progressRef} tabIndex={-1}>
          <p role="status" aria-live="polite">
            <Trans>
              Azure is registering <code>{ns}</code> on {name}. This usually takes a minute or two; you can leave this
              page and come back, the portal picks up where Azure is.
            </Trans>
            {announced !== undefined && (
              <>
                {' '}
                <Trans>Still registering after {announced}.</Trans>
              </>
            )}
          </p>
          <div className="meter" aria-hidden="true">
            <div className="meter-bar" />
          </div>
          {stuck && (
            <p>
              <Trans>
                <strong>This is taking longer than usual.</strong> Azure sometimes needs much longer to register a
                provider. The portal keeps checking every 30 seconds; you can also close this page and come back later,
                it picks up where Azure is. If it is still registering after an hour, contact Azure support with the
                details below.
              </Trans>
            </p>
          )}
          <p className="muted">
            {lastChecked !== undefined ? (
              <Trans comment="elapsed is a duration such as 1:05; lastChecked a time of day">
                Elapsed <span className="mono">{elapsed}</span> · last checked {lastChecked}
              </Trans>
            ) : (
              <Trans comment="elapsed is a duration such as 1:05">
                Elapsed <span className="mono">{elapsed}</span>
              </Trans>
            )}
          </p>
        </div>
      )}

      {registerProblem && (
        <ProblemCard
          problem={registerProblem}
          actions={
            <>
              {registerProblem.key === 'arm-AuthorizationFailed' && (
                <RequestText label={t`Copy the request for an owner`} text={request} />
              )}
              {(registerProblem.transient || registerProblem.key.startsWith('arm-claims-repeated')) && (
                <button type="button" className="button" onClick={start}>
                  <Trans>Try again</Trans>
                </button>
              )}
              <button type="button" className="button" onClick={changeSubscription}>
                <Trans>Choose another subscription</Trans>
              </button>
            </>
          }
        />
      )}

      <p className="aside actions">
        <button type="button" className="link-button" onClick={changeSubscription}>
          <Trans>Choose another subscription</Trans>
        </button>
        {!config.digitalTwins && (
          <button type="button" className="link-button" onClick={verifyNow}>
            <Trans>Verify now</Trans>
          </button>
        )}
      </p>
    </>
  );
}
