// Runs before the first paint (a classic script in <head>; the Content-Security-Policy allows 'self' scripts).
// The landing page prerendered into index.html is what a fresh visit to / shows. A sign-in coming back (its
// answer in the address), a tab with a session (signed in, in the demo), another page or another parameter
// may show something else: there "Loading Twin Onboarding…" stands until the app renders (main.tsx), so step 1
// never flashes by.
(function () {
  // The language, chosen as src/i18n/languages.ts chooses it (?lang=, then the tab's earlier choice, then the
  // browser's languages, then English; en-XA is the tests' pseudo-locale). The prerendered page is English: in
  // another language "Loading…" (in that language) stands until the app renders, so no English text shows first.
  var LANGUAGE_KEY = 'twin-onboarding.lang';
  var spoken = ['en', 'de', 'es', 'ja'];
  function localeOf(tag) {
    if (!tag) return null;
    tag = String(tag).trim().toLowerCase();
    if (tag === 'en-xa') return 'en-XA';
    var primary = tag.split(/[-_]/)[0];
    return spoken.indexOf(primary) >= 0 ? primary : null;
  }
  var remembered = null;
  try {
    remembered = sessionStorage.getItem(LANGUAGE_KEY);
  } catch (e) {
    // storage refused: nothing remembered
  }
  // URLSearchParams reads ?lang= as the app does (i18n.ts) and never throws: decodeURIComponent would on `?lang=%`,
  // and a script stopped here never starts the app.
  var query = null;
  try {
    query = new URLSearchParams(location.search).get('lang');
  } catch (e) {
    // no such API or no address to read: as if no language was asked for
  }
  var locale = localeOf(query) || localeOf(remembered);
  var browser = navigator.languages || [navigator.language];
  for (var b = 0; !locale && b < browser.length; b++) locale = localeOf(browser[b]);
  locale = locale || 'en';
  document.documentElement.lang = locale;

  // ?demo and ?live only choose the mode, ?lang= the language: the landing page is still what shows (in the demo
  // with a badge).
  var search = location.search.replace(/[?&]lang=[^&#]*/, '').replace(/^&/, '?');
  var fresh = locale === 'en' && location.pathname === '/' && /^(\?demo|\?live)?$/.test(search) && !location.hash;
  try {
    // MSAL notes its version in the tab as it starts, signed in or not; anything else is a session.
    for (var i = 0; i < sessionStorage.length; i++) {
      var key = sessionStorage.key(i);
      if (key !== 'msal.version' && key !== LANGUAGE_KEY) fresh = false;
    }
  } catch (e) {
    fresh = false;
  }
  if (!fresh) document.documentElement.classList.add('resuming');

  // The build keeps the app's scripts in an inert <template> (scripts/prerender-plugin.ts): a request started
  // before the first paint counts against it on a slow link. They start once the landing page is on screen, at
  // once when "Loading…" shows instead or the tab is hidden; never before the document is parsed (the entry
  // renders into #root as it runs). The paint's entry comes once the frame is presented, later than a frame callback.
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
  var types = (window.PerformanceObserver && PerformanceObserver.supportedEntryTypes) || [];
  if (!fresh || document.visibilityState !== 'visible' || types.indexOf('paint') < 0) return startWhenParsed();
  new PerformanceObserver(function (list, observer) {
    if (!list.getEntriesByName('first-contentful-paint').length) return;
    observer.disconnect();
    startWhenParsed();
  }).observe({ type: 'paint', buffered: true });
  setTimeout(startWhenParsed, 3000); // in case no paint is reported
})();
