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
})();
