import type { Runtime } from '../runtime/runtime';
import { isOwnAccount } from '../auth/msal';
import { readTenantHint } from '../auth/tenant-hint';
import { adminConsentReturn } from '../auth/admin-consent';

/**
 * Whether the app's first render is the prerendered landing page (src/app/prerender.tsx): live mode, nobody
 * signed in, no sign-in that came back with an error, no directory named in the address, no admin consent
 * answer (approved or refused) to announce. Then main.tsx hydrates it; anything else renders afresh over it.
 */
export function startsOnLanding({ config, msal, demo, redirectError }: Runtime): boolean {
  return (
    config.mode === 'live' &&
    demo === undefined &&
    redirectError === undefined &&
    !msal.getAllAccounts().some((account) => isOwnAccount(account, config.clientId)) &&
    readTenantHint() === undefined &&
    adminConsentReturn(window.location.search) === null
  );
}
