/**
 * One exchange between the portal and Microsoft, as the "Under the hood" panel, the HAR export and any report
 * read it. Only `redactExchange` makes these: nothing secret can be in one (see redact.ts).
 */
export type Service = 'entra' | 'arm';

export interface TokenClaims {
  aud?: string;
  tid?: string;
  scp?: string;
  /** seconds since the epoch, as in the token */
  exp?: number;
}

/** What the answer said, reduced to the facts a gloss needs (never the body itself). */
export interface Outcome {
  /** ARM's error.code, or Entra's `error` (invalid_grant, consent_required, ...) */
  error?: string;
  /** Entra's first error code, as AADSTS650052 */
  aadsts?: string;
  /** a provider's registrationState */
  registrationState?: string;
  /** items in a pageable list */
  items?: number;
  nextLink?: boolean;
  /** a token answer: which token types came back (never the tokens) */
  issued?: string[];
  /** seconds, a token answer's expires_in */
  expiresIn?: number;
}

export interface Exchange {
  /** order of arrival in this tab */
  seq: number;
  /** 'http': a request and its answer at a transport; 'msal': what MSAL reported of a token request (live mode) */
  kind: 'http' | 'msal';
  /** ms since the epoch: the emulator's virtual time in demo mode */
  at: number;
  durationMs: number;
  service: Service;
  method: string;
  /** absolute URL, secrets in the query or fragment replaced */
  url: string;
  host: string;
  /** path and (redacted) query */
  path: string;
  /** 0 when no answer came back */
  status: number;
  /** only the headers that tell the story */
  requestHeaders: Record<string, string>;
  responseHeaders: Record<string, string>;
  /** form fields of a form-encoded request body, secret values replaced */
  form?: Array<[string, string]>;
  requestBodySize: number;
  responseBodySize: number;
  responseType?: string;
  outcome: Outcome;
  /** demo mode: the claims that matter of an issued access token, decoded by the emulator's side */
  claims?: TokenClaims;
  /** MSAL events: the scopes asked for and when the token it issued expires (ms) */
  scopes?: string[];
  expiresOn?: number;
  /** MSAL events: the error code MSAL gave (interaction_required, ...) */
  msalError?: string;
  /** why no answer came: the portal cancelled the request, or the network gave none (the glosses put it in words) */
  failure?: ExchangeFailure;
}

export type ExchangeFailure = 'cancelled' | 'no-answer';

/** What a transport hands over: may hold secrets; `redactExchange` turns it into an Exchange. */
export interface RawExchange {
  kind?: 'http' | 'msal';
  at: number;
  durationMs: number;
  method: string;
  url: string;
  status: number;
  requestHeaders?: Record<string, string> | Headers;
  requestBody?: string;
  responseHeaders?: Record<string, string> | Headers;
  responseBody?: string;
  claims?: Record<string, unknown>;
  scopes?: string[];
  expiresOn?: number;
  msalError?: string;
  aadsts?: string;
  failure?: ExchangeFailure;
}
