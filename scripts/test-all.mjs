// The whole suite: type check, lint, unit tests (Vitest), end-to-end tests (Playwright on the production build
// against the HTTPS emulator), and the benchmark's size and count budgets (scripts/bench.mjs --check, each
// budget counted as one test). The last line is the plain summary "N passed, N failed".
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync } from 'node:fs';

const results = '.e2e';
mkdirSync(results, { recursive: true });
const vitestJson = `${results}/vitest-results.json`;
const playwrightJson = `${results}/playwright-results.json`;
const budgetsJson = `${results}/budgets.json`;
for (const file of [vitestJson, playwrightJson, budgetsJson]) rmSync(file, { force: true });

function run(label, command, args) {
  console.log(`\n=== ${label}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  return result.status ?? 1;
}

let checksFailed = 0;
if (run('type check', 'npx', ['tsc', '-b']) !== 0) checksFailed++;
if (run('lint', 'npx', ['eslint', '.']) !== 0) checksFailed++;
run('unit tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${vitestJson}`]);
// The budget check spends most of its time waiting (a 60 s registration), so it runs beside the e2e suite, on
// its own port and build; its output follows the suite's.
const budgetLog = `${results}/budgets.log`;
const budgetOut = openSync(budgetLog, 'w');
const budgetRun = new Promise((resolve) => {
  const child = spawn('node', ['scripts/bench.mjs', '--check', '--summary', budgetsJson], { stdio: ['ignore', budgetOut, budgetOut], env: process.env });
  child.on('exit', (code) => resolve(code ?? 1));
  child.on('error', () => resolve(1));
});
run('end-to-end tests', 'npx', ['playwright', 'test']);
await budgetRun;
closeSync(budgetOut);
console.log('\n=== budgets: node scripts/bench.mjs --check (ran beside the end-to-end tests)');
console.log(readFileSync(budgetLog, 'utf8'));

function readJson(path) {
  try {
    return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null;
  } catch {
    return null;
  }
}

let passed = 0;
let failed = 0;

const vitest = readJson(vitestJson);
if (vitest) {
  passed += vitest.numPassedTests ?? 0;
  failed += vitest.numFailedTests ?? 0;
  // A test file that failed to load has no failed test of its own; count the file.
  if ((vitest.numFailedTests ?? 0) === 0) failed += vitest.numFailedTestSuites ?? 0;
  if (!vitest.success && failed === 0) failed += 1;
} else {
  console.log('unit tests produced no report');
  failed += 1;
}

const playwright = readJson(playwrightJson);
if (playwright?.stats) {
  const s = playwright.stats;
  passed += (s.expected ?? 0) + (s.flaky ?? 0);
  failed += s.unexpected ?? 0;
  if ((playwright.errors ?? []).length > 0) failed += playwright.errors.length;
} else {
  console.log('end-to-end tests produced no report');
  failed += 1;
}

const budgets = readJson(budgetsJson);
if (Array.isArray(budgets)) {
  passed += budgets.filter((b) => b.ok).length;
  failed += budgets.filter((b) => !b.ok).length;
} else {
  console.log('the budget check produced no report');
  failed += 1;
}

failed += checksFailed;
if (checksFailed) console.log(`${checksFailed} static check(s) failed (type check / lint), counted as failures`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
