import { Fragment, useEffect, useState, type ReactNode } from 'react';
import { useLingui } from '@lingui/react/macro';
import {
  type ConsentDecision,
  type SignInStep,
  MAX_JUSTIFICATION,
  signInLanguage,
  pageText,
  pageTextParts,
  type PageLanguage,
  type PageTextKey,
} from '@twin-onboarding/emulator';
import type { DemoRuntime } from './demo-runtime';
import { uiLocalesOf, type Locale } from '../i18n/languages';

const PRODUCT = 'Twin Onboarding';

/** What the browser would send Entra ID as Accept-Language. */
function acceptLanguage(): string {
  return (navigator.languages?.length ? navigator.languages : [navigator.language]).join(',');
}

/** A text of Microsoft's page with elements in its placeholders, in the page's word order. */
function Text({ lang, id, values = {} }: { lang: PageLanguage; id: PageTextKey; values?: Record<string, ReactNode> }) {
  return (
    <>
      {pageTextParts<ReactNode>(lang, id, values).map((part, i) => (
        <Fragment key={i}>{part}</Fragment>
      ))}
    </>
  );
}

/**
 * The demo's stand-in for Microsoft's sign-in page: an account picker for the scenario's people and the
 * consent screen, driven by the emulator's sign-in rules. Deliberately plain and labelled, so nobody takes it
 * for Microsoft's real page. It speaks the language Entra ID would (the authorize request's ui_locales, else the
 * browser's), in the emulator's words for Microsoft's pages, the same as the HTTPS emulator's page.
 */
export function DemoSignInPage({ runtime }: { runtime: DemoRuntime }) {
  const authorizeUrl = runtime.pendingAuthorizeUrl();
  const { i18n } = useLingui();
  const [step, setStep] = useState<SignInStep | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [forOrganization, setForOrganization] = useState(false);
  const [justification, setJustification] = useState('');
  const [busy, setBusy] = useState(false);
  const browser = { acceptLanguage: acceptLanguage() };
  // Without a sign-in to answer, the page speaks the portal's language (what it would have sent as ui_locales).
  const lang: PageLanguage =
    step?.lang ?? (authorizeUrl ? signInLanguage(authorizeUrl, browser) : uiLocalesOf(i18n.locale as Locale));
  const text = (key: PageTextKey, values: Record<string, string | number> = {}) => pageText(lang, key, values);

  useEffect(() => {
    document.title = `${pageText(lang, 'label.demo')} – ${PRODUCT}`;
  }, [lang]);

  useEffect(() => {
    if (!authorizeUrl) return;
    runtime.emulator
      .signInStart(authorizeUrl, { acceptLanguage: acceptLanguage() })
      .then(setStep, (e: unknown) => setFailure(String(e)));
  }, [authorizeUrl, runtime]);

  useEffect(() => {
    if (step?.kind === 'redirect') runtime.leaveSignIn(step.location);
    else runtime.save();
  }, [step, runtime]);

  const run = (next: Promise<SignInStep>) => {
    setBusy(true);
    next.then(setStep, (e: unknown) => setFailure(String(e))).finally(() => setBusy(false));
  };

  return (
    <main id="main" className="main demo-sign-in" lang={lang}>
      <div className="demo-banner" role="note">
        <Text lang={lang} id="banner.browser" values={{ label: <strong>{text('label.demo')}</strong> }} />
      </div>
      <section className="step-body">
        {!authorizeUrl && (
          <>
            <h1>{text('browser.noSignIn')}</h1>
            <p>
              <a href="/">{text('browser.back', { product: PRODUCT })}</a>
            </p>
          </>
        )}
        {failure && (
          <p role="alert" className="card problem">
            {text('browser.failed', { reason: failure })}
          </p>
        )}
        {step?.kind === 'pick' && (
          <>
            <h1>{text('pick.title')}</h1>
            <p>
              <Text lang={lang} id="pick.browserLead" values={{ app: <strong>{step.appName}</strong> }} />
            </p>
            <ul className="people">
              {step.users.map((user) => (
                <li key={user.id}>
                  <button
                    type="button"
                    className={`button ${user.id === step.hintedUserId ? 'primary' : ''}`}
                    disabled={busy}
                    aria-label={text('pick.signInAs', { name: user.displayName })}
                    onClick={() => run(runtime.emulator.signInPick(authorizeUrl!, user.id, browser))}
                  >
                    <span>
                      <strong>{user.displayName}</strong> <span className="muted">{user.upn}</span>
                      <br />
                      <span className="muted">{user.tenantName}</span>
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}
        {step?.kind === 'consent' && (
          <>
            <h1>{text('consent.title')}</h1>
            <p>
              <Text
                lang={lang}
                id="consent.browserLead"
                values={{
                  app: <strong>{step.appName}</strong>,
                  publisher: step.publisher ? (
                    <span className="muted"> {text('consent.byPublisher', { publisher: step.publisher })}</span>
                  ) : (
                    ''
                  ),
                  user: step.user.displayName,
                  upn: step.user.upn,
                }}
              />
            </p>
            <ul>
              {step.permissions.map((p) => (
                <li key={`${p.resource} ${p.scope}`}>
                  {p.description} <span className="muted">({p.resourceName})</span>
                </li>
              ))}
            </ul>
            {step.canConsentForOrganization && (
              <p>
                <label>
                  <input
                    type="checkbox"
                    checked={forOrganization}
                    onChange={(e) => setForOrganization(e.target.checked)}
                  />{' '}
                  {text('consent.forOrganization')}
                </label>
              </p>
            )}
            <p className="actions">
              <button
                type="button"
                className="button primary"
                disabled={busy}
                onClick={() => {
                  const decision: ConsentDecision = forOrganization ? 'accept-for-organization' : 'accept';
                  run(runtime.emulator.signInConsent(authorizeUrl!, step.user.id, decision, browser));
                }}
              >
                {text('consent.accept')}
              </button>
              <button
                type="button"
                className="button"
                disabled={busy}
                onClick={() => run(runtime.emulator.signInConsent(authorizeUrl!, step.user.id, 'decline', browser))}
              >
                {text('consent.cancel')}
              </button>
            </p>
          </>
        )}
        {step?.kind === 'admin-approval' && (
          <>
            <h1>{text(step.canRequestApproval ? 'approval.titleWorkflow' : 'approval.title')}</h1>
            <p>
              {step.user.displayName}{' '}
              <span className="muted">
                ({step.user.upn}, {step.user.tenantName})
              </span>
            </p>
            <p>{step.message}</p>
            {step.canRequestApproval && step.requested && (
              <p role="status" className="card success">
                {text('approval.sent')}
              </p>
            )}
            {step.canRequestApproval && !step.requested && (
              <form
                onSubmit={(e) => {
                  e.preventDefault();
                  run(
                    runtime.emulator.signInApproval(
                      authorizeUrl!,
                      step.user.id,
                      { kind: 'request', justification },
                      browser,
                    ),
                  );
                }}
              >
                <p className="field">
                  <label htmlFor="justification">{text('approval.justification')}</label>
                  <textarea
                    id="justification"
                    rows={3}
                    maxLength={MAX_JUSTIFICATION}
                    value={justification}
                    onChange={(e) => setJustification(e.target.value)}
                    aria-invalid={step.problem ? true : undefined}
                    aria-describedby={step.problem ? 'justification-problem' : undefined}
                  />
                </p>
                {step.problem && (
                  <p id="justification-problem" role="alert" className="card problem">
                    {step.problem}
                  </p>
                )}
                <p className="actions">
                  <button type="submit" className="button primary" disabled={busy}>
                    {text('approval.request')}
                  </button>
                </p>
              </form>
            )}
            <p className="actions">
              {!step.requested && (
                <button
                  type="button"
                  className="button"
                  disabled={busy}
                  onClick={() =>
                    run(
                      runtime.emulator.signInApproval(authorizeUrl!, step.user.id, { kind: 'other-account' }, browser),
                    )
                  }
                >
                  {text('approval.otherAccount')}
                </button>
              )}
              <button
                type="button"
                className="button"
                disabled={busy}
                onClick={() =>
                  run(runtime.emulator.signInApproval(authorizeUrl!, step.user.id, { kind: 'return' }, browser))
                }
              >
                {text('approval.return')}
              </button>
            </p>
            <dl className="ids">
              <div>
                <dt>{text('ids.errorCode')}</dt>
                <dd className="mono">{step.code}</dd>
              </div>
              <div>
                <dt>{text('ids.correlationId')}</dt>
                <dd className="mono">{step.correlationId}</dd>
              </div>
            </dl>
          </>
        )}
        {step?.kind === 'mfa' && (
          <>
            <h1>{text('mfa.title')}</h1>
            <p>
              {step.user.displayName}{' '}
              <span className="muted">
                ({step.user.upn}, {step.user.tenantName})
              </span>
            </p>
            <p>{text('mfa.lead', { app: step.appName })}</p>
            {step.contexts.length > 0 && (
              <p className="muted">{text('mfa.contexts', { contexts: step.contexts.join(', ') })}</p>
            )}
            <p className="actions">
              <button
                type="button"
                className="button primary"
                disabled={busy}
                onClick={() => run(runtime.emulator.signInMfa(authorizeUrl!, step.user.id, browser))}
              >
                {text('mfa.approve')}
              </button>
            </p>
          </>
        )}
        {step?.kind === 'error' && (
          <div role="alert">
            <h1>{step.title}</h1>
            <p>
              <strong>{step.code}</strong>: {step.message}
            </p>
            <dl className="ids">
              <div>
                <dt>{text('ids.correlationId')}</dt>
                <dd className="mono">{step.correlationId}</dd>
              </div>
              <div>
                <dt>{text('ids.traceId')}</dt>
                <dd className="mono">{step.traceId}</dd>
              </div>
            </dl>
            <p>
              <a href="/">{text('browser.back', { product: PRODUCT })}</a>
            </p>
          </div>
        )}
        {step?.kind === 'redirect' && <p role="status">{text('browser.returning', { product: PRODUCT })}</p>}
      </section>
    </main>
  );
}
