import { expect, it } from 'vitest';

it.only('passes, but is focused', () => expect(1 + 1).toBe(2));
it('would pass too', () => expect(2 + 2).toBe(4));
