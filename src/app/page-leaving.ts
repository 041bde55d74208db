/**
 * Whether the page is on its way out: a reload, or a redirect to Microsoft's sign-in. The browser then cancels the
 * reads in flight, and the ARM client sees a fetch fail exactly as when the network drops: that is the page leaving,
 * not Azure going quiet, so no "no answer from Azure" wait goes into the report. `beforeunload` comes before any of
 * it; a navigation that ends up not leaving (a download, a cancelled one) clears the mark after a moment.
 */
export function watchLeaving(target: Pick<EventTarget, 'addEventListener'>, settleMs = 3_000): () => boolean {
  let leaving = false;
  let clear: ReturnType<typeof setTimeout> | undefined;
  target.addEventListener('beforeunload', () => {
    leaving = true;
    clearTimeout(clear);
    clear = setTimeout(() => (leaving = false), settleMs);
  });
  target.addEventListener('pageshow', () => {
    leaving = false;
  });
  return () => leaving;
}
