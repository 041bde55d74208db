import { expect, test } from '@playwright/test';

test('passes', () => expect(1 + 1).toBe(2));
test.fixme('is marked fixme', () => expect(true).toBe(false));
test.skip('is skipped', () => expect(true).toBe(false));
