import { buildTimeSeeds } from './load';
import { parseConfig, type AppConfig } from './schema';

/**
 * The configuration the prerendered landing page (index.html) shows: the defaults and the build-time seeds,
 * in live mode. config.json may say otherwise; what depends on it stays hidden until the app knows.
 * The origin and client id are placeholders: nothing on the landing page shows them.
 */
export function landingConfig(): AppConfig {
  const result = parseConfig({ clientId: '00000000-0000-4000-8000-000000000000', ...buildTimeSeeds() }, 'https://localhost');
  if (!result.ok) throw new Error(`The build-time configuration (VITE_*) is invalid: ${JSON.stringify(result.problems)}`);
  return { ...result.config, mode: 'live' };
}
