// The counting behind the last line of `npm test`: "N passed, N failed, N skipped". It fails closed: whatever
// is not a clean pass is a failure or a skip, never a pass. Pure functions of a runner's JSON report and exit
// code, so scripts/summary.test.mjs can prove each rule on real runner output.

/** The closing line CI reads: "N passed, N failed", optionally followed by ", N skipped". */
export const SUMMARY_LINE = /^(\d+) passed, (\d+) failed(?:, (\d+) skipped)?$/;

const tally = (label, passed, failed, skipped, notes) => ({ label, passed, failed, skipped, notes });

/**
 * A runner that exits non-zero must show at least one failure: if its report counts none (or there is no
 * report), the run counts one.
 */
function failClosed(part, exitCode) {
  if (exitCode !== 0 && part.failed === 0) {
    part.failed = 1;
    part.notes.push(
      `${part.label} exited with ${exitCode ?? 'a signal'} but its report counts no failure: counted as one`,
    );
  }
  return part;
}

/** No report, whatever the exit code: nothing is known to have passed, so the runner counts one failure. */
function noReport(label) {
  return tally(label, 0, 1, 0, [`${label} produced no report: counted as one failure`]);
}

/**
 * Vitest's JSON report (`--reporter=json`) of a run of one or both tiers (`label` names it): skipped and todo tests
 * are skipped; a file that failed to load is a failure.
 */
export function countVitest(report, exitCode, label = 'unit and integration tests') {
  if (!report) return noReport(label);
  const notes = [];
  let failed = report.numFailedTests ?? 0;
  // A file that failed to load or collect has no failed test of its own: count the file.
  for (const file of report.testResults ?? []) {
    const failedTests = (file.assertionResults ?? []).filter((t) => t.status === 'failed').length;
    if (file.status === 'failed' && failedTests === 0) {
      failed += 1;
      notes.push(`test file failed without a failed test: ${file.name}`);
    }
  }
  const part = tally(
    label,
    report.numPassedTests ?? 0,
    failed,
    (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
    notes,
  );
  if (report.success === false && part.failed === 0) {
    part.failed = 1;
    notes.push(`${label} report success: false without a failed test: counted as one`);
  }
  return failClosed(part, exitCode);
}

/**
 * Vitest runs two tiers (docs/testing.md): files named *.integration.test.* are the integration tier, the rest
 * unit tests. The passed tests of each, for the summary's note; countVitest counts them together.
 */
export function vitestTiers(report) {
  const tiers = { unit: 0, integration: 0 };
  for (const file of report?.testResults ?? []) {
    const tier = /\.integration\.test\.[cm]?[jt]sx?$/.test(file.name ?? '') ? 'integration' : 'unit';
    tiers[tier] += (file.assertionResults ?? []).filter((t) => t.status === 'passed').length;
  }
  return tiers;
}

/**
 * Playwright's JSON report: a flaky test (failed, then passed on a retry) is a failure; skipped and fixme
 * tests are skipped; each error outside a test (a forbidden `.only`, a broken config or file) is a failure.
 */
export function countPlaywright(report, exitCode) {
  if (!report?.stats) return noReport('end-to-end tests');
  const s = report.stats;
  const errors = (report.errors ?? []).length;
  const notes = [];
  if (s.flaky) notes.push(`${s.flaky} end-to-end test(s) passed only on a retry: counted as failed`);
  if (errors) notes.push(`${errors} end-to-end error(s) outside any test: counted as failed`);
  const part = tally(
    'end-to-end tests',
    s.expected ?? 0,
    (s.unexpected ?? 0) + (s.flaky ?? 0) + errors,
    s.skipped ?? 0,
    notes,
  );
  return failClosed(part, exitCode);
}

/** The budget check's verdicts (`scripts/bench.mjs --check --summary FILE`): one test per budget. */
export function countBudgets(report, exitCode) {
  if (!Array.isArray(report)) return noReport('budgets');
  return failClosed(
    tally('budgets', report.filter((b) => b.ok === true).length, report.filter((b) => b.ok !== true).length, 0, []),
    exitCode,
  );
}

/** A check without a report (type check, lint): adds nothing when it passes, one failure when it does not. */
export function countCheck(label, exitCode) {
  return exitCode === 0
    ? tally(label, 0, 0, 0, [])
    : tally(label, 0, 1, 0, [`${label} failed (exit code ${exitCode ?? 'none'})`]);
}

export function total(parts) {
  return parts.reduce(
    (sum, p) => ({ passed: sum.passed + p.passed, failed: sum.failed + p.failed, skipped: sum.skipped + p.skipped }),
    { passed: 0, failed: 0, skipped: 0 },
  );
}

export function summaryLine({ passed, failed, skipped }) {
  return `${passed} passed, ${failed} failed, ${skipped} skipped`;
}

/** The run passes only when nothing failed and something passed. */
export function verdict({ passed, failed }) {
  return failed === 0 && passed > 0;
}
