/**
 * A resource provider's registrationState. ARM's spec types it as a free string; these are the values it is
 * documented to take (docs/emulator-contract.md, "Providers and registration"). A state ARM adds later is kept as it came.
 */
export const RegistrationState = {
  NotRegistered: 'NotRegistered',
  Registering: 'Registering',
  Registered: 'Registered',
  Unregistering: 'Unregistering',
  Unregistered: 'Unregistered',
} as const;

export type RegistrationState = (typeof RegistrationState)[keyof typeof RegistrationState];

/** What ARM answered: one of the known states, or a string the portal has no word for. */
export type ProviderState = RegistrationState | (string & {});
