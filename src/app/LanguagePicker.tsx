import { useState } from 'react';
import { Trans, useLingui } from '@lingui/react/macro';
import { activateLocale } from '../i18n/i18n';
import { LANGUAGES, PSEUDO, type Locale } from '../i18n/languages';
import { useHydrated } from '../ui/hydration';

/**
 * The header's language picker: a native select, so keyboards, screen readers and phones handle it as they know
 * how. The new language's words are fetched first and the page switches at once; the choice lasts for the tab and
 * goes to Microsoft's sign-in page as `ui_locales`. Disabled until the app has taken over the prerendered page.
 */
export function LanguagePicker() {
  const { i18n, t } = useLingui();
  const hydrated = useHydrated();
  const [pending, setPending] = useState<Locale | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const current = i18n.locale as Locale;

  function choose(locale: Locale) {
    setPending(locale);
    setFailed(null);
    activateLocale(locale).then(
      () => setPending(null),
      () => {
        setPending(null);
        setFailed(LANGUAGES.find((l) => l.code === locale)?.name ?? locale);
      },
    );
  }

  return (
    <div className="language-picker" data-print="hide">
      <label htmlFor="language">
        <Trans>Language</Trans>
      </label>
      <select
        id="language"
        value={pending ?? current}
        disabled={!hydrated || pending !== null}
        onChange={(event) => choose(event.target.value as Locale)}
      >
        {LANGUAGES.map((language) => (
          <option key={language.code} value={language.code} lang={language.code}>
            {language.name}
          </option>
        ))}
        {/* Tests only: offered when chosen by the address, so the picker shows what is spoken. */}
        {current === PSEUDO && <option value={PSEUDO}>{t`Pseudo-locale`}</option>}
      </select>
      {failed && (
        <p role="alert" className="language-failed">
          <Trans>
            {failed} could not be loaded: the connection may be down. The page stays in the language it was in; try
            again in a moment.
          </Trans>
        </p>
      )}
    </div>
  );
}
