/**
 * Azure Resource Graph, `POST /providers/Microsoft.ResourceGraph/resources` (azure-rest-api-specs
 * specification/resourcegraph/resource-manager/Microsoft.ResourceGraph/stable/2024-04-01/resourcegraph.json;
 * docs/emulator-contract.md, "Resource Graph"). The emulator's world holds one kind of resource, Digital Twins
 * instances, and its query language is a small part of KQL: the `resources` table, `where type =~ '…'` (or `==`),
 * `project`, `order by` / `sort by` and `take` / `limit`. Any other query gets Resource Graph's 400, so a client that
 * sends something else fails here first. Rows come only from subscriptions the token's directory acts on and
 * resources the caller may read; the answer pages by `$skipToken`; each user has a quota of queries per window.
 */
import { decodeSkipToken, encodeSkipToken, reply, type ArmCall, type Principal } from './arm-call';
import { permissionsOf, allows } from './rbac';
import { DIGITAL_TWINS_TYPE, instanceId, instanceJson } from './twins';
import type { DigitalTwinsInstanceRecord, EmuResponse, SubscriptionRecord } from './types';
import { actsOn } from './world';

const DEFAULT_QUOTA = { queries: 15, windowMs: 5_000 };
const MAX_TOP = 1000;
const DEFAULT_TOP = 100;
const READ = `${DIGITAL_TWINS_TYPE}/read`;

/** The columns of the `resources` table, in Resource Graph's order. */
const COLUMNS = [
  'id',
  'name',
  'type',
  'tenantId',
  'kind',
  'location',
  'resourceGroup',
  'subscriptionId',
  'managedBy',
  'sku',
  'plan',
  'properties',
  'tags',
  'identity',
  'zones',
  'extendedLocation',
] as const;

type Row = Record<string, unknown>;

interface ParsedQuery {
  type?: { value: string; caseSensitive: boolean };
  project?: string[];
  order?: { column: string; descending: boolean };
  take?: number;
}

/** `hh:mm:ss`, as x-ms-user-quota-resets-after gives it. */
function duration(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(Math.floor(total / 3600))}:${two(Math.floor((total % 3600) / 60))}:${two(total % 60)}`;
}

/** Resource Graph's error envelope: a support line with timestamp and correlation id, the reasons in `details`. */
function graphError(
  call: ArmCall,
  status: number,
  code: string,
  details: Array<Record<string, unknown>>,
  headers: Record<string, string> = {},
): EmuResponse {
  const timestamp = new Date(call.ctx.now()).toISOString().replace('Z', '0000Z');
  const correlationId = call.headers['x-ms-correlation-request-id'] ?? '';
  return reply(
    call,
    status,
    {
      error: {
        code,
        message: `Please provide below info when asking for support: timestamp = ${timestamp}, correlationId = ${correlationId}.`,
        details,
      },
    },
    headers,
  );
}

function invalidQuery(call: ArmCall, token: string, position: number): EmuResponse {
  return graphError(call, 400, 'BadRequest', [
    {
      code: 'InvalidQuery',
      message:
        'Query is invalid. Please refer to the documentation for the Azure Resource Graph service and fix the error before retrying.',
    },
    { code: 'ParserFailure', message: 'ParserFailure', line: 1, characterPositionInLine: position, token },
  ]);
}

function badOptions(call: ArmCall, message: string): EmuResponse {
  return graphError(call, 400, 'BadRequest', [{ code: 'InvalidRequestContent', message }]);
}

/** The query as stages, or the offending token and its position when a stage is not one the emulator understands. */
function parseQuery(query: string): ParsedQuery | { error: string; position: number } {
  const parsed: ParsedQuery = {};
  const stages = query.split('|');
  let position = 0;
  for (let i = 0; i < stages.length; i++) {
    const raw = stages[i] ?? '';
    const stage = raw.trim().replace(/\s+/g, ' ');
    const at = position + raw.length - raw.trimStart().length;
    position += raw.length + 1;
    if (i === 0 && /^resources$/i.test(stage)) continue;
    let m: RegExpExecArray | null;
    // KQL's operators and column names are case-sensitive; Resource Graph's table names are not.
    if ((m = /^where type ?(=~|==) ?'([^']*)'$/.exec(stage)))
      parsed.type = { value: m[2] ?? '', caseSensitive: m[1] === '==' };
    else if ((m = /^project (.+)$/.exec(stage))) {
      const columns = (m[1] ?? '').split(',').map((c) => c.trim());
      const unknown = columns.find((c) => !(COLUMNS as readonly string[]).includes(c));
      if (unknown !== undefined) return { error: unknown || ',', position: at };
      parsed.project = columns;
    } else if ((m = /^(?:order|sort) by (\w+)(?: (asc|desc))?$/.exec(stage))) {
      const column = m[1] ?? '';
      if (!(COLUMNS as readonly string[]).includes(column)) return { error: column, position: at };
      // KQL sorts descending unless told otherwise.
      parsed.order = { column, descending: (m[2] ?? 'desc') === 'desc' };
    } else if ((m = /^(?:take|limit) (\d+)$/.exec(stage))) parsed.take = Number(m[1]);
    else return { error: stage.split(' ')[0] || '|', position: at };
  }
  return parsed;
}

function rowOf(instance: DigitalTwinsInstanceRecord, sub: SubscriptionRecord): Row {
  const described = instanceJson(instance);
  return {
    id: instanceId(instance),
    name: instance.name,
    // Resource Graph keeps types and resource group names in lower case.
    type: DIGITAL_TWINS_TYPE.toLowerCase(),
    tenantId: sub.tenantId,
    kind: '',
    location: instance.location,
    resourceGroup: instance.resourceGroup.toLowerCase(),
    subscriptionId: sub.id,
    managedBy: '',
    sku: null,
    plan: null,
    properties: described.properties,
    tags: {},
    identity: described.identity,
    zones: null,
    extendedLocation: null,
  };
}

/** What `order by column` compares: the column's value, case-insensitively. */
function sortKey(instance: DigitalTwinsInstanceRecord, sub: SubscriptionRecord, column: string): string {
  switch (column) {
    case 'id':
      return instanceId(instance).toLowerCase();
    case 'name':
      return instance.name.toLowerCase();
    case 'location':
      return instance.location;
    case 'resourceGroup':
      return instance.resourceGroup.toLowerCase();
    case 'subscriptionId':
      return sub.id.toLowerCase();
    default: {
      const value = rowOf(instance, sub)[column];
      return (typeof value === 'string' ? value : JSON.stringify(value ?? '')).toLowerCase();
    }
  }
}

/** Uses one query of the caller's quota, or says when the window resets. */
function takeQuota(call: ArmCall, principal: Principal): { ok: boolean; headers: Record<string, string> } {
  const { queries, windowMs } = call.ctx.state.scenario.resourceGraphQuota ?? DEFAULT_QUOTA;
  const now = call.ctx.now();
  const quotas = (call.ctx.state.resourceGraphQuota ??= {});
  let window = quotas[principal.oid];
  if (!window || now >= window.windowStart + windowMs) window = quotas[principal.oid] = { windowStart: now, used: 0 };
  const resetsAfter = duration(window.windowStart + windowMs - now);
  if (window.used >= queries)
    return { ok: false, headers: { 'x-ms-user-quota-remaining': '0', 'x-ms-user-quota-resets-after': resetsAfter } };
  window.used += 1;
  return {
    ok: true,
    headers: {
      'x-ms-user-quota-remaining': String(queries - window.used),
      'x-ms-user-quota-resets-after': resetsAfter,
    },
  };
}

interface RequestBody {
  query?: unknown;
  subscriptions?: unknown;
  options?: { $top?: unknown; $skip?: unknown; $skipToken?: unknown; resultFormat?: unknown } | null;
}

export function queryResourceGraph(call: ArmCall, principal: Principal, apiVersion: string): EmuResponse {
  const quota = takeQuota(call, principal);
  Object.assign(call.headers, quota.headers);
  if (!quota.ok) {
    return graphError(call, 429, 'RateLimiting', [
      {
        code: 'RateLimiting',
        message:
          'Client application has been throttled and should not attempt to repeat the request until an amount of time has elapsed. Please see https://aka.ms/resourcegraph-throttling for help.',
      },
    ]);
  }

  let body: RequestBody;
  try {
    body = JSON.parse(call.req.body ?? '') as RequestBody;
  } catch {
    return badOptions(call, 'The request content was invalid and could not be deserialized.');
  }
  if (typeof body !== 'object' || body === null || typeof body.query !== 'string' || body.query.trim() === '') {
    return badOptions(call, "The request must contain a 'query'.");
  }
  const query = parseQuery(body.query);
  if ('error' in query) return invalidQuery(call, query.error, query.position);

  const options = body.options ?? {};
  const top = options.$top ?? DEFAULT_TOP;
  if (typeof top !== 'number' || !Number.isInteger(top) || top < 1 || top > MAX_TOP) {
    return badOptions(call, `The '$top' option must be an integer between 1 and ${MAX_TOP}.`);
  }
  let offset = 0;
  if (options.$skipToken !== undefined && options.$skipToken !== null) {
    const decoded = typeof options.$skipToken === 'string' ? decodeSkipToken(options.$skipToken) : undefined;
    if (decoded === undefined) return badOptions(call, "The '$skipToken' option is not valid.");
    offset = decoded;
  } else if (options.$skip !== undefined) {
    if (typeof options.$skip !== 'number' || !Number.isInteger(options.$skip) || options.$skip < 0) {
      return badOptions(call, "The '$skip' option must be a non-negative integer.");
    }
    offset = options.$skip;
  }
  // objectArray is the default from 2021-03-01 (its spec says so); 2019-04-01 describes its output as tabular.
  const format = options.resultFormat ?? (apiVersion === '2019-04-01' ? 'table' : 'objectArray');
  if (format !== 'table' && format !== 'objectArray')
    return badOptions(call, "The 'resultFormat' option must be 'table' or 'objectArray'.");
  // Tenant-wide queries (no `subscriptions`) came with 2021-03-01; the 2019-04-01 spec requires the list.
  if (apiVersion === '2019-04-01' && !Array.isArray(body.subscriptions))
    return badOptions(call, "The request must contain 'subscriptions'.");
  const only = Array.isArray(body.subscriptions)
    ? new Set(body.subscriptions.map((s) => String(s).toLowerCase()))
    : undefined;

  const { world } = call.ctx.state;
  const subs = new Map(world.subscriptions.map((s) => [s.id, s]));
  const mayRead = permissionsOf(world, principal.oid, principal.issuedAt);
  // Rows are built for the page only: a world of thousands of subscriptions is filtered and sorted on cheap keys.
  let matches: Array<{ instance: DigitalTwinsInstanceRecord; sub: SubscriptionRecord; key: string }> = [];
  const wantedType = query.type;
  const typeMatches =
    !wantedType ||
    (wantedType.caseSensitive
      ? wantedType.value === DIGITAL_TWINS_TYPE.toLowerCase()
      : wantedType.value.toLowerCase() === DIGITAL_TWINS_TYPE.toLowerCase());
  if (typeMatches) {
    for (const instance of world.digitalTwinsInstances ?? []) {
      const sub = subs.get(instance.subscriptionId);
      if (!sub || sub.state === 'Deleted' || !actsOn(sub, principal.tid)) continue;
      if (only && !only.has(sub.id.toLowerCase())) continue;
      if (!allows(mayRead(instanceId(instance)), READ)) continue;
      matches.push({ instance, sub, key: query.order ? sortKey(instance, sub, query.order.column) : '' });
    }
  }
  if (query.order) {
    const direction = query.order.descending ? -1 : 1;
    matches.sort((a, b) => direction * (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  }
  if (query.take !== undefined) matches = matches.slice(0, query.take);
  const columns = query.project ?? [...COLUMNS];
  const page = matches.slice(offset, offset + top).map(({ instance, sub }) => {
    const row = rowOf(instance, sub);
    return Object.fromEntries(columns.map((c) => [c, row[c] ?? null]));
  });
  const result: Record<string, unknown> = {
    totalRecords: matches.length,
    count: page.length,
    data:
      format === 'objectArray'
        ? page
        : {
            columns: columns.map((name) => ({
              name,
              type: name === 'properties' || name === 'tags' || name === 'identity' ? 'object' : 'string',
            })),
            rows: page.map((r) => columns.map((c) => r[c])),
          },
    facets: [],
    resultTruncated: 'false',
  };
  if (offset + top < matches.length) result.$skipToken = encodeSkipToken(offset + top);
  return reply(call, 200, result);
}
