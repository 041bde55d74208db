import type { MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { english } from '../i18n/i18n';
import type { Problem } from '../problems/types';
import type { CatalogueKey } from '../problems/keys';
import type { RetryNotice } from '../azure/arm-client';
import type { ChallengeKind, StepUpRecord } from '../azure/claims-challenge';
import { answeredId } from '../problems/ids';
import { createStore, isObject, useStore } from '../storage/store';

/** What the report lists: a card of the catalogue, a wait the ARM client took, or a step-up taken. */
export type ReportProblemKey = CatalogueKey | `retry-${RetryNotice['reason']}` | `step-up-${ChallengeKind}`;

/** Facts worth handing to support, gathered as the journey goes: the report is built from these. */
export interface Journal {
  registration?: {
    subscriptionId: string;
    requestedAt: string;
    correlationId: string | undefined;
    requestId: string | undefined;
    clientRequestId: string;
    stateReturned: string;
  };
  /** when this tab started watching a registration, per subscription (ms since epoch) */
  watchingSince: Record<string, number>;
  /** when the portal saw `Registered`, per subscription (ISO) */
  registeredSeenAt: Record<string, string>;
  verification?: {
    acquiredAt: string;
    expiresOn: string | undefined;
    scopes: string[];
    tenantId: string;
    account: string;
    correlationId: string;
  };
  problems: Array<{ at: string; key: ReportProblemKey; title: string; ids: Array<[string, string]> }>;
  /** today's Digital Twins: the instance checked and what the portal found about who may call it */
  twins?: TwinsFindings;
  /** the instance in the developer's directory: what the guest token request there answered */
  guest?: GuestFindings;
  /** data roles this tab gave, by assignment name: read before any PUT, so a reload never sends a second one */
  grants?: Record<string, GrantRecord>;
}

/** What the guest step found (identifiers and Azure's words only: it stays English). */
export interface GuestFindings {
  checkedAt: string;
  /** the token was issued by the instance's directory; or someone must change something; or a sign-in there is next */
  outcome: 'token-issued' | 'blocked' | 'sign-in-needed';
  /** who must act when blocked, and the card that says what */
  actor: 'developer' | 'customer-admin' | 'customer-network' | 'you' | null;
  problem: string | null;
  aadsts: string | null;
  token: {
    tenantId: string;
    account: string;
    scopes: string[];
    expiresOn: string | undefined;
    correlationId: string;
  } | null;
}

/** One role given on an instance: what was sent, when ARM made it, when the portal saw it work. */
export interface GrantRecord {
  name: string;
  scope: string;
  roleId: string;
  roleName: string;
  principalId: string;
  principalType: 'User' | 'Group' | 'ServicePrincipal';
  /** the signed-in admin themself */
  you: boolean;
  /** when ARM's answer arrived, by this browser's clock (ISO): the wait is timed from it */
  assignedAt: string;
  /** ARM's own createdOn, when it said */
  createdOn?: string | undefined;
  /** a PUT of this tab made it; false: it was found already there (another tab, an earlier visit) */
  putByThisTab: boolean;
  /** when a read showed it in effect (ISO): listed for a group or app, in the admin's own data actions for "me" */
  seenAt?: string;
}

/** What the access step found, kept for the report (identifiers and Azure's words only: it stays English). */
export interface TwinsFindings {
  checkedAt: string;
  instance: {
    id: string;
    name: string;
    hostName: string | null;
    subscriptionId: string;
    resourceGroup: string;
    location: string;
    provisioningState: string | null;
    publicNetworkAccess: string | null;
  };
  outcome: 'ready' | 'needs-role' | 'unknown';
  /** the role the portal recommends, by what it grants */
  role: { id: string; name: string; readFromDirectory: boolean };
  /** null: the assignments or definitions could not be read */
  principals: Array<{
    objectId: string;
    type: string;
    roles: Array<{ id: string; name: string }>;
    conditional: boolean;
    you: boolean;
  }> | null;
  /** `given`: a role this tab gave the admin, listed but not yet seen working */
  you: 'holds' | 'given' | 'lacks' | 'unknown';
  mayAssignRoles: boolean | 'unknown';
  notChecked: string[];
}

const EMPTY: Journal = { watchingSince: {}, registeredSeenAt: {}, problems: [] };

export const journalStore = createStore<Record<string, Journal>>('journal', 1, {}, isObject);

export function useJournal(tenantId: string): Journal {
  return useStore(journalStore)[tenantId] ?? EMPTY;
}

export function readJournal(tenantId: string): Journal {
  return journalStore.get()[tenantId] ?? EMPTY;
}

/** An update that returns the journal it was given writes nothing (and wakes no one). */
export function updateJournal(tenantId: string, update: (current: Journal) => Journal): void {
  const all = journalStore.get();
  const current = all[tenantId] ?? EMPTY;
  const next = update(current);
  if (next !== current) journalStore.set({ ...all, [tenantId]: next });
}

/**
 * Remember a problem once (the same card re-rendering, or re-described in another language, must not add it
 * again). The journal feeds the report, which stays English: pass the problem described in English. Failures
 * reach it through ./problem-log.ts, which classifies each once.
 */
export function recordProblem(tenantId: string, problem: Problem): void {
  updateJournal(tenantId, (j) => {
    const signature = JSON.stringify(problem.ids.filter(([label]) => label !== 'Time (UTC)'));
    if (
      j.problems.some(
        (p) => p.key === problem.key && JSON.stringify(p.ids.filter(([l]) => l !== 'Time (UTC)')) === signature,
      )
    )
      return j;
    return {
      ...j,
      problems: [
        ...j.problems,
        { at: new Date().toISOString(), key: problem.key, title: problem.title, ids: problem.ids },
      ],
    };
  });
}

/** The report's titles of the waits the ARM client took: English in the journal, translated where shown. */
export const WAIT_TITLES: Record<RetryNotice['reason'], MessageDescriptor> = {
  throttled: msg`Azure asked the portal to wait (throttling); it waited and went on`,
  server: msg`Azure had a temporary problem; the portal retried by itself`,
  network: msg`No answer from Azure; the portal retried by itself`,
};

/** A wait the ARM client took (and got past, or the card that follows says otherwise): support may ask about it. */
export function recordRetry(tenantId: string, notice: RetryNotice): void {
  const ids: Array<[string, string]> = [
    ['Request', notice.operation],
    ['Attempt', String(notice.attempt)],
    ['Waited (ms)', String(notice.delayMs)],
    ['x-ms-client-request-id', notice.clientRequestId],
  ];
  // Azure sends Retry-After with every 429 and its ids with every answer, but the browser may not let us read them.
  if (notice.retryAfterSeconds !== undefined || notice.reason === 'throttled') {
    ids.splice(2, 0, ['Retry-After (s)', answeredId(notice.retryAfterSeconds?.toString())]);
  }
  if (notice.reason !== 'network') ids.push(['x-ms-correlation-request-id', answeredId(notice.correlationId)]);
  updateJournal(tenantId, (j) => ({
    ...j,
    problems: [
      ...j.problems,
      {
        at: new Date().toISOString(),
        key: `retry-${notice.reason}`,
        title: english._(WAIT_TITLES[notice.reason]),
        ids,
      },
    ],
  }));
}

/** The report's titles of the step-ups taken (a sign-in with the claims ARM asked for): English in the journal. */
export const STEP_UP_TITLES: Record<ChallengeKind, MessageDescriptor> = {
  'mandatory-mfa': msg`Azure asked for multifactor authentication; you completed it`,
  'auth-context': msg`Azure asked for an authentication context; you completed it`,
  other: msg`Azure asked for a new sign-in; you completed it`,
};

/** A step-up that came back signed in: what Azure asked for and which call it held up, for support. */
export function recordStepUp(tenantId: string, record: StepUpRecord): void {
  const ids: Array<[string, string]> = [
    ['Request', record.operation],
    ['Claims requested', record.claims],
  ];
  const at = new Date(record.completedAt ?? record.startedAt).toISOString();
  updateJournal(tenantId, (j) => ({
    ...j,
    problems: [
      ...j.problems,
      { at, key: `step-up-${record.kind}`, title: english._(STEP_UP_TITLES[record.kind]), ids },
    ],
  }));
}
