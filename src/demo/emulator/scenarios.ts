/**
 * Named worlds for the demo picker and the tests. Ids are fixed so tests and demo controls can refer to
 * them. Each scenario is a fresh object graph: callers may clone and tweak one into a new scenario.
 */
import type { Scenario, SubscriptionSpec, TenantSpec, UserSpec } from './types';

export const SCENARIO_IDS = {
  contosoTenant: '6f1c2a3b-4d5e-4f60-8a71-92b3c4d5e6f7',
  contosoDomain: 'contoso.onmicrosoft.com',
  adaAdmin: 'a1d2a3d4-0001-4000-8000-00000000ad01',
  rileyReader: 'b1e2b3e4-0002-4000-8000-00000000be02',
  subscriptions: {
    production: '3c5e9a10-1111-4b2c-9d3e-000000000001',
    devTest: '3c5e9a10-2222-4b2c-9d3e-000000000002',
    legacy: '3c5e9a10-3333-4b2c-9d3e-000000000003',
  },
} as const;

const KNOWN_NAMESPACES = [
  'Microsoft.Resources',
  'Microsoft.Authorization',
  'Microsoft.DigitalTwins',
  'Microsoft.IoTSpaces',
  'Microsoft.Devices',
  'Microsoft.Storage',
];

function contoso(userConsentAllowed: boolean): TenantSpec {
  return {
    id: SCENARIO_IDS.contosoTenant,
    displayName: 'Contoso',
    defaultDomain: SCENARIO_IDS.contosoDomain,
    userConsentAllowed,
  };
}

function ada(): UserSpec {
  return {
    id: SCENARIO_IDS.adaAdmin,
    upn: 'admin@contoso.onmicrosoft.com',
    displayName: 'Ada Admin',
    homeTenantId: SCENARIO_IDS.contosoTenant,
    guestOf: [],
    isAdmin: true,
  };
}

function riley(): UserSpec {
  return {
    id: SCENARIO_IDS.rileyReader,
    upn: 'riley@contoso.onmicrosoft.com',
    displayName: 'Riley Reader',
    homeTenantId: SCENARIO_IDS.contosoTenant,
    guestOf: [],
    isAdmin: false,
  };
}

function contosoSubscriptions(userId: string, role: 'Owner' | 'Reader'): SubscriptionSpec[] {
  const ids = SCENARIO_IDS.subscriptions;
  const sub = (id: string, displayName: string, state: SubscriptionSpec['state']): SubscriptionSpec => ({
    id,
    displayName,
    tenantId: SCENARIO_IDS.contosoTenant,
    state,
    roles: { [userId]: role },
    providers: {},
  });
  return [
    sub(ids.production, 'Contoso Production', 'Enabled'),
    sub(ids.devTest, 'Contoso Dev/Test', 'Enabled'),
    sub(ids.legacy, 'Contoso Legacy', 'Disabled'),
  ];
}

function happy(): Scenario {
  return {
    name: 'happy',
    title: 'Everything in order',
    description:
      'Ada is a Contoso admin and Owner of three subscriptions (one of them disabled). Nothing is registered yet, ' +
      'so Digital Twins is unknown to the tenant until the provider is registered. Registration takes 20 seconds.',
    tenants: [contoso(true)],
    users: [ada()],
    subscriptions: contosoSubscriptions(SCENARIO_IDS.adaAdmin, 'Owner'),
    knownNamespaces: [...KNOWN_NAMESPACES],
    registrationDelayMs: 20_000,
    servicePrincipalDelayMs: 0,
    pageSize: 2,
    orgGrants: {},
    faults: [],
  };
}

function noSubscription(): Scenario {
  return {
    ...happy(),
    name: 'no-subscription',
    title: 'No subscription',
    description: 'Ada can sign in, but Contoso has no Azure subscription, so there is nothing to register on.',
    subscriptions: [],
  };
}

function alreadyRegistered(): Scenario {
  const base = happy();
  const production = base.subscriptions.find((s) => s.id === SCENARIO_IDS.subscriptions.production);
  if (production) production.providers = { 'Microsoft.IoTSpaces': 'Registered', 'Microsoft.DigitalTwins': 'Registered' };
  return {
    ...base,
    name: 'already-registered',
    title: 'Already registered',
    description:
      'Contoso Production already has the provider registered, so the Digital Twins service principal exists from the start.',
  };
}

function reader(): Scenario {
  return {
    ...happy(),
    name: 'reader',
    title: 'Reader only',
    description:
      'Riley is not an admin and only has Reader on the subscriptions: signing in works, registering is refused (403).',
    tenants: [contoso(true)],
    users: [riley()],
    subscriptions: contosoSubscriptions(SCENARIO_IDS.rileyReader, 'Reader'),
  };
}

function slowRegistration(): Scenario {
  return {
    ...happy(),
    name: 'slow-registration',
    title: 'Slow registration',
    description:
      'Like "Everything in order", but registration takes three minutes and the service principal another 30 seconds.',
    registrationDelayMs: 180_000,
    servicePrincipalDelayMs: 30_000,
  };
}

/** Today's Azure: the first-generation Digital Twins namespace is gone (FACTS.md section 0). */
function retiredNamespace(): Scenario {
  return {
    ...happy(),
    name: 'retired-namespace',
    title: 'Retired namespace (today\'s Azure)',
    description:
      'Like today\'s public cloud: Microsoft.IoTSpaces, the first-generation Digital Twins, is retired and unknown; Microsoft.DigitalTwins works.',
    knownNamespaces: KNOWN_NAMESPACES.filter((ns) => ns !== 'Microsoft.IoTSpaces'),
  };
}

const TEAMS = ['Analytics', 'Buildings', 'Campus', 'Digital Twins', 'Energy', 'Facilities', 'Logistics', 'Retail'];

/**
 * A large enterprise: `count` subscriptions, listed `pageSize` at a time, one in eight disabled and a few
 * warned or past due. Ids are deterministic so tests can look a subscription up by number.
 */
export function manySubscriptionsScenario(count: number, pageSize = 100): Scenario {
  const base = happy();
  const subscriptions: SubscriptionSpec[] = [];
  for (let n = 1; n <= count; n++) {
    const state: SubscriptionSpec['state'] = n % 8 === 0 ? 'Disabled' : n % 97 === 0 ? 'Warned' : n % 89 === 0 ? 'PastDue' : 'Enabled';
    subscriptions.push({
      id: `5b0d7c20-${String(n).padStart(4, '0')}-4e1f-9a2b-${String(n).padStart(12, '0')}`,
      displayName: `Contoso ${TEAMS[n % TEAMS.length]} ${String(n).padStart(4, '0')}`,
      tenantId: SCENARIO_IDS.contosoTenant,
      state,
      roles: { [SCENARIO_IDS.adaAdmin]: 'Owner' },
      providers: {},
    });
  }
  return {
    ...base,
    name: 'many-subscriptions',
    title: `${count.toLocaleString('en-US')} subscriptions`,
    description: `A large enterprise: Ada owns ${count.toLocaleString('en-US')} subscriptions, listed ${pageSize} at a time; one in eight is disabled.`,
    subscriptions,
    pageSize,
  };
}

/** Names people really give subscriptions, and names an attacker might: all must render as plain text. */
export const HOSTILE_NAMES = {
  markup: '<img src=x onerror="alert(1)"><b>Prod</b>',
  long: `Contoso ${'Very Long Subscription Name '.repeat(18)}`.slice(0, 500),
  rightToLeft: 'اشتراك الإنتاج — מנוי ייצור',
  emoji: '🏭 Factory twins 👩🏽‍🔧🚀',
} as const;

function hostileData(): Scenario {
  const base = happy();
  const names = Object.values(HOSTILE_NAMES);
  return {
    ...base,
    name: 'hostile-data',
    title: 'Odd and hostile names',
    description: 'Subscription names with markup, 500 characters, right-to-left text and emoji: all shown as plain text.',
    subscriptions: names.map((displayName, i) => ({
      id: `7e3a0c40-000${i + 1}-4d2e-8f1a-00000000000${i + 1}`,
      displayName,
      tenantId: SCENARIO_IDS.contosoTenant,
      state: 'Enabled',
      roles: { [SCENARIO_IDS.adaAdmin]: 'Owner' },
      providers: {},
    })),
  };
}

const FACTORIES: Record<string, () => Scenario> = {
  happy,
  'no-subscription': noSubscription,
  'already-registered': alreadyRegistered,
  reader,
  'slow-registration': slowRegistration,
  'retired-namespace': retiredNamespace,
  'many-subscriptions': () => manySubscriptionsScenario(2_000),
  'hostile-data': hostileData,
};

export const SCENARIOS: Record<string, Scenario> = Object.fromEntries(
  Object.entries(FACTORIES).map(([name, make]) => [name, make()]),
);

export function scenarioNames(): string[] {
  return Object.keys(SCENARIOS);
}

/** A deep copy, so an emulator never mutates the shared SCENARIOS objects. */
export function cloneScenario(scenario: Scenario): Scenario {
  return JSON.parse(JSON.stringify(scenario)) as Scenario;
}
