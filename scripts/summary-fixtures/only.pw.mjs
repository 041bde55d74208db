import { expect, test } from '@playwright/test';

test.only('passes, but is focused', () => expect(1 + 1).toBe(2));
test('would pass too', () => expect(2 + 2).toBe(4));
