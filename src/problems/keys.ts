/**
 * The keys of the problem catalogue (./catalogue.ts), which must list exactly these: a module without words or
 * macros, so the end-to-end tests (which run outside the app's build) can name every card.
 */
export const CATALOGUE_KEYS = [
  'aadsts-650052',
  'digital-twins-service-principal-missing',
  'aadsts-650057',
  'aadsts-65001',
  'aadsts-65004',
  'aadsts-90094',
  'aadsts-90093',
  'aadsts-90095',
  'aadsts-900941',
  'aadsts-900981',
  'admin-consent-not-admin',
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
  'arm-claims-mfa',
  'arm-claims-auth-context',
  'arm-claims-repeated-mfa',
  'arm-claims-repeated-auth-context',
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
  // Giving a data role (src/problems/catalogue-roles.ts: their words load with the wizard).
  'role-assignment-write-denied',
  'arm-RequestDisallowedByPolicy',
  'arm-PrincipalNotFound',
  'arm-UnmatchedPrincipalType',
  'arm-RoleAssignmentUpdateNotPermitted',
  'arm-RoleAssignmentExists',
] as const;

/** The keys whose entries come with the wizard's chunk (./catalogue-roles.ts), not with the landing page. */
export const LATER_KEYS = [
  'role-assignment-write-denied',
  'arm-RequestDisallowedByPolicy',
  'arm-PrincipalNotFound',
  'arm-UnmatchedPrincipalType',
  'arm-RoleAssignmentUpdateNotPermitted',
  'arm-RoleAssignmentExists',
] as const;

export type CatalogueKey = (typeof CATALOGUE_KEYS)[number];

/**
 * The cards of the developer's directory (`digitalTwins.hosting: "developer"`): a part of the catalogue that loads with
 * the guest step (./guest-catalogue.ts), so its words stay off the landing page.
 */
export const GUEST_CATALOGUE_KEYS = [
  'guest-not-invited',
  'guest-outbound-blocked',
  'guest-inbound-blocked',
  'guest-tenant-restrictions',
  'guest-device-required',
  'guest-blocked-by-policy',
  'guest-mfa',
  'guest-consent',
  'guest-sign-in',
  'guest-other-directory',
] as const;

export type GuestCatalogueKey = (typeof GUEST_CATALOGUE_KEYS)[number];
