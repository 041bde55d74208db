import { defineConfig } from '@lingui/conf';
import { formatter } from '@lingui/format-po';

/**
 * The portal's message catalogs (src/i18n/locales/<language>/<part>.po), extracted from the code by `npm run
 * messages`. English is the source language. Two parts, so the live landing page carries only the words it can
 * show: `app` (in the initial bundle for English) and `extra`, the words of the lazily loaded parts (the demo,
 * the Under the hood panel, the printable summary), fetched with them.
 */
export default defineConfig({
  sourceLocale: 'en',
  locales: ['en', 'de', 'es', 'ja'],
  catalogs: [
    {
      path: '<rootDir>/src/i18n/locales/{locale}/app',
      include: ['<rootDir>/src'],
      exclude: ['**/*.test.*', '<rootDir>/src/demo/**', '<rootDir>/src/under-the-hood/UnderTheHood.tsx', '<rootDir>/src/under-the-hood/DirectoryPicture.tsx', '<rootDir>/src/onboarding/ReportSummary.tsx', '<rootDir>/src/exchanges/gloss.ts'],
    },
    {
      path: '<rootDir>/src/i18n/locales/{locale}/extra',
      include: ['<rootDir>/src/demo', '<rootDir>/src/under-the-hood', '<rootDir>/src/onboarding/ReportSummary.tsx', '<rootDir>/src/exchanges/gloss.ts'],
      exclude: ['**/*.test.*'],
    },
  ],
  format: formatter({ lineNumbers: false }),
  orderBy: 'messageId',
});
