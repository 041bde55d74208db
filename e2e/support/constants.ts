/** The app under test: the production build served by `vite preview` (scripts/e2e-serve.mjs). */
/** E2E_PORT lets two suites (or a suite and the benchmark) run side by side; 4173 is vite preview's default. */
export const APP_PORT = Number(process.env.E2E_PORT ?? 4173);
export const APP_ORIGIN = `http://localhost:${APP_PORT}`;
/** The client id in the e2e build's config.json; the emulator knows it as the developer's app. */
export const TEST_CLIENT_ID = '6f1d2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b';
/**
 * Registered as docs/configuration.md asks: SPA redirect URIs, ARM and Digital Twins under API permissions, and the ID token's
 * optional login_hint claim (so sign-out needs no account picker).
 */
export const TEST_APP = {
  clientId: TEST_CLIENT_ID,
  displayName: 'Contoso Twins (test)',
  spaRedirectUris: [`${APP_ORIGIN}/`],
  webRedirectUris: [],
  apiPermissions: ['https://management.azure.com', 'https://digitaltwins.azure.net'],
  idTokenOptionalClaims: ['login_hint'],
};
export const MICROSOFT_HOSTS = ['login.microsoftonline.com', 'management.azure.com'];
/** Where the throwaway TLS certificate of the HTTPS emulator lives (made by global-setup.ts). */
export const CERT_DIR = '.e2e/tls';
