import { describe, it } from 'vitest';
import { scenariosOf, walkScenario } from './harness/demo-scenarios';

// The table and the walk are in harness/demo-scenarios.tsx; the other half of the scenarios runs beside this file.
describe('every demo scenario: the resource provider flow', () => {
  it.each(scenariosOf('resource provider'))('%s: signs in and goes as far as it can, always explained', walkScenario);
});
