import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  countBudgets,
  countCheck,
  countPlaywright,
  countVitest,
  SUMMARY_LINE,
  summaryLine,
  total,
  verdict,
  vitestTiers,
} from './summary.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const fixtures = fileURLToPath(new URL('./summary-fixtures/', import.meta.url));
const VITEST = join(root, 'node_modules/vitest/vitest.mjs');
const PLAYWRIGHT = join(root, 'node_modules/@playwright/test/cli.js');

describe('summary counting', () => {
  const vitestReport = (over = {}) => ({
    numPassedTests: 3,
    numFailedTests: 0,
    numPendingTests: 0,
    numTodoTests: 0,
    success: true,
    testResults: [{ name: 'a.test.ts', status: 'passed', assertionResults: [] }],
    ...over,
  });
  const playwrightReport = (stats, errors = []) => ({
    stats: { expected: 0, unexpected: 0, flaky: 0, skipped: 0, ...stats },
    errors,
  });

  it('prints "N passed, N failed, N skipped", a line CI reads as it read "N passed, N failed"', () => {
    const line = summaryLine({ passed: 278, failed: 0, skipped: 2 });
    expect(line).toBe('278 passed, 0 failed, 2 skipped');
    expect(line).toMatch(SUMMARY_LINE);
    expect('278 passed, 0 failed').toMatch(SUMMARY_LINE);
    expect(line).toMatch(/^[0-9]+ passed, [0-9]+ failed(, [0-9]+ skipped)?$/);
    expect('278 passed, 0 failed, 2 skipped, 1 flaky').not.toMatch(SUMMARY_LINE);
  });

  it('counts skipped and todo unit tests as skipped, never passed', () => {
    expect(countVitest(vitestReport({ numPendingTests: 2, numTodoTests: 1 }), 0)).toMatchObject({
      passed: 3,
      failed: 0,
      skipped: 3,
    });
  });

  it('counts a unit test file that failed without a failed test (it did not load)', () => {
    const report = vitestReport({
      success: false,
      testResults: [{ name: 'broken.test.ts', status: 'failed', assertionResults: [] }],
    });
    expect(countVitest(report, 1)).toMatchObject({ passed: 3, failed: 1 });
  });

  it('tells the passed tests of the two Vitest tiers apart by file name; both count in the total', () => {
    const passed = (n) => Array.from({ length: n }, () => ({ status: 'passed' }));
    const report = vitestReport({
      numPassedTests: 5,
      testResults: [
        { name: '/repo/src/a.test.ts', status: 'passed', assertionResults: passed(2) },
        {
          name: '/repo/integration/b.integration.test.tsx',
          status: 'passed',
          assertionResults: [...passed(3), { status: 'failed' }],
        },
      ],
    });
    expect(vitestTiers(report)).toEqual({ unit: 2, integration: 3 });
    expect(countVitest(report, 0)).toMatchObject({ passed: 5 });
    expect(vitestTiers(null)).toEqual({ unit: 0, integration: 0 });
  });

  it('counts a flaky end-to-end test as failed, skipped and fixme as skipped, errors outside tests as failed', () => {
    expect(countPlaywright(playwrightReport({ expected: 5, flaky: 1, skipped: 2 }), 0)).toMatchObject({
      passed: 5,
      failed: 1,
      skipped: 2,
    });
    expect(
      countPlaywright(playwrightReport({ expected: 0 }, [{ message: 'focused' }, { message: 'broken' }]), 1),
    ).toMatchObject({ failed: 2 });
  });

  it('a runner that exits non-zero while its report counts no failure counts one failure', () => {
    expect(countVitest(vitestReport(), 1)).toMatchObject({ passed: 3, failed: 1 });
    expect(countVitest(vitestReport({ success: false }), 0)).toMatchObject({ failed: 1 });
    expect(countPlaywright(playwrightReport({ expected: 4 }), 1)).toMatchObject({ passed: 4, failed: 1 });
    expect(countBudgets([{ name: 'a', ok: true }], 1)).toMatchObject({ passed: 1, failed: 1 });
    // ... but a runner whose failures are counted is not counted twice
    expect(countPlaywright(playwrightReport({ expected: 4, unexpected: 2 }), 1)).toMatchObject({ failed: 2 });
  });

  it('a runner without a report is one failure, whatever its exit code', () => {
    for (const code of [0, 1, null]) {
      expect(countVitest(null, code)).toMatchObject({ passed: 0, failed: 1 });
      expect(countPlaywright(null, code)).toMatchObject({ passed: 0, failed: 1 });
      expect(countPlaywright({ errors: [] }, code)).toMatchObject({ failed: 1 });
      expect(countBudgets(null, code)).toMatchObject({ failed: 1 });
    }
    // npm test runs Vitest twice (the integration tier after the browsers): each run names itself.
    expect(countVitest(null, 0, 'integration tests').notes).toEqual([
      'integration tests produced no report: counted as one failure',
    ]);
  });

  it('budgets: each verdict is one test; anything but ok: true fails', () => {
    expect(countBudgets([{ ok: true }, { ok: false }, { ok: undefined }], 1)).toMatchObject({ passed: 1, failed: 2 });
  });

  it('type check and lint add a failure when they fail, nothing when they pass', () => {
    expect(countCheck('lint', 0)).toMatchObject({ passed: 0, failed: 0 });
    expect(countCheck('lint', 2)).toMatchObject({ passed: 0, failed: 1 });
    expect(countCheck('type check', null)).toMatchObject({ failed: 1 });
  });

  it('adds the parts up; the run passes only with no failure and at least one pass', () => {
    const counts = total([
      { passed: 2, failed: 0, skipped: 1 },
      { passed: 3, failed: 1, skipped: 0 },
    ]);
    expect(counts).toEqual({ passed: 5, failed: 1, skipped: 1 });
    expect(verdict(counts)).toBe(false);
    expect(verdict({ passed: 5, failed: 0, skipped: 9 })).toBe(true);
    expect(verdict({ passed: 0, failed: 0, skipped: 0 })).toBe(false);
  });
});

/**
 * The same counting on real runs: tiny Vitest and Playwright projects in scripts/summary-fixtures (no browser,
 * about a second each), run as child processes with the suite's own `allowOnly` and `forbidOnly`.
 */
describe('summary counting on real runner output', () => {
  const dir = mkdtempSync(join(tmpdir(), 'summary-fixtures-'));
  // A child runner must not think it runs inside this Vitest worker.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST') && k !== 'NODE_OPTIONS' && k !== 'TEST'),
  );

  function runChild(args, extraEnv = {}) {
    return new Promise((resolve) => {
      const child = spawn(process.execPath, args, {
        cwd: fixtures,
        env: { ...env, ...extraEnv },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      child.stdout.on('data', (d) => (output += d));
      child.stderr.on('data', (d) => (output += d));
      child.on('exit', (code) => resolve({ code, output }));
    });
  }
  const readReport = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null);

  async function vitest(name, filter, config = 'vitest.config.mjs') {
    const out = join(dir, `${name}.vitest.json`);
    const { code } = await runChild([
      VITEST,
      'run',
      '--config',
      config,
      filter,
      '--reporter=json',
      `--outputFile=${out}`,
    ]);
    return { code, counts: countVitest(readReport(out), code) };
  }
  async function playwright(name) {
    const out = join(dir, `${name}.playwright.json`);
    const { code } = await runChild([PLAYWRIGHT, 'test', '--config', 'playwright.config.mjs', `${name}.pw.mjs`], {
      SUMMARY_FIXTURE_REPORT: out,
      SUMMARY_FIXTURE_OUTPUT: join(dir, `${name}-output`),
    });
    return { code, counts: countPlaywright(readReport(out), code) };
  }

  /** @type {Record<string, {code: number | null, counts: {passed: number, failed: number, skipped: number}}>} */
  let runs;
  beforeAll(async () => {
    const [vitestCounts, vitestOnly, vitestNoReport, pwCounts, pwFlaky, pwOnly] = await Promise.all([
      vitest('counts', 'counts'),
      vitest('only', 'only'),
      vitest('missing', 'counts', 'no-such.config.mjs'),
      playwright('counts'),
      playwright('flaky'),
      playwright('only'),
    ]);
    runs = { vitestCounts, vitestOnly, vitestNoReport, pwCounts, pwFlaky, pwOnly };
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('Vitest: a pass, a skip and a todo: 1 passed, 0 failed, 2 skipped, and the run passes', () => {
    expect(runs.vitestCounts.code).toBe(0);
    expect(runs.vitestCounts.counts).toMatchObject({ passed: 1, failed: 0, skipped: 2 });
    expect(verdict(total([runs.vitestCounts.counts]))).toBe(true);
  });

  it('Vitest: a focused test fails the run (allowOnly: false in the suite config)', () => {
    expect(runs.vitestOnly.code).not.toBe(0);
    expect(runs.vitestOnly.counts.failed).toBeGreaterThan(0);
    expect(runs.vitestOnly.counts.passed).toBe(0);
    expect(verdict(total([runs.vitestOnly.counts]))).toBe(false);
  });

  it('Vitest: a runner that dies without a report is one failure', () => {
    expect(runs.vitestNoReport.code).not.toBe(0);
    expect(runs.vitestNoReport.counts).toMatchObject({ passed: 0, failed: 1 });
  });

  it('Playwright: a pass, a fixme and a skip: 1 passed, 0 failed, 2 skipped, and the run passes', () => {
    expect(runs.pwCounts.code).toBe(0);
    expect(runs.pwCounts.counts).toMatchObject({ passed: 1, failed: 0, skipped: 2 });
    expect(verdict(total([runs.pwCounts.counts]))).toBe(true);
  });

  it('Playwright: a test that passed only on its retry is a failure, though Playwright exits 0', () => {
    expect(runs.pwFlaky.code).toBe(0);
    expect(runs.pwFlaky.counts).toMatchObject({ passed: 0, failed: 1 });
    expect(verdict(total([runs.pwFlaky.counts]))).toBe(false);
  });

  it('Playwright: a focused test fails the run (forbidOnly: true in the suite config)', () => {
    expect(runs.pwOnly.code).not.toBe(0);
    expect(runs.pwOnly.counts).toMatchObject({ passed: 0, failed: 1 });
  });
});
