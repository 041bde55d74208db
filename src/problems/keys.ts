/**
 * The keys of the problem catalogue (./catalogue.ts), which must list exactly these: a module without words or
 * macros, so the end-to-end tests (which run outside the app's build) can name every card.
 */
const CORE_KEYS = [
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
] as const;

/** Giving a data role: a part that loads with the wizard (./catalogue-roles.ts). */
export const ROLE_PART_KEYS = [
  'role-assignment-write-denied',
  'arm-RequestDisallowedByPolicy',
  'arm-PrincipalNotFound',
  'arm-UnmatchedPrincipalType',
  'arm-RoleAssignmentUpdateNotPermitted',
  'arm-RoleAssignmentExists',
] as const;

/** The instance in the developer's directory: a part that loads with the guest step (./guest-catalogue.ts). */
export const GUEST_PART_KEYS = [
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

/** Every card: the core ones, which the landing page carries, and the parts' (./catalogue.ts `addCataloguePart`). */
export const CATALOGUE_KEYS = [...CORE_KEYS, ...ROLE_PART_KEYS, ...GUEST_PART_KEYS] as const;

export type CatalogueKey = (typeof CATALOGUE_KEYS)[number];
export type RoleCatalogueKey = (typeof ROLE_PART_KEYS)[number];
export type GuestCatalogueKey = (typeof GUEST_PART_KEYS)[number];
type PartKey = RoleCatalogueKey | GuestCatalogueKey;

const PART_KEYS: ReadonlySet<CatalogueKey> = new Set([...ROLE_PART_KEYS, ...GUEST_PART_KEYS]);

/** Whether a card's words load after sign-in, with the part that meets it. */
export function isPartKey(key: CatalogueKey): key is PartKey {
  return PART_KEYS.has(key);
}
