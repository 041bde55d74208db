import type { I18n, MessageDescriptor } from '@lingui/core';
import { msg, plural } from '@lingui/core/macro';
import type { Exchange } from './types';
import { firstAadsts } from './aadsts';

/**
 * Plain words for what happened in one exchange. Pure: it reads only the (redacted) entry, and speaks the language
 * of the `i18n` it is given: the page's (the panel, at render time) or `english` (the HAR file, for support).
 */

const RESOURCE_NAMES: Array<[RegExp, string]> = [
  [/digitaltwins\.azure\.net|0b07f429-9f4b-4714-9392-cc5e8e80c8b0/i, 'Azure Digital Twins'],
  [/management\.(azure\.com|core\.windows\.net|usgovcloudapi\.net|chinacloudapi\.cn)/i, 'Azure Resource Manager'],
  [/graph\.microsoft\.com/i, 'Microsoft Graph'],
];

/** The resource a token request was for, in words (a product name, or the scope itself), from its scopes. */
export function resourceOf(scopes: string[]): string | undefined {
  const named = scopes.filter((s) => !['openid', 'profile', 'offline_access', 'email'].includes(s.toLowerCase()));
  for (const scope of named) {
    const hit = RESOURCE_NAMES.find(([pattern]) => pattern.test(scope));
    if (hit) return hit[1];
  }
  return named[0];
}

/** Why Entra ID refused, as a clause that follows a colon (see the messages that use {reason}). */
const AADSTS: Record<string, (resource: string) => MessageDescriptor> = {
  AADSTS650052: (resource) =>
    msg({
      message: `Entra ID does not know ${resource} in this directory yet: its service principal is missing until the resource provider is registered`,
      comment: 'A clause after a colon, no final full stop. {resource} is a product name such as Azure Digital Twins.',
    }),
  AADSTS65001: (resource) =>
    msg({
      message: `Entra ID needs consent first: nobody has agreed to let the app use ${resource} yet`,
      comment: 'A clause after a colon, no final full stop. {resource} is a product name such as Azure Digital Twins.',
    }),
  AADSTS65004: () =>
    msg({
      message: 'the person declined the permissions the app asked for',
      comment: 'A clause after a colon, no final full stop.',
    }),
  AADSTS90094: () =>
    msg({
      message: 'only an administrator may grant these permissions in this directory',
      comment: 'A clause after a colon, no final full stop.',
    }),
  AADSTS650057: (resource) =>
    msg({
      message: `the app registration does not list ${resource} among its API permissions`,
      comment: 'A clause after a colon, no final full stop. {resource} is a product name such as Azure Digital Twins.',
    }),
  AADSTS50076: () =>
    msg({
      message: 'the directory requires multi-factor authentication for this',
      comment: 'A clause after a colon, no final full stop.',
    }),
  AADSTS50020: () =>
    msg({
      message: 'the account is not a member of this directory',
      comment: 'A clause after a colon, no final full stop.',
    }),
  // The instance in the developer's directory: a guest's token request there.
  AADSTS500212: () =>
    msg({
      message:
        "the account's own directory blocks B2B collaboration with this one (outbound cross-tenant access settings)",
      comment: 'A clause after a colon, no final full stop.',
    }),
  AADSTS500213: () =>
    msg({
      message: "this directory blocks guests from the account's directory (inbound cross-tenant access settings)",
      comment: 'A clause after a colon, no final full stop.',
    }),
  AADSTS500021: () =>
    msg({
      message: "the network's tenant restrictions do not allow this directory",
      comment: 'A clause after a colon, no final full stop.',
    }),
  AADSTS53000: () =>
    msg({
      message: "this directory's Conditional Access requires a compliant device",
      comment: 'A clause after a colon, no final full stop.',
    }),
  AADSTS53003: () =>
    msg({
      message: "this directory's Conditional Access blocked the request",
      comment: 'A clause after a colon, no final full stop.',
    }),
  AADSTS700084: () =>
    msg({
      message: 'the refresh token has expired (single-page apps get 24 hours): a new sign-in is needed',
      comment: 'A clause after a colon, no final full stop.',
    }),
  AADSTS50058: () =>
    msg({
      message: 'no one is signed in to Microsoft in this browser',
      comment: 'A clause after a colon, no final full stop.',
    }),
  AADSTS70011: () =>
    msg({ message: 'the scope asked for is not valid', comment: 'A clause after a colon, no final full stop.' }),
  AADSTS54005: () =>
    msg({
      message: 'that authorization code was already redeemed',
      comment: 'A clause after a colon, no final full stop.',
    }),
  AADSTS70008: () =>
    msg({ message: 'that authorization code has expired', comment: 'A clause after a colon, no final full stop.' }),
};

/** Azure Resource Manager's refusals, each a whole sentence ending with ARM's error code. */
const ARM_ERRORS: Record<string, (code: string) => MessageDescriptor> = {
  InvalidAuthenticationToken: (code) =>
    msg`Azure refused the access token (401 InvalidAuthenticationToken): the portal gets a fresh one (${code}).`,
  ExpiredAuthenticationToken: (code) =>
    msg`Azure refused an expired access token: the portal gets a fresh one (${code}).`,
  InvalidAuthenticationTokenTenant: (code) =>
    msg`The subscription lives in another directory: the portal asks for a token from there (${code}).`,
  AuthorizationFailed: (code) => msg`The signed-in account has no right to do this on the subscription (${code}).`,
  InvalidResourceNamespace: (code) => msg`This Azure cloud does not know the resource provider namespace (${code}).`,
  SubscriptionNotFound: (code) => msg`Azure does not know this subscription (or the account cannot see it) (${code}).`,
  ReadOnlyDisabledSubscription: (code) => msg`The subscription is disabled, so it is read-only (${code}).`,
};

/** The reason behind an AADSTS code, in words, if the portal knows it. */
function reasonOf(i18n: I18n, code: string | undefined, resource: string): string | undefined {
  const reason = code ? AADSTS[code] : undefined;
  return reason ? i18n._(reason(resource)) : undefined;
}

/** A clock time in UTC, hours and minutes, as the language writes it. */
function utcTime(i18n: I18n, ms: number): string {
  return i18n.date(new Date(ms), { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' });
}

function tokenRequestGloss(i18n: I18n, e: Exchange): string {
  const form = new Map(e.form ?? []);
  const scopes = e.scopes ?? (form.get('scope') ?? '').split(' ').filter(Boolean);
  const resource =
    resourceOf(scopes) ??
    i18n._(msg({ message: 'a resource', comment: 'Stands for {resource} when the token request names none.' }));
  const grant = form.get('grant_type');
  const code = e.outcome.aadsts;
  if (e.status === 200 || (e.kind === 'msal' && !e.msalError && !code)) {
    const expiry = e.claims?.exp !== undefined ? e.claims.exp * 1000 : e.expiresOn;
    if (expiry !== undefined) {
      const time = utcTime(i18n, expiry);
      if (grant === 'authorization_code')
        return i18n._(msg`Entra ID issued a token for ${resource} for the sign-in code, valid until ${time} UTC.`);
      if (grant === 'refresh_token')
        return i18n._(msg`Entra ID issued a token for ${resource} with the refresh token, valid until ${time} UTC.`);
      return i18n._(msg`Entra ID issued a token for ${resource}, valid until ${time} UTC.`);
    }
    if (grant === 'authorization_code')
      return i18n._(msg`Entra ID issued a token for ${resource} for the sign-in code.`);
    if (grant === 'refresh_token') return i18n._(msg`Entra ID issued a token for ${resource} with the refresh token.`);
    return i18n._(msg`Entra ID issued a token for ${resource}.`);
  }
  const reason = reasonOf(i18n, code, resource);
  if (code && reason)
    return i18n._(
      msg({
        message: `Entra ID refused a token for ${resource}: ${reason} (${code}).`,
        comment: '{reason} says why; {code} is an AADSTS code.',
      }),
    );
  if (code) return i18n._(msg`Entra ID refused a token for ${resource} (${code}).`);
  if (e.kind === 'msal') {
    const error =
      e.msalError ?? i18n._(msg({ message: 'no code', comment: 'Stands for {error} when MSAL gave no error code.' }));
    return i18n._(msg`The token request for ${resource} did not succeed (${error}).`);
  }
  const status = e.status;
  return i18n._(msg`Entra ID answered ${status} to a token request for ${resource}.`);
}

/** The fields of a redirect back to the app: in the fragment (sign-in) or the query (admin consent). */
function returnedFields(location: string | undefined): URLSearchParams {
  if (!location) return new URLSearchParams();
  try {
    const url = new URL(location);
    return new URLSearchParams(url.hash.includes('=') ? url.hash.slice(1) : url.search);
  } catch {
    return new URLSearchParams();
  }
}

/** Microsoft's sign-in or admin consent page (seen in demo mode only): what it sent the browser back with. */
function signInPageGloss(i18n: I18n, e: Exchange, adminConsent: boolean): string {
  const back = returnedFields(e.responseHeaders.location);
  const error = back.get('error');
  const status = e.status;
  if (error) {
    const code = e.outcome.aadsts ?? firstAadsts(back.get('error_description') ?? undefined);
    let scopes: string[] = [];
    try {
      scopes = (new URL(e.url).searchParams.get('scope') ?? '').split(' ').filter(Boolean);
    } catch {
      // no scope to name
    }
    const resource =
      resourceOf(scopes) ??
      i18n._(msg({ message: 'the resource', comment: 'Stands for {resource} when the request names none.' }));
    const reason = reasonOf(i18n, code, resource);
    // Identifiers, not words: the AADSTS code and Entra's `error` field.
    const codes = code ? `${code}, ${error}` : error;
    if (adminConsent) {
      return reason
        ? i18n._(
            msg({
              message: `Entra ID’s admin consent page sent the browser back without consent: ${reason} (${codes}).`,
              comment: '{reason} says why; {codes} are error codes.',
            }),
          )
        : i18n._(
            msg({
              message: `Entra ID’s admin consent page sent the browser back without consent (${codes}).`,
              comment: '{codes} are error codes.',
            }),
          );
    }
    return reason
      ? i18n._(
          msg({
            message: `Entra ID’s sign-in page sent the browser back without a sign-in code: ${reason} (${codes}).`,
            comment: '{reason} says why; {codes} are error codes.',
          }),
        )
      : i18n._(
          msg({
            message: `Entra ID’s sign-in page sent the browser back without a sign-in code (${codes}).`,
            comment: '{codes} are error codes.',
          }),
        );
  }
  if (adminConsent) {
    if (status >= 400) return i18n._(msg`Entra ID’s admin consent page answered ${status}.`);
    return i18n._(
      msg`Entra ID’s admin consent page sent the browser back: an administrator granted the app’s permissions for the whole organization.`,
    );
  }
  if (status >= 400) return i18n._(msg`Entra ID’s sign-in page answered ${status}.`);
  return i18n._(
    msg`Entra ID’s sign-in page sent the browser back with a one-time sign-in code (never shown), which MSAL redeems at the token endpoint.`,
  );
}

/** What happened in one exchange, in the words of `i18n`. */
export function gloss(e: Exchange, i18n: I18n): string {
  const status = e.status;
  if (e.method === 'OPTIONS') return i18n._(msg`The browser asked whether it may send this request (CORS preflight).`);
  if (status === 0 && e.kind === 'http') {
    if (e.failure === 'cancelled') return i18n._(msg`No answer came back: the portal cancelled the request.`);
    if (e.failure === 'no-answer')
      return i18n._(msg`No answer came back: the network gave none (offline, or the connection failed).`);
    return i18n._(msg`No answer came back: the request failed.`);
  }
  if (e.service === 'entra') {
    if (/\/oauth2\/v2\.0\/token$/i.test(e.path.split('?')[0] ?? '')) return tokenRequestGloss(i18n, e);
    if (/\/oauth2\/v2\.0\/logout/i.test(e.path)) return i18n._(msg`The browser signed out of Entra ID.`);
    if (/\/oauth2\/v2\.0\/authorize$/i.test(e.path.split('?')[0] ?? '')) return signInPageGloss(i18n, e, false);
    if (/\/v2\.0\/adminconsent$/i.test(e.path.split('?')[0] ?? '')) return signInPageGloss(i18n, e, true);
    if (/openid-configuration|discovery\/instance/i.test(e.path))
      return i18n._(msg`MSAL read Entra ID’s metadata for this authority (where to sign in and get tokens).`);
    if (status < 400) return i18n._(msg`Entra ID answered.`);
    const code = e.outcome.aadsts;
    return code ? i18n._(msg`Entra ID answered ${status} (${code}).`) : i18n._(msg`Entra ID answered ${status}.`);
  }
  const path = e.path.split('?')[0] ?? '';
  const twins = twinsGloss(e, path, i18n);
  if (twins) return twins;
  if (status === 429) {
    const header = e.responseHeaders['retry-after'];
    if (!header) return i18n._(msg`Azure throttled the portal (too many requests).`);
    // Retry-After is seconds, or (rarely) an HTTP date, shown as it came.
    const seconds = Number(header);
    const wait =
      Number.isFinite(seconds) && header.trim() !== ''
        ? i18n.number(seconds, { style: 'unit', unit: 'second', unitDisplay: 'short' })
        : header;
    return i18n._(
      msg({
        message: `Azure throttled the portal (too many requests) and asked it to wait ${wait} (Retry-After).`,
        comment: '{wait} is a duration, as 4 sec. Retry-After is an HTTP header name.',
      }),
    );
  }
  if (status >= 500) return i18n._(msg`Azure had a temporary problem (${status}); the portal retries reads by itself.`);
  if (status >= 400) {
    const code = e.outcome.error;
    // A 401 from ARM's policy is a claims challenge (mandatory MFA, an authentication context); a 403 is Azure Policy.
    if (status === 401 && code === 'RequestDisallowedByPolicy') {
      return i18n._(
        msg`Azure asks for a stronger sign-in before this change, multi-factor authentication or an authentication context (401 ${code}): the portal offers Microsoft's page with the claims it asked for.`,
      );
    }
    const explained = code ? ARM_ERRORS[code] : undefined;
    if (code && explained) return i18n._(explained(code));
    return code
      ? i18n._(msg`Azure refused the request: ${status} ${code}.`)
      : i18n._(msg`Azure refused the request: ${status}.`);
  }
  const provider = /\/providers\/([^/]+)(\/register)?$/i.exec(path);
  const namespace = provider?.[1];
  const state = e.outcome.registrationState;
  if (provider && e.method === 'POST' && provider[2]) {
    return state
      ? i18n._(
          msg({
            message: `Azure accepted the registration of ${namespace}; the provider is now ${state}.`,
            comment:
              '{namespace} is a resource provider (Microsoft.…); {state} is Azure’s registrationState (Registering, Registered…), kept as is.',
          }),
        )
      : i18n._(
          msg({
            message: `Azure accepted the registration of ${namespace}.`,
            comment: '{namespace} is a resource provider (Microsoft.…).',
          }),
        );
  }
  if (provider && state) {
    return i18n._(
      msg({
        message: `${namespace} is ${state} on this subscription.`,
        comment:
          '{namespace} is a resource provider (Microsoft.…); {state} is Azure’s registrationState (Registered, NotRegistered…), kept as is.',
      }),
    );
  }
  if (/\/providers\/Microsoft\.Authorization\/permissions$/i.test(path))
    return i18n._(msg`The portal read what the signed-in account may do on the subscription.`);
  if (/^\/tenants$/i.test(path)) return i18n._(msg`The portal read the directories the account can use.`);
  if (/^\/subscriptions$/i.test(path)) {
    const items = e.outcome.items ?? 0;
    return e.outcome.nextLink
      ? i18n._(
          msg`Azure listed ${plural(items, { one: '# subscription', other: '# subscriptions' })}, with more on the next page.`,
        )
      : i18n._(msg`Azure listed ${plural(items, { one: '# subscription', other: '# subscriptions' })}.`);
  }
  return i18n._(msg`Azure answered ${status}.`);
}

/** Today's Digital Twins: the search for instances and the three reads at an instance. */
function twinsGloss(e: Exchange, path: string, i18n: I18n): string | undefined {
  const status = e.status;
  if (e.method === 'POST' && /^\/providers\/Microsoft\.ResourceGraph\/resources$/i.test(path)) {
    if (status === 429)
      return i18n._(
        msg`Azure Resource Graph throttled the portal: its quota of queries for this account is used up for now.`,
      );
    if (status >= 400) return undefined;
    return i18n._(
      msg`The portal searched every subscription the account can read for Azure Digital Twins instances, in one Azure Resource Graph query.`,
    );
  }
  const grant = grantGloss(e, path, i18n);
  if (grant !== null) return grant;
  const atInstance =
    /\/providers\/Microsoft\.DigitalTwins\/digitalTwinsInstances\/[^/]+\/providers\/Microsoft\.Authorization\/(roleAssignments|roleDefinitions|permissions)$/i.exec(
      path,
    );
  if (!atInstance) return undefined;
  if (status === 403)
    return i18n._(
      msg`Azure does not let the signed-in account read this at the instance (403): the portal says it cannot tell from here.`,
    );
  if (status >= 400) return undefined;
  const what = atInstance[1]!.toLowerCase();
  if (what === 'roleassignments')
    return i18n._(
      msg`The portal read the role assignments that apply at the Digital Twins instance, made there or inherited from above.`,
    );
  if (what === 'roledefinitions')
    return i18n._(
      msg`The portal read the role definitions usable at the instance, to see which data actions each role grants.`,
    );
  return i18n._(
    msg`The portal read what the signed-in account may do on the Digital Twins instance, data actions included.`,
  );
}

/** Giving the data role: the assignment by its name (read, then made once) and the admin's eligible roles (PIM). */
function grantGloss(e: Exchange, path: string, i18n: I18n): string | undefined | null {
  const status = e.status;
  if (/\/providers\/Microsoft\.Authorization\/roleEligibilityScheduleInstances$/i.test(path))
    return status >= 400
      ? undefined
      : i18n._(
          msg`The portal read which roles the signed-in account may activate in Privileged Identity Management at the instance.`,
        );
  if (!/\/providers\/Microsoft\.Authorization\/roleAssignments\/[^/]+$/i.test(path)) return null;
  if (e.method === 'PUT')
    return status === 200 || status === 201
      ? i18n._(
          msg`Azure made the role assignment. Its name is derived from the instance, the principal and the role, so sending it again could never make a second one.`,
        )
      : undefined;
  if (status === 404) return i18n._(msg`No role assignment of this name at the instance yet: the portal may make it.`);
  return status === 200
    ? i18n._(msg`The portal looked up its role assignment by name: it is there, so it is not sent again.`)
    : undefined;
}

/** Who talked to whom, in the panel's words: the services' own names, never translated. */
export function serviceName(e: Exchange): string {
  return e.service === 'entra' ? 'Microsoft Entra ID' : 'Azure Resource Manager';
}
