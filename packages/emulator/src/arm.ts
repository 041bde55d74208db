/**
 * management.azure.com: tenants, subscriptions (paged), providers (get, list, register) and the
 * subscription-scope permissions API, behind bearer-token checks, with ARM's error bodies and headers.
 */
import { acceptsApiVersion, invalidApiVersionMessage, type ArmOperation } from './api-versions';
import {
  baseHeaders,
  decodeSkipToken,
  encodeSkipToken,
  fail,
  pathParts,
  reply,
  type ArmCall,
  type Principal,
} from './arm-call';
import { listRoleAssignments, listPermissions, getRoleDefinition, listRoleDefinitions, parseScope } from './arm-authz';
import { getInstance, listInstances } from './arm-twins';
import { listEligibilityInstances } from './arm-pim';
import { createRoleAssignment, getRoleAssignment } from './arm-role-assignments';
import type { EmuContext } from './context';
import { authorizationFailedMessage } from './errors';
import { defaultArmCode, defaultRetryAfter } from './faults';
import { header } from './http';
import { queryResourceGraph } from './resource-graph';
import { isRegistrationFree, resourceTypesOf } from './providers';
import { base64Claims, missingForWrite } from './mfa';
import { consumeRate, type RateKind } from './ratelimit';
import { ARM_APP_ID, ARM_RESOURCE } from './resources';
import { claimNumber, claimString, decodeClaims, verifyToken } from './tokens';
import type { EmuRequest, EmuResponse, FaultRule, RoleName, SubscriptionRecord } from './types';
import { actsOn, canonicalNamespace, findUserByObjectId, isMember, providerState, settle } from './world';

export const ARM_HOST = 'management.azure.com';

const ACCEPTED_AUDIENCES = [
  ARM_RESOURCE,
  `${ARM_RESOURCE}/`,
  'https://management.core.windows.net',
  'https://management.core.windows.net/',
  ARM_APP_ID,
];

/** No PUT, PATCH or POST on these (Microsoft Learn, "Azure subscription states"); PastDue and Warned take everything. */
const READ_ONLY_STATES = ['Disabled', 'Expired'];

/** The tenant whose authority a 401 points to: the subscription's if the path names one we know. */
function challengeTenant(call: ArmCall, tokenTid: string | undefined): string {
  const parts = pathParts(call.url);
  if (parts[0]?.toLowerCase() === 'subscriptions' && parts[1]) {
    const sub = findSubscription(call, parts[1]);
    if (sub) return sub.tenantId;
  }
  return tokenTid ?? 'common';
}

type AuthFailureCode =
  | 'AuthenticationFailed'
  | 'AuthenticationFailedInvalidHeader'
  | 'InvalidAuthenticationToken'
  | 'ExpiredAuthenticationToken';

function unauthorized(
  call: ArmCall,
  message: string,
  tokenTid: string | undefined,
  code: AuthFailureCode = 'InvalidAuthenticationToken',
): EmuResponse {
  const tid = challengeTenant(call, tokenTid);
  const challenge = `Bearer authorization_uri="https://login.microsoftonline.com/${tid}", error="invalid_token", error_description="${message.replace(/"/g, "'")}"`;
  return fail(call, 401, code, message, { 'www-authenticate': challenge });
}

/** A bearer value shaped like a JWT: three base64url segments. Anything else is a malformed header, not a bad token. */
const JWT_SHAPED = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;

/** ARM writes times in its error messages the .NET way: 5/14/2023 3:21:05 PM (UTC). */
function armTime(seconds: number): string {
  const d = new Date(seconds * 1000);
  const h = d.getUTCHours();
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()} ${h % 12 || 12}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} ${h < 12 ? 'AM' : 'PM'}`;
}

async function authenticate(call: ArmCall): Promise<Principal | EmuResponse> {
  const authz = header(call.req, 'authorization');
  // ARM names the missing and the malformed header apart from a bad token (codes seen in public error reports):
  // only a bad or expired token is something a fresh token can cure.
  if (authz === undefined || authz.trim() === '') {
    return unauthorized(
      call,
      "Authentication failed. The 'Authorization' header is missing.",
      undefined,
      'AuthenticationFailed',
    );
  }
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authz);
  if (!match?.[1] || !JWT_SHAPED.test(match[1])) {
    return unauthorized(
      call,
      "Authentication failed. The 'Authorization' header is provided in an invalid format.",
      undefined,
      'AuthenticationFailedInvalidHeader',
    );
  }
  const token = match[1];
  const unverifiedTid = (() => {
    const claims = decodeClaims(token);
    return claims ? claimString(claims, 'tid') : undefined;
  })();
  const result = await verifyToken(call.ctx.state.secret, token);
  if (!result.ok) {
    const message =
      result.reason === 'malformed' ? 'The access token is malformed.' : 'The access token has an invalid signature.';
    return unauthorized(call, message, unverifiedTid);
  }
  const { claims } = result;
  const aud = claimString(claims, 'aud') ?? '';
  if (!ACCEPTED_AUDIENCES.includes(aud)) {
    return unauthorized(
      call,
      `The access token was issued for the wrong audience or resource '${aud}'. It must be one of '${ACCEPTED_AUDIENCES.join("', '")}'.`,
      unverifiedTid,
    );
  }
  const exp = claimNumber(claims, 'exp') ?? 0;
  const nowSeconds = Math.floor(call.ctx.now() / 1000);
  if (exp <= nowSeconds) {
    // ARM names this case apart from other bad tokens (seen in public error reports).
    return unauthorized(
      call,
      `The access token expiry UTC time '${armTime(exp)}' is earlier than current UTC time '${armTime(nowSeconds)}'.`,
      unverifiedTid,
      'ExpiredAuthenticationToken',
    );
  }
  const oid = claimString(claims, 'oid');
  const tid = claimString(claims, 'tid');
  if (!oid || !tid) return unauthorized(call, 'The access token is missing the oid or tid claim.', unverifiedTid);
  const list = (name: string) => {
    const value = claims[name];
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  };
  // A guest's token has no upn (its own object in this directory); ARM then names the caller by unique_name.
  const upn = claimString(claims, 'upn') ?? claimString(claims, 'unique_name') ?? oid;
  // A token without iat counts as issued at the start of its hour (ARM's cache then holds what it held then).
  const issuedAt = (claimNumber(claims, 'iat') ?? exp - 3600) * 1000;
  return { oid, tid, upn, amr: list('amr'), acrs: list('acrs'), issuedAt };
}

/**
 * Mandatory MFA for Azure (and a directory's authentication context for ARM writes): a create, update or delete with
 * a token that lacks it is refused with 401, ARM's policy code and a claims challenge naming what to sign in with.
 */
function claimsChallenge(call: ArmCall, principal: Principal, method: string): EmuResponse | undefined {
  if (method === 'GET' || method === 'HEAD') return undefined;
  const scenario = call.ctx.state.scenario;
  const claims = missingForWrite(
    { mfa: scenario.armRequiresMfaForWrites === true, authContext: scenario.armWriteAuthContext },
    { amr: principal.amr, acrs: principal.acrs },
  );
  if (!claims) return undefined;
  const challenge =
    `Bearer realm="", authorization_uri="https://login.microsoftonline.com/${challengeTenant(call, principal.tid)}/oauth2/authorize", ` +
    `error="insufficient_claims", claims="${base64Claims(claims)}"`;
  const authContext =
    scenario.armWriteAuthContext !== undefined && claims.includes(`"${scenario.armWriteAuthContext}"`);
  const policy = authContext
    ? 'Users must satisfy the Conditional Access authentication context required for this operation.'
    : 'Users must authenticate with multi-factor authentication to create or update resources.';
  return reply(
    call,
    401,
    {
      error: {
        code: 'RequestDisallowedByPolicy',
        message: `Resource was disallowed by policy. Reasons: ${authContext ? 'Authentication context is required' : 'MFA is required'}. See error details for policy resource IDs.`,
        target: call.url.pathname,
        additionalInfo: [{ type: 'PolicyViolation', info: { policyDefinitionDisplayName: policy, reason: policy } }],
      },
    },
    { 'www-authenticate': challenge },
  );
}

function findSubscription(call: ArmCall, id: string): SubscriptionRecord | undefined {
  return call.ctx.state.world.subscriptions.find((s) => s.id.toLowerCase() === id.toLowerCase());
}

/** The rate-limit bucket a request draws from. */
function rateScope(method: string, parts: string[], principal: Principal): { key: string; kind: RateKind } {
  // A Resource Graph query is a POST that reads (counted as a tenant read here; ARM's own accounting is not published).
  const graphQuery = parts[1]?.toLowerCase() === 'microsoft.resourcegraph';
  const write = method !== 'GET' && method !== 'HEAD' && !graphQuery;
  const subId = parts[0]?.toLowerCase() === 'subscriptions' ? parts[1] : undefined;
  if (subId)
    return {
      key: `${principal.oid}|${subId.toLowerCase()}`,
      kind: write ? 'subscription-writes' : 'subscription-reads',
    };
  return { key: `${principal.oid}|tenant`, kind: write ? 'tenant-writes' : 'tenant-reads' };
}

export function throttledMessage(subscriptionId: string | undefined, operation: string, seconds: number): string {
  const scope = subscriptionId ? `subscription '${subscriptionId}'` : 'tenant';
  return `Number of requests for ${scope} and operation '${operation}' exceeded the limit. Please try again after '${seconds}' seconds.`;
}

function operationName(method: string, url: URL): string {
  const path = url.pathname
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, '')
    .replace(/\/+/g, '/');
  return `${method} ${path.toUpperCase()}`;
}

/** A scenario-injected failure, shaped like ARM's own. */
export function armFaultResponse(ctx: EmuContext, req: EmuRequest, url: URL, rule: FaultRule): EmuResponse {
  const call: ArmCall = { ctx, req, url, headers: baseHeaders(ctx, req) };
  // A throttle that holds answers what is left of its wait, as ARM gives a new retry value to an early retry.
  const retryAfter =
    rule.status === 429 && rule.holdUntil !== undefined
      ? Math.max(1, Math.ceil((rule.holdUntil - ctx.now()) / 1000))
      : defaultRetryAfter(rule);
  const code = rule.code ?? defaultArmCode(rule.status);
  const parts = pathParts(url);
  const subId = parts[0]?.toLowerCase() === 'subscriptions' ? parts[1] : undefined;
  let message: string;
  if (rule.status === 429)
    message = throttledMessage(subId, operationName(req.method.toUpperCase(), url), retryAfter ?? 6);
  else if (rule.status === 503) message = 'The service is temporarily unavailable. Please try again later.';
  else if (rule.status >= 500) message = 'The server encountered an internal error. Please retry the request.';
  else message = `The request failed with status ${rule.status} (injected by the scenario).`;
  return fail(call, rule.status, code, message, retryAfter !== undefined ? { 'retry-after': String(retryAfter) } : {});
}

export async function handleArm(ctx: EmuContext, req: EmuRequest, url: URL): Promise<EmuResponse> {
  const now = ctx.now();
  settle(ctx.state.world, ctx.state.scenario, now);
  const call: ArmCall = { ctx, req, url, headers: baseHeaders(ctx, req) };
  const method = req.method.toUpperCase();
  const auth = await authenticate(call);
  if ('status' in auth) return auth;
  const principal = auth;
  const parts = pathParts(url);

  const scope = rateScope(method, parts, principal);
  const rate = consumeRate(ctx.state, scope.key, scope.kind, now);
  Object.assign(call.headers, rate.headers);
  if (!rate.ok) {
    const subId = parts[0]?.toLowerCase() === 'subscriptions' ? parts[1] : undefined;
    return fail(
      call,
      429,
      'SubscriptionRequestsThrottled',
      throttledMessage(subId, operationName(method, url), rate.retryAfterSeconds),
      {
        'retry-after': String(rate.retryAfterSeconds),
      },
    );
  }

  const apiVersion = url.searchParams.get('api-version');
  if (!apiVersion) {
    return fail(
      call,
      400,
      'MissingApiVersionParameter',
      'The api-version query parameter (?api-version=) is required for all requests.',
    );
  }
  // A Resource Graph query is a POST that only reads (its one action is Microsoft.ResourceGraph/resources/read).
  const readsOnly =
    method === 'POST' && parts.join('/').toLowerCase() === 'providers/microsoft.resourcegraph/resources';
  return (
    (readsOnly ? undefined : claimsChallenge(call, principal, method)) ??
    route(call, principal, method, parts, apiVersion)
  );
}

function route(call: ArmCall, principal: Principal, method: string, parts: string[], apiVersion: string): EmuResponse {
  const lower = parts.map((p) => p.toLowerCase());
  const notAllowed = (): EmuResponse =>
    fail(call, 405, 'MethodNotAllowed', `The HTTP method '${method}' is not supported for '${call.url.pathname}'.`);
  const operation = operationOf(method, lower);
  if (!operation) return lower.length > 0 && knownPath(lower) ? notAllowed() : notFoundRoute(call);
  if (!acceptsApiVersion(operation, apiVersion)) {
    return fail(call, 400, 'InvalidApiVersionParameter', invalidApiVersionMessage(apiVersion, operation));
  }

  if (operation === 'Tenants_List') return listTenants(call, principal);
  if (operation === 'Subscriptions_List') return listSubscriptions(call, principal, apiVersion);
  if (operation === 'Resources') return queryResourceGraph(call, principal, apiVersion);

  const sub = findSubscription(call, parts[1] ?? '');
  // A deleted subscription takes no operation at all; ARM no longer finds it (the code for it is not confirmed).
  if (!sub || sub.state === 'Deleted')
    return fail(call, 404, 'SubscriptionNotFound', `The subscription '${parts[1]}' could not be found.`);
  // A managing tenant's token works on a delegated subscription (Azure Lighthouse); ARM acts in the subscription's
  // own tenant, so a registration there gives the customer's directory the service principal.
  if (!actsOn(sub, principal.tid)) {
    const message =
      `The access token is from the wrong issuer 'https://sts.windows.net/${principal.tid}/'. It must match the tenant ` +
      `'https://sts.windows.net/${sub.tenantId}/' associated with this subscription. Please use the authority (URL) ` +
      `'https://login.windows.net/${sub.tenantId}' to get the token.`;
    const challenge = `Bearer authorization_uri="https://login.microsoftonline.com/${sub.tenantId}", error="invalid_token", error_description="The access token is from the wrong issuer."`;
    return fail(call, 401, 'InvalidAuthenticationTokenTenant', message, { 'www-authenticate': challenge });
  }
  // Keyed by the token's principal: a direct assignment names an object of this directory (a guest's guest object),
  // a Lighthouse delegation a principal of the managing tenant, so neither stands in for the other.
  const role = sub.roles[principal.oid];
  const scope = `/subscriptions/${sub.id}`;
  const denied = (action: string): EmuResponse =>
    fail(call, 403, 'AuthorizationFailed', authorizationFailedMessage(principal.upn, principal.oid, action, scope));
  const nsParam = parts[3] ?? '';
  const authz = authorizationPath(lower, method);
  const authzScope = authz ? parseScope(parts.slice(0, authz.at)) : undefined;

  switch (operation) {
    case 'Subscriptions_Get':
      return role ? reply(call, 200, subscriptionJson(sub)) : denied('Microsoft.Resources/subscriptions/read');
    case 'Providers_List':
      if (!role) return denied('Microsoft.Resources/subscriptions/providers/read');
      return reply(call, 200, { value: call.ctx.state.scenario.knownNamespaces.map((ns) => providerJson(sub, ns)) });
    case 'Providers_Get': {
      if (!role) return denied(`${nsParam}/read`);
      const ns = canonicalNamespace(call.ctx.state.scenario, nsParam);
      if (!ns) return invalidNamespace(call, nsParam);
      return reply(call, 200, providerJson(sub, ns));
    }
    case 'Providers_Register':
      return register(call, sub, role, nsParam, denied);
    case 'DigitalTwins_List':
      return listInstances(call, principal, sub);
    case 'DigitalTwins_ListByResourceGroup':
      return listInstances(call, principal, sub, parts[3]);
    case 'DigitalTwins_Get':
      return getInstance(call, principal, sub, parts[3] ?? '', parts[7] ?? '');
    case 'Permissions_ListForSubscription':
      return authzScope ? listPermissions(call, principal, sub, authzScope, apiVersion) : notFoundRoute(call);
    case 'RoleAssignments_ListForScope':
      return authzScope ? listRoleAssignments(call, principal, sub, authzScope, apiVersion) : notFoundRoute(call);
    case 'RoleAssignments_Get':
      return authzScope
        ? getRoleAssignment(call, principal, sub, authzScope, parts[parts.length - 1] ?? '', apiVersion)
        : notFoundRoute(call);
    case 'RoleAssignments_Create':
      return authzScope
        ? createRoleAssignment(call, principal, sub, authzScope, parts[parts.length - 1] ?? '', apiVersion)
        : notFoundRoute(call);
    case 'RoleEligibilityScheduleInstances_ListForScope':
      return authzScope ? listEligibilityInstances(call, principal, sub, authzScope) : notFoundRoute(call);
    case 'RoleDefinitions_List':
      return authzScope ? listRoleDefinitions(call, principal, sub, authzScope, apiVersion) : notFoundRoute(call);
    case 'RoleDefinitions_Get':
      return authzScope
        ? getRoleDefinition(call, principal, sub, authzScope, parts[parts.length - 1] ?? '', apiVersion)
        : notFoundRoute(call);
  }
}

/** What each Microsoft.Authorization collection serves: list (GET), read one (GET) and write one (PUT). */
const AUTHORIZATION_OPERATIONS: Record<string, { list: ArmOperation; item?: ArmOperation; put?: ArmOperation }> = {
  permissions: { list: 'Permissions_ListForSubscription' },
  roleassignments: { list: 'RoleAssignments_ListForScope', item: 'RoleAssignments_Get', put: 'RoleAssignments_Create' },
  roledefinitions: { list: 'RoleDefinitions_List', item: 'RoleDefinitions_Get' },
  roleeligibilityscheduleinstances: { list: 'RoleEligibilityScheduleInstances_ListForScope' },
};

/**
 * `{scope}/providers/Microsoft.Authorization/{permissions|roleAssignments|roleDefinitions[/{id}]}` at a scope the
 * emulator knows how to read (subscription, resource group, resource): where the scope ends and which operation the
 * method asks for (undefined: none for this method).
 */
function authorizationPath(
  lower: string[],
  method: string,
): { at: number; operation: ArmOperation | undefined } | undefined {
  for (const at of [2, 4, 8]) {
    if (lower[at] !== 'providers' || lower[at + 1] !== 'microsoft.authorization') continue;
    const kind = AUTHORIZATION_OPERATIONS[lower[at + 2] ?? ''];
    if (!kind || !parseScope(lower.slice(0, at))) continue;
    if (lower.length === at + 3) return { at, operation: method === 'GET' ? kind.list : undefined };
    if (lower.length === at + 4 && kind.item)
      return { at, operation: method === 'GET' ? kind.item : method === 'PUT' ? kind.put : undefined };
  }
  return undefined;
}

/** The operation a method and path name (lower-cased path segments), or undefined when the emulator serves none. */
function operationOf(method: string, lower: string[]): ArmOperation | undefined {
  const get = method === 'GET';
  if (lower.length === 1 && lower[0] === 'tenants') return get ? 'Tenants_List' : undefined;
  if (
    lower.length === 3 &&
    lower[0] === 'providers' &&
    lower[1] === 'microsoft.resourcegraph' &&
    lower[2] === 'resources'
  ) {
    return method === 'POST' ? 'Resources' : undefined;
  }
  if (lower[0] !== 'subscriptions') return undefined;
  if (lower.length === 1) return get ? 'Subscriptions_List' : undefined;
  if (lower.length === 2) return get ? 'Subscriptions_Get' : undefined;
  const authz = authorizationPath(lower, method);
  if (authz) return authz.operation;
  const twins = (at: number) =>
    lower[at] === 'providers' &&
    lower[at + 1] === 'microsoft.digitaltwins' &&
    lower[at + 2] === 'digitaltwinsinstances';
  if (lower.length === 5 && twins(2)) return get ? 'DigitalTwins_List' : undefined;
  if (lower[2] === 'resourcegroups' && lower.length === 7 && twins(4))
    return get ? 'DigitalTwins_ListByResourceGroup' : undefined;
  if (lower[2] === 'resourcegroups' && lower.length === 8 && twins(4)) return get ? 'DigitalTwins_Get' : undefined;
  if (lower[2] !== 'providers') return undefined;
  if (lower.length === 3) return get ? 'Providers_List' : undefined;
  if (lower.length === 4) return get ? 'Providers_Get' : undefined;
  if (lower.length === 5 && lower[4] === 'register') return method === 'POST' ? 'Providers_Register' : undefined;
  return undefined;
}

/** A path the emulator serves with another method. */
function knownPath(lower: string[]): boolean {
  return ['GET', 'POST', 'PUT'].some((m) => operationOf(m, lower) !== undefined);
}

function notFoundRoute(call: ArmCall): EmuResponse {
  return fail(call, 404, 'NotFound', `The emulator does not serve '${call.url.pathname}'.`);
}

function invalidNamespace(call: ArmCall, ns: string): EmuResponse {
  return fail(call, 404, 'InvalidResourceNamespace', `The resource namespace '${ns}' is invalid.`);
}

function register(
  call: ArmCall,
  sub: SubscriptionRecord,
  role: RoleName | undefined,
  nsParam: string,
  denied: (action: string) => EmuResponse,
): EmuResponse {
  const action = `${canonicalNamespace(call.ctx.state.scenario, nsParam) ?? nsParam}/register/action`;
  if (!role) return denied(action);
  if (READ_ONLY_STATES.includes(sub.state)) {
    return fail(
      call,
      409,
      'ReadOnlyDisabledSubscription',
      `The subscription '${sub.id}' is disabled and therefore marked as read only.`,
    );
  }
  if (role !== 'Owner' && role !== 'Contributor') return denied(action);
  const ns = canonicalNamespace(call.ctx.state.scenario, nsParam);
  if (!ns) return invalidNamespace(call, nsParam);
  if (!isRegistrationFree(ns)) {
    const current = sub.providers[ns];
    // A register while one is in flight (or done) changes nothing: same state, same timer.
    if (current?.registrationState !== 'Registering' && current?.registrationState !== 'Registered') {
      sub.providers[ns] = { ...current, registrationState: 'Registering', registeringSince: call.ctx.now() };
      settle(call.ctx.state.world, call.ctx.state.scenario, call.ctx.now());
    }
  }
  return reply(call, 200, providerJson(sub, ns));
}

function subscriptionJson(sub: SubscriptionRecord): Record<string, unknown> {
  return {
    id: `/subscriptions/${sub.id}`,
    authorizationSource: 'RoleBased',
    managedByTenants: (sub.managedByTenants ?? []).map((tenantId) => ({ tenantId })),
    subscriptionId: sub.id,
    tenantId: sub.tenantId,
    displayName: sub.displayName,
    state: sub.state,
    subscriptionPolicies: {
      locationPlacementId: 'Public_2014-09-01',
      quotaId: 'PayAsYouGo_2014-09-01',
      spendingLimit: 'Off',
    },
  };
}

function providerJson(sub: SubscriptionRecord, ns: string): Record<string, unknown> {
  return {
    id: `/subscriptions/${sub.id}/providers/${ns}`,
    namespace: ns,
    registrationState: providerState(sub, ns),
    registrationPolicy: isRegistrationFree(ns) ? 'RegistrationFree' : 'RegistrationRequired',
    resourceTypes: resourceTypesOf(ns),
  };
}

type TenantCategory = 'Home' | 'ProjectedBy' | 'ManagedBy';

/**
 * The directories the account belongs to (member or guest) are 'Home'. Through Azure Lighthouse it also sees the
 * customers whose subscriptions are delegated to its token's tenant ('ProjectedBy': it cannot sign in there unless
 * it is a guest too, and then the directory is one of its own) and, in a customer's directory, the tenants managing
 * it ('ManagedBy').
 */
function listTenants(call: ArmCall, principal: Principal): EmuResponse {
  const { world } = call.ctx.state;
  const user = findUserByObjectId(world, principal.oid)?.user;
  if (!user) return reply(call, 200, { value: [] });
  const categories = new Map<string, TenantCategory>();
  for (const t of world.tenants) if (isMember(user, t.id)) categories.set(t.id, 'Home');
  for (const sub of world.subscriptions) {
    if (sub.roles[principal.oid] === undefined) continue;
    const managers = sub.managedByTenants ?? [];
    if (managers.includes(principal.tid) && !categories.has(sub.tenantId)) categories.set(sub.tenantId, 'ProjectedBy');
    if (sub.tenantId === principal.tid)
      for (const m of managers) if (!categories.has(m)) categories.set(m, 'ManagedBy');
  }
  const tenants = world.tenants.filter((t) => categories.has(t.id));
  return reply(call, 200, {
    value: tenants.map((t) => {
      const category = categories.get(t.id)!;
      return {
        id: `/tenants/${t.id}`,
        tenantId: t.id,
        countryCode: 'US',
        displayName: t.displayName,
        domains: [t.defaultDomain],
        tenantCategory: category,
        defaultDomain: t.defaultDomain,
        // The spec gives tenantType only for the 'Home' category.
        ...(category === 'Home' ? { tenantType: 'AAD' } : {}),
      };
    }),
  });
}

function listSubscriptions(call: ArmCall, principal: Principal, apiVersion: string): EmuResponse {
  // The token's tenant's subscriptions, and those delegated to it, each with its own tenantId.
  const all = call.ctx.state.world.subscriptions.filter(
    (s) => actsOn(s, principal.tid) && s.roles[principal.oid] !== undefined && s.state !== 'Deleted',
  );
  let offset = 0;
  const skipToken = call.url.searchParams.get('$skiptoken');
  if (skipToken !== null) {
    const decoded = decodeSkipToken(skipToken);
    if (decoded === undefined)
      return fail(call, 400, 'InvalidSkipToken', `The skip token '${skipToken}' is not valid.`);
    offset = decoded;
  }
  const pageSize = Math.max(1, call.ctx.state.scenario.pageSize);
  const page = all.slice(offset, offset + pageSize);
  const body: Record<string, unknown> = { value: page.map(subscriptionJson) };
  if (offset + pageSize < all.length) {
    const next = new URL(`https://${ARM_HOST}/subscriptions`);
    next.searchParams.set('api-version', apiVersion);
    next.searchParams.set('$skiptoken', encodeSkipToken(offset + pageSize));
    body.nextLink = next.href;
  }
  return reply(call, 200, body);
}
