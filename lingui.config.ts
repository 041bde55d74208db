import { defineConfig } from '@lingui/conf';
import { formatter } from '@lingui/format-po';

/**
 * The parts of the catalog besides `app`, by the source files whose words they hold: each part is the words of a
 * lazily loaded chunk, fetched with it (`needCatalog`), so the live landing page carries only the words it can show.
 * scripts/catalogs.test.mjs checks that no file of `app` imports a file of another part statically.
 */
export const LAZY_PARTS = {
  // Steps 2 to 4 (src/onboarding/Wizard.tsx loads them once someone is signed in).
  wizard: [
    'src/onboarding/SignedInWizard.tsx',
    'src/onboarding/steps/SubscriptionStep.tsx',
    'src/onboarding/steps/AlreadySetUp.tsx',
    'src/onboarding/steps/NoSubscriptions.tsx',
    'src/onboarding/steps/SubscriptionCount.tsx',
    'src/onboarding/steps/SubscriptionFilter.tsx',
    'src/onboarding/steps/SubscriptionRow.tsx',
    'src/onboarding/steps/SubscriptionTable.tsx',
    'src/onboarding/steps/RegisterStep.tsx',
    'src/onboarding/steps/PredictedDeniedCard.tsx',
    'src/onboarding/steps/RegisterCard.tsx',
    'src/onboarding/steps/RegisteringCard.tsx',
    'src/onboarding/steps/RegisterProblemCard.tsx',
    'src/onboarding/steps/RegistrationFacts.tsx',
    'src/onboarding/steps/VerifyStep.tsx',
    'src/onboarding/steps/TokenFacts.tsx',
    'src/onboarding/DirectoryPicker.tsx',
    'src/onboarding/WaitNotice.tsx',
    'src/onboarding/ReportPanel.tsx',
    'src/onboarding/states.tsx',
    'src/onboarding/registration.ts',
    'src/onboarding/watched-provider.ts',
    'src/onboarding/directories.ts',
    // Today's Digital Twins (digitalTwins configured): its steps and words.
    'src/onboarding/TwinsWizard.tsx',
    'src/onboarding/RedirectProblem.tsx',
    'src/onboarding/steps/InstanceStep.tsx',
    'src/onboarding/TwinsAccess.tsx',
    'src/onboarding/twins-requests.ts',
    // The instance in the developer's directory: its step, its request and its part of the problem catalogue.
    'src/onboarding/GuestWizard.tsx',
    'src/onboarding/steps/GuestAccessStep.tsx',
    'src/onboarding/guest-requests.ts',
    'src/problems/guest-catalogue.ts',
    'src/problems/classify-guest.ts',
    // The header's part for someone signed in (src/app/Header.tsx loads it with the steps).
    'src/app/SignedInIdentity.tsx',
    // Giving the data role (issue 18) and the catalogue entries of its failures.
    'src/onboarding/grant',
    'src/problems/catalogue-roles.ts',
  ],
  // The demo, the Under the hood panel and the printable summary.
  extra: [
    'src/demo',
    'src/under-the-hood/UnderTheHood.tsx',
    'src/under-the-hood/DirectoryPicture.tsx',
    'src/onboarding/ReportSummary.tsx',
    'src/exchanges/gloss.ts',
    'src/exchanges/har.ts',
  ],
};

/** A folder covers everything in it. */
const rooted = (paths: string[]) => paths.map((p) => (/\.\w+$/.test(p) ? `<rootDir>/${p}` : `<rootDir>/${p}/**`));

/**
 * The portal's message catalogs (src/i18n/locales/<language>/<part>.po), extracted from the code by `npm run
 * messages`. English is the source language; its `app` part is in the initial bundle.
 */
export default defineConfig({
  sourceLocale: 'en',
  locales: ['en', 'de', 'es', 'ja'],
  catalogs: [
    {
      path: '<rootDir>/src/i18n/locales/{locale}/app',
      include: ['<rootDir>/src'],
      exclude: ['**/*.test.*', ...rooted(Object.values(LAZY_PARTS).flat())],
    },
    ...Object.entries(LAZY_PARTS).map(([part, files]) => ({
      path: `<rootDir>/src/i18n/locales/{locale}/${part}`,
      include: rooted(files),
      exclude: ['**/*.test.*'],
    })),
  ],
  format: formatter({ lineNumbers: false }),
  // <Trans> with values from Azure shown as text, never read as markup (src/i18n/SafeTrans.tsx; package.json "imports").
  runtimeConfigModule: { Trans: ['#i18n/trans', 'Trans'] },
  orderBy: 'messageId',
});
