import type { I18n } from '@lingui/core';
import { STUCK_AFTER_MS, type RegisterOutcome } from '../azure/providers';
import type { Journal } from './journal';
import { RegistrationState } from '../azure/registration-state';

/** Screen readers hear the progress every this often, not every second. */
export const ANNOUNCE_EVERY_MS = 15_000;

export interface RegistrationFacts {
  /** the provider's state as ARM last said, once known */
  state: string | undefined;
  /** when watching this subscription's registration began (journal), if it did */
  watchingSince: number | undefined;
  /** the register call is on its way */
  registerPending: boolean;
  /** the subscription is read-only (past due, disabled): Azure refuses registrations */
  readOnly: boolean;
  now: number;
}

/** What the register step makes of those facts. */
export interface RegistrationStatus {
  registering: boolean;
  /** a registration was watched and Azure now says NotRegistered: it failed (this attempt, not an old one) */
  failed: boolean;
  /** the Register button is offered */
  canStart: boolean;
  /** worth asking ARM whether the user's roles allow registering (a hint shown before the click) */
  checkPermissions: boolean;
  elapsedMs: number;
  /** taking longer than usual: the page says so, and reads slow to every 30 s */
  stuck: boolean;
  /** the elapsed time the status line announces, in whole announcement periods; undefined before the first */
  announcedElapsedMs: number | undefined;
}

export function registrationStatus({
  state,
  watchingSince,
  registerPending,
  readOnly,
  now,
}: RegistrationFacts): RegistrationStatus {
  const registering = state === RegistrationState.Registering;
  const failed = state === RegistrationState.NotRegistered && watchingSince !== undefined && !registerPending;
  const elapsedMs = watchingSince !== undefined ? Math.max(0, now - watchingSince) : 0;
  return {
    registering,
    failed,
    canStart: state !== undefined && !registering && !failed,
    checkPermissions: state === RegistrationState.NotRegistered && !readOnly,
    elapsedMs,
    stuck: registering && elapsedMs >= STUCK_AFTER_MS,
    announcedElapsedMs:
      registering && elapsedMs >= ANNOUNCE_EVERY_MS
        ? Math.floor(elapsedMs / ANNOUNCE_EVERY_MS) * ANNOUNCE_EVERY_MS
        : undefined,
  };
}

/**
 * An elapsed time as a clock shows it, minutes and seconds ("1:05"), with the digits of `i18n`'s language. The
 * minutes:seconds pattern reads the same in the portal's languages, and a clock's digits are what a waiting admin scans.
 */
export function formatElapsed(i18n: I18n, ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const minutes = i18n.number(Math.floor(total / 60), { useGrouping: false });
  const seconds = i18n.number(total % 60, { minimumIntegerDigits: 2 });
  return `${minutes}:${seconds}`;
}

/**
 * What a read of the provider adds to the journal: when watching began (the first `Registering` seen) and when
 * `Registered` was first seen after a watch. Returns the same journal when there is nothing to note.
 */
export function noteProviderState(
  journal: Journal,
  subscriptionId: string,
  state: string | undefined,
  now: number,
): Journal {
  const since = journal.watchingSince[subscriptionId];
  if (state === RegistrationState.Registering && since === undefined) {
    return { ...journal, watchingSince: { ...journal.watchingSince, [subscriptionId]: now } };
  }
  if (state === RegistrationState.Registered && since !== undefined && !journal.registeredSeenAt[subscriptionId]) {
    return {
      ...journal,
      registeredSeenAt: { ...journal.registeredSeenAt, [subscriptionId]: new Date(now).toISOString() },
    };
  }
  return journal;
}

/** The register call's answer, for the report; the watch starts now unless one is already running. */
export function noteRegisterCall(journal: Journal, subscriptionId: string, outcome: RegisterOutcome): Journal {
  return {
    ...journal,
    registration: {
      subscriptionId,
      requestedAt: new Date(outcome.readAt).toISOString(),
      correlationId: outcome.correlationId,
      requestId: outcome.requestId,
      clientRequestId: outcome.clientRequestId,
      stateReturned: outcome.registrationState,
    },
    watchingSince: {
      ...journal.watchingSince,
      [subscriptionId]: journal.watchingSince[subscriptionId] ?? outcome.readAt,
    },
  };
}

/** A new attempt after a failed one gets its own watch, so "failed" speaks of this attempt. */
export function forgetWatch(journal: Journal, subscriptionId: string): Journal {
  if (journal.watchingSince[subscriptionId] === undefined) return journal;
  const watching = { ...journal.watchingSince };
  delete watching[subscriptionId];
  return { ...journal, watchingSince: watching };
}
