import { msg } from '@lingui/core/macro';
import { configProblem, parseConfig, type ConfigProblem, type ConfigResult } from './schema';
import { clearSession, createStore } from '../storage/store';

/** The demo chosen for the tab (`?demo`), until `?live`. */
export const modeStore = createStore<'demo' | undefined>(
  'mode',
  1,
  undefined,
  (v) => (v === 'demo' ? v : undefined),
  true,
);

/** Build-time seeds (VITE_*); config.json wins key by key. */
export function buildTimeSeeds(): Record<string, string> {
  const env = import.meta.env;
  const seeds: Record<string, string> = {};
  const pairs: Array<[string, string | undefined]> = [
    ['clientId', env.VITE_CLIENT_ID],
    ['authority', env.VITE_AUTHORITY],
    ['armEndpoint', env.VITE_ARM_ENDPOINT],
    ['providerNamespace', env.VITE_PROVIDER_NAMESPACE],
    ['digitalTwinsScope', env.VITE_DIGITAL_TWINS_SCOPE],
    ['appName', env.VITE_APP_NAME],
  ];
  for (const [key, value] of pairs) if (value) seeds[key] = value;
  return seeds;
}

/**
 * The user may choose the demo on a live deployment (`?demo`), and leave it again (`?live`); the choice lasts
 * for the tab, like the rest of the session.
 */
function demoChosen(): boolean {
  const params = new URLSearchParams(window.location.search);
  const before = modeStore.get() === 'demo';
  if (params.has('demo')) modeStore.set('demo');
  if (params.has('live')) modeStore.clear();
  const after = modeStore.get() === 'demo';
  // MSAL keeps one account list for every client id: a demo account must not follow the user into live mode
  // (or the other way round), nor the portal's notes about another directory.
  if (before !== after) clearSession([modeStore]);
  return after;
}

/** Loads and validates /config.json. A missing file means demo mode; an unreadable one is a problem. */
export async function loadConfig(): Promise<ConfigResult> {
  const origin = window.location.origin;
  let fileValues: unknown = {};
  let response: Response;
  try {
    // A plain GET, like index.html's preload of it, so the browser uses the preloaded response; config.json is
    // served with Cache-Control: no-cache, so a deployment's change is seen on the next load.
    response = await fetch('/config.json');
  } catch {
    return problem(
      configProblem('(file)', '/config.json', msg`a reachable file; the network request failed, reload to try again`),
    );
  }
  if (response.status !== 404) {
    if (!response.ok) {
      return problem(
        configProblem(
          '(file)',
          `HTTP ${response.status}`,
          msg`config.json served with status 200, or absent for demo mode`,
        ),
      );
    }
    const text = await response.text();
    // Dev servers answer unknown paths with index.html; treat that as "no file".
    if (!text.trimStart().startsWith('<')) {
      try {
        fileValues = JSON.parse(text);
      } catch (e) {
        const reason = (e as Error).message;
        return problem(
          configProblem(
            '(file)',
            text.slice(0, 120),
            msg({
              message: `valid JSON (${reason})`,
              comment: "{reason} is the browser's own words about the JSON error",
            }),
          ),
        );
      }
    }
  }
  const merged =
    fileValues && typeof fileValues === 'object' && !Array.isArray(fileValues)
      ? { ...buildTimeSeeds(), ...(fileValues as Record<string, unknown>) }
      : fileValues;
  return parseConfig(merged, origin, { forceDemo: demoChosen() });
}

function problem(p: ConfigProblem): ConfigResult {
  return { ok: false, problems: [p] };
}
