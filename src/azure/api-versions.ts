/** api-versions that every public and sovereign cloud serves (docs/emulator-contract.md, "api-versions"). */
export const SUBSCRIPTIONS_API = '2022-12-01';
export const PROVIDERS_API = '2021-04-01';
