import type { Emulator } from '@twin-onboarding/emulator';

/**
 * Never two register calls for one subscription (unless the test allows a retry after a failure), never two role
 * assignment PUTs of one name (the portal names an assignment after its scope, principal and role, so that is one
 * principal and role given twice, whatever the clicks, reloads and tabs), and never more provider reads than the
 * polling back-off allows: at most 10 for one subscription in any 10 seconds (the back-off makes 7; reloads and the
 * list's own read add a few).
 */
export function duplicateWork(emulator: Pick<Emulator, 'requests'>, registersPerSubscription = 1): string[] {
  const problems: string[] = [];
  const registers = new Map<string, number>();
  const reads = new Map<string, number[]>();
  const grants = new Map<string, number>();
  for (const r of emulator.requests) {
    if (r.host !== 'management.azure.com') continue;
    const path = r.path.split('?')[0]!.toLowerCase();
    // A 4xx was not processed (a 429, a refused token, a claims challenge), so its retry is not a second PUT.
    if (r.method === 'PUT' && /\/providers\/microsoft\.authorization\/roleassignments\/[^/]+$/.test(path)) {
      if (r.status < 400 || r.status >= 500) grants.set(path, (grants.get(path) ?? 0) + 1);
      continue;
    }
    const provider = /^\/subscriptions\/([^/]+)\/providers\/([^/]+)(\/register)?$/.exec(path);
    if (!provider || provider[2] === 'microsoft.authorization') continue;
    const key = `${provider[1]}/${provider[2]}`;
    // A 4xx was not processed (a 429 or a refused token), so its retry is not a second register; a 5xx may have been.
    const processed = r.status < 400 || r.status >= 500;
    if (r.method === 'POST' && provider[3] && processed) registers.set(key, (registers.get(key) ?? 0) + 1);
    if (r.method === 'GET' && !provider[3]) reads.set(key, [...(reads.get(key) ?? []), r.at]);
  }
  for (const [key, count] of registers)
    if (count > registersPerSubscription) problems.push(`${count} register calls for ${key}`);
  for (const [path, count] of grants) if (count > 1) problems.push(`${count} role assignment PUTs of ${path}`);
  for (const [key, times] of reads) {
    for (let i = 0; i < times.length; i++) {
      const inWindow = times.filter((t) => t >= times[i]! && t < times[i]! + 10_000).length;
      if (inWindow > 10) {
        problems.push(`${inWindow} provider reads of ${key} within 10 s`);
        break;
      }
    }
  }
  return problems;
}
