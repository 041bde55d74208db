// A throwaway Vitest project for scripts/summary.test.mjs: it runs with the suite's own `allowOnly`, so a
// `.only` left in a test file fails this run as it would fail `npm test`.
import { fileURLToPath } from 'node:url';
import suite from '../../vite.config.ts';

export default {
  test: {
    root: fileURLToPath(new URL('.', import.meta.url)),
    include: ['*.vitest.mjs'],
    allowOnly: suite.test.allowOnly,
    environment: 'node',
  },
};
