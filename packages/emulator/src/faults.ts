/** Scenario fault rules: the next `times` matching requests get the rule's status instead of an answer. */
import type { FaultRule, EmuRequest } from './types';

/**
 * The rule that answers this request, if any. A 429 holds for its Retry-After: ARM does not process a request
 * sent before the wait it asked for is over and throttles it again, so a client that retries early (or could not
 * read Retry-After) meets the throttle again instead of slipping through.
 */
export function takeFault(faults: FaultRule[], req: EmuRequest, url: URL, now: number): FaultRule | undefined {
  const method = req.method.toUpperCase();
  const path = (url.pathname + url.search).toLowerCase();
  for (const rule of faults) {
    const holding = rule.holdUntil !== undefined && now < rule.holdUntil;
    if (rule.times <= 0 && !holding) continue;
    if (rule.host !== undefined && rule.host.toLowerCase() !== url.hostname.toLowerCase()) continue;
    // Preflights are only faulted when a rule names OPTIONS explicitly.
    if (rule.method !== undefined ? rule.method.toUpperCase() !== method : method === 'OPTIONS') continue;
    if (rule.pathIncludes !== undefined && !path.includes(rule.pathIncludes.toLowerCase())) continue;
    if (!holding) {
      rule.times -= 1;
      const retryAfter = defaultRetryAfter(rule);
      if (rule.status === 429 && retryAfter !== undefined) rule.holdUntil = now + retryAfter * 1000;
    }
    return rule;
  }
  return undefined;
}

export function defaultRetryAfter(rule: FaultRule): number | undefined {
  if (rule.retryAfter !== undefined) return rule.retryAfter;
  if (rule.status === 429) return 6;
  if (rule.status === 503) return 10;
  return undefined;
}

export function defaultArmCode(status: number): string {
  switch (status) {
    case 429:
      return 'SubscriptionRequestsThrottled';
    case 500:
      return 'InternalServerError';
    case 502:
      return 'BadGateway';
    case 503:
      return 'ServiceUnavailable';
    case 504:
      return 'GatewayTimeout';
    default:
      return status >= 500 ? 'InternalServerError' : 'BadRequest';
  }
}
