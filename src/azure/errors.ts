import { readClaimsChallenge, type ClaimsChallenge } from './claims-challenge';

/** Typed failures of Azure Resource Manager calls. ARM's error body is `{ error: { code, message, ... } }`. */
export class ArmError extends Error {
  readonly name = 'ArmError';
  readonly status: number;
  readonly code: string;
  /** ARM's id for the call, from the response */
  readonly correlationId: string | undefined;
  readonly requestId: string | undefined;
  /** our id for the call, sent as x-ms-client-request-id */
  readonly clientRequestId: string | undefined;
  readonly retryAfterSeconds: number | undefined;
  readonly target: string | undefined;
  /** method and path, for support (never carries a token) */
  readonly operation: string;
  /** the directory ARM names for InvalidAuthenticationTokenTenant: a token from it is what the call needs */
  readonly tokenTenantId: string | undefined;
  /** a 401 asking for more claims (MFA, an authentication context): a sign-in with them can cure it */
  readonly claimsChallenge: ClaimsChallenge | undefined;
  /** the same challenge came back after this tab's step-up: another sign-in would loop */
  readonly afterStepUp: boolean;

  constructor(init: {
    status: number;
    code: string;
    message: string;
    operation: string;
    correlationId?: string | undefined;
    requestId?: string | undefined;
    clientRequestId?: string | undefined;
    retryAfterSeconds?: number | undefined;
    target?: string | undefined;
    tokenTenantId?: string | undefined;
    claimsChallenge?: ClaimsChallenge | undefined;
    afterStepUp?: boolean;
  }) {
    super(init.message);
    this.status = init.status;
    this.code = init.code;
    this.operation = init.operation;
    this.correlationId = init.correlationId;
    this.requestId = init.requestId;
    this.clientRequestId = init.clientRequestId;
    this.retryAfterSeconds = init.retryAfterSeconds;
    this.target = init.target;
    this.tokenTenantId = init.tokenTenantId;
    this.claimsChallenge = init.claimsChallenge;
    this.afterStepUp = init.afterStepUp ?? false;
  }
}

/** 401 codes a fresh token can cure (not InvalidAuthenticationTokenTenant: that needs another directory's token). */
const TOKEN_REFUSALS = new Set(['InvalidAuthenticationToken', 'ExpiredAuthenticationToken']);

export function isTokenRefusal(error: ArmError): boolean {
  return error.status === 401 && TOKEN_REFUSALS.has(error.code);
}

/** The request never got an HTTP answer: offline, DNS, CORS refusal or a reset connection. */
export class NetworkError extends Error {
  readonly name = 'NetworkError';
  readonly operation: string;
  /** our id for the call: the only one there is when no answer came */
  readonly clientRequestId: string;
  constructor(operation: string, clientRequestId: string, cause: unknown) {
    super(`The request ${operation} did not reach Azure.`, { cause });
    this.operation = operation;
    this.clientRequestId = clientRequestId;
  }
}

/** ARM answered 2xx with a body that is not what the API promises. */
export class MalformedResponseError extends Error {
  readonly name = 'MalformedResponseError';
  readonly operation: string;
  readonly correlationId: string | undefined;
  readonly clientRequestId: string | undefined;
  constructor(
    operation: string,
    detail: string,
    ids: { correlationId?: string | undefined; clientRequestId?: string | undefined } = {},
  ) {
    super(`Azure answered ${operation} with an unexpected response: ${detail}`);
    this.operation = operation;
    this.correlationId = ids.correlationId;
    this.clientRequestId = ids.clientRequestId;
  }
}

/** A directory id, as ARM's challenges and messages write it. */
const GUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';

/**
 * The tenant a 401 InvalidAuthenticationTokenTenant asks for: the authority in WWW-Authenticate (when CORS lets
 * the browser read it), else the one the message names ("…associated with this subscription…").
 */
export function tenantFromChallenge(wwwAuthenticate: string | null, message: string): string | undefined {
  const challenge = new RegExp(`authorization_uri="https://[^/"]+/(${GUID})`).exec(wwwAuthenticate ?? '');
  if (challenge) return challenge[1]!.toLowerCase();
  const named = new RegExp(
    `(?:sts\\.windows\\.net|login\\.(?:windows\\.net|microsoftonline\\.com))/(${GUID})/?'? associated with this subscription`,
  ).exec(message);
  const authority = new RegExp(`authority[^']*'https://[^/']+/(${GUID})'`).exec(message);
  return (named?.[1] ?? authority?.[1])?.toLowerCase();
}

export function armErrorFromResponse(
  status: number,
  bodyText: string,
  headers: { get(name: string): string | null },
  operation: string,
  clientRequestId?: string,
  /** whether this tab already stepped up for this challenge (the no-loop rule) */
  isRepeated: (challenge: ClaimsChallenge) => boolean = () => false,
): ArmError {
  let code = `Http${status}`;
  let message = `Azure Resource Manager answered HTTP ${status}.`;
  let target: string | undefined;
  try {
    const body = JSON.parse(bodyText) as { error?: { code?: unknown; message?: unknown; target?: unknown } };
    if (body.error && typeof body.error.code === 'string') code = body.error.code;
    if (body.error && typeof body.error.message === 'string') message = body.error.message;
    if (body.error && typeof body.error.target === 'string') target = body.error.target;
  } catch {
    // Gateways sometimes answer HTML or nothing; the status still classifies the failure.
  }
  const claimsChallenge = readClaimsChallenge(status, code, headers.get('www-authenticate'), bodyText);
  return new ArmError({
    status,
    code,
    message,
    operation,
    target,
    correlationId: headers.get('x-ms-correlation-request-id') ?? undefined,
    requestId: headers.get('x-ms-request-id') ?? undefined,
    clientRequestId,
    retryAfterSeconds: parseRetryAfter(headers.get('retry-after')),
    tokenTenantId:
      code === 'InvalidAuthenticationTokenTenant'
        ? tenantFromChallenge(headers.get('www-authenticate'), message)
        : undefined,
    claimsChallenge,
    afterStepUp: claimsChallenge ? isRepeated(claimsChallenge) : false,
  });
}

/** Retry-After is seconds or an HTTP date; anything else is ignored. */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - now) / 1000));
}

/** Azure took the register call, showed Registering, then went back to NotRegistered: it failed on Azure's side. */
export class RegistrationFailedError extends Error {
  readonly name = 'RegistrationFailedError';
  readonly subscriptionId: string;
  readonly namespace: string;
  /** the register call's ids, from the journal */
  readonly correlationId: string | undefined;
  readonly clientRequestId: string | undefined;

  constructor(init: {
    subscriptionId: string;
    namespace: string;
    correlationId?: string | undefined;
    clientRequestId?: string | undefined;
  }) {
    super(`Registering ${init.namespace} on ${init.subscriptionId} went back to NotRegistered.`);
    this.subscriptionId = init.subscriptionId;
    this.namespace = init.namespace;
    this.correlationId = init.correlationId;
    this.clientRequestId = init.clientRequestId;
  }
}
