// The whole suite: type check, lint (ESLint and knip), unit tests (Vitest), end-to-end tests (Playwright on the
// production build against the HTTPS emulator), and the benchmark's size and count budgets (scripts/bench.mjs
// --check, each budget counted as one test). The last line is the summary "N passed, N failed, N skipped", counted by
// scripts/summary.mjs: flaky, focused and skipped tests and runners that fail without a report never count as passes.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync } from 'node:fs';
import { nodeVersionProblem } from './node-version.mjs';
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
const vitestJson = `${results}/vitest-results.json`;
// playwright.config.ts names its report after E2E_PORT when it is not the default.
const e2ePort = Number(process.env.E2E_PORT ?? 4173);
const playwrightJson = `${results}/playwright-results${e2ePort === 4173 ? '' : `-${e2ePort}`}.json`;
const budgetsJson = `${results}/budgets.json`;
for (const file of [vitestJson, playwrightJson, budgetsJson]) rmSync(file, { force: true });

function run(label, command, args) {
  console.log(`\n=== ${label}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  return result.status ?? 1;
}

const typeCheck = run('type check', 'npx', ['tsc', '-b']);
const lint = run('lint', 'npm', ['run', '--silent', 'lint']); // ESLint, then knip
// Vitest runs the unit and the integration tier together (the projects in vite.config.ts).
const unitExit = run('unit and integration tests', 'npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile=${vitestJson}`,
]);
// The budget check spends most of its time waiting (a 60 s registration), so it runs beside the e2e suite, on
// its own port and build; its output follows the suite's.
const budgetLog = `${results}/budgets.log`;
const budgetOut = openSync(budgetLog, 'w');
const budgetRun = new Promise((resolve) => {
  const child = spawn('node', ['scripts/bench.mjs', '--check', '--summary', budgetsJson], {
    stdio: ['ignore', budgetOut, budgetOut],
    env: process.env,
  });
  child.on('exit', (code) => resolve(code ?? 1));
  child.on('error', () => resolve(1));
});
const e2eExit = run('end-to-end tests', 'npx', ['playwright', 'test']);
const budgetExit = await budgetRun;
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

const vitestReport = readJson(vitestJson);
const tiers = vitestTiers(vitestReport);
console.log(`unit tests: ${tiers.unit} passed; integration tests: ${tiers.integration} passed`);
const parts = [
  countCheck('type check', typeCheck),
  countCheck('lint', lint),
  countVitest(vitestReport, unitExit),
  countPlaywright(readJson(playwrightJson), e2eExit),
  countBudgets(readJson(budgetsJson), budgetExit),
];
for (const note of parts.flatMap((p) => p.notes)) console.log(note);
const counts = total(parts);
console.log(summaryLine(counts));
process.exit(verdict(counts) ? 0 : 1);
