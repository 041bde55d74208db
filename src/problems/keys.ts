/**
 * The keys of the problem catalogue (./catalogue.ts), which must list exactly these: a module without words or
 * macros, so the end-to-end tests (which run outside the app's build) can name every card.
 */
export const CATALOGUE_KEYS = [
  'aadsts-650052',
  'aadsts-650057',
  'aadsts-65001',
  'aadsts-65004',
  'aadsts-90094',
  'aadsts-90093',
  'admin-consent-declined',
  'aadsts-50020',
  'aadsts-50076',
  'aadsts-50058',
  'aadsts-700016',
  'aadsts-50011',
  'aadsts-9002326',
  'sign-in-required',
  'arm-AuthorizationFailed',
  'registration-failed',
  'arm-ReadOnlyDisabledSubscription',
  'arm-InvalidResourceNamespace',
  'arm-SubscriptionNotFound',
  'arm-InvalidAuthenticationToken',
  'arm-ExpiredAuthenticationToken',
  'arm-AuthenticationFailed',
  'arm-AuthenticationFailedInvalidHeader',
  'arm-InvalidApiVersionParameter',
  'arm-MissingApiVersionParameter',
  'arm-InvalidAuthenticationTokenTenant',
  'arm-throttled',
  'arm-server',
  'network',
  'malformed',
  'malformed-sign-in',
  'msal-interaction_in_progress',
  'msal-user_cancelled',
  'msal-popup_window_error',
  'msal-no_account_error',
  'generic',
] as const;

export type CatalogueKey = (typeof CATALOGUE_KEYS)[number];
