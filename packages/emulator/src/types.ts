/**
 * The emulator's contract. The core is pure (no DOM, no Node-only APIs): it runs in the browser for demo
 * mode and inside Node for the end-to-end HTTPS server. Everything it keeps is plain JSON, so demo mode can
 * persist it in sessionStorage across the full-page redirects of a sign-in.
 */

import type { PageLanguage } from './page-texts';

/** An HTTP request as either transport sees it. `url` is absolute (https://login.microsoftonline.com/...). */
export interface EmuRequest {
  method: string;
  url: string;
  /** Header names in any case; the emulator reads them case-insensitively. */
  headers?: Record<string, string>;
  body?: string;
}

export interface EmuResponse {
  status: number;
  /** Lower-case header names. */
  headers: Record<string, string>;
  body: string;
}

export type RoleName = 'Owner' | 'Contributor' | 'Reader';

/**
 * ARM's enum (subscriptions.json) plus Expired, which Microsoft's subscription states page lists: Enabled, Warned and
 * PastDue take every operation; Disabled and Expired take reads and deletes only; Deleted takes none.
 */
export type SubscriptionState = 'Enabled' | 'Warned' | 'PastDue' | 'Expired' | 'Disabled' | 'Deleted';

export interface TenantSpec {
  id: string;
  displayName: string;
  defaultDomain: string;
  /** When false, only admins may consent (non-admins get "Need admin approval", AADSTS90094). */
  userConsentAllowed: boolean;
  /**
   * User consent is on, but a consent policy keeps users from granting what the developer's app asks for
   * (say, only low-impact permissions of verified publishers): non-admins get "Need admin approval", AADSTS90093.
   */
  consentPolicyBlocksApp?: boolean;
  /** The admin consent workflow is on: "Need admin approval" lets a user send a request, with a justification. */
  adminConsentWorkflow?: boolean;
  /**
   * Cross-tenant access settings for B2B collaboration (Entra's defaults, both directions allowed, when absent):
   * `outbound` decides whether this directory's people may be guests in another directory, `inbound` whether another
   * directory's people may be guests here.
   */
  crossTenantAccess?: CrossTenantAccessSpec;
  /** Conditional Access policies of this directory that apply to its guests (B2B collaboration users). */
  guestConditionalAccess?: GuestConditionalAccessSpec;
}

export type B2bAccess = 'allowed' | 'blocked';

/** One direction of B2B collaboration: the default for every other directory, and per directory (tenant id). */
export interface B2bCollaborationRule {
  default: B2bAccess;
  /** organizational settings: a directory listed here is decided by its entry, whatever the default */
  partners?: Record<string, B2bAccess>;
}

export interface CrossTenantAccessSpec {
  outbound?: B2bCollaborationRule;
  inbound?: B2bCollaborationRule;
  /**
   * Inbound trust: MFA done in a guest's home directory counts here. Off by default in Entra, so a directory that
   * requires MFA of guests asks for it itself.
   */
  trustExternalMfa?: boolean;
}

export interface GuestConditionalAccessSpec {
  /** grant control "Require multifactor authentication" for guests and external users */
  requireMfa?: boolean;
  /** grant control "Require device to be marked as compliant": a guest's device is never compliant here */
  requireCompliantDevice?: boolean;
}

/**
 * Tenant restrictions (v1) on the customer's network: its proxy adds `Restrict-Access-To-Tenants` (the directories
 * its people may sign in to) and `Restrict-Access-Context` (the directory that set it) to every request to Entra ID.
 * The emulator applies them to every sign-in and token request of the world, as if the browser sat on that network.
 */
export interface TenantRestrictionsSpec {
  /** the tenant ids the header lists */
  allowedTenants: string[];
  /** the directory that set the restriction (Restrict-Access-Context) */
  context: string;
}

export interface UserSpec {
  id: string; // object id
  upn: string;
  displayName: string;
  homeTenantId: string;
  /** Tenants the user is a guest in. */
  guestOf: string[];
  /**
   * The user's guest object in each of those tenants (tenant id -> object id). A guest is a separate object in the
   * directory that invited them, with its own id: that directory's tokens carry it as `oid`, and role assignments
   * there name it. A tenant left out gets an id derived from the user's and the tenant's (see `objectIdIn`).
   */
  guestObjectIds?: Record<string, string>;
  /** Tenant (global) admin of the home tenant: may consent for the whole organization. */
  isAdmin: boolean;
  requiresMfa?: boolean;
}

export interface SubscriptionSpec {
  id: string; // GUID
  displayName: string;
  tenantId: string;
  state: SubscriptionState;
  /**
   * principal (object id) -> role on this subscription. A direct assignment names an object of the subscription's
   * own directory (a guest's guest object there, never their home object); an Azure Lighthouse delegation names a
   * principal of the managing tenant (`managedByTenants`).
   */
  roles: Record<string, RoleName>;
  /** provider namespace -> registrationState ("NotRegistered" when absent) */
  providers: Record<string, string>;
  /**
   * Managing tenants (Azure Lighthouse): their users' tokens are accepted on this subscription, which they see in
   * their own list with this subscription's tenantId; `roles` then holds their delegated roles.
   */
  managedByTenants?: string[];
}

/**
 * How the developer's app uses Azure Digital Twins (the portal's `digitalTwins` config key, carried by a demo world).
 * `dataRole`: the data role the app needs, Azure Digital Twins Data Owner or Data Reader.
 */
export type DigitalTwinsSettings =
  | {
      /** the instance lives in the customer's directory */
      hosting: 'customer';
      /** who calls the data plane: the customer's people (delegated) or the developer's app itself (app-only) */
      caller: 'users' | 'app';
      dataRole: 'owner' | 'reader';
    }
  | {
      /** the instance lives in the developer's directory; the customer's people use it as B2B guests there */
      hosting: 'developer';
      /** the instance's host name, `{name}.api.{region}.digitaltwins.azure.net` */
      hostName: string;
      /** the instance's directory: its Digital Twins tokens are the only ones the instance accepts */
      tenantId: string;
      dataRole: 'owner' | 'reader';
    };

/** A Microsoft.DigitalTwins/digitalTwinsInstances resource. */
export interface DigitalTwinsInstanceSpec {
  subscriptionId: string;
  resourceGroup: string;
  name: string;
  /** ARM's location name, lower case without spaces: 'westeurope' */
  location: string;
  /** 'Succeeded' by default */
  provisioningState?: string;
  /** 'Enabled' by default; with 'Disabled' only private endpoints reach the data plane */
  publicNetworkAccess?: 'Enabled' | 'Disabled';
}

export type PrincipalType = 'User' | 'Group' | 'ServicePrincipal';

/** A security group of a directory. Members are object ids of users, service principals or other groups. */
export interface GroupSpec {
  id: string;
  displayName: string;
  tenantId: string;
  members: string[];
}

/** An application's service principal (enterprise application) in a directory, e.g. the developer's app in the customer's. */
export interface AppPrincipalSpec {
  /** the service principal's object id, different in every directory */
  id: string;
  /** the application's client id; for `developerApp` the emulator fills in the developer's app registration's */
  appId?: string;
  /** this is the developer's app (the host's app registration), whatever its client id */
  developerApp?: boolean;
  displayName: string;
  tenantId: string;
}

/** One entry of a role definition's permissions (Microsoft.Authorization, 2022-04-01). */
export interface RolePermission {
  actions: string[];
  notActions: string[];
  dataActions: string[];
  notDataActions: string[];
}

/** A custom role, defined in one subscription. */
export interface CustomRoleSpec {
  /** the role definition's GUID */
  id: string;
  roleName: string;
  description: string;
  subscriptionId: string;
  permissions: RolePermission[];
  /** defaults to the subscription */
  assignableScopes?: string[];
}

/** A role assignment: a role definition given to a principal at a scope (subscription, resource group or resource). */
export interface RoleAssignmentSpec {
  /** the assignment's GUID name; derived from scope, principal and role when absent */
  name?: string;
  /** '/subscriptions/{id}', '/subscriptions/{id}/resourceGroups/{rg}' or a resource id */
  scope: string;
  /** the role definition's GUID (built-in or custom) */
  roleDefinitionId: string;
  principalId: string;
  /** defaults to what the world knows the principal as */
  principalType?: PrincipalType;
  condition?: string;
}

/**
 * A Privileged Identity Management eligibility: the principal may activate the role at the scope (for a while), and
 * holds nothing through it until it does. Activation happens outside the portal (the Azure portal's PIM blade; the
 * demo controls stand in for it).
 */
export interface RoleEligibilitySpec {
  /** the eligibility's GUID name; derived from scope, principal and role when absent */
  name?: string;
  scope: string;
  /** the role definition's GUID */
  roleDefinitionId: string;
  principalId: string;
  /** defaults to what the world knows the principal as */
  principalType?: PrincipalType;
  /** virtual ms when the eligibility ends; absent: permanently eligible */
  endMs?: number;
}

/**
 * An Azure Policy assignment whose definition denies creating role assignments (effect `deny` on
 * Microsoft.Authorization/roleAssignments) at its scope and below, optionally only for some roles or principal types.
 */
export interface RoleAssignmentDenyPolicySpec {
  /** where the policy is assigned: a management group, subscription, resource group or resource id */
  scope: string;
  /** the policy assignment's name (its last id segment) and display name */
  assignmentName: string;
  assignmentDisplayName: string;
  /** the policy definition's name (a GUID for custom definitions) and display name */
  definitionName: string;
  definitionDisplayName: string;
  /** only role assignments of these role definition GUIDs are denied; absent: all */
  roleDefinitionIds?: string[];
  /** only role assignments to these principal types are denied; absent: all */
  principalTypes?: PrincipalType[];
}

/** Fault injection: the next `times` requests that match answer `status` (ARM error body or JSON). */
export interface FaultRule {
  host?: string;
  method?: string;
  /** substring of the path (case-insensitive) */
  pathIncludes?: string;
  status: number;
  times: number;
  /** seconds, sent as Retry-After (429 and 503) */
  retryAfter?: number;
  /** ARM error code for the body; defaults by status */
  code?: string;
  /** a body sent verbatim instead of an error body: a malformed answer, e.g. 200 with the wrong shape */
  body?: string;
  /** set by the emulator: virtual ms until which a 429 keeps answering matching requests (its Retry-After) */
  holdUntil?: number;
}

export interface Scenario {
  name: string;
  title: string;
  description: string;
  tenants: TenantSpec[];
  users: UserSpec[];
  subscriptions: SubscriptionSpec[];
  /** Namespaces this cloud knows. A registered namespace missing here answers InvalidResourceNamespace. */
  knownNamespaces: string[];
  /** Virtual ms from the register POST until the provider is `Registered`. */
  registrationDelayMs: number;
  /**
   * The registration's timing is what the scenario shows (slow, stuck): the demo's speed control leaves it alone.
   * Other scenarios take the speed the presenter picks.
   */
  fixedTiming?: boolean;
  /** Virtual ms after `Registered` until the provider's service principal can be used for tokens. */
  servicePrincipalDelayMs: number;
  /** ARM subscriptions page size (nextLink paging). */
  pageSize: number;
  /** Page size of the Digital Twins instance and role assignment lists (nextLink paging); 100 by default. */
  resourcePageSize?: number;
  /**
   * How many registrations fail before one succeeds: a failed one goes from Registering back to NotRegistered
   * after registrationDelayMs, as Azure does when a provider's onboarding fails.
   */
  failingRegistrations?: number;
  /**
   * The platform the developer's app registration lists the portal's redirect URIs under: `web` moves the SPA
   * redirect URIs the host registers to the Web platform, a common registration mistake. Default `spa`.
   */
  redirectPlatform?: 'spa' | 'web';
  /**
   * ARM's access-control-expose-headers: 'all' (the default) lists its ids, Retry-After, WWW-Authenticate and the
   * rate-limit headers; 'none' lists nothing, so a browser can read none of them (which ARM exposes is undocumented).
   */
  armExposeHeaders?: 'all' | 'none';
  /**
   * Azure's mandatory MFA (phase 2): ARM refuses create, update and delete with a token whose `amr` lacks `mfa`, with
   * 401 and a claims challenge for the authentication context `p1`. Reads need no MFA.
   */
  armRequiresMfaForWrites?: boolean;
  /**
   * A Conditional Access authentication context (c1…c99) the directory requires for ARM writes: the token's `acrs`
   * must name it, else 401 and a claims challenge asking for it. How ARM words this is not published (unconfirmed).
   */
  armWriteAuthContext?: string;
  /** The Digital Twins settings the demo runs this world with (the portal maps them onto its config). */
  digitalTwins?: DigitalTwinsSettings;
  /** Azure Digital Twins instances; the namespace counts as registered on their subscriptions. */
  digitalTwinsInstances?: DigitalTwinsInstanceSpec[];
  /** Security groups (for role assignments to groups). */
  groups?: GroupSpec[];
  /** Service principals of applications, e.g. the developer's app in the customer's directory. */
  appPrincipals?: AppPrincipalSpec[];
  /** Custom roles, per subscription (the built-in roles are always there). */
  customRoles?: CustomRoleSpec[];
  /**
   * Role assignments besides those `SubscriptionSpec.roles` stands for (each entry there is an assignment of the
   * built-in role at the subscription's scope).
   */
  roleAssignments?: RoleAssignmentSpec[];
  /**
   * Virtual ms from a role assignment's creation until ARM's authorization counts it (20 s by default): listed at
   * once, effective later, and then only for access tokens issued after that moment (ARM caches per token).
   */
  roleDelayMs?: number;
  /** PIM eligibilities (eligible, not active, role assignments). */
  roleEligibilities?: RoleEligibilitySpec[];
  /** Azure Policy assignments that deny role assignment writes. */
  roleAssignmentDenyPolicies?: RoleAssignmentDenyPolicySpec[];
  /** Azure Resource Graph's per-user quota: queries per window (15 by default) and window length (5 s by default). */
  resourceGraphQuota?: { queries: number; windowMs: number };
  /** Tenant restrictions on the network the demo's browser signs in from (see TenantRestrictionsSpec). */
  tenantRestrictions?: TenantRestrictionsSpec;
  /** Initial delegated grants: tenant id -> resource URIs consented org-wide for the developer's app. */
  orgGrants: Record<string, string[]>;
  faults: FaultRule[];
}

/** The developer's app registration as the emulated directory knows it. */
export interface AppRegistration {
  clientId: string;
  displayName: string;
  /** the verified publisher's name, shown on the consent screen under the app's name */
  publisher?: string;
  /**
   * Redirect URIs by platform, compared exactly. Entra ID redeems a code sent cross-origin (a browser's fetch,
   * with an Origin header) only for a redirect URI on the Single-page application platform (else
   * AADSTS9002326), and a code issued for one only cross-origin.
   */
  spaRedirectUris: string[];
  /** The Web platform's redirect URIs: sign-in returns to them, but their codes are for servers to redeem. */
  webRedirectUris: string[];
  /**
   * Resource URIs listed under the registration's API permissions (requiredResourceAccess). A `/.default`
   * request can only be for one of these (else AADSTS650057); named scopes need no listing (dynamic consent).
   */
  apiPermissions: string[];
  /**
   * Optional claims of the ID token (Token configuration). `login_hint` gives the ID token an opaque `login_hint`
   * claim, which MSAL sends back as `logout_hint` so sign-out needs no account picker.
   */
  idTokenOptionalClaims?: string[];
}

export interface LoggedRequest {
  seq: number;
  /** virtual time, ms since epoch */
  at: number;
  method: string;
  host: string;
  /** path + query */
  path: string;
  status: number;
}

/** What the sign-in page (in-app in demo mode, server-rendered in the HTTPS emulator) shows next. */
/** A sign-in step before it is given its page language (signin.ts builds these). */
export type SignInStepBody =
  | {
      kind: 'pick';
      appName: string;
      /** the people of the scenario who can be picked */
      users: Array<{ id: string; upn: string; displayName: string; tenantName: string }>;
      /** the user named by login_hint, if any */
      hintedUserId?: string;
    }
  | {
      kind: 'consent';
      appName: string;
      /** the app's verified publisher, when it has one */
      publisher?: string;
      user: { id: string; upn: string; displayName: string; tenantName: string };
      /** human-readable permissions asked for */
      permissions: Array<{ resource: string; resourceName: string; scope: string; description: string }>;
      /** the user is an admin and may tick "Consent on behalf of your organization" */
      canConsentForOrganization: boolean;
    }
  /**
   * Entra's "Need admin approval" page: the user may not consent. They can sign in with an admin account,
   * return to the app without consent, or (with the admin consent workflow) send a request with a justification.
   */
  | {
      kind: 'admin-approval';
      appName: string;
      user: { id: string; upn: string; displayName: string; tenantName: string };
      /** AADSTS90094 (only admins may consent) or AADSTS90093 (a policy keeps this user from granting these) */
      code: string;
      message: string;
      /** the tenant's admin consent workflow is on */
      canRequestApproval: boolean;
      /** this user's request for the app is with the reviewers */
      requested: boolean;
      /** what was wrong with the last "Request approval", e.g. an empty justification */
      problem?: string;
      correlationId: string;
    }
  /**
   * The second factor Entra asks for when the app's claims request wants it (an authentication context, `amr` mfa)
   * and this session has not done it yet: approve the sign-in (the demo's stand-in for Authenticator).
   */
  | {
      kind: 'mfa';
      appName: string;
      user: { id: string; upn: string; displayName: string; tenantName: string };
      /** the authentication contexts the claims request named, e.g. p1 or c1 */
      contexts: string[];
    }
  /** Leave the sign-in page: to redirect_uri with a code or an error, or to a Microsoft error page URL. */
  | { kind: 'redirect'; location: string }
  /** An error Entra shows on its own page because the redirect URI cannot be trusted (AADSTS50011, 700016). */
  | { kind: 'error'; code: string; title: string; message: string; correlationId: string; traceId: string };

/**
 * What the sign-in page shows next, in `lang`: the language Entra ID shows its pages in for this request
 * (`ui_locales`, else the browser's Accept-Language, else English; see page-texts.ts).
 */
export type SignInStep = SignInStepBody & { lang: PageLanguage };

export type ConsentDecision = 'accept' | 'accept-for-organization' | 'decline';

/** What a user can do on the "Need admin approval" page. */
export type ApprovalAction =
  { kind: 'return' } | { kind: 'other-account' } | { kind: 'request'; justification: string };

/** A request for admin consent sent from "Need admin approval" (the admin consent workflow), for the reviewers. */
export interface ConsentRequestRecord {
  tenantId: string;
  clientId: string;
  userId: string;
  /** the resource's app id */
  resourceAppId: string;
  justification: string;
  at: number;
}

// ---------------------------------------------------------------------------------------------------------
// Added by the emulator core: the persisted state (EmulatorState) and the read-only world view.
// ---------------------------------------------------------------------------------------------------------

/** One provider namespace on one subscription, as the emulator keeps it. */
export interface ProviderRecord {
  /** NotRegistered | Registering | Registered | ... (free string, as in ARM) */
  registrationState: string;
  /** virtual ms when the first register POST arrived (set while Registering) */
  registeringSince?: number;
  /** virtual ms when it became Registered; 0 means "before the scenario began" */
  registeredAt?: number;
  /** registrations of this namespace that failed so far */
  failures?: number;
}

export interface SubscriptionRecord {
  id: string;
  displayName: string;
  tenantId: string;
  state: SubscriptionState;
  roles: Record<string, RoleName>;
  /** tenants that manage it through Azure Lighthouse */
  managedByTenants?: string[];
  /** keyed by the namespace's canonical casing */
  providers: Record<string, ProviderRecord>;
}

/** A first-party service principal present in a tenant. */
export interface ServicePrincipalRecord {
  tenantId: string;
  appId: string;
  /** virtual ms from which tokens can be issued for it; 0 = from the start */
  usableFrom: number;
  reason: 'scenario' | 'registration' | 'admin-consent';
}

/** A delegated permission grant (oauth2PermissionGrant) for the developer's app to a resource. */
export interface GrantRecord {
  tenantId: string;
  clientId: string;
  /** the resource's app id */
  resourceAppId: string;
  /** absent = consented for the whole organization */
  userId?: string;
  grantedAt: number;
}

export interface AuthCodeRecord {
  clientId: string;
  redirectUri: string;
  codeChallenge?: string;
  codeChallengeMethod?: string;
  nonce?: string;
  /** the scope parameter of the authorize request */
  scope: string;
  userId: string;
  /** the tenant the sign-in happened in */
  tenantId: string;
  issuedAt: number;
  redeemed: boolean;
  /** the sign-in included a second factor: the tokens' `amr` says `mfa` */
  mfa?: boolean;
  /** authentication contexts the sign-in satisfied: the access token's `acrs` */
  acrs?: string[];
}

export interface RefreshTokenRecord {
  clientId: string;
  userId: string;
  issuedAt: number;
  /** SPA refresh tokens have a fixed lifetime that rotation does not extend */
  expiresAt: number;
  /** tenants where the user satisfied MFA interactively */
  mfaTenants: string[];
  /** issued to a single-page app: redeemable cross-origin only (absent in states saved before: treated as true) */
  spa?: boolean;
  /** the sign-in behind it included a second factor, and these authentication contexts (kept through refreshes) */
  mfa?: boolean;
  acrs?: string[];
}

/** The browser's Entra session cookie, as far as the emulator needs it (prompt=none, logout). */
export interface SessionRecord {
  userId: string;
  sessionState: string;
  mfaTenants: string[];
  /** a second factor was done in this session (the MFA page, or a user whose sign-in always includes one) */
  mfa?: boolean;
}

export interface DigitalTwinsInstanceRecord extends DigitalTwinsInstanceSpec {
  provisioningState: string;
  publicNetworkAccess: 'Enabled' | 'Disabled';
  /** virtual ms of creation; 0 = before the scenario began */
  createdAt: number;
  /** while `Provisioning`: virtual ms when it becomes `Succeeded` */
  provisionedAt?: number;
}

export interface RoleAssignmentRecord extends RoleAssignmentSpec {
  name: string;
  principalType: PrincipalType;
  createdAt: number;
  /**
   * virtual ms from which ARM's authorization counts it, for tokens issued from then on; absent: `createdAt` (the
   * scenario's own assignments, effective from the start)
   */
  effectiveAt?: number;
  /** object id of whoever created it through ARM (absent: the scenario's) */
  createdBy?: string;
}

export interface RoleEligibilityRecord extends RoleEligibilitySpec {
  name: string;
  principalType: PrincipalType;
  /** virtual ms it was activated (the role assignment it made is in `roleAssignments`); absent: not active */
  activatedAt?: number;
}

export interface WorldState {
  tenants: TenantSpec[];
  users: UserSpec[];
  subscriptions: SubscriptionRecord[];
  servicePrincipals: ServicePrincipalRecord[];
  grants: GrantRecord[];
  /** Digital Twins instances (absent in worlds saved before instances existed) */
  digitalTwinsInstances?: DigitalTwinsInstanceRecord[];
  groups?: GroupSpec[];
  appPrincipals?: AppPrincipalSpec[];
  customRoles?: CustomRoleSpec[];
  /** explicit role assignments; those `SubscriptionRecord.roles` stands for are derived when asked */
  roleAssignments?: RoleAssignmentRecord[];
  /** PIM eligibilities (absent in worlds saved before PIM existed) */
  roleEligibilities?: RoleEligibilityRecord[];
  /** admin consent requests awaiting review (absent in worlds saved before requests existed) */
  consentRequests?: ConsentRequestRecord[];
}

/** Everything needed to resume an emulator: plain JSON (see Emulator.toJSON / Emulator.restore). */
export interface EmulatorState {
  version: 1;
  scenario: Scenario;
  app: AppRegistration;
  /** per-emulator random key that signs access tokens */
  secret: string;
  clockOffsetMs: number;
  world: WorldState;
  codes: Record<string, AuthCodeRecord>;
  refreshTokens: Record<string, RefreshTokenRecord>;
  session: SessionRecord | null;
  /** remaining fault rules (their `times` counts down) */
  faults: FaultRule[];
  /** Azure Resource Graph's per-user quota windows, by user (absent in states saved before Resource Graph existed) */
  resourceGraphQuota?: Record<string, { windowStart: number; used: number }>;
  /** ARM rate-limit token buckets by key */
  rateBuckets: Record<string, { tokens: number; at: number }>;
  log: LoggedRequest[];
  nextSeq: number;
}

/** What Emulator.world() returns: a snapshot, safe to render. */
export interface WorldView {
  tenants: Array<
    TenantSpec & {
      /** first-party app ids whose service principal can be used now */
      servicePrincipals: string[];
      /** resource app ids consented org-wide for the developer's app */
      orgGrants: string[];
    }
  >;
  users: UserSpec[];
  /** providers map namespace -> registrationState, as ARM would answer now */
  subscriptions: SubscriptionSpec[];
  /** admin consent requests users sent from "Need admin approval" */
  consentRequests: ConsentRequestRecord[];
  /** Digital Twins instances, with their resource id and host name */
  digitalTwinsInstances: Array<DigitalTwinsInstanceRecord & { id: string; hostName: string }>;
  groups: GroupSpec[];
  appPrincipals: AppPrincipalSpec[];
  /** every role assignment: the explicit ones and those the subscriptions' `roles` stand for */
  roleAssignments: RoleAssignmentRecord[];
  /** PIM eligibilities, active or not */
  roleEligibilities: RoleEligibilityRecord[];
}
