// `npm run lint`: ESLint (code, layers, JSX accessibility), knip (unused files, exports and dependencies) and Prettier
// (format), side by side: each is single-threaded, so on two cores the three took 14 s instead of 17 one after another
// (2026-12-06), and beside the browser suites of `npm test` they get a larger share of the cores.
// Their output follows in that order once all are done; the exit code is 1 if any failed.
import { runCaptured, writeOutput } from './run-captured.mjs';

const TOOLS = [
  ['eslint', ['eslint', '.']],
  ['knip', ['knip', '--no-progress']],
  ['prettier', ['prettier', '--check', '--log-level', 'warn', '.']],
];

const results = await Promise.all(TOOLS.map(([, args]) => runCaptured('npx', args)));
let failed = false;
results.forEach(({ code, output }, i) => {
  writeOutput(output);
  if (code !== 0) {
    failed = true;
    console.log(`lint: ${TOOLS[i][0]} failed (exit code ${code})`);
  }
});
process.exit(failed ? 1 : 0);
