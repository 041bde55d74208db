/**
 * JWT-shaped tokens. MSAL reads id_token claims but checks no signature, so the emulator only needs to
 * recognise its own access tokens: the third segment is base64url(SHA-256(secret + "." + header.payload)),
 * keyed by a per-emulator random secret, so a forged or edited token fails at ARM.
 */
import { base64UrlDecodeText, base64UrlEncodeText, randomBase64Url, safeEqual, sha256Base64Url } from './encoding';

// A made-up algorithm name: honest about not being a real JWS algorithm.
const HEADER = { typ: 'JWT', alg: 'EMU-SHA256', kid: 'entra-emulator' };

export type Claims = Record<string, unknown>;

export function newSecret(): string {
  return randomBase64Url(32);
}

async function signature(secret: string, signingInput: string): Promise<string> {
  return sha256Base64Url(`${secret}.${signingInput}`);
}

export async function signToken(secret: string, claims: Claims): Promise<string> {
  const signingInput = `${base64UrlEncodeText(JSON.stringify(HEADER))}.${base64UrlEncodeText(JSON.stringify(claims))}`;
  return `${signingInput}.${await signature(secret, signingInput)}`;
}

/** Payload of any JWT-shaped string, without checking the signature; undefined when not JWT-shaped. */
export function decodeClaims(token: string): Claims | undefined {
  const parts = token.split('.');
  if (parts.length !== 3 || !parts[1]) return undefined;
  try {
    const claims: unknown = JSON.parse(base64UrlDecodeText(parts[1]));
    return typeof claims === 'object' && claims !== null && !Array.isArray(claims) ? (claims as Claims) : undefined;
  } catch {
    return undefined;
  }
}

export type VerifyResult = { ok: true; claims: Claims } | { ok: false; reason: 'malformed' | 'signature' };

export async function verifyToken(secret: string, token: string): Promise<VerifyResult> {
  const parts = token.split('.');
  const [header, payload, sig] = parts;
  if (parts.length !== 3 || header === undefined || payload === undefined || sig === undefined) {
    return { ok: false, reason: 'malformed' };
  }
  const claims = decodeClaims(token);
  if (!claims) return { ok: false, reason: 'malformed' };
  const expected = await signature(secret, `${header}.${payload}`);
  if (!safeEqual(expected, sig)) return { ok: false, reason: 'signature' };
  return { ok: true, claims };
}

export function claimString(claims: Claims, name: string): string | undefined {
  const v = claims[name];
  return typeof v === 'string' ? v : undefined;
}

export function claimNumber(claims: Claims, name: string): number | undefined {
  const v = claims[name];
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}
