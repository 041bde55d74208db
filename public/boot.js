// Runs before the first paint (a classic script in <head>; the Content-Security-Policy allows 'self' scripts).
// The landing page prerendered into index.html is what a fresh visit to / shows. A sign-in coming back (its
// answer in the address), a tab with a session (signed in, in the demo), another page or another parameter
// may show something else: there "Loading Twin Onboarding…" stands until the app renders (main.tsx), so step 1
// never flashes by.
(function () {
  // ?demo and ?live only choose the mode: the landing page is still what shows (in the demo with a badge).
  var fresh = location.pathname === '/' && /^(\?demo|\?live)?$/.test(location.search) && !location.hash;
  try {
    // MSAL notes its version in the tab as it starts, signed in or not; anything else is a session.
    for (var i = 0; i < sessionStorage.length; i++) if (sessionStorage.key(i) !== 'msal.version') fresh = false;
  } catch (e) {
    fresh = false;
  }
  if (!fresh) document.documentElement.classList.add('resuming');

  // The built index.html keeps the app's scripts in an inert <template> (scripts/prerender-plugin.ts): a request
  // that starts before the first paint counts against it on a slow link. They start once the landing page's first
  // paint is on screen, at once when the page shows "Loading…" instead or is not on screen (no frame to wait for).
  // Inserted once the document is parsed: the entry renders into #root as soon as it runs.
  var started = false;
  function start() {
    var scripts = document.getElementById('app-scripts');
    if (started || !scripts) return; // the dev server's index.html loads them itself
    started = true;
    scripts.remove();
    document.head.appendChild(document.importNode(scripts.content, true));
  }
  function startWhenParsed() {
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
    else start();
  }
  if (!fresh || document.visibilityState !== 'visible') return startWhenParsed();
  // The paint's timing entry arrives once the frame is presented, later than a requestAnimationFrame callback.
  var types = (window.PerformanceObserver && PerformanceObserver.supportedEntryTypes) || [];
  if (types.indexOf('paint') < 0) {
    return requestAnimationFrame(function () {
      setTimeout(startWhenParsed);
    });
  }
  new PerformanceObserver(function (list, observer) {
    if (!list.getEntriesByName('first-contentful-paint').length) return;
    observer.disconnect();
    startWhenParsed();
  }).observe({ type: 'paint', buffered: true });
  // A page that paints nothing (a browser that reports no paint) still starts.
  setTimeout(startWhenParsed, 3000);
})();
