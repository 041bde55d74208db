/**
 * Named worlds for the demo picker and the tests. Ids are fixed so tests and demo controls can refer to
 * them. Each scenario is a fresh object graph: callers may clone and tweak one into a new scenario.
 */
import { ROLE_IDS } from './rbac';
import { hostNameOf, instanceId, resourceGroupId } from './twins';
import type {
  DigitalTwinsInstanceSpec,
  DigitalTwinsSettings,
  GroupSpec,
  RoleName,
  Scenario,
  SubscriptionSpec,
  TenantSpec,
  UserSpec,
} from './types';

export const SCENARIO_IDS = {
  contosoTenant: '6f1c2a3b-4d5e-4f60-8a71-92b3c4d5e6f7',
  contosoDomain: 'contoso.onmicrosoft.com',
  fabrikamTenant: '9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a',
  fabrikamDomain: 'fabrikam.onmicrosoft.com',
  fabrikamShared: '4d6f0b21-aaaa-4ccc-8eee-000000000004',
  northwindTenant: '2b4d6f80-7a9c-4b1e-8d3f-5a7c9e1b3d50',
  northwindDomain: 'northwindpartners.onmicrosoft.com',
  northwindInternal: '8a1c3e50-5555-4f6a-9b7c-000000000005',
  morganPartner: 'c1f2c3f4-0003-4000-8000-00000000c003',
  adaAdmin: 'a1d2a3d4-0001-4000-8000-00000000ad01',
  /** Ada's guest object in Fabrikam (several-directories): another object, with its own id */
  adaGuestInFabrikam: 'a1d2a3d4-0001-4000-8000-0000000fab01',
  /** Morgan's guest object in Fabrikam (partner-admin) */
  morganGuestInFabrikam: 'c1f2c3f4-0003-4000-8000-0000000fab03',
  rileyReader: 'b1e2b3e4-0002-4000-8000-00000000be02',
  subscriptions: {
    production: '3c5e9a10-1111-4b2c-9d3e-000000000001',
    devTest: '3c5e9a10-2222-4b2c-9d3e-000000000002',
    legacy: '3c5e9a10-3333-4b2c-9d3e-000000000003',
  },
  /** Today's Digital Twins worlds (twins-*) */
  samOperator: 'c5a2e3f4-0004-4000-8000-000000005a04',
  twinStudioUsers: 'd7e8f9a0-0010-4a00-8b00-000000000101',
  /** the developer's app's service principal in Contoso (its object id there) */
  developerAppPrincipal: 'e4f5a6b7-0020-4c00-8d00-000000000201',
  customModelReaderRole: 'f1e2d3c4-0030-4e00-9f00-000000000301',
  twinsResourceGroup: 'rg-twins',
  twinsInstance: 'contoso-twins',
  /** The developer's directory (twins-guest-*): Proseware runs the Digital Twins instance its app uses */
  developerTenant: '5e7a9c1b-3d4f-4a6b-8c8d-0e1f2a3b4c5d',
  developerDomain: 'proseware.onmicrosoft.com',
  /** Ada's guest object in Proseware's directory */
  adaGuestInDeveloper: 'a1d2a3d4-0001-4000-8000-0000000d0e01',
  developerSubscription: '7b9d1f30-6666-4c2d-8e4f-000000000006',
  developerResourceGroup: 'rg-twin-studio',
  developerTwinsInstance: 'proseware-twins',
  /** Issue 18's worlds (twins-grant-*): the group the admin gives the data role to */
  twinsUsersGroup: 'd7e8f9a0-0018-4a00-8b00-000000000181',
  /** the subscription's Owner a Contributor has to ask (twins-grant-contributor) */
  omarOwner: 'c7b8a9d0-0005-4000-8000-0000000000a5',
  /** the custom policy definition that denies role assignments (twins-grant-policy) */
  denyRoleAssignmentsPolicy: 'e9f0a1b2-0018-4c00-9d00-000000000f18',
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

function contosoSubscriptions(userId: string, role: RoleName): SubscriptionSpec[] {
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
      'so Digital Twins is unknown to the tenant until the provider is registered. Registration takes as long as ' +
      'the registration speed says.',
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
  if (production)
    production.providers = { 'Microsoft.IoTSpaces': 'Registered', 'Microsoft.DigitalTwins': 'Registered' };
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
    fixedTiming: true,
    servicePrincipalDelayMs: 30_000,
  };
}

/** Today's Azure: the first-generation Digital Twins namespace is gone (docs/emulator-contract.md, "Providers and registration"). */
function retiredNamespace(): Scenario {
  return {
    ...happy(),
    name: 'retired-namespace',
    title: "Retired namespace (today's Azure)",
    description:
      "Like today's public cloud: Microsoft.IoTSpaces, the first-generation Digital Twins, is retired and unknown; Microsoft.DigitalTwins works.",
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
    const state: SubscriptionSpec['state'] =
      n % 8 === 0 ? 'Disabled' : n % 97 === 0 ? 'Warned' : n % 89 === 0 ? 'PastDue' : 'Enabled';
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
    description:
      'Subscription names with markup, 500 characters, right-to-left text and emoji: all shown as plain text.',
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

/** Azure asks the portal to slow down on its first list, provider read and register. */
function throttled(): Scenario {
  return {
    ...happy(),
    name: 'throttled',
    title: 'Throttled',
    description: 'ARM answers 429 with Retry-After to the first subscription list, provider read and register call.',
    faults: [
      {
        host: 'management.azure.com',
        method: 'GET',
        pathIncludes: '/subscriptions?',
        status: 429,
        times: 1,
        retryAfter: 4,
      },
      { host: 'management.azure.com', method: 'POST', pathIncludes: '/register', status: 429, times: 1, retryAfter: 3 },
    ],
  };
}

/** Transient server faults: some retried away, one that outlasts the retries and needs the user's "Try again". */
function flaky(): Scenario {
  return {
    ...happy(),
    name: 'flaky',
    title: 'Flaky service',
    description:
      'ARM answers 503 to the first four subscription lists (more than the portal retries by itself) and 500 to the first provider read.',
    faults: [
      {
        host: 'management.azure.com',
        method: 'GET',
        pathIncludes: '/subscriptions?',
        status: 503,
        times: 4,
        retryAfter: 1,
      },
      { host: 'management.azure.com', method: 'GET', pathIncludes: '/providers/', status: 500, times: 1 },
    ],
  };
}

function registrationFails(): Scenario {
  return {
    ...happy(),
    name: 'registration-fails',
    title: 'Registration fails once',
    description:
      'The first registration goes back to NotRegistered when it would have finished; registering again works.',
    failingRegistrations: 1,
  };
}

function stuckRegistration(): Scenario {
  return {
    ...happy(),
    name: 'stuck-registration',
    title: 'Registration takes hours',
    description: 'Registration stays Registering for three hours (Azure sometimes takes that long).',
    registrationDelayMs: 3 * 60 * 60_000,
    fixedTiming: true,
  };
}

/** Ada is a guest in Fabrikam, whose conditional access asks for multi-factor authentication. */
function severalDirectories(): Scenario {
  const base = happy();
  const guest: UserSpec = {
    ...ada(),
    guestOf: [SCENARIO_IDS.fabrikamTenant],
    guestObjectIds: { [SCENARIO_IDS.fabrikamTenant]: SCENARIO_IDS.adaGuestInFabrikam },
    requiresMfa: true,
  };
  return {
    ...base,
    name: 'several-directories',
    title: 'Guest in a second directory',
    description:
      'Ada belongs to Contoso and is a guest in Fabrikam, where multi-factor authentication is required. Fabrikam has its own subscription. ' +
      'Riley belongs to Contoso only.',
    tenants: [
      contoso(true),
      {
        id: SCENARIO_IDS.fabrikamTenant,
        displayName: 'Fabrikam',
        defaultDomain: SCENARIO_IDS.fabrikamDomain,
        userConsentAllowed: true,
      },
    ],
    users: [guest, riley()],
    subscriptions: [
      ...base.subscriptions,
      {
        id: SCENARIO_IDS.fabrikamShared,
        displayName: 'Fabrikam Shared',
        tenantId: SCENARIO_IDS.fabrikamTenant,
        state: 'Enabled',
        // Fabrikam assigned the role to Ada's guest object, the principal its tokens name.
        roles: { [SCENARIO_IDS.adaGuestInFabrikam]: 'Owner' },
        providers: {},
      },
    ],
  };
}

/**
 * Azure Lighthouse: Morgan works for a managed-service partner, Northwind, which has a subscription of its own and
 * manages subscriptions of two customers. Contoso's is only delegated (Contoso is a projected directory for Morgan,
 * who cannot sign in there); in Fabrikam Morgan is also a guest, so that directory can be signed in to and set up.
 */
function partnerAdmin(): Scenario {
  const base = happy();
  const morgan: UserSpec = {
    id: SCENARIO_IDS.morganPartner,
    upn: 'morgan@northwindpartners.onmicrosoft.com',
    displayName: 'Morgan Partner',
    homeTenantId: SCENARIO_IDS.northwindTenant,
    guestOf: [SCENARIO_IDS.fabrikamTenant],
    guestObjectIds: { [SCENARIO_IDS.fabrikamTenant]: SCENARIO_IDS.morganGuestInFabrikam },
    isAdmin: true,
  };
  // The delegations name Morgan's Northwind object: they work with Northwind's tokens only. Fabrikam assigned its
  // guest object nothing, so signed in to Fabrikam Morgan sees none of its subscriptions.

  const sub = (id: string, displayName: string, tenantId: string, managed: boolean): SubscriptionSpec => ({
    id,
    displayName,
    tenantId,
    state: 'Enabled',
    roles: { [morgan.id]: 'Owner' },
    providers: {},
    ...(managed ? { managedByTenants: [SCENARIO_IDS.northwindTenant] } : {}),
  });
  return {
    ...base,
    name: 'partner-admin',
    title: "A partner's admin (Azure Lighthouse)",
    description:
      "Morgan is an admin of Northwind, a partner that manages Contoso's and Fabrikam's subscriptions through Azure Lighthouse and has one of its own. " +
      "Registering on a delegated subscription would set up the customer's directory, not Northwind; Morgan is a guest in Fabrikam but cannot sign in to Contoso. " +
      'Signed in to Fabrikam as its guest, Morgan sees none of the delegated subscriptions: Fabrikam gave the guest account no role.',
    tenants: [
      {
        id: SCENARIO_IDS.northwindTenant,
        displayName: 'Northwind Partners',
        defaultDomain: SCENARIO_IDS.northwindDomain,
        userConsentAllowed: true,
      },
      contoso(true),
      {
        id: SCENARIO_IDS.fabrikamTenant,
        displayName: 'Fabrikam',
        defaultDomain: SCENARIO_IDS.fabrikamDomain,
        userConsentAllowed: true,
      },
    ],
    users: [morgan],
    subscriptions: [
      sub(SCENARIO_IDS.northwindInternal, 'Northwind Internal', SCENARIO_IDS.northwindTenant, false),
      sub(SCENARIO_IDS.subscriptions.production, 'Contoso Production', SCENARIO_IDS.contosoTenant, true),
      sub(SCENARIO_IDS.fabrikamShared, 'Fabrikam Shared', SCENARIO_IDS.fabrikamTenant, true),
    ],
  };
}

/** User consent is off in Contoso: Riley (Owner of the subscriptions, not an admin) needs an admin's approval. */
function adminApproval(): Scenario {
  const base = happy();
  return {
    ...base,
    name: 'admin-approval',
    title: 'Admin approval required',
    description:
      'Contoso lets only admins consent to apps. Riley owns the subscriptions but is not an admin, so signing in needs Ada to approve the app first.',
    tenants: [contoso(false)],
    users: [riley(), ada()],
    subscriptions: contosoSubscriptions(SCENARIO_IDS.rileyReader, 'Owner'),
  };
}

/** As admin-approval, with Contoso's admin consent workflow on: Riley can send Ada a request from Microsoft's page. */
function adminApprovalWorkflow(): Scenario {
  const base = adminApproval();
  return {
    ...base,
    name: 'admin-approval-workflow',
    title: 'Admin approval, with requests',
    description:
      "As admin approval required, but Contoso has the admin consent workflow on: Microsoft's page lets Riley send a request, with a justification, for an admin to review.",
    tenants: [{ ...contoso(false), adminConsentWorkflow: true }],
  };
}

/** User consent is on, but Contoso's consent policy keeps users from granting what this app asks for (AADSTS90093). */
function consentPolicy(): Scenario {
  const base = adminApproval();
  return {
    ...base,
    name: 'consent-policy',
    title: 'Consent policy blocks the app',
    description:
      'Contoso lets users consent only to low-impact permissions of verified publishers. Access to Azure Resource ' +
      "Manager is not low impact, so Riley needs an admin's approval (AADSTS90093), whoever publishes the app.",
    tenants: [{ ...contoso(true), consentPolicyBlocksApp: true }],
  };
}

/** A deployment mistake: the portal's redirect URIs sit on the app registration's Web platform, not its SPA one. */
function webPlatform(): Scenario {
  return {
    ...happy(),
    name: 'web-platform',
    title: 'Redirect URI on the Web platform',
    description:
      "The portal's app registration lists its redirect URIs under Web instead of Single-page application: Microsoft signs Ada in, then refuses to give the browser its tokens (AADSTS9002326).",
    redirectPlatform: 'web',
  };
}

/**
 * Today's Azure with mandatory MFA for changes (phase 2): Ada signs in with a password only; ARM reads work, the
 * register call meets a claims challenge, and the sign-in page asks for a second factor when the portal comes back
 * with the claims.
 */
function mfaRequired(): Scenario {
  return {
    ...happy(),
    name: 'mfa-required',
    title: 'MFA required for changes',
    description:
      'Azure asks for multi-factor authentication before any change: Ada signs in with a password only, so the register ' +
      "call is refused with a claims challenge. The portal offers Microsoft's page with those claims, Ada approves the " +
      'second factor, and the portal sends the register call once more by itself: one registration, no loop.',
    armRequiresMfaForWrites: true,
  };
}

/** A directory that protects ARM writes with a Conditional Access authentication context (c1) instead. */
function mfaAuthContext(): Scenario {
  return {
    ...happy(),
    name: 'mfa-auth-context',
    title: 'Authentication context for changes',
    description:
      'Contoso protects Azure changes with a Conditional Access authentication context (c1): the register call is ' +
      "refused until Ada signs in with it. Microsoft's page asks for a second factor, and the portal sends the call once more.",
    armWriteAuthContext: 'c1',
  };
}

/** Answers with the right status and the wrong shape, once each. */
function malformed(): Scenario {
  return {
    ...happy(),
    name: 'malformed',
    title: 'Malformed answers',
    description:
      'The first subscription list comes back without its "value" list, and the first provider read with a numeric state.',
    faults: [
      {
        host: 'management.azure.com',
        method: 'GET',
        pathIncludes: '/subscriptions?',
        status: 200,
        times: 1,
        body: '{"value":{"oops":true}}',
      },
      {
        host: 'management.azure.com',
        method: 'GET',
        pathIncludes: '/providers/microsoft.iotspaces',
        status: 200,
        times: 1,
        body: '{"namespace":"Microsoft.IoTSpaces","registrationState":42}',
      },
    ],
  };
}

// --- Today's Azure Digital Twins (twins-*) ----------------------------------------------------------------------

function sam(): UserSpec {
  return {
    id: SCENARIO_IDS.samOperator,
    upn: 'sam@contoso.onmicrosoft.com',
    displayName: 'Sam Operator',
    homeTenantId: SCENARIO_IDS.contosoTenant,
    guestOf: [],
    isAdmin: false,
  };
}

function twinStudioUsers(): GroupSpec {
  return {
    id: SCENARIO_IDS.twinStudioUsers,
    displayName: 'Twin Studio users',
    tenantId: SCENARIO_IDS.contosoTenant,
    members: [SCENARIO_IDS.rileyReader, SCENARIO_IDS.samOperator],
  };
}

function twinsInstance(overrides: Partial<DigitalTwinsInstanceSpec> = {}): DigitalTwinsInstanceSpec {
  return {
    subscriptionId: SCENARIO_IDS.subscriptions.production,
    resourceGroup: SCENARIO_IDS.twinsResourceGroup,
    name: SCENARIO_IDS.twinsInstance,
    location: 'westeurope',
    ...overrides,
  };
}

const USERS_OWNER: DigitalTwinsSettings = { hosting: 'customer', caller: 'users', dataRole: 'owner' };

/**
 * The base of the twins-* worlds: Ada (admin, Owner of Contoso's three subscriptions, no data role), Riley and Sam
 * (the app's users, in "Twin Studio users"), and unrelated to Digital Twins, Sam's Storage Blob Data Reader on the
 * resource group, which the portal must not count.
 */
function twinsBase(name: string, title: string, description: string): Scenario {
  const base = happy();
  const prod = SCENARIO_IDS.subscriptions.production;
  return {
    ...base,
    name,
    title,
    description,
    users: [ada(), riley(), sam()],
    groups: [twinStudioUsers()],
    digitalTwins: { ...USERS_OWNER },
    digitalTwinsInstances: [twinsInstance()],
    roleAssignments: [
      {
        scope: resourceGroupId(prod, SCENARIO_IDS.twinsResourceGroup),
        roleDefinitionId: ROLE_IDS.storageBlobDataReader,
        principalId: SCENARIO_IDS.samOperator,
      },
    ],
  };
}

function twinsGroupRole(): Scenario {
  const s = twinsBase(
    'twins-group-role',
    "Today's Digital Twins: a group holds the role",
    'Contoso Production has one Digital Twins instance. The group "Twin Studio users" holds Azure Digital Twins Data Owner on it; ' +
      'Ada, Owner of the subscription, holds no data role. The app is called by its users and needs Data Owner.',
  );
  s.roleAssignments!.push({
    scope: instanceId(twinsInstance()),
    roleDefinitionId: ROLE_IDS.digitalTwinsDataOwner,
    principalId: SCENARIO_IDS.twinStudioUsers,
  });
  return s;
}

function twinsNoRole(): Scenario {
  const prod = SCENARIO_IDS.subscriptions.production;
  const s = twinsBase(
    'twins-no-role',
    "Today's Digital Twins: nobody holds the role",
    'As "a group holds the role", but nobody holds enough: Riley holds Data Reader while the app needs Data Owner, and ' +
      '"Twin Studio users" holds a custom role that only reads models. The admin gets the request to send.',
  );
  s.customRoles = [
    {
      id: SCENARIO_IDS.customModelReaderRole,
      roleName: 'Contoso Twin Model Reader',
      description: "Reads the models of Contoso's Digital Twins instances, nothing else.",
      subscriptionId: prod,
      permissions: [
        { actions: [], notActions: [], dataActions: ['Microsoft.DigitalTwins/models/read'], notDataActions: [] },
      ],
    },
  ];
  s.roleAssignments!.push(
    {
      scope: instanceId(twinsInstance()),
      roleDefinitionId: ROLE_IDS.digitalTwinsDataReader,
      principalId: SCENARIO_IDS.rileyReader,
    },
    {
      scope: resourceGroupId(prod, SCENARIO_IDS.twinsResourceGroup),
      roleDefinitionId: SCENARIO_IDS.customModelReaderRole,
      principalId: SCENARIO_IDS.twinStudioUsers,
    },
  );
  return s;
}

function twinsNoInstance(): Scenario {
  const s = twinsBase(
    'twins-no-instance',
    "Today's Digital Twins: no instance yet",
    'Contoso has no Digital Twins instance and Microsoft.DigitalTwins is registered nowhere. Register it, create an ' +
      'instance (the demo controls can), then check again.',
  );
  s.digitalTwinsInstances = [];
  return s;
}

function twinsSeveral(): Scenario {
  const { devTest } = SCENARIO_IDS.subscriptions;
  const s = twinsBase(
    'twins-several',
    "Today's Digital Twins: several instances",
    'Three instances in two subscriptions: one in Contoso Production, two in Contoso Dev/Test. "Twin Studio users" holds ' +
      'Data Reader on all of Dev/Test (inherited by both instances there); the app needs Data Reader.',
  );
  s.digitalTwins = { hosting: 'customer', caller: 'users', dataRole: 'reader' };
  s.digitalTwinsInstances = [
    twinsInstance(),
    twinsInstance({
      subscriptionId: devTest,
      resourceGroup: 'rg-twins-test',
      name: 'contoso-twins-test',
      location: 'northeurope',
    }),
    twinsInstance({
      subscriptionId: devTest,
      resourceGroup: 'rg-twins-lab',
      name: 'contoso-twins-lab',
      location: 'eastus',
    }),
  ];
  s.roleAssignments!.push(
    {
      scope: instanceId(twinsInstance()),
      roleDefinitionId: ROLE_IDS.digitalTwinsDataOwner,
      principalId: SCENARIO_IDS.rileyReader,
    },
    {
      scope: `/subscriptions/${devTest}`,
      roleDefinitionId: ROLE_IDS.digitalTwinsDataReader,
      principalId: SCENARIO_IDS.twinStudioUsers,
    },
  );
  return s;
}

function twinsPrivate(): Scenario {
  const s = twinsGroupRole();
  return {
    ...s,
    name: 'twins-private',
    title: "Today's Digital Twins: public network access disabled",
    description:
      'As "a group holds the role", but the instance has public network access disabled: only a private endpoint reaches ' +
      'its data plane. The portal says so and the admin goes on.',
    digitalTwinsInstances: [twinsInstance({ publicNetworkAccess: 'Disabled' })],
  };
}

function twinsAppCaller(): Scenario {
  const s = twinsBase(
    'twins-app-caller',
    "Today's Digital Twins: the app calls alone",
    "The developer's app calls Digital Twins as itself and needs Data Reader. Its service principal in Contoso holds " +
      'Data Reader on the instance; a browser cannot learn that object id, so the portal says what it could not check.',
  );
  s.digitalTwins = { hosting: 'customer', caller: 'app', dataRole: 'reader' };
  s.appPrincipals = [
    {
      id: SCENARIO_IDS.developerAppPrincipal,
      developerApp: true,
      displayName: "The developer's app",
      tenantId: SCENARIO_IDS.contosoTenant,
    },
  ];
  s.roleAssignments!.push({
    scope: instanceId(twinsInstance()),
    roleDefinitionId: ROLE_IDS.digitalTwinsDataReader,
    principalId: SCENARIO_IDS.developerAppPrincipal,
    principalType: 'ServicePrincipal',
  });
  return s;
}

// --- Today's Digital Twins in the developer's directory, the customer's people as guests (twins-guest-*) -------

function proseware(overrides: Partial<TenantSpec> = {}): TenantSpec {
  return {
    id: SCENARIO_IDS.developerTenant,
    displayName: 'Proseware',
    defaultDomain: SCENARIO_IDS.developerDomain,
    userConsentAllowed: false,
    ...overrides,
  };
}

function developerInstance(): DigitalTwinsInstanceSpec {
  return {
    subscriptionId: SCENARIO_IDS.developerSubscription,
    resourceGroup: SCENARIO_IDS.developerResourceGroup,
    name: SCENARIO_IDS.developerTwinsInstance,
    location: 'westeurope',
  };
}

/** Ada, a guest in Proseware's directory when `invited`, with a guest object of her own there. */
function adaOfContoso(invited: boolean): UserSpec {
  return invited
    ? {
        ...ada(),
        guestOf: [SCENARIO_IDS.developerTenant],
        guestObjectIds: { [SCENARIO_IDS.developerTenant]: SCENARIO_IDS.adaGuestInDeveloper },
      }
    : ada();
}

/**
 * The base of the twins-guest-* worlds: Proseware, the developer, runs one Digital Twins instance in its own
 * directory and subscription, and has consented to its app's use of Digital Twins there. Ada (Contoso's admin, Owner
 * of Contoso's subscriptions) is, when `invited`, a guest in Proseware's directory holding Azure Digital Twins Data
 * Owner on the instance, assigned to her guest object. Contoso has no instance and needs none.
 */
function twinsGuestBase(
  name: string,
  title: string,
  description: string,
  { invited = true, contosoTenant = contoso(true), developer = proseware() } = {},
): Scenario {
  const base = happy();
  const instance = developerInstance();
  return {
    ...base,
    name,
    title,
    description,
    tenants: [contosoTenant, developer],
    users: [adaOfContoso(invited)],
    subscriptions: [
      ...base.subscriptions,
      {
        id: SCENARIO_IDS.developerSubscription,
        displayName: 'Proseware Twin Studio',
        tenantId: SCENARIO_IDS.developerTenant,
        state: 'Enabled',
        roles: {},
        providers: {},
      },
    ],
    digitalTwins: {
      hosting: 'developer',
      hostName: hostNameOf(instance),
      tenantId: SCENARIO_IDS.developerTenant,
      dataRole: 'owner',
    },
    digitalTwinsInstances: [instance],
    roleAssignments: invited
      ? [
          {
            scope: instanceId(instance),
            roleDefinitionId: ROLE_IDS.digitalTwinsDataOwner,
            principalId: SCENARIO_IDS.adaGuestInDeveloper,
          },
        ]
      : [],
    // Proseware's admin consented in Proseware's directory to its app's use of Digital Twins, for everyone there.
    orgGrants: { [SCENARIO_IDS.developerTenant]: ['https://digitaltwins.azure.net'] },
  };
}

function twinsGuestReady(): Scenario {
  return twinsGuestBase(
    'twins-guest-ready',
    "Digital Twins in the developer's directory: guest ready",
    "Proseware runs the Digital Twins instance in its own directory. Ada, Contoso's admin, is a guest there and holds " +
      "Data Owner on it: Proseware's directory issues her a Digital Twins token.",
  );
}

function twinsGuestNotInvited(): Scenario {
  return twinsGuestBase(
    'twins-guest-not-invited',
    "Digital Twins in the developer's directory: not a guest",
    'As "guest ready", but Proseware has not invited Ada yet: its directory does not know her and refuses her a ' +
      'token (AADSTS50020). Proseware must invite her, and she must accept.',
    { invited: false },
  );
}

function twinsGuestOutboundBlocked(): Scenario {
  return twinsGuestBase(
    'twins-guest-outbound-blocked',
    "Digital Twins in the developer's directory: blocked by Contoso",
    "Ada is a guest in Proseware's directory, but Contoso's cross-tenant access settings block B2B collaboration " +
      "with other organizations by default (AADSTS500212). Contoso's admin must allow Proseware in Contoso's outbound settings.",
    {
      contosoTenant: {
        ...contoso(true),
        crossTenantAccess: { outbound: { default: 'blocked' } },
      },
    },
  );
}

function twinsGuestInboundBlocked(): Scenario {
  return twinsGuestBase(
    'twins-guest-inbound-blocked',
    "Digital Twins in the developer's directory: blocked by the developer",
    "Ada is a guest in Proseware's directory, but Proseware's cross-tenant access settings let in guests only from " +
      "organizations it lists, and Contoso is not listed (AADSTS500213). Proseware's admin must allow Contoso.",
    {
      developer: proseware({
        crossTenantAccess: { inbound: { default: 'blocked', partners: { [SCENARIO_IDS.northwindTenant]: 'allowed' } } },
      }),
    },
  );
}

function twinsGuestMfa(): Scenario {
  return twinsGuestBase(
    'twins-guest-mfa',
    "Digital Twins in the developer's directory: MFA for guests",
    "Ada is a guest in Proseware's directory, whose Conditional Access requires multi-factor authentication of every " +
      "guest and does not trust Contoso's. The first token is refused (AADSTS50076); Microsoft's page asks Ada for a " +
      'second factor, then the token is issued.',
    { developer: proseware({ guestConditionalAccess: { requireMfa: true } }) },
  );
}

function twinsGuestTenantRestrictions(): Scenario {
  return {
    ...twinsGuestBase(
      'twins-guest-tenant-restrictions',
      "Digital Twins in the developer's directory: Contoso's network",
      "Ada is a guest in Proseware's directory, but Contoso's network proxy adds tenant restrictions that allow " +
        "sign-ins to Contoso's directory only (AADSTS500021). Contoso's network team must add Proseware to the list.",
    ),
    tenantRestrictions: { allowedTenants: [SCENARIO_IDS.contosoTenant], context: SCENARIO_IDS.contosoTenant },
  };
}

// --- Issue 18: give the data role with one click (twins-grant-*) -------------------------------------------------

function omar(): UserSpec {
  return {
    id: SCENARIO_IDS.omarOwner,
    upn: 'omar@contoso.onmicrosoft.com',
    displayName: 'Omar Owner',
    homeTenantId: SCENARIO_IDS.contosoTenant,
    guestOf: [],
    isAdmin: false,
  };
}

function twinAppUsers(): GroupSpec {
  return {
    id: SCENARIO_IDS.twinsUsersGroup,
    displayName: 'Twin app users',
    tenantId: SCENARIO_IDS.contosoTenant,
    members: [SCENARIO_IDS.rileyReader, SCENARIO_IDS.samOperator],
  };
}

/** The base of the twins-grant-* worlds: one instance, nobody holds a data role on it, Ada is Owner. */
function twinsGrantBase(name: string, title: string, description: string): Scenario {
  const s = twinsBase(name, title, description);
  s.groups = [twinAppUsers()];
  return s;
}

function twinsGrantGroup(): Scenario {
  return twinsGrantBase(
    'twins-grant-group',
    "Today's Digital Twins: give the role to a group",
    'Nobody holds Azure Digital Twins Data Owner on the instance. Ada is Owner of the subscription, so she may assign ' +
      'roles: she gives the data role to the group "Twin app users" with one click, and the portal waits until it works.',
  );
}

function twinsGrantMe(): Scenario {
  return twinsGrantBase(
    'twins-grant-me',
    "Today's Digital Twins: give the role to yourself",
    'Ada is Owner of the subscription and also uses the app herself: she gives Azure Digital Twins Data Owner on the ' +
      'instance to her own account with one click. Azure takes about 20 seconds before the role works.',
  );
}

function twinsGrantContributor(): Scenario {
  const s = twinsGrantBase(
    'twins-grant-contributor',
    "Today's Digital Twins: a Contributor cannot give roles",
    'Ada is only Contributor of the subscriptions: she sees the instance but may not assign roles (Azure would answer ' +
      '403). Omar, Owner of Contoso Production, can; the portal says whom to ask.',
  );
  s.users = [ada(), riley(), sam(), omar()];
  s.subscriptions = contosoSubscriptions(SCENARIO_IDS.adaAdmin, 'Contributor');
  const production = s.subscriptions.find((sub) => sub.id === SCENARIO_IDS.subscriptions.production)!;
  production.roles[SCENARIO_IDS.omarOwner] = 'Owner';
  return s;
}

function twinsGrantEligible(): Scenario {
  const s = twinsGrantBase(
    'twins-grant-eligible',
    "Today's Digital Twins: Owner only eligible (PIM)",
    'Ada holds Reader on the subscriptions and is only eligible for Owner in Privileged Identity Management: until she ' +
      'activates it (the demo controls can, as the Azure portal would), she may not assign roles. Then "Check again".',
  );
  s.subscriptions = contosoSubscriptions(SCENARIO_IDS.adaAdmin, 'Reader');
  s.roleEligibilities = [
    {
      scope: `/subscriptions/${SCENARIO_IDS.subscriptions.production}`,
      roleDefinitionId: ROLE_IDS.owner,
      principalId: SCENARIO_IDS.adaAdmin,
      principalType: 'User',
    },
  ];
  return s;
}

function twinsGrantPolicy(): Scenario {
  const s = twinsGrantBase(
    'twins-grant-policy',
    "Today's Digital Twins: a policy blocks role assignments",
    'Ada is Owner, but an Azure Policy on Contoso Production denies every new role assignment ("Role assignments only ' +
      'through the platform team"): Azure refuses the assignment (403 RequestDisallowedByPolicy).',
  );
  s.roleAssignmentDenyPolicies = [
    {
      scope: `/subscriptions/${SCENARIO_IDS.subscriptions.production}`,
      assignmentName: 'deny-direct-role-assignments',
      assignmentDisplayName: 'Role assignments only through the platform team',
      definitionName: SCENARIO_IDS.denyRoleAssignmentsPolicy,
      definitionDisplayName: 'Deny role assignments',
    },
  ];
  return s;
}

function twinsGrantSlow(): Scenario {
  const s = twinsGrantMe();
  return {
    ...s,
    name: 'twins-grant-slow',
    title: "Today's Digital Twins: the role takes minutes to work",
    description:
      'As "give the role to yourself", but Azure takes four minutes before the new role assignment works: the portal ' +
      'keeps checking, with a fresh token each time, and never assigns twice.',
    roleDelayMs: 4 * 60_000,
  };
}

/** As "give the role to yourself", with Azure's mandatory MFA: the role assignment PUT meets a claims challenge. */
function twinsGrantMfa(): Scenario {
  return {
    ...twinsGrantMe(),
    name: 'twins-grant-mfa',
    title: "Today's Digital Twins: MFA before giving the role",
    description:
      'As "give the role to yourself", but Azure asks for multi-factor authentication before any change: the role ' +
      "assignment is refused with a claims challenge. Ada approves the second factor on Microsoft's page, and the " +
      'portal gives the same role once more by itself: one assignment, no loop.',
    armRequiresMfaForWrites: true,
  };
}

/**
 * The discovery bench: `count` subscriptions (as many-subscriptions), one Digital Twins instance in every
 * `everyNth` one, found with Resource Graph.
 */
export function manyTwinsScenario(count: number, everyNth = 10): Scenario {
  const base = manySubscriptionsScenario(count);
  const instances: DigitalTwinsInstanceSpec[] = [];
  base.subscriptions.forEach((sub, i) => {
    if (i % everyNth === 0 && sub.state !== 'Disabled') {
      instances.push({
        subscriptionId: sub.id,
        resourceGroup: 'rg-twins',
        name: `twins-${String(i + 1).padStart(4, '0')}`,
        location: 'westeurope',
      });
    }
  });
  return {
    ...base,
    name: 'many-twins',
    title: `${count.toLocaleString('en-US')} subscriptions with Digital Twins`,
    description: `Ada owns ${count.toLocaleString('en-US')} subscriptions; ${instances.length.toLocaleString('en-US')} of them hold a Digital Twins instance.`,
    digitalTwins: { ...USERS_OWNER },
    digitalTwinsInstances: instances,
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
  throttled,
  flaky,
  'registration-fails': registrationFails,
  'stuck-registration': stuckRegistration,
  'several-directories': severalDirectories,
  'partner-admin': partnerAdmin,
  'admin-approval': adminApproval,
  'admin-approval-workflow': adminApprovalWorkflow,
  'consent-policy': consentPolicy,
  'web-platform': webPlatform,
  malformed,
  'mfa-required': mfaRequired,
  'mfa-auth-context': mfaAuthContext,
  'twins-group-role': twinsGroupRole,
  'twins-no-role': twinsNoRole,
  'twins-no-instance': twinsNoInstance,
  'twins-several': twinsSeveral,
  'twins-private': twinsPrivate,
  'twins-app-caller': twinsAppCaller,
  'twins-guest-ready': twinsGuestReady,
  'twins-guest-not-invited': twinsGuestNotInvited,
  'twins-guest-outbound-blocked': twinsGuestOutboundBlocked,
  'twins-guest-inbound-blocked': twinsGuestInboundBlocked,
  'twins-guest-mfa': twinsGuestMfa,
  'twins-guest-tenant-restrictions': twinsGuestTenantRestrictions,
  'twins-grant-group': twinsGrantGroup,
  'twins-grant-me': twinsGrantMe,
  'twins-grant-contributor': twinsGrantContributor,
  'twins-grant-eligible': twinsGrantEligible,
  'twins-grant-policy': twinsGrantPolicy,
  'twins-grant-slow': twinsGrantSlow,
  'twins-grant-mfa': twinsGrantMfa,
};

export const SCENARIOS: Record<string, Scenario> = Object.fromEntries(
  Object.entries(FACTORIES).map(([name, make]) => [name, make()]),
);

export function scenarioNames(): string[] {
  return Object.keys(SCENARIOS);
}

/** A scenario by name; only the catalogue's own names count ("constructor" or "__proto__" are not scenarios). */
export function findScenario(name: string): Scenario | undefined {
  return Object.hasOwn(SCENARIOS, name) ? SCENARIOS[name] : undefined;
}

/** A deep copy, so an emulator never mutates the shared SCENARIOS objects. */
export function cloneScenario(scenario: Scenario): Scenario {
  return JSON.parse(JSON.stringify(scenario)) as Scenario;
}
