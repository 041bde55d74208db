/** api-versions that every public and sovereign cloud serves (FACTS.md 1.1, 1.3). */
export const SUBSCRIPTIONS_API = '2022-12-01';
export const PROVIDERS_API = '2021-04-01';
