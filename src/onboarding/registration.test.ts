import { describe, expect, it } from 'vitest';
import { STUCK_AFTER_MS, type RegisterOutcome } from '../azure/providers';
import type { Journal } from './journal';
import { setupI18n } from '@lingui/core';
import {
  ANNOUNCE_EVERY_MS,
  forgetWatch,
  formatElapsed,
  noteProviderState,
  noteRegisterCall,
  registrationStatus,
  type RegistrationFacts,
} from './registration';

const T0 = Date.parse('2026-11-26T12:00:00Z');
const facts: RegistrationFacts = {
  state: 'NotRegistered',
  watchingSince: undefined,
  registerPending: false,
  readOnly: false,
  now: T0,
};
const empty: Journal = { watchingSince: {}, registeredSeenAt: {}, problems: [] };

describe('registration status', () => {
  it('offers Register while the provider is not registered and nothing was watched', () => {
    expect(registrationStatus(facts)).toMatchObject({
      registering: false,
      failed: false,
      canStart: true,
      checkPermissions: true,
      stuck: false,
    });
  });

  it('offers nothing before ARM has said the state', () => {
    expect(registrationStatus({ ...facts, state: undefined })).toMatchObject({
      canStart: false,
      checkPermissions: false,
      failed: false,
    });
  });

  it('a watched registration that Azure now calls NotRegistered has failed', () => {
    const status = registrationStatus({ ...facts, watchingSince: T0 - 30_000 });
    expect(status).toMatchObject({ failed: true, canStart: false, registering: false });
  });

  it('is not failed while the register call is still on its way (ARM may not have started yet)', () => {
    expect(registrationStatus({ ...facts, watchingSince: T0 - 1_000, registerPending: true }).failed).toBe(false);
  });

  it('Registering: progress, no Register button; announced every 15 s, not every second', () => {
    const at = (elapsed: number) => registrationStatus({ ...facts, state: 'Registering', watchingSince: T0 - elapsed });
    expect(at(5_000)).toMatchObject({
      registering: true,
      canStart: false,
      failed: false,
      elapsedMs: 5_000,
      announcedElapsedMs: undefined,
    });
    expect(at(ANNOUNCE_EVERY_MS).announcedElapsedMs).toBe(15_000);
    expect(at(44_999).announcedElapsedMs).toBe(30_000);
    expect(at(45_000).announcedElapsedMs).toBe(45_000);
  });

  it('a registration watched for more than 10 minutes is stuck (the page says so; reads slow to 30 s)', () => {
    const at = (elapsed: number) => registrationStatus({ ...facts, state: 'Registering', watchingSince: T0 - elapsed });
    expect(at(STUCK_AFTER_MS - 1).stuck).toBe(false);
    expect(at(STUCK_AFTER_MS).stuck).toBe(true);
    expect(at(6 * 3_600_000).stuck).toBe(true);
    // Only a running registration is stuck; a settled one is not, however old its watch.
    expect(registrationStatus({ ...facts, state: 'Registered', watchingSince: T0 - 2 * STUCK_AFTER_MS }).stuck).toBe(
      false,
    );
  });

  it('checks the permissions API only on a writable subscription with the provider not registered', () => {
    expect(registrationStatus({ ...facts, readOnly: true }).checkPermissions).toBe(false);
    expect(registrationStatus({ ...facts, state: 'Registered' }).checkPermissions).toBe(false);
    expect(registrationStatus({ ...facts, state: 'Registering' }).checkPermissions).toBe(false);
  });
});

describe('the elapsed time', () => {
  it('reads as minutes and seconds, with the digits of the language', () => {
    const en = setupI18n({ locale: 'en', messages: { en: {} } });
    expect(formatElapsed(en, 0)).toBe('0:00');
    expect(formatElapsed(en, 65_900)).toBe('1:05');
    expect(formatElapsed(en, 6_000_000)).toBe('100:00');
    const ar = setupI18n({ locale: 'ar-EG', messages: { 'ar-EG': {} } });
    expect(formatElapsed(ar, 65_000)).toBe('١:٠٥');
  });
});

describe('what reads and register calls note in the journal', () => {
  it('the first Registering read starts the watch; later ones keep it', () => {
    const started = noteProviderState(empty, 'sub', 'Registering', T0);
    expect(started.watchingSince).toEqual({ sub: T0 });
    expect(noteProviderState(started, 'sub', 'Registering', T0 + 5_000)).toBe(started);
  });

  it('Registered after a watch is noted once (the verify step waits for Digital Twins after it); without a watch, not at all', () => {
    const watched = { ...empty, watchingSince: { sub: T0 } };
    const seen = noteProviderState(watched, 'sub', 'Registered', T0 + 60_000);
    expect(seen.registeredSeenAt).toEqual({ sub: '2026-11-26T12:01:00.000Z' });
    expect(noteProviderState(seen, 'sub', 'Registered', T0 + 90_000)).toBe(seen);
    expect(noteProviderState(empty, 'sub', 'Registered', T0)).toBe(empty);
    expect(noteProviderState(empty, 'sub', 'NotRegistered', T0)).toBe(empty);
    expect(noteProviderState(empty, 'sub', undefined, T0)).toBe(empty);
  });

  it("the register answer goes in for the report and starts the watch at the answer's time unless one runs", () => {
    const outcome: RegisterOutcome = {
      namespace: 'Microsoft.IoTSpaces',
      registrationState: 'Registering',
      readAt: T0,
      correlationId: 'corr',
      requestId: 'req',
      clientRequestId: 'client',
    };
    const noted = noteRegisterCall(empty, 'sub', outcome);
    expect(noted.registration).toEqual({
      subscriptionId: 'sub',
      requestedAt: '2026-11-26T12:00:00.000Z',
      correlationId: 'corr',
      requestId: 'req',
      clientRequestId: 'client',
      stateReturned: 'Registering',
    });
    expect(noted.watchingSince).toEqual({ sub: T0 });
    expect(noteRegisterCall({ ...empty, watchingSince: { sub: T0 - 5_000 } }, 'sub', outcome).watchingSince).toEqual({
      sub: T0 - 5_000,
    });
  });

  it('a new attempt after a failure forgets the old watch, so "failed" means the new attempt', () => {
    const journal = { ...empty, watchingSince: { sub: T0, other: T0 } };
    const forgotten = forgetWatch(journal, 'sub');
    expect(forgotten.watchingSince).toEqual({ other: T0 });
    expect(registrationStatus({ ...facts, watchingSince: forgotten.watchingSince.sub }).failed).toBe(false);
    expect(forgetWatch(empty, 'sub')).toBe(empty);
  });
});
