/**
 * Helpers for tests that drive the emulator (its own, and the demo's in the app): sign in like MSAL does (PKCE S256,
 * fragment response), redeem codes, refresh, and call ARM. `@twin-onboarding/emulator/testkit`; test files only
 * (ESLint keeps it out of the app's code).
 */
import { Emulator } from './emulator';
import { bytesToBase64Url, randomBase64Url } from './encoding';
import { cloneScenario, SCENARIOS } from './scenarios';
import type { AadErrorBody } from './errors';
import type { AppRegistration, EmuResponse, Scenario, SignInStep } from './types';

export const APP: AppRegistration = {
  clientId: 'c1e9f3a0-7b2d-4e8f-9a61-5d4c3b2a1f00',
  displayName: 'Twin Onboarding',
  spaRedirectUris: ['https://portal.example/'],
  webRedirectUris: [],
  apiPermissions: ['https://management.azure.com', 'https://digitaltwins.azure.net'],
  idTokenOptionalClaims: ['login_hint'],
};
export const REDIRECT = 'https://portal.example/';
export const ARM_SCOPE = 'https://management.azure.com/user_impersonation';
export const DT_SCOPE = 'https://digitaltwins.azure.net/.default';
export const OIDC = 'openid profile offline_access';
/** 2026-11-26 12:00:00 UTC */
export const T0 = Date.UTC(2026, 10, 26, 12, 0, 0);

export function makeEmulator(scenario: string | Scenario = 'happy'): { emu: Emulator; wall: { now: number } } {
  const wall = { now: T0 };
  const emu = Emulator.create({ scenario, app: APP, baseNow: () => wall.now });
  return { emu, wall };
}

export function scenario(name: string): Scenario {
  const s = SCENARIOS[name];
  if (!s) throw new Error(`no scenario ${name}`);
  return cloneScenario(s);
}

export interface Pkce {
  verifier: string;
  challenge: string;
}

export async function pkce(): Promise<Pkce> {
  const verifier = randomBase64Url(32);
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return { verifier, challenge: bytesToBase64Url(new Uint8Array(digest)) };
}

/**
 * The PKCE pair an authorize URL carries unless a test gives its own: Entra requires PKCE for a SPA redirect URI.
 * The challenge is base64url(SHA-256(verifier)).
 */
export const DEFAULT_PKCE: Pkce = {
  verifier: 'test-verifier-0123456789-abcdefghijklmnopqrstu',
  challenge: '8TS5k9jXultv273Xd4l1_oSNv2DIu8R5dAoAxvgyJBM',
};

export interface AuthorizeOptions {
  scope?: string;
  tenant?: string;
  prompt?: string;
  loginHint?: string;
  redirectUri?: string;
  clientId?: string;
  state?: string;
  nonce?: string;
  /** the S256 challenge (DEFAULT_PKCE's when absent; '' sends none) */
  challenge?: string;
  /** '' leaves code_challenge_method out */
  challengeMethod?: string;
  responseMode?: string;
  correlationId?: string;
  /** Entra's page languages, space-separated, as the portal sends them */
  uiLocales?: string;
  /** a claims request (JSON), as MSAL sends it after an API's claims challenge */
  claims?: string;
}

export function authorizeUrl(o: AuthorizeOptions = {}): string {
  const url = new URL(`https://login.microsoftonline.com/${o.tenant ?? 'organizations'}/oauth2/v2.0/authorize`);
  const q = url.searchParams;
  q.set('client_id', o.clientId ?? APP.clientId);
  q.set('scope', o.scope ?? `${ARM_SCOPE} ${OIDC}`);
  q.set('redirect_uri', o.redirectUri ?? REDIRECT);
  q.set('client-request-id', o.correlationId ?? 'a0c0ffee-0000-4000-8000-000000000001');
  q.set('response_mode', o.responseMode ?? 'fragment');
  q.set('response_type', 'code');
  q.set('client_info', '1');
  if (o.prompt) q.set('prompt', o.prompt);
  if (o.loginHint) q.set('login_hint', o.loginHint);
  if (o.uiLocales !== undefined) q.set('ui_locales', o.uiLocales);
  if (o.claims !== undefined) q.set('claims', o.claims);
  const challenge = o.challenge ?? DEFAULT_PKCE.challenge;
  if (challenge) q.set('code_challenge', challenge);
  const method = o.challengeMethod ?? 'S256';
  if (challenge && method) q.set('code_challenge_method', method);
  q.set('nonce', o.nonce ?? 'nonce-123');
  q.set('state', o.state ?? 'state-abc');
  return url.href;
}

/** Parameters of a redirect step's location (fragment or query). */
export function redirectParams(step: SignInStep): URLSearchParams {
  if (step.kind !== 'redirect') throw new Error(`expected a redirect, got ${step.kind}: ${JSON.stringify(step)}`);
  const url = new URL(step.location);
  return new URLSearchParams(url.hash ? url.hash.slice(1) : url.search);
}

/** Pick the user and, if asked, consent; returns the final redirect step. */
export async function interactiveSignIn(
  emu: Emulator,
  userId: string,
  o: AuthorizeOptions & { decision?: 'accept' | 'accept-for-organization' | 'decline' } = {},
): Promise<SignInStep> {
  const url = authorizeUrl(o);
  const start = await emu.signInStart(url);
  // With a session and a matching login_hint, Entra goes straight to consent or back to the app.
  if (start.kind === 'consent') return emu.signInConsent(url, userId, o.decision ?? 'accept');
  if (start.kind !== 'pick') return start;
  const picked = await emu.signInPick(url, userId);
  if (picked.kind !== 'consent') return picked;
  return emu.signInConsent(url, userId, o.decision ?? 'accept');
}

export function tokenRequest(
  emu: Emulator,
  form: Record<string, string>,
  tenant = 'organizations',
  headers: Record<string, string> = {},
): Promise<EmuResponse> {
  return emu.handle({
    method: 'POST',
    url: `https://login.microsoftonline.com/${tenant}/oauth2/v2.0/token?client-request-id=b0c0ffee-0000-4000-8000-000000000002`,
    headers: {
      'Content-Type': 'application/x-www-form-urlencoded;charset=utf-8',
      Origin: 'https://portal.example',
      ...headers,
    },
    body: new URLSearchParams(form).toString(),
  });
}

export function redeem(
  emu: Emulator,
  code: string,
  verifier: string,
  scope = `${ARM_SCOPE} ${OIDC}`,
  redirectUri = REDIRECT,
  tenant = 'organizations',
) {
  return tokenRequest(
    emu,
    {
      client_id: APP.clientId,
      grant_type: 'authorization_code',
      code,
      code_verifier: verifier,
      redirect_uri: redirectUri,
      scope,
      client_info: '1',
    },
    tenant,
  );
}

export function refresh(emu: Emulator, refreshToken: string, scope: string, tenant = 'organizations') {
  return tokenRequest(
    emu,
    {
      client_id: APP.clientId,
      grant_type: 'refresh_token',
      refresh_token: refreshToken,
      scope: `${scope} ${OIDC}`,
      client_info: '1',
    },
    tenant,
  );
}

export interface TokenBody {
  token_type: string;
  scope: string;
  expires_in: number;
  ext_expires_in: number;
  access_token: string;
  refresh_token?: string;
  refresh_token_expires_in?: number;
  id_token?: string;
  client_info: string;
}

/** Entra's error body, as the token endpoint sends it. */
export type ErrorBody = AadErrorBody;

export function body<T>(res: EmuResponse): T {
  return JSON.parse(res.body) as T;
}

/** Full sign-in for Ada (admin, happy scenario) → tokens for ARM. */
export async function signedIn(emu: Emulator, userId: string, o: AuthorizeOptions = {}): Promise<TokenBody> {
  const { verifier, challenge } = await pkce();
  const step = await interactiveSignIn(emu, userId, { ...o, challenge });
  const code = redirectParams(step).get('code');
  if (!code) throw new Error(`no code: ${JSON.stringify(step)}`);
  const res = await redeem(
    emu,
    code,
    verifier,
    o.scope ?? `${ARM_SCOPE} ${OIDC}`,
    REDIRECT,
    o.tenant ?? 'organizations',
  );
  if (res.status !== 200) throw new Error(`token ${res.status}: ${res.body}`);
  return body<TokenBody>(res);
}

export function arm(emu: Emulator, path: string, token?: string, method = 'GET', headers: Record<string, string> = {}) {
  const url = path.startsWith('https://') ? path : `https://management.azure.com${path}`;
  return emu.handle({
    method,
    url,
    headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), Origin: 'https://portal.example', ...headers },
  });
}
