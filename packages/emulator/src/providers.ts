/** What ARM tells about a provider namespace besides its registration state. */

export interface ResourceTypeInfo {
  resourceType: string;
  locations: string[];
  apiVersions: string[];
  capabilities?: string;
}

interface ProviderCatalogEntry {
  namespace: string;
  /** Microsoft.Resources and friends need no registration: always Registered. */
  registrationFree?: boolean;
  resourceTypes: ResourceTypeInfo[];
}

const REGIONS = ['West Europe', 'North Europe', 'East US', 'West US 2', 'Southeast Asia', 'Australia East'];

const CATALOG: readonly ProviderCatalogEntry[] = [
  {
    namespace: 'Microsoft.Resources',
    registrationFree: true,
    resourceTypes: [
      { resourceType: 'tenants', locations: [], apiVersions: ['2022-12-01', '2021-01-01'] },
      { resourceType: 'subscriptions', locations: [], apiVersions: ['2022-12-01', '2021-01-01'] },
      {
        resourceType: 'resourceGroups',
        locations: ['Central US', ...REGIONS],
        apiVersions: ['2024-11-01', '2021-04-01'],
      },
      { resourceType: 'deployments', locations: [], apiVersions: ['2024-11-01', '2021-04-01'] },
    ],
  },
  {
    namespace: 'Microsoft.Authorization',
    registrationFree: true,
    resourceTypes: [
      { resourceType: 'roleAssignments', locations: [], apiVersions: ['2022-04-01'] },
      { resourceType: 'roleDefinitions', locations: [], apiVersions: ['2022-04-01'] },
      { resourceType: 'permissions', locations: [], apiVersions: ['2022-04-01', '2015-07-01'] },
    ],
  },
  {
    namespace: 'Microsoft.DigitalTwins',
    resourceTypes: [
      {
        resourceType: 'digitalTwinsInstances',
        locations: REGIONS,
        apiVersions: ['2023-01-31', '2022-10-31'],
        capabilities: 'SystemAssignedResourceIdentity',
      },
      {
        resourceType: 'digitalTwinsInstances/endpoints',
        locations: REGIONS,
        apiVersions: ['2023-01-31', '2022-10-31'],
      },
      { resourceType: 'locations', locations: [], apiVersions: ['2023-01-31'] },
      { resourceType: 'locations/checkNameAvailability', locations: [], apiVersions: ['2023-01-31'] },
      { resourceType: 'operations', locations: [], apiVersions: ['2023-01-31'] },
    ],
  },
  {
    namespace: 'Microsoft.IoTSpaces',
    resourceTypes: [
      {
        resourceType: 'Graph',
        locations: ['West Europe', 'North Europe', 'East US', 'West Central US', 'Southeast Asia'],
        apiVersions: ['2017-10-01-preview'],
      },
      { resourceType: 'checknameavailability', locations: [], apiVersions: ['2017-10-01-preview'] },
      { resourceType: 'operations', locations: [], apiVersions: ['2017-10-01-preview'] },
    ],
  },
  {
    namespace: 'Microsoft.Devices',
    resourceTypes: [
      { resourceType: 'IotHubs', locations: REGIONS, apiVersions: ['2023-06-30'] },
      { resourceType: 'operations', locations: [], apiVersions: ['2023-06-30'] },
    ],
  },
  {
    namespace: 'Microsoft.Storage',
    resourceTypes: [
      { resourceType: 'storageAccounts', locations: REGIONS, apiVersions: ['2023-05-01'] },
      { resourceType: 'operations', locations: [], apiVersions: ['2023-05-01'] },
    ],
  },
];

export function catalogEntry(namespace: string): ProviderCatalogEntry | undefined {
  return CATALOG.find((e) => e.namespace.toLowerCase() === namespace.toLowerCase());
}

export function isRegistrationFree(namespace: string): boolean {
  return catalogEntry(namespace)?.registrationFree === true;
}

export function resourceTypesOf(namespace: string): ResourceTypeInfo[] {
  const entry = catalogEntry(namespace);
  if (entry)
    return entry.resourceTypes.map((t) => ({ ...t, locations: [...t.locations], apiVersions: [...t.apiVersions] }));
  // An unlisted namespace the scenario knows: a plausible minimal shape.
  return [{ resourceType: 'operations', locations: [], apiVersions: ['2023-01-01'] }];
}
