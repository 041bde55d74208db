/**
 * The first-party resources the emulated directory knows, and how a v2 `scope` parameter maps onto
 * exactly one of them (Entra issues one access token per resource).
 */

export const DIGITAL_TWINS_APP_ID = '0b07f429-9f4b-4714-9392-cc5e8e80c8b0';
export const DIGITAL_TWINS_RESOURCE = 'https://digitaltwins.azure.net';
export const ARM_APP_ID = '797f4846-ba00-4fd7-ba43-dac1f8f63013';
export const ARM_RESOURCE = 'https://management.azure.com';
export const GRAPH_APP_ID = '00000003-0000-0000-c000-000000000000';
export const GRAPH_RESOURCE = 'https://graph.microsoft.com';

export interface ResourcePermission {
  name: string;
  description: string;
}

export interface ResourceDef {
  appId: string;
  /** canonical resource URI, used as the access token audience */
  uri: string;
  displayName: string;
  /** accepted scope prefixes, lower case, without trailing slash */
  identifiers: string[];
  /** delegated permissions; `.default` means "all of them" */
  permissions: ResourcePermission[];
  /** service principal present in every tenant (ARM, Graph) */
  alwaysPresent: boolean;
  /** provider namespaces whose registration makes Microsoft add this service principal to the tenant */
  namespaces: string[];
}

export const RESOURCES: readonly ResourceDef[] = [
  {
    appId: ARM_APP_ID,
    uri: ARM_RESOURCE,
    displayName: 'Windows Azure Service Management API',
    identifiers: [ARM_RESOURCE, 'https://management.core.windows.net', ARM_APP_ID],
    permissions: [{ name: 'user_impersonation', description: 'Access Azure Resource Manager as you' }],
    alwaysPresent: true,
    namespaces: [],
  },
  {
    appId: DIGITAL_TWINS_APP_ID,
    uri: DIGITAL_TWINS_RESOURCE,
    displayName: 'Azure Digital Twins',
    identifiers: [DIGITAL_TWINS_RESOURCE, DIGITAL_TWINS_APP_ID],
    permissions: [{ name: 'Read.Write', description: 'Read and write Azure Digital Twins data as you' }],
    alwaysPresent: false,
    // The 2018 service registered as Microsoft.IoTSpaces; today's as Microsoft.DigitalTwins (same app id).
    namespaces: ['Microsoft.DigitalTwins', 'Microsoft.IoTSpaces'],
  },
  {
    appId: GRAPH_APP_ID,
    uri: GRAPH_RESOURCE,
    displayName: 'Microsoft Graph',
    identifiers: [GRAPH_RESOURCE, GRAPH_APP_ID],
    permissions: [{ name: 'User.Read', description: 'Sign you in and read your profile' }],
    alwaysPresent: true,
    namespaces: [],
  },
];

/** Scopes that ask for sign-in itself, not for a resource. */
export const OIDC_SCOPES = ['openid', 'profile', 'offline_access', 'email'] as const;

export function resourceByAppId(appId: string): ResourceDef | undefined {
  return RESOURCES.find((r) => r.appId === appId);
}

/** By URI or app id, with or without trailing slash, any case. */
export function resourceByIdentifier(identifier: string): ResourceDef | undefined {
  const key = identifier.replace(/\/+$/, '').toLowerCase();
  return RESOURCES.find((r) => r.identifiers.some((id) => id.toLowerCase() === key));
}

export type ScopeParse =
  | {
      ok: true;
      resource: ResourceDef;
      /** permission names granted, in the resource's own casing */
      permissions: string[];
      /** OIDC scopes that were asked for (openid, offline_access, ...) */
      oidc: string[];
      /** `/.default` was asked for: the app registration's static permissions decide */
      usesDefault: boolean;
    }
  | { ok: false; error: 'invalid_scope'; code: 70011; scope: string }
  | { ok: false; error: 'invalid_resource'; code: 500011; resourceName: string };

function splitScope(scope: string): { identifier: string; name: string } {
  // A bare name (User.Read) is a Graph permission, as in Entra.
  const slash = scope.lastIndexOf('/');
  if (slash < 0) return { identifier: GRAPH_RESOURCE, name: scope };
  return { identifier: scope.slice(0, slash).replace(/\/+$/, ''), name: scope.slice(slash + 1) };
}

/** Apply Entra's rule: after removing OIDC scopes, the scopes must name exactly one resource. */
export function parseScopes(scopeParam: string): ScopeParse {
  const all = scopeParam.split(/\s+/).filter((s) => s.length > 0);
  const oidc = all.filter((s) => (OIDC_SCOPES as readonly string[]).includes(s.toLowerCase()));
  const rest = all.filter((s) => !(OIDC_SCOPES as readonly string[]).includes(s.toLowerCase()));
  if (rest.length === 0) {
    // Sign-in only: Entra still returns an access token, for Microsoft Graph.
    const graph = resourceByAppId(GRAPH_APP_ID);
    if (!graph) throw new Error('Graph resource missing');
    return { ok: true, resource: graph, permissions: graph.permissions.map((p) => p.name), oidc, usesDefault: false };
  }
  const parts = rest.map(splitScope);
  const identifiers = new Set(
    parts.map((p) => resourceByIdentifier(p.identifier)?.appId ?? p.identifier.toLowerCase()),
  );
  if (identifiers.size > 1) return { ok: false, error: 'invalid_scope', code: 70011, scope: rest.join(' ') };
  const first = parts[0];
  if (!first) return { ok: false, error: 'invalid_scope', code: 70011, scope: '' };
  const resource = resourceByIdentifier(first.identifier);
  if (!resource) return { ok: false, error: 'invalid_resource', code: 500011, resourceName: first.identifier };
  const granted = new Set<string>();
  let usesDefault = false;
  for (const part of parts) {
    if (part.name.toLowerCase() === '.default') {
      usesDefault = true;
      for (const p of resource.permissions) granted.add(p.name);
      continue;
    }
    const perm = resource.permissions.find((p) => p.name.toLowerCase() === part.name.toLowerCase());
    if (!perm) return { ok: false, error: 'invalid_scope', code: 70011, scope: `${part.identifier}/${part.name}` };
    granted.add(perm.name);
  }
  return { ok: true, resource, permissions: [...granted], oidc, usesDefault };
}

/** `/.default` means "what the app registration lists": a resource it does not list is refused (AADSTS650057). */
export function listedOnRegistration(apiPermissions: string[], resource: ResourceDef): boolean {
  return apiPermissions.some((uri) => {
    const id = uri.toLowerCase().replace(/\/+$/, '');
    return id === resource.appId.toLowerCase() || resource.identifiers.includes(id);
  });
}

/** The `scope` value of a token response: the resource's permissions as full URIs. */
export function grantedScopeString(resource: ResourceDef, permissions: string[]): string {
  return permissions.map((p) => `${resource.uri}/${p}`).join(' ');
}
