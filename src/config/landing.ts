import { buildTimeSeeds } from './load';
import { parseConfig, type AppConfig } from './schema';

/**
 * The configuration the prerendered landing page (index.html) shows: the defaults and the build-time seeds,
 * in live mode. config.json may say otherwise; what depends on it stays hidden until the app knows.
 * The origin and client id are placeholders: nothing on the landing page shows them.
 */
/** What the prerendered page says for the product's name when the build was not given one. */
export const LANDING_APP_NAME = 'your application';

export function landingConfig(): AppConfig {
  // Live mode names no product by default (the deployment's config.json must); with scripts blocked, the page
  // speaks of the product in general words unless the build seeded its name.
  const result = parseConfig(
    { clientId: '00000000-0000-4000-8000-000000000000', appName: LANDING_APP_NAME, ...buildTimeSeeds() },
    'https://localhost',
  );
  if (!result.ok)
    throw new Error(`The build-time configuration (VITE_*) is invalid: ${JSON.stringify(result.problems)}`);
  return { ...result.config, mode: 'live' };
}
