/**
 * Error bodies: Entra's OAuth errors (AADSTS codes, with trace and correlation ids in the description,
 * as the real service formats them) and ARM's `{"error":{"code","message"}}`. Texts are written for this
 * emulator and follow the meaning of each code; clients must branch on codes, never on wording.
 */
import { formatAadTimestamp } from './clock';
import { newGuid } from './encoding';
import type { ResourceDef } from './resources';
import type { AppRegistration, TenantSpec, UserSpec } from './types';

export interface AadError {
  /** OAuth `error` */
  error: string;
  /** the AADSTS number */
  code: number;
  text: string;
  suberror?: string;
  /** the claims request that would satisfy the policy, as the token endpoint sends it (a JSON string) */
  claims?: string;
}

export interface AadErrorBody {
  error: string;
  error_description: string;
  error_codes: number[];
  timestamp: string;
  trace_id: string;
  correlation_id: string;
  error_uri: string;
  suberror?: string;
  claims?: string;
}

export function aadErrorBody(err: AadError, now: number, correlationId: string): AadErrorBody {
  const traceId = newGuid();
  const timestamp = formatAadTimestamp(now);
  return {
    error: err.error,
    // Entra separates the trailer lines with CRLF.
    error_description: `AADSTS${err.code}: ${err.text}\r\nTrace ID: ${traceId}\r\nCorrelation ID: ${correlationId}\r\nTimestamp: ${timestamp}`,
    error_codes: [err.code],
    timestamp,
    trace_id: traceId,
    correlation_id: correlationId,
    error_uri: errorUri(err.code),
    ...(err.suberror ? { suberror: err.suberror } : {}),
    ...(err.claims ? { claims: err.claims } : {}),
  };
}

export function errorUri(code: number): string {
  return `https://login.microsoftonline.com/error?code=${code}`;
}

// --- Entra errors, one function per AADSTS code ---------------------------------------------------------

/** The emulated Conditional Access policy that asks for MFA (its id appears in the claims of AADSTS50076). */
export const MFA_POLICY_ID = 'c0a1c0a1-5007-4600-8000-00000000cafe';

export const aad = {
  tenantNotFound: (ref: string): AadError => ({
    error: 'invalid_request',
    code: 90002,
    text: `Tenant '${ref}' not found. Check that the tenant ID or domain is right and that you are signing in to the right cloud.`,
  }),
  missingParameter: (name: string): AadError => ({
    error: 'invalid_request',
    code: 900144,
    text: `The request body must contain the following parameter: '${name}'.`,
  }),
  appNotFound: (clientId: string, tenantName: string): AadError => ({
    error: 'unauthorized_client',
    code: 700016,
    text:
      `Application with identifier '${clientId}' was not found in the directory '${tenantName}'. The application may not ` +
      'be installed or consented to in this tenant, or the request was sent to the wrong tenant.',
  }),
  redirectUriMismatch: (redirectUri: string, clientId: string): AadError => ({
    error: 'invalid_request',
    code: 50011,
    text:
      `The redirect URI '${redirectUri}' specified in the request does not match the redirect URIs configured for the ` +
      `application '${clientId}'. Add this exact URI to the app registration's redirect URIs.`,
  }),
  userNotFound: (tenantName: string): AadError => ({
    error: 'invalid_request',
    code: 50034,
    text: `The user account does not exist in the ${tenantName} directory.`,
  }),
  userNotInTenant: (user: UserSpec, tenant: TenantSpec, app: AppRegistration): AadError => ({
    error: 'invalid_grant',
    code: 50020,
    text:
      `User account '${user.upn}' from identity provider 'https://sts.windows.net/${user.homeTenantId}/' does not exist in ` +
      `tenant '${tenant.displayName}' and cannot access the application '${app.clientId}'(${app.displayName}) in that ` +
      'tenant. The account needs to be added as an external user in the tenant first.',
  }),
  servicePrincipalMissing: (resource: ResourceDef, tenant: TenantSpec): AadError => ({
    error: 'invalid_client',
    code: 650052,
    text:
      `The app is trying to access a service '${resource.appId}'(${resource.displayName}) that your organization ` +
      `'${tenant.id}' lacks a service principal for. Contact your IT Admin to review the configuration of your service ` +
      'subscriptions or consent to the application in order to create the required service principal.',
  }),
  resourceNotListed: (app: AppRegistration, resource: ResourceDef): AadError => ({
    error: 'invalid_client',
    code: 650057,
    text:
      'Invalid resource. The client has requested access to a resource which is not listed in the requested ' +
      `permissions in the client's application registration. Client app ID: ${app.clientId}(${app.displayName}). ` +
      `Resource value from request: ${resource.uri}. Resource app ID: ${resource.appId}. List of valid resources from ` +
      `app registration: ${app.apiPermissions.join(', ') || '(none)'}.`,
  }),
  consentRequired: (app: AppRegistration, error = 'invalid_grant'): AadError => ({
    error,
    code: 65001,
    text:
      `The user or administrator has not consented to use the application with ID '${app.clientId}' named ` +
      `'${app.displayName}'. Send an interactive authorization request for this user and resource.`,
    suberror: 'consent_required',
  }),
  consentDeclined: (): AadError => ({
    error: 'access_denied',
    code: 65004,
    text: 'User declined to consent to access the app.',
  }),
  adminApprovalRequired: (app: AppRegistration): AadError => ({
    error: 'access_denied',
    code: 90094,
    text:
      `${app.displayName} needs permission to access resources in your organization that only an admin can grant. ` +
      'Ask an admin to grant permission to this app before you can use it.',
  }),
  /** A consent policy keeps this user from granting what the app asks for (shown on "Need admin approval"). */
  userMayNotGrant: (app: AppRegistration): AadError => ({
    error: 'access_denied',
    code: 90093,
    text: `${app.displayName} asks for permissions you are not allowed to grant. An administrator can grant them for you.`,
  }),
  notAllowedToConsentForOrg: (): AadError => ({
    error: 'access_denied',
    code: 90093,
    text: 'The signed-in user is not allowed to grant consent on behalf of the organization.',
  }),
  loginRequired: (): AadError => ({
    error: 'login_required',
    code: 50058,
    text: 'A silent sign-in request was sent but no user is signed in, or the signed-in user does not match the hint.',
  }),
  /**
   * Conditional Access wants multi-factor authentication. The token endpoint answers invalid_grant with suberror
   * basic_action and the claims of the policy (real body in MSAL.js issue #5491), which MSAL raises as an
   * InteractionRequiredAuthError; the authorize endpoint answers interaction_required.
   */
  mfaRequired: (resource: ResourceDef, error = 'invalid_grant'): AadError => ({
    error,
    code: 50076,
    text:
      'Due to a configuration change made by your administrator, or because you moved to a new location, you must use ' +
      `multi-factor authentication to access '${resource.appId}'.`,
    suberror: 'basic_action',
    claims: JSON.stringify({ access_token: { capolids: { essential: true, values: [MFA_POLICY_ID] } } }),
  }),
  /**
   * B2B collaboration blocked by the user's home directory: its outbound cross-tenant access settings do not allow the
   * resource directory (NotAllowedByOutboundPolicyTenant, error codes reference). The `error` value is not confirmed.
   */
  outboundPolicyBlocks: (): AadError => ({
    error: 'invalid_grant',
    code: 500212,
    text: "The user's administrator has set an outbound access policy that does not allow access to the resource tenant.",
  }),
  /** The resource directory's inbound cross-tenant access settings do not let this user in (NotAllowedByInboundPolicyTenant). */
  inboundPolicyBlocks: (): AadError => ({
    error: 'invalid_grant',
    code: 500213,
    text: "The resource tenant's cross-tenant access policy does not allow this user to access this tenant.",
  }),
  /** Tenant restrictions (v1) of the user's network do not list the directory signed in to (NotAllowedTenantRestrictedTenant). */
  tenantRestricted: (tenant: TenantSpec): AadError => ({
    error: 'invalid_grant',
    code: 500021,
    text: `Access to '${tenant.displayName}' tenant is denied.`,
  }),
  /** Conditional Access requires a compliant device, and this one is not (DeviceNotCompliant). */
  deviceNotCompliant: (): AadError => ({
    error: 'invalid_grant',
    code: 53000,
    text:
      'Device is not in required device state: compliant. Conditional Access policy requires a compliant device, and ' +
      'the device is not compliant. The user must enroll their device with an approved MDM provider like Intune.',
  }),
  invalidScope: (scope: string): AadError => ({
    error: 'invalid_scope',
    code: 70011,
    text:
      `The provided value for the input parameter 'scope' is not valid. The scope '${scope}' is not valid: ask for ` +
      'the scopes of one resource per request, and only permissions that resource defines.',
  }),
  invalidResource: (resourceName: string, tenant: TenantSpec | undefined): AadError => ({
    error: 'invalid_resource',
    code: 500011,
    text:
      `The resource principal named ${resourceName} was not found in the tenant named ${tenant?.displayName ?? 'the directory'}. ` +
      'The application may not be installed or consented to in the tenant, or the request went to the wrong tenant.',
  }),
  unsupportedResponseType: (responseType: string): AadError => ({
    error: 'unsupported_response_type',
    code: 700054,
    text: `response_type '${responseType}' is not enabled for the application.`,
  }),
  unsupportedGrantType: (grantType: string): AadError => ({
    error: 'unsupported_grant_type',
    code: 70003,
    text: `The app requested an unsupported grant type '${grantType}'.`,
  }),
  codeInvalid: (): AadError => ({
    error: 'invalid_grant',
    code: 70000,
    text: "The provided value for the 'code' parameter is not valid, or the code was issued to another client.",
  }),
  codeExpired: (): AadError => ({
    error: 'invalid_grant',
    code: 70008,
    text: 'The provided authorization code or refresh token has expired. Send a new interactive authorization request for this user and resource.',
  }),
  codeRedeemed: (): AadError => ({
    error: 'invalid_grant',
    code: 54005,
    text: 'OAuth2 Authorization code was already redeemed, please retry with a new valid code or use an existing refresh token.',
  }),
  codeOtherTenant: (): AadError => ({
    error: 'invalid_grant',
    code: 700005,
    text: 'The authorization code was issued for another tenant and cannot be redeemed here.',
  }),
  replyAddressMismatch: (given: string, expected: string): AadError => ({
    error: 'invalid_grant',
    code: 500112,
    text: `The reply address '${given}' does not match the reply address '${expected}' sent when the authorization code was requested.`,
  }),
  /** An authorize request for a SPA redirect URI without PKCE (the number for this case is not confirmed). */
  pkceParameterMissing: (name: 'code_challenge' | 'code_challenge_method'): AadError => ({
    error: 'invalid_request',
    code: 900144,
    text: `The request body must contain the following parameter: '${name}'.`,
  }),
  codeChallengeSize: (): AadError => ({
    error: 'invalid_request',
    code: 501491,
    text: 'Invalid size of Code_Challenge parameter.',
  }),
  pkceMismatch: (): AadError => ({
    error: 'invalid_grant',
    code: 501481,
    text: 'The code_verifier does not match the code_challenge supplied in the authorization request.',
  }),
  /** A browser (it sent Origin) redeeming a code whose redirect URI is not on the Single-page application platform. */
  crossOriginRedemptionNotSpa: (origin: string): AadError => ({
    error: 'invalid_request',
    code: 9002326,
    text: `Cross-origin token redemption is permitted only for the 'Single-Page Application' client-type. Request origin: '${origin}'.`,
  }),
  /** The converse: a code or refresh token issued to a SPA, redeemed by a server (no Origin). */
  spaCodeNotCrossOrigin: (): AadError => ({
    error: 'invalid_request',
    code: 9002327,
    text: "Tokens issued for the 'Single-Page Application' client-type may only be redeemed via cross-origin requests.",
  }),
  pkceRequired: (): AadError => ({
    error: 'invalid_request',
    code: 9002325,
    text: 'Proof Key for Code Exchange is required for cross-origin authorization code redemption.',
  }),
  refreshTokenInvalid: (): AadError => ({
    error: 'invalid_grant',
    code: 9002313,
    text: 'Invalid request. Request is malformed or invalid.',
  }),
  refreshTokenExpired: (): AadError => ({
    error: 'invalid_grant',
    code: 700084,
    text:
      'The refresh token was issued to a single page app (SPA), so it has a fixed lifetime of 1.00:00:00 that cannot be ' +
      'extended. It has expired; the SPA must send a new sign-in request.',
  }),
  temporarilyUnavailable: (status: number): AadError => ({
    error: status === 429 ? 'temporarily_unavailable' : 'server_error',
    code: status === 429 ? 90033 : 90100,
    text: status === 429 ? 'Too many requests; try again later.' : 'The service is temporarily unavailable.',
  }),
};

// --- ARM errors -----------------------------------------------------------------------------------------

export interface ArmErrorBody {
  error: { code: string; message: string };
}

export function armError(code: string, message: string): ArmErrorBody {
  return { error: { code, message } };
}

/**
 * ARM's wording when the write of a role assignment is refused: the caller lacks the action, or holds it only through
 * an assignment whose ABAC condition the request does not meet (Learn, "Troubleshoot Azure RBAC").
 */
export function abacAuthorizationFailedMessage(upn: string, objectId: string, action: string, scope: string): string {
  return (
    `The client '${upn}' with object id '${objectId}' does not have authorization or an ABAC condition not fulfilled to ` +
    `perform action '${action}' over scope '${scope}' or the scope is invalid. If access was granted recently, sign in ` +
    'again to refresh your credentials.'
  );
}

export function authorizationFailedMessage(upn: string, objectId: string, action: string, scope: string): string {
  return (
    `The client '${upn}' with object id '${objectId}' does not have authorization to perform action '${action}' over ` +
    `scope '${scope}'. If access was granted recently, sign in again to refresh your credentials.`
  );
}
