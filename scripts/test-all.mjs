// The whole suite: type check, lint (ESLint and knip), unit tests (Vitest), end-to-end tests (Playwright on the
// production build against the HTTPS emulator), and the benchmark's size and count budgets (scripts/bench.mjs
// --check, each budget counted as one test). The last line is the summary "N passed, N failed, N skipped", counted by
// scripts/summary.mjs: flaky, focused and skipped tests and runners that fail without a report never count as passes.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { nodeVersionProblem } from './node-version.mjs';
import { runCaptured, writeOutput } from './run-captured.mjs';
import {
  countBudgets,
  countCheck,
  countPlaywright,
  countVitest,
  summaryLine,
  total,
  verdict,
  vitestTiers,
} from './summary.mjs';

// Every tool below is started through npx or `node` from PATH, so they run on this process's Node: the project's
// own (scripts/node-version.mjs), or the run stops here, counted as one failure.
const wrongNode = nodeVersionProblem(process.versions.node);
console.log(`Node ${process.version} (${process.execPath})`);
if (wrongNode) {
  console.log(wrongNode);
  console.log(summaryLine({ passed: 0, failed: 1, skipped: 0 }));
  process.exit(1);
}

const results = '.e2e';
mkdirSync(results, { recursive: true });
// Two Vitest runs: every project but the integration tier beside the browser suites, the integration tier after them.
const unitJson = `${results}/vitest-unit-results.json`;
const integrationJson = `${results}/vitest-integration-results.json`;
// playwright.config.ts names its report after E2E_PORT when it is not the default.
const e2ePort = Number(process.env.E2E_PORT ?? 4173);
const playwrightJson = `${results}/playwright-results${e2ePort === 4173 ? '' : `-${e2ePort}`}.json`;
const budgetsJson = `${results}/budgets.json`;
for (const file of [unitJson, integrationJson, playwrightJson, budgetsJson]) rmSync(file, { force: true });

/**
 * Runs a tool in the foreground, its output straight to ours; resolves to its exit code. Not spawnSync: the event
 * loop must keep reading what the tools beside it write, or they stop once their pipe is full.
 */
function run(label, command, args) {
  console.log(`\n=== ${label}: ${command} ${args.join(' ')}`);
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', env: process.env });
    child.on('error', () => resolve(1));
    child.on('close', (code) => resolve(code ?? 1));
  });
}

/** Prints a tool's output, whole, under its heading, once it has ended; hands back its exit code. */
function report(label, { code, output }) {
  console.log(`\n=== ${label}`);
  writeOutput(output);
  return code;
}

/** Vitest on some of the projects of vite.config.ts, its JSON report into `outputFile`. */
function vitestArgs(projects, outputFile) {
  return [
    'vitest',
    'run',
    ...projects.flatMap((project) => ['--project', project]),
    '--reporter=default',
    '--reporter=json',
    `--outputFile=${outputFile}`,
  ];
}

// The end-to-end suite and the budget check spend much of their time waiting (on the browser, on the emulator's
// clock, on a 60 s registration), so they start first, each on its own port. Beside them run the type check, lint and
// the unit tier, side by side (tsc, ESLint, knip and Prettier are single-threaded). The integration tier waits for
// the browsers to finish: its page loads and waits are in real time, and beside four browsers they slowed down enough
// to fail. Outputs follow, whole, once each is done. One production build serves both browser suites: each server
// copies it and writes its own config.json (scripts/e2e-serve.mjs); should the build fail, each builds for itself
// and fails there, counted. The whole run is bound by CPU (docs/testing.md).
const built = await run('production build for the end-to-end tests and the budgets', 'node', [
  'scripts/e2e-serve.mjs',
  '--build-only',
]);
const besideEnv = { ...process.env };
if (built === 0) besideEnv.E2E_PREBUILT = e2ePort === 4173 ? '.e2e/dist' : `.e2e/dist-${e2ePort}`;
console.log('\n=== started beside what follows: npx playwright test; node scripts/bench.mjs --check');
const e2eRun = runCaptured('npx', ['playwright', 'test'], besideEnv);
const budgetRun = runCaptured('node', ['scripts/bench.mjs', '--check', '--summary', budgetsJson], besideEnv);

console.log("\n=== started side by side: npx tsc -b; npm run lint; npx vitest run --project '!integration'");
const [typeCheckRun, lintRun, unitRun] = await Promise.all([
  runCaptured('npx', ['tsc', '-b']),
  runCaptured('npm', ['run', '--silent', 'lint']), // ESLint, knip and Prettier (scripts/lint.mjs)
  // Every project but the integration tier (the unit tier and the emulator's), so a new project cannot be left out.
  runCaptured('npx', vitestArgs(['!integration'], unitJson)),
]);
const typeCheck = report('type check: npx tsc -b', typeCheckRun);
const lint = report('lint: npm run lint', lintRun);
const unitExit = report("unit tests: npx vitest run --project '!integration'", unitRun);
const e2eExit = report('end-to-end tests: npx playwright test (ran beside the steps above)', await e2eRun);
const budgetExit = report('budgets: node scripts/bench.mjs --check (ran beside the steps above)', await budgetRun);
const integrationExit = await run('integration tests', 'npx', vitestArgs(['integration'], integrationJson));

function readJson(path) {
  try {
    return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null;
  } catch {
    return null;
  }
}

const unitReport = readJson(unitJson);
const integrationReport = readJson(integrationJson);
const tiers = { unit: vitestTiers(unitReport).unit, integration: vitestTiers(integrationReport).integration };
console.log(`unit tests: ${tiers.unit} passed; integration tests: ${tiers.integration} passed`);
const parts = [
  countCheck('type check', typeCheck),
  countCheck('lint', lint),
  countVitest(unitReport, unitExit, 'unit tests'),
  countVitest(integrationReport, integrationExit, 'integration tests'),
  countPlaywright(readJson(playwrightJson), e2eExit),
  countBudgets(readJson(budgetsJson), budgetExit),
];
for (const note of parts.flatMap((p) => p.notes)) console.log(note);
const counts = total(parts);
console.log(summaryLine(counts));
process.exit(verdict(counts) ? 0 : 1);
