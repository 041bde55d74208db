import { useEffect, useMemo } from 'react';
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
import { updateJournal, useJournal } from '../journal';
import { problemMeta, recordFailure } from '../problem-log';
import { useProblem } from '../../problems/useProblem';
import { ownerRequest } from '../requests';
import { forgetWatch, formatElapsed, noteRegisterCall, registrationStatus } from '../registration';
import { readStepUps } from '../../auth/step-up';
import { noteResent, pendingResend } from '../resend';
import { providerPath } from '../../azure/providers';
import { PredictedDeniedCard } from './PredictedDeniedCard';
import { RegisterCard } from './RegisterCard';
import { RegisteringCard } from './RegisteringCard';
import { RegisterProblemCard } from './RegisterProblemCard';
import { RegistrationFacts } from './RegistrationFacts';
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
  const { i18n } = useLingui();
  const tenantId = account.tenantId;
  const ns = config.providerNamespace;
  const subscription = useSubscription(arm, tenantId, subscriptionId);
  const journal = useJournal(tenantId);
  const register = useRegisterProvider(
    arm,
    subscriptionId,
    ns,
    (outcome) => updateJournal(tenantId, (j) => noteRegisterCall(j, subscriptionId, outcome)),
    problemMeta(tenantId, config),
  );
  const state = provider.data?.registrationState;
  const registering = state === RegistrationState.Registering;
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
  // "Registration failed" is the portal's own conclusion (this tab's watch and ARM's state): noted when reached.
  useEffect(() => recordFailure(tenantId, config, failure), [tenantId, config, failure]);
  const failureProblem = useProblem(failure);
  const registerProblem = useProblem(register.error);
  const readProblem = useProblem(provider.error);
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
      <RegistrationFacts
        name={name}
        subscriptionId={subscriptionId}
        subscription={subscription}
        ns={ns}
        state={state}
      />

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

      {predictedDenied && !failed && !register.error && <PredictedDeniedCard ns={ns} name={name} request={request} />}

      {canStart && <RegisterCard ns={ns} sending={register.isPending} readOnly={readOnly} onStart={start} />}

      {registering && (
        <RegisteringCard
          ns={ns}
          name={name}
          elapsed={elapsed}
          announced={announced}
          lastChecked={lastChecked}
          stuck={stuck}
        />
      )}

      {registerProblem && (
        <RegisterProblemCard
          problem={registerProblem}
          request={request}
          onRetry={start}
          onChangeSubscription={changeSubscription}
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
