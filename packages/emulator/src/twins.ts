/**
 * Azure Digital Twins instances as ARM describes them (azure-rest-api-specs
 * specification/digitaltwins/resource-manager/Microsoft.DigitalTwins/DigitalTwins/stable/2023-01-31/digitaltwins.json).
 */
import type { DigitalTwinsInstanceRecord, DigitalTwinsInstanceSpec } from './types';

export const DIGITAL_TWINS_NAMESPACE = 'Microsoft.DigitalTwins';
export const DIGITAL_TWINS_TYPE = 'Microsoft.DigitalTwins/digitalTwinsInstances';

/**
 * The short region codes in instance host names. Microsoft's own examples show `wus2` and `wcus`; the others follow
 * the same pattern and are not confirmed.
 */
const REGION_CODES: Record<string, string> = {
  westeurope: 'weu',
  northeurope: 'neu',
  eastus: 'eus',
  eastus2: 'eus2',
  westus2: 'wus2',
  westus3: 'wus3',
  westcentralus: 'wcus',
  southcentralus: 'scus',
  southeastasia: 'sea',
  australiaeast: 'ae',
  uksouth: 'uks',
  japaneast: 'jpe',
};

export function regionCode(location: string): string {
  const key = location.replace(/\s+/g, '').toLowerCase();
  return REGION_CODES[key] ?? key;
}

/** `{name}.api.{region-code}.digitaltwins.azure.net` */
export function hostNameOf(instance: DigitalTwinsInstanceSpec): string {
  return `${instance.name.toLowerCase()}.api.${regionCode(instance.location)}.digitaltwins.azure.net`;
}

export function resourceGroupId(subscriptionId: string, resourceGroup: string): string {
  return `/subscriptions/${subscriptionId}/resourceGroups/${resourceGroup}`;
}

export function instanceId(instance: DigitalTwinsInstanceSpec): string {
  return `${resourceGroupId(instance.subscriptionId, instance.resourceGroup)}/providers/${DIGITAL_TWINS_TYPE}/${instance.name}`;
}

export function instanceRecord(spec: DigitalTwinsInstanceSpec, createdAt: number): DigitalTwinsInstanceRecord {
  return {
    ...spec,
    location: spec.location.replace(/\s+/g, '').toLowerCase(),
    provisioningState: spec.provisioningState ?? 'Succeeded',
    publicNetworkAccess: spec.publicNetworkAccess ?? 'Enabled',
    createdAt,
  };
}

function isoTime(ms: number, fallback: string): string {
  return ms > 0 ? new Date(ms).toISOString() : fallback;
}

/** The DigitalTwinsDescription shape ARM answers with. */
export function instanceJson(instance: DigitalTwinsInstanceRecord): Record<string, unknown> {
  const created = isoTime(instance.createdAt, '2026-01-15T09:30:00.000Z');
  return {
    id: instanceId(instance),
    name: instance.name,
    type: DIGITAL_TWINS_TYPE,
    location: instance.location,
    tags: {},
    identity: { type: 'None' },
    properties: {
      createdTime: created,
      lastUpdatedTime: created,
      provisioningState: instance.provisioningState,
      // An instance still provisioning has no host name yet (the spec's own example shows null).
      hostName: instance.provisioningState === 'Succeeded' ? hostNameOf(instance) : null,
      publicNetworkAccess: instance.publicNetworkAccess,
      privateEndpointConnections: [],
    },
  };
}
