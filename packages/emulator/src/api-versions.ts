/**
 * The api-versions each emulated ARM operation accepts. ARM validates the version per operation and refuses
 * any other with 400 InvalidApiVersionParameter, so a client that sends a version Azure does not serve fails
 * here first. The lists are a modest subset of the versions in Azure/azure-rest-api-specs, newest first:
 * - Tenants_List, Subscriptions_List, Subscriptions_Get: specification/resources/resource-manager/
 *   Microsoft.Resources/stable/{version}/subscriptions.json;
 * - Providers_List, Providers_Get, Providers_Register: …/Microsoft.Resources/stable/{version}/resources.json
 *   (the Azure SDK for JavaScript, @azure/arm-resources 7, sends 2025-04-01);
 * - Permissions at subscription scope: documented with 2015-07-01 in Microsoft's "Resource Manager API
 *   authentication" guide; specification/authorization/…/stable/2022-04-01 has the same call at narrower scopes;
 * - role assignments and role definitions: specification/authorization/resource-manager/Microsoft.Authorization/
 *   stable/{2015-07-01,2022-04-01}/authorization-RoleAssignmentsCalls.json, …-RoleDefinitionsCalls.json;
 * - Digital Twins instances: specification/digitaltwins/resource-manager/Microsoft.DigitalTwins/DigitalTwins/
 *   {stable,preview}/{version}/digitaltwins.json (default tag package-2023-01);
 * - Resource Graph queries: specification/resourcegraph/resource-manager/Microsoft.ResourceGraph/stable/{version}/
 *   resourcegraph.json.
 */
export type ArmOperation =
  | 'Tenants_List'
  | 'Subscriptions_List'
  | 'Subscriptions_Get'
  | 'Providers_List'
  | 'Providers_Get'
  | 'Providers_Register'
  /** the permissions API at any scope: subscription, resource group or resource */
  | 'Permissions_ListForSubscription'
  | 'RoleAssignments_ListForScope'
  | 'RoleAssignments_Get'
  | 'RoleAssignments_Create'
  /** PIM: the eligibilities in force at a scope (…/stable/2020-10-01/RoleEligibilityScheduleInstance.json) */
  | 'RoleEligibilityScheduleInstances_ListForScope'
  | 'RoleDefinitions_List'
  | 'RoleDefinitions_Get'
  | 'DigitalTwins_List'
  | 'DigitalTwins_ListByResourceGroup'
  | 'DigitalTwins_Get'
  | 'Resources';

const SUBSCRIPTIONS = ['2022-12-01', '2021-01-01', '2019-06-01', '2018-06-01', '2016-06-01'];
const PROVIDERS = ['2025-04-01', '2024-11-01', '2022-09-01', '2021-04-01'];
const PERMISSIONS = ['2022-04-01', '2015-07-01'];
const AUTHORIZATION = ['2022-04-01', '2015-07-01'];
const PIM = ['2020-10-01'];
const DIGITAL_TWINS = [
  '2023-01-31',
  '2022-10-31',
  '2022-05-31',
  '2021-06-30-preview',
  '2020-12-01',
  '2020-10-31',
  '2020-03-01-preview',
];
const RESOURCE_GRAPH = ['2024-04-01', '2022-10-01', '2021-03-01', '2019-04-01'];

export const API_VERSIONS: Record<ArmOperation, readonly string[]> = {
  Tenants_List: SUBSCRIPTIONS,
  Subscriptions_List: SUBSCRIPTIONS,
  Subscriptions_Get: SUBSCRIPTIONS,
  Providers_List: PROVIDERS,
  Providers_Get: PROVIDERS,
  Providers_Register: PROVIDERS,
  Permissions_ListForSubscription: PERMISSIONS,
  RoleAssignments_ListForScope: AUTHORIZATION,
  RoleAssignments_Get: AUTHORIZATION,
  RoleAssignments_Create: AUTHORIZATION,
  RoleEligibilityScheduleInstances_ListForScope: PIM,
  RoleDefinitions_List: AUTHORIZATION,
  RoleDefinitions_Get: AUTHORIZATION,
  DigitalTwins_List: DIGITAL_TWINS,
  DigitalTwins_ListByResourceGroup: DIGITAL_TWINS,
  DigitalTwins_Get: DIGITAL_TWINS,
  Resources: RESOURCE_GRAPH,
};

/** ARM's wording for an api-version the operation does not serve: the versions it does, comma-separated. */
export function invalidApiVersionMessage(apiVersion: string, operation: ArmOperation): string {
  return `The api-version '${apiVersion}' is invalid. The supported versions are '${API_VERSIONS[operation].join(',')}'.`;
}

export function acceptsApiVersion(operation: ArmOperation, apiVersion: string): boolean {
  // ARM compares versions without regard to case ('2021-04-01-PREVIEW' and '-preview' are one version).
  return API_VERSIONS[operation].some((v) => v.toLowerCase() === apiVersion.toLowerCase());
}
