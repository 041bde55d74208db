import {
  EventType,
  type AuthenticationResult,
  type EventMessage,
  type IPublicClientApplication,
} from '@azure/msal-browser';
import type { RawExchange } from './types';
import { firstAadsts } from './aadsts';

/**
 * Live mode: MSAL does its own fetches to Entra ID, so its events are where token requests are seen. A request
 * counts as an exchange with Microsoft when MSAL went to the network (or came back from a redirect); cache hits
 * are not exchanges. Only scopes, expiry and error codes are taken from the events, never a token.
 */
export function feedFromMsalEvents(
  msal: IPublicClientApplication,
  authority: string,
  add: (raw: RawExchange) => void,
): void {
  const started = new Map<string, { at: number; scopes?: string[]; network: boolean }>();
  const tokenUrl = `${authority.replace(/\/$/, '')}/oauth2/v2.0/token`;
  // What every token exchange says of itself: when it started, how long it took, where it went.
  const tokenRequest = (start: { at: number } | undefined, message: EventMessage) => ({
    kind: 'msal' as const,
    at: start?.at ?? message.timestamp,
    durationMs: start ? message.timestamp - start.at : 0,
    method: 'POST',
    url: tokenUrl,
  });
  msal.addEventCallback((message: EventMessage) => {
    const id = message.correlationId;
    switch (message.eventType) {
      case EventType.ACQUIRE_TOKEN_START:
      case EventType.HANDLE_REDIRECT_START: {
        const scopes = (message.payload as { scopes?: unknown } | null)?.scopes;
        started.set(id, {
          at: message.timestamp,
          scopes: Array.isArray(scopes) ? scopes.filter((s): s is string => typeof s === 'string') : undefined,
          // Back from Microsoft's page: the code is redeemed at the token endpoint now.
          network: message.eventType === EventType.HANDLE_REDIRECT_START,
        });
        return;
      }
      case EventType.ACQUIRE_TOKEN_NETWORK_START: {
        const start = started.get(id);
        if (start) start.network = true;
        return;
      }
      case EventType.ACQUIRE_TOKEN_SUCCESS: {
        const start = started.get(id);
        started.delete(id);
        const result = message.payload as AuthenticationResult | null;
        if (!result || result.fromCache) return;
        add({
          ...tokenRequest(start, message),
          status: 200,
          scopes: result.scopes,
          expiresOn: result.expiresOn?.getTime(),
        });
        return;
      }
      case EventType.ACQUIRE_TOKEN_FAILURE: {
        const start = started.get(id);
        started.delete(id);
        const error = message.error as { errorCode?: string; errorMessage?: string; message?: string } | null;
        const aadsts = firstAadsts(error?.errorMessage ?? error?.message);
        // A failure that never reached Microsoft (nothing cached, interaction needed) is not an exchange.
        if (!start?.network && !aadsts) return;
        add({
          ...tokenRequest(start, message),
          // MSAL does not pass the HTTP status on; the code says what happened.
          status: 0,
          scopes: start?.scopes,
          msalError: error?.errorCode,
          aadsts,
        });
        return;
      }
    }
  });
}
