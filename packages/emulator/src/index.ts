/**
 * The emulator's public entry (`@twin-onboarding/emulator`): what the demo runtime needs in the browser and what
 * the e2e suite's HTTPS server, the integration harness and the benchmark need in Node. Anything not exported here
 * is internal; the emulator's own test helpers are `@twin-onboarding/emulator/testkit`.
 */
export { Emulator, type EmulatorCreateOptions } from './emulator';
export {
  SCENARIOS,
  SCENARIO_IDS,
  scenarioNames,
  findScenario,
  cloneScenario,
  manySubscriptionsScenario,
  manyTwinsScenario,
  HOSTILE_NAMES,
} from './scenarios';
export { BUILT_IN_ROLES, ROLE_IDS } from './rbac';
// What the demo's picture of the directory reads of a world (src/demo/directory-snapshot.ts).
export { allAssignments, effectiveFor, findRoleDefinition, scopeCovers, subscriptionOfScope } from './rbac';
export { findUserByObjectId, objectIdIn } from './world';
export { hostNameOf as digitalTwinsHostName, instanceId as digitalTwinsInstanceId } from './twins';
export {
  ARM_APP_ID,
  ARM_RESOURCE,
  DIGITAL_TWINS_APP_ID,
  DIGITAL_TWINS_RESOURCE,
  GRAPH_APP_ID,
  GRAPH_RESOURCE,
  RESOURCES,
  type ResourceDef,
} from './resources';
export { decodeClaims, type Claims } from './tokens';
export { MAX_JUSTIFICATION, signInLanguage } from './signin';
export { renderSignInPage, DEMO_LABEL } from './html';
export {
  PAGE_LANGUAGES,
  PAGE_TEXTS,
  choosePageLanguage,
  demoLabel,
  pageLanguageForUrl,
  pageText,
  pageTextParts,
  type PageLanguage,
  type PageTextKey,
} from './page-texts';
export { ARM_HOST } from './arm';
export { ENTRA_HOST } from './entra';
export type * from './types';
