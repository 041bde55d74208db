/**
 * The api-version of each call, one the public and sovereign clouds all serve. ARM refuses any other with
 * 400 InvalidApiVersionParameter, per operation (Azure/azure-rest-api-specs, specification/resources/
 * resource-manager/Microsoft.Resources/stable/2022-12-01/subscriptions.json for tenants and subscriptions,
 * …/stable/2021-04-01/resources.json for providers).
 */
export const SUBSCRIPTIONS_API = '2022-12-01';
export const PROVIDERS_API = '2021-04-01';

/**
 * Azure Resource Graph's resources query (specification/resourcegraph/resource-manager/Microsoft.ResourceGraph/
 * stable/2024-04-01/resourcegraph.json): one POST searches every subscription the caller can read in the token's
 * directory, paged by $skipToken.
 */
export const RESOURCE_GRAPH_API = '2024-04-01';
/**
 * Role assignments, role definitions and the permissions API at a resource scope
 * (specification/authorization/resource-manager/Microsoft.Authorization/stable/2022-04-01/). This version of the
 * permissions API also answers dataActions and notDataActions, which 2015-07-01 leaves out.
 */
export const AUTHORIZATION_API = '2022-04-01';

/** The subscription-scope permissions API is documented with this version (docs/emulator-contract.md, "Permissions"). */
export const PERMISSIONS_API = '2015-07-01';

/**
 * Privileged Identity Management's role eligibility schedule instances (specification/authorization/
 * resource-manager/Microsoft.Authorization/stable/2020-10-01/RoleEligibilityScheduleInstance.json): which roles the
 * caller may activate at a scope, `$filter=asTarget()` for their own.
 */
export const PIM_API = '2020-10-01';
