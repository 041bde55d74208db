import type { Page } from '@playwright/test';

/** Where the prerendered page put the step heading and the sign-in button, and the layout shifts since. */
export interface LayoutRecord {
  /** top of #step-heading and of the primary button in the prerendered page, before any script of the app ran */
  before: { heading: number; button: number } | null;
  /** the same, now */
  now: { heading: number; button: number } | null;
  /** the heading element is still the prerendered one (hydrated, not rendered afresh) */
  sameHeading: boolean;
  /** the step heading the document's first frame showed, if any */
  firstFrameHeading: string | null;
  /** sum of the layout-shift entries' values without recent input (Cumulative Layout Shift of this load) */
  shift: number;
}

/**
 * Before the page's own scripts: notes where the prerendered heading and button are when the document has
 * been parsed (the app's module runs after that, and renders later still), and sums layout shifts.
 */
export async function watchLayout(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as {
      __layout: { before: unknown; heading: Element | null; shift: number; firstFrameHeading: string | null };
    };
    w.__layout = { before: null, heading: null, shift: 0, firstFrameHeading: null };
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>) {
        if (!entry.hadRecentInput) w.__layout.shift += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
    document.addEventListener('readystatechange', () => {
      if (document.readyState !== 'interactive') return;
      // The first frame: the stylesheet has arrived (it blocks rendering), the app has not rendered yet.
      requestAnimationFrame(() => {
        const heading = document.getElementById('step-heading');
        const button = document.querySelector('.button.primary');
        w.__layout.heading = heading;
        w.__layout.firstFrameHeading = heading?.checkVisibility() ? heading.textContent : null;
        w.__layout.before =
          heading && button
            ? { heading: heading.getBoundingClientRect().top, button: button.getBoundingClientRect().top }
            : null;
      });
    });
  });
}

export function layoutRecord(page: Page): Promise<LayoutRecord> {
  return page.evaluate(() => {
    const w = window as unknown as {
      __layout: {
        before: LayoutRecord['before'];
        heading: Element | null;
        shift: number;
        firstFrameHeading: string | null;
      };
    };
    const heading = document.getElementById('step-heading');
    const button = document.querySelector('.button.primary');
    return {
      before: w.__layout.before,
      now:
        heading && button
          ? { heading: heading.getBoundingClientRect().top, button: button.getBoundingClientRect().top }
          : null,
      sameHeading: heading !== null && heading === w.__layout.heading,
      shift: w.__layout.shift,
      firstFrameHeading: w.__layout.firstFrameHeading,
    };
  });
}
