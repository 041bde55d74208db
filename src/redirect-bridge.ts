// MSAL v5 sends popup and hidden-iframe sign-in responses to this same-origin page, which hands them to the
// window that started the request. It must be served without Cross-Origin-Opener-Policy and with no-store.
import { broadcastResponseToMainFrame } from '@azure/msal-browser/redirect-bridge';

broadcastResponseToMainFrame().catch(() => {
  document.body.textContent = 'Sign-in could not be completed in this window. Close it and try again.';
});
