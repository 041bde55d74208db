import type { ClaimsChallenge, ResumableWrite } from '../azure/claims-challenge';
import type { CatalogueKey } from './keys';

export interface ProblemLink {
  label: string;
  href: string;
}

/** A failure as the user meets it: what happened, why, what to do next, and the ids support asks for. */
export interface Problem {
  /** catalogue key, stable: e.g. "aadsts-650052", "arm-AuthorizationFailed", "network" */
  key: CatalogueKey;
  title: string;
  /** what happened and why, in plain words */
  explanation: string;
  /** what to do next */
  remedy: string;
  links: ProblemLink[];
  /** label -> value, in display order: AADSTS code, error code, trace id, correlation ids, timestamp */
  ids: Array<[string, string]>;
  /** a later attempt may succeed without anyone changing anything */
  transient: boolean;
  /** the raw text from the service, shown under "Technical details" */
  detail: string | undefined;
  /** an action every card of this kind offers, whatever step it appears on */
  action?: ProblemAction;
  /** for `step-up`: the challenged call and what ARM asked for (no token: claims are a policy's request) */
  stepUp?: { operation: string; challenge: ClaimsChallenge; resume?: ResumableWrite };
}

/** Actions a card offers whatever step it appears on; the app decides how each is carried out. */
export type ProblemAction = 'sign-in-again' | 'step-up';
