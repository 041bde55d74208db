import { useEffect, useState } from 'react';
import type { ConsentDecision, SignInStep } from './emulator/types';
import type { DemoRuntime } from './demo-runtime';
import { MAX_JUSTIFICATION } from './emulator/signin';

/**
 * The demo's stand-in for Microsoft's sign-in page: an account picker for the scenario's people and the
 * consent screen, driven by the emulator's sign-in rules. Deliberately plain and labelled, so nobody takes it
 * for Microsoft's real page.
 */
export function DemoSignInPage({ runtime }: { runtime: DemoRuntime }) {
  const authorizeUrl = runtime.pendingAuthorizeUrl();
  const [step, setStep] = useState<SignInStep | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [forOrganization, setForOrganization] = useState(false);
  const [justification, setJustification] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    document.title = 'Demo sign-in – Twin Onboarding';
    if (!authorizeUrl) return;
    runtime.emulator.signInStart(authorizeUrl).then(setStep, (e: unknown) => setFailure(String(e)));
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
    <main id="main" className="main demo-sign-in">
      <div className="demo-banner" role="note">
        <strong>Demo sign-in</strong> — emulated Microsoft Entra ID running in your browser. This is not Microsoft's
        sign-in page and no password is asked for.
      </div>
      <section className="step-body">
        {!authorizeUrl && (
          <>
            <h1>No sign-in in progress</h1>
            <p>
              <a href="/">Back to Twin Onboarding</a>
            </p>
          </>
        )}
        {failure && (
          <p role="alert" className="card problem">
            The demo sign-in failed: {failure}
          </p>
        )}
        {step?.kind === 'pick' && (
          <>
            <h1>Pick an account</h1>
            <p>
              <strong>{step.appName}</strong> asks you to sign in. Choose one of the demo's people:
            </p>
            <ul className="people">
              {step.users.map((user) => (
                <li key={user.id}>
                  <button
                    type="button"
                    className={`button ${user.id === step.hintedUserId ? 'primary' : ''}`}
                    disabled={busy}
                    aria-label={`Sign in as ${user.displayName}`}
                    onClick={() => run(runtime.emulator.signInPick(authorizeUrl!, user.id))}
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
            <h1>Permissions requested</h1>
            <p>
              <strong>{step.appName}</strong>
              {step.publisher && <span className="muted"> by {step.publisher}</span>}
              {` would like to, for ${step.user.displayName} (${step.user.upn}):`}
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
                  <input type="checkbox" checked={forOrganization} onChange={(e) => setForOrganization(e.target.checked)} /> Consent on
                  behalf of your organization
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
                  run(runtime.emulator.signInConsent(authorizeUrl!, step.user.id, decision));
                }}
              >
                Accept
              </button>
              <button
                type="button"
                className="button"
                disabled={busy}
                onClick={() => run(runtime.emulator.signInConsent(authorizeUrl!, step.user.id, 'decline'))}
              >
                Cancel
              </button>
            </p>
          </>
        )}
        {step?.kind === 'admin-approval' && (
          <>
            <h1>{step.canRequestApproval ? 'Approval required' : 'Need admin approval'}</h1>
            <p>
              {step.user.displayName} <span className="muted">({step.user.upn}, {step.user.tenantName})</span>
            </p>
            <p>{step.message}</p>
            {step.canRequestApproval && step.requested && (
              <p role="status" className="card success">
                Request sent. The administrators who review app requests will see it; you will be told when it is approved.
              </p>
            )}
            {step.canRequestApproval && !step.requested && (
              <form
                onSubmit={(e) => {
                  e.preventDefault();
                  run(runtime.emulator.signInApproval(authorizeUrl!, step.user.id, { kind: 'request', justification }));
                }}
              >
                <p className="field">
                  <label htmlFor="justification">Justification for requesting this app</label>
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
                    Request approval
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
                  onClick={() => run(runtime.emulator.signInApproval(authorizeUrl!, step.user.id, { kind: 'other-account' }))}
                >
                  Sign in with an admin account
                </button>
              )}
              <button
                type="button"
                className="button"
                disabled={busy}
                onClick={() => run(runtime.emulator.signInApproval(authorizeUrl!, step.user.id, { kind: 'return' }))}
              >
                Return to the application without granting consent
              </button>
            </p>
            <dl className="ids">
              <div>
                <dt>Error code</dt>
                <dd className="mono">{step.code}</dd>
              </div>
              <div>
                <dt>Correlation ID</dt>
                <dd className="mono">{step.correlationId}</dd>
              </div>
            </dl>
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
                <dt>Correlation ID</dt>
                <dd className="mono">{step.correlationId}</dd>
              </div>
              <div>
                <dt>Trace ID</dt>
                <dd className="mono">{step.traceId}</dd>
              </div>
            </dl>
            <p>
              <a href="/">Back to Twin Onboarding</a>
            </p>
          </div>
        )}
        {step?.kind === 'redirect' && <p role="status">Returning to Twin Onboarding…</p>}
      </section>
    </main>
  );
}
