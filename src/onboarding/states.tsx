import type { I18n, MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import type { RegistrationState } from '../azure/registration-state';

/** Azure's state words with a plain explanation next to them. */
const SUBSCRIPTION_STATES: Record<string, MessageDescriptor> = {
  Enabled: msg({ message: 'Enabled', comment: 'Azure subscription state' }),
  Warned: msg({ message: 'Warned (to be disabled soon)', comment: 'Azure subscription state' }),
  PastDue: msg({ message: 'Past due (payment pending)', comment: 'Azure subscription state' }),
  Expired: msg({ message: 'Expired (read-only)', comment: 'Azure subscription state: cancelled, can be reactivated' }),
  Disabled: msg({ message: 'Disabled (read-only)', comment: 'Azure subscription state' }),
  Deleted: msg({ message: 'Deleted', comment: 'Azure subscription state' }),
};

const PROVIDER_STATES: Record<RegistrationState, MessageDescriptor> = {
  NotRegistered: msg({ message: 'Not registered', comment: 'Resource provider registration state' }),
  Registering: msg({ message: 'Registering…', comment: 'Resource provider registration state' }),
  Registered: msg({ message: 'Registered', comment: 'Resource provider registration state' }),
  Unregistering: msg({ message: 'Unregistering…', comment: 'Resource provider registration state' }),
  Unregistered: msg({ message: 'Not registered', comment: 'Resource provider registration state' }),
};

/** A subscription state in words; a state Azure named that the portal has no words for stays Azure's identifier. */
export function subscriptionStateWords(i18n: I18n, state: string): string {
  const words = SUBSCRIPTION_STATES[state];
  return words ? i18n._(words) : state;
}

/** A resource provider's registration state in words, or Azure's identifier for one the portal does not know. */
export function providerStateWords(i18n: I18n, state: string): string {
  const words = PROVIDER_STATES[state as RegistrationState] as MessageDescriptor | undefined;
  return words ? i18n._(words) : state;
}

export function SubscriptionStateText({ state }: { state: string }) {
  const { i18n } = useLingui();
  return <span className={`badge badge-${state.toLowerCase()}`}>{subscriptionStateWords(i18n, state)}</span>;
}

export function ProviderStateText({ state }: { state: string | undefined }) {
  const { i18n } = useLingui();
  if (!state)
    return (
      <span className="muted">
        <Trans>Checking…</Trans>
      </span>
    );
  return <span className={`badge badge-${state.toLowerCase()}`}>{providerStateWords(i18n, state)}</span>;
}
