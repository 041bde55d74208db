/**
 * The api-version of each call, one the public and sovereign clouds all serve. ARM refuses any other with
 * 400 InvalidApiVersionParameter, per operation (Azure/azure-rest-api-specs, specification/resources/
 * resource-manager/Microsoft.Resources/stable/2022-12-01/subscriptions.json for tenants and subscriptions,
 * …/stable/2021-04-01/resources.json for providers). The permissions API's version is in ./permissions.ts.
 */
export const SUBSCRIPTIONS_API = '2022-12-01';
export const PROVIDERS_API = '2021-04-01';
