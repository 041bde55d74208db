import { describe, expect, it } from 'vitest';
import { buildReport, FIGURES, formatLine, median, summarize, withinBudget } from './bench-report.mjs';

const figure = (name) => FIGURES.find((f) => f.name === name);

describe('bench report', () => {
  it('takes the median of times and scores, the worst of sizes and counts', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeUndefined();
    expect(summarize(figure('detection-latency'), [0.4, 3, 1.1])).toBe(1.1);
    expect(summarize(figure('provider-reads-per-registration'), [20, 24, 22])).toBe(24);
    expect(summarize(figure('lighthouse-landing-accessibility'), [1, 0.9, 1])).toBe(1);
  });

  it('compares against each kind of budget', () => {
    expect(withinBudget(figure('initial-js-gzip'), 184.9)).toBe(true);
    expect(withinBudget(figure('initial-js-gzip'), 185.1)).toBe(false);
    expect(withinBudget(figure('emulator-bytes-live'), 0)).toBe(true);
    expect(withinBudget(figure('emulator-bytes-live'), 1)).toBe(false);
    expect(withinBudget(figure('lighthouse-landing-performance'), 0.97)).toBe(false);
    expect(withinBudget(figure('clicks-to-onboard'), undefined)).toBe(false);
  });

  it('prints one line per figure with its budget', () => {
    expect(formatLine(figure('initial-js-gzip'), 173.26)).toBe('initial-js-gzip: 173.3 KiB (<= 185)');
    expect(formatLine(figure('emulator-bytes-live'), 0)).toBe('emulator-bytes-live: 0 B (= 0)');
    expect(formatLine(figure('clicks-to-onboard'), 5)).toBe('clicks-to-onboard: 5 clicks (<= 4) OVER BUDGET');
    expect(formatLine(figure('scale-first-page'), undefined)).toBe('scale-first-page: not measured (<= 1000)');
  });

  it('reports Lighthouse on a phone beside the desktop, with the loading metrics of both landing pages', () => {
    for (const page of ['landing', 'landing-demo']) {
      expect(figure(`lighthouse-mobile-${page}-performance`)).toMatchObject({
        budget: 1,
        compare: '>=',
        enforced: false,
      });
      for (const preset of ['mobile-', '']) {
        for (const metric of ['fcp', 'lcp', 'tbt', 'cls'])
          expect(figure(`lighthouse-${preset}${page}-${metric}`)?.enforced).toBe(false);
      }
    }
    expect(formatLine(figure('lighthouse-mobile-landing-fcp'), 0.8412)).toBe(
      'lighthouse-mobile-landing-fcp: 0.8 s (<= 1)',
    );
    expect(formatLine(figure('lighthouse-mobile-landing-lcp'), 1.31)).toBe(
      'lighthouse-mobile-landing-lcp: 1.3 s (<= 1.2) OVER BUDGET',
    );
    expect(formatLine(figure('lighthouse-mobile-landing-demo-cls'), 0.00341)).toBe(
      'lighthouse-mobile-landing-demo-cls: 0.003 CLS (<= 0.01)',
    );
    expect(formatLine(figure('lighthouse-landing-tbt'), 12.4)).toBe('lighthouse-landing-tbt: 12 ms (<= 200)');
  });

  it('fails the check on an enforced miss, a missing figure or a zero control, never on a slow time', () => {
    const good = {
      'initial-js-gzip': [173],
      'emulator-bytes-live': [0],
      'emulator-bytes-demo': [80_000],
      'provider-reads-per-registration': [23],
      'clicks-to-onboard': [4],
      'arm-reads-before-action': [59],
      'twins-discovery-requests': [3],
      'twins-reads-to-verdict': [3],
      'twins-grant-wait-reads': [22],
      'detection-latency': [9],
    };
    const ok = buildReport(good, { check: true });
    expect(ok.failures).toEqual([]);
    expect(ok.figures.map((f) => f.name)).not.toContain('lighthouse-landing-performance');
    expect(ok.figures.map((f) => f.name)).not.toContain('lighthouse-mobile-landing-performance');

    const bad = buildReport(
      {
        ...good,
        'arm-reads-before-action': [61],
        'emulator-bytes-demo': [0],
        'clicks-to-onboard': [],
        'twins-reads-to-verdict': [3, 4],
      },
      { check: true },
    );
    expect(bad.failures).toEqual([
      'clicks-to-onboard was not measured',
      'arm-reads-before-action is 61, budget <= 60',
      'twins-reads-to-verdict is 4, budget <= 3',
      'emulator-bytes-demo must be above 0 for the live-path measurement to mean anything',
    ]);
    expect(buildReport(good, { check: false }).figures.length).toBe(FIGURES.length);
  });
});
