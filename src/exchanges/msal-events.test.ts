import { describe, expect, it } from 'vitest';
import {
  EventType,
  type EventCallbackFunction,
  type EventMessage,
  type IPublicClientApplication,
} from '@azure/msal-browser';
import { feedFromMsalEvents } from './msal-events';
import type { RawExchange } from './types';

function fakeMsal() {
  let callback: EventCallbackFunction | undefined;
  const msal = {
    addEventCallback: (cb: EventCallbackFunction) => ((callback = cb), 'id'),
  } as unknown as IPublicClientApplication;
  const emit = (
    eventType: EventMessage['eventType'],
    correlationId: string,
    timestamp: number,
    payload: unknown = null,
    error: unknown = null,
  ) => callback!({ eventType, correlationId, timestamp, payload, error, interactionType: null } as EventMessage);
  return { msal, emit };
}

describe('feedFromMsalEvents (live mode)', () => {
  it('records network token requests and refusals, not cache hits, and never a token', () => {
    const { msal, emit } = fakeMsal();
    const got: RawExchange[] = [];
    feedFromMsalEvents(msal, 'https://login.microsoftonline.com/organizations', (x) => got.push(x));
    const arm = ['https://management.azure.com/.default'];
    // From the cache: not an exchange.
    emit(EventType.ACQUIRE_TOKEN_START, 'a', 1000, { scopes: arm });
    emit(EventType.ACQUIRE_TOKEN_SUCCESS, 'a', 1001, { scopes: arm, fromCache: true, accessToken: 'secret-a' });
    // From the network.
    emit(EventType.ACQUIRE_TOKEN_START, 'b', 2000, { scopes: arm });
    emit(EventType.ACQUIRE_TOKEN_NETWORK_START, 'b', 2001);
    emit(EventType.ACQUIRE_TOKEN_SUCCESS, 'b', 2150, {
      scopes: arm,
      fromCache: false,
      accessToken: 'secret-b',
      idToken: 'secret-id',
      expiresOn: new Date(5_000_000),
    });
    // Refused by Entra ID.
    emit(EventType.ACQUIRE_TOKEN_START, 'c', 3000, { scopes: ['https://digitaltwins.azure.net/.default'] });
    emit(EventType.ACQUIRE_TOKEN_NETWORK_START, 'c', 3001);
    emit(EventType.ACQUIRE_TOKEN_FAILURE, 'c', 3100, null, {
      errorCode: 'invalid_resource',
      errorMessage: 'AADSTS650052: The app needs access to a service.',
    });
    // Nothing cached and interaction needed: MSAL never asked Microsoft.
    emit(EventType.ACQUIRE_TOKEN_START, 'd', 4000, { scopes: arm });
    emit(EventType.ACQUIRE_TOKEN_FAILURE, 'd', 4001, null, {
      errorCode: 'no_tokens_found',
      errorMessage: 'No refresh token found',
    });

    expect(got).toEqual([
      expect.objectContaining({
        kind: 'msal',
        at: 2000,
        durationMs: 150,
        status: 200,
        scopes: arm,
        expiresOn: 5_000_000,
      }),
      expect.objectContaining({
        kind: 'msal',
        at: 3000,
        status: 0,
        msalError: 'invalid_resource',
        aadsts: 'AADSTS650052',
      }),
    ]);
    expect(got[0]!.url).toBe('https://login.microsoftonline.com/organizations/oauth2/v2.0/token');
    expect(JSON.stringify(got)).not.toMatch(/secret/);
  });
});
