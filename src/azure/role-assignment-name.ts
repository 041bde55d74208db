/**
 * The deterministic name of a role assignment: a name-based UUID (RFC 9562, version 5, SHA-1) of the scope, the
 * principal and the role, all in lower case. A retry, a reload or a second tab then sends the very same assignment,
 * which ARM accepts again instead of answering 409 RoleAssignmentExists for a second random name.
 */

/** This portal's namespace for assignment names (any fixed UUID works; ARM only needs a GUID). */
export const ASSIGNMENT_NAMESPACE = '5c1d3f0a-8e6b-4b2f-9a47-2d6e81f0c3b9';

function bytesOf(uuid: string): Uint8Array {
  const hex = uuid.replace(/-/g, '');
  if (!/^[0-9a-f]{32}$/i.test(hex)) throw new Error(`not a UUID: ${uuid}`);
  return Uint8Array.from({ length: 16 }, (_, i) => parseInt(hex.slice(i * 2, i * 2 + 2), 16));
}

/** RFC 9562 section 5.5: SHA-1 of namespace and name, the first 16 bytes, version 5 and the RFC variant set. */
export async function uuidV5(name: string, namespace: string): Promise<string> {
  const ns = bytesOf(namespace);
  const text = new TextEncoder().encode(name);
  const input = new Uint8Array(ns.length + text.length);
  input.set(ns);
  input.set(text, ns.length);
  const hash = new Uint8Array(await crypto.subtle.digest('SHA-1', input));
  const b = hash.slice(0, 16);
  b[6] = (b[6]! & 0x0f) | 0x50;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The assignment's name for this scope, principal and role (the role's GUID, not its full id). */
export function roleAssignmentName(scope: string, principalId: string, roleGuid: string): Promise<string> {
  const key = [scope, principalId, roleGuid].map((part) => part.toLowerCase()).join('|');
  return uuidV5(key, ASSIGNMENT_NAMESPACE);
}
