// `npm run bench`: builds the app, measures it in Chromium against the production build and the HTTPS emulator
// (bench/bench.spec.ts), prints one line per figure, "name: value unit (budget)", and writes bench/results.json.
// `--check` (CI): only the size and count figures, once each; exits 1 when one misses its budget. With
// `--summary FILE` it also writes the per-budget verdicts for scripts/test-all.mjs to count.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { buildReport, CONTROLS, formatLine } from './bench-report.mjs';
import { assertNodeVersion } from './node-version.mjs';

assertNodeVersion();
const args = process.argv.slice(2);
const check = args.includes('--check');
const summaryFile = args.includes('--summary') ? args[args.indexOf('--summary') + 1] : undefined;
const runs = Number(process.env.BENCH_RUNS ?? 3);
// Its own port and build (BENCH_PORT), so the benchmark can run beside an e2e suite on E2E_PORT.
const port = process.env.BENCH_PORT ?? '4176';
const figuresDir = `.e2e/bench-figures-${port}`;

rmSync(figuresDir, { recursive: true, force: true });
const env = { ...process.env, E2E_PORT: port, BENCH_MODE: check ? 'check' : 'full', BENCH_RUNS: String(runs) };
console.log(`=== benchmark (${check ? 'budget check' : `full, ${runs} runs`}) on port ${port}`);
const result = spawnSync('npx', ['playwright', 'test', '-c', 'playwright.bench.config.ts'], { stdio: 'inherit', env });
const measured = result.status === 0;

/** @type {Record<string, number[]>} */
const samples = {};
if (existsSync(figuresDir)) {
  for (const file of readdirSync(figuresDir)) {
    const { name, samples: values } = JSON.parse(readFileSync(join(figuresDir, file), 'utf8'));
    (samples[name] ??= []).push(...values);
  }
}

const report = buildReport(samples, { check });
console.log('');
for (const figure of report.figures) console.log(formatLine(figure, figure.value ?? undefined));
for (const control of report.controls)
  console.log(`${control.name}: ${control.value ?? 'not measured'} ${control.unit} (> 0)`);
if (!measured) report.failures.push('a benchmark run failed (see above), so some figures may be missing');

if (!check) {
  mkdirSync('bench', { recursive: true });
  const chromium = spawnSync('/usr/bin/chromium', ['--version'], { encoding: 'utf8' }).stdout?.trim();
  const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).stdout?.trim();
  const results = {
    measuredAt: new Date().toISOString(),
    commit,
    machine: { cpus: cpus().length, cpu: cpus()[0]?.model, node: process.version, chromium },
    runs,
    figures: report.figures.map(({ name, label, unit, budget, compare, kind, enforced, value, samples: s, ok }) => ({
      name,
      label,
      value,
      unit,
      budget: `${compare} ${budget}`,
      kind,
      enforcedInCi: enforced,
      withinBudget: ok,
      samples: s,
    })),
    controls: report.controls.map(({ name, label, unit, value }) => ({ name, label, value, unit })),
  };
  writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
  console.log('\nwritten to bench/results.json');
}

if (summaryFile) {
  const verdicts = [
    ...report.figures.filter((f) => f.enforced).map((f) => ({ name: f.name, ok: f.ok })),
    ...report.controls.map((c) => ({ name: c.name, ok: c.ok })),
    { name: 'benchmark run', ok: measured },
  ];
  writeFileSync(summaryFile, JSON.stringify(verdicts));
}
if (report.failures.length) {
  console.log(`\nbudget check failed:\n${report.failures.map((f) => `- ${f}`).join('\n')}`);
  process.exit(1);
}
if (check) console.log(`\nall ${report.figures.filter((f) => f.enforced).length + CONTROLS.length} budgets hold`);
