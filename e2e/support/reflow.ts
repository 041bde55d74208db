import { expect, type Page } from '@playwright/test';

const DESKTOP = { width: 1280, height: 720 };
/** 1280×1024 at 400 % zoom, the width WCAG 1.4.10 asks content to reflow to. */
const ZOOMED = { width: 320, height: 256 };

/** Everything a keyboard user can reach (disabled controls included: they must still be visible). */
const CONTROLS = 'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';

/** WCAG 1.4.10: at 320 px nothing scrolls sideways (but the data table in its own scroller), is cut off, or is out of reach. */
export async function expectReflow(page: Page, label: string): Promise<void> {
  await page.setViewportSize(ZOOMED);
  const problems = await page.evaluate((controlsSelector) => {
    const found: string[] = [];
    const root = document.documentElement;
    const name = (el: Element) =>
      `<${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? ` class="${el.className}"` : ''}> "${(el.textContent ?? '').trim().slice(0, 40)}"`;
    // Hidden on purpose: the skip link until focused, decoration; screen-reader text can still widen the page.
    const skip = (el: Element) => el.closest('.skip-link, [aria-hidden="true"]') !== null;
    const srOnly = (el: Element) => el.closest('.visually-hidden') !== null;
    if (root.scrollWidth > root.clientWidth)
      found.push(`the page scrolls sideways: ${root.scrollWidth} px in ${root.clientWidth} px`);
    for (const el of Array.from(document.body.querySelectorAll('*'))) {
      if (skip(el)) continue;
      const box = el.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      // WCAG 1.4.10's exception: a data table may scroll in its own container.
      if (!el.parentElement?.closest('.table-scroll') && (box.left < -1 || box.right > root.clientWidth + 1)) {
        found.push(`${name(el)} reaches ${Math.round(box.left)}..${Math.round(box.right)} px`);
      }
      if (srOnly(el)) continue;
      const style = getComputedStyle(el);
      const clipsX = ['hidden', 'clip'].includes(style.overflowX) && el.scrollWidth > el.clientWidth + 1;
      const clipsY = ['hidden', 'clip'].includes(style.overflowY) && el.scrollHeight > el.clientHeight + 1;
      if (clipsX || clipsY) found.push(`${name(el)} cuts off its content`);
    }
    // Text that does not wrap overflows its box without widening it: look at the lines themselves.
    const texts = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = texts.nextNode(); node; node = texts.nextNode()) {
      const parent = node.parentElement;
      if (!parent || skip(parent) || srOnly(parent) || parent.closest('.table-scroll') || !node.textContent?.trim())
        continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const overflow = Array.from(range.getClientRects()).some((line) => line.right > root.clientWidth + 1);
      if (overflow) found.push(`text "${node.textContent.trim().slice(0, 40)}" runs past the right edge`);
    }
    // Every control can be scrolled to, sits inside the viewport and is not covered.
    for (const el of Array.from(document.querySelectorAll<HTMLElement>(controlsSelector))) {
      if (skip(el) || srOnly(el) || el.getClientRects().length === 0) continue;
      el.scrollIntoView({ block: 'center', inline: 'center' });
      const box = el.getBoundingClientRect();
      // A link that wraps is hit on its first line; the middle of its box may lie between the lines.
      const first = el.getClientRects()[0]!;
      const x = Math.min(Math.max(first.left + Math.min(first.width / 2, 8), 0), root.clientWidth - 1);
      const y = Math.min(Math.max(first.top + first.height / 2, 0), root.clientHeight - 1);
      const hit = document.elementFromPoint(x, y);
      if (box.left < -1 || box.right > root.clientWidth + 1 || !hit || !el.contains(hit))
        found.push(`${name(el)} is out of reach`);
    }
    window.scrollTo(0, 0);
    return found;
  }, CONTROLS);
  await page.setViewportSize(DESKTOP);
  expect.soft(problems, `${label}: reflow at 320 px`).toEqual([]);
}
