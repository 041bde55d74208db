/** Azure's state words with a plain explanation next to them. */
const SUBSCRIPTION_STATES: Record<string, string> = {
  Enabled: 'Enabled',
  Warned: 'Warned (payment issue)',
  PastDue: 'Past due (read-only)',
  Disabled: 'Disabled (read-only)',
  Deleted: 'Deleted',
};

const PROVIDER_STATES: Record<string, string> = {
  NotRegistered: 'Not registered',
  Registering: 'Registering…',
  Registered: 'Registered',
  Unregistering: 'Unregistering…',
  Unregistered: 'Not registered',
};

export function SubscriptionStateText({ state }: { state: string }) {
  return <span className={`badge badge-${state.toLowerCase()}`}>{SUBSCRIPTION_STATES[state] ?? state}</span>;
}

export function ProviderStateText({ state }: { state: string | undefined }) {
  if (!state) return <span className="muted">Checking…</span>;
  return <span className={`badge badge-${state.toLowerCase()}`}>{PROVIDER_STATES[state] ?? state}</span>;
}
