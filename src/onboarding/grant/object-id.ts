/**
 * The guard against the "Identity not found" trap: with `principalType` set, ARM assigns a role to any GUID without
 * looking it up, and an assignment to an object that does not exist never gives anyone access. So the typed object
 * id must look like one and must not be one of the ids people paste by mistake.
 */
export type ObjectIdProblem = 'empty' | 'shape' | 'zeros' | 'tenant-id' | 'client-id';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The id as ARM wants it (trimmed, braces gone, lower case), or why it cannot be the principal's object id. */
export function checkObjectId(
  typed: string,
  known: { tenantId: string; clientId: string },
): { ok: true; objectId: string } | { ok: false; problem: ObjectIdProblem } {
  const id = typed
    .trim()
    .replace(/^\{(.*)\}$/, '$1')
    .toLowerCase();
  if (id === '') return { ok: false, problem: 'empty' };
  if (!GUID.test(id)) return { ok: false, problem: 'shape' };
  if (/^[0-]+$/.test(id)) return { ok: false, problem: 'zeros' };
  // The directory (tenant) id and the app's client id are GUIDs too, shown on the same pages as object ids.
  if (id === known.tenantId.toLowerCase()) return { ok: false, problem: 'tenant-id' };
  if (id === known.clientId.toLowerCase()) return { ok: false, problem: 'client-id' };
  return { ok: true, objectId: id };
}
