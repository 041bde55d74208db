import { useRef, useState } from 'react';
import { useMsal } from '@azure/msal-react';
import { InteractionStatus } from '@azure/msal-browser';
import { Trans, useLingui } from '@lingui/react/macro';
import { useRuntime } from '../../runtime/runtime';
import { signIn } from '../../auth/tokens';
import { clearTenantHint, readTenantHint } from '../../auth/tenant-hint';
import { adminConsentReturn } from '../../auth/admin-consent';
import { adminApprovalRequest } from '../requests';
import { RequestText } from '../RequestText';
import { useProblem } from '../../problems/useProblem';
import { ProblemCard } from '../../ui/ProblemCard';
import { ConfigText } from '../../ui/hydration';

export function SignInStep() {
  const { config, msal, redirectError, demo } = useRuntime();
  const { inProgress } = useMsal();
  const { t, i18n } = useLingui();
  const [startError, setStartError] = useState<unknown>(null);
  // No address and no tab when the landing page is prerendered at build time.
  const [tenantHint, setTenantHint] = useState(() => (typeof window === 'undefined' ? undefined : readTenantHint()));
  // An admin who opened the approval link of a request lands here with Entra ID's answer (an error, or the approval).
  const [adminConsent] = useState(() =>
    typeof window === 'undefined' ? null : adminConsentReturn(window.location.search),
  );
  const adminConsentError = adminConsent?.kind === 'failed' ? adminConsent.error : null;
  const problem = useProblem(startError ?? redirectError ?? adminConsentError);
  const busy = inProgress !== InteractionStatus.None;
  // While MSAL starts up (and in the prerendered page) the button waits, disabled, under its own label.
  const signingIn = busy && inProgress !== InteractionStatus.Startup && inProgress !== InteractionStatus.HandleRedirect;
  const starting = useRef(false);
  const adminApproved = adminConsent?.kind === 'approved';
  const app = config.appName;
  const adminRequest = adminApprovalRequest(i18n, config, tenantHint ?? 'organizations');

  async function start(tenant: string | undefined) {
    // A second click while the first one is on its way to Microsoft: that sign-in goes on, nothing to report.
    if (starting.current) return;
    starting.current = true;
    setStartError(null);
    try {
      await signIn(msal, config, tenant);
    } catch (error) {
      setStartError(error);
    } finally {
      starting.current = false;
    }
  }

  function signInToOwnDirectory() {
    clearTenantHint();
    setTenantHint(undefined);
    void start(undefined);
  }

  return (
    <>
      <p className="lead">
        <Trans>
          To use <ConfigText name="appName" value={config.appName} />, your organization's Microsoft Entra directory
          must know the Azure Digital Twins service. This portal sets that up with you in a few minutes.
        </Trans>
      </p>
      <ol className="plan">
        <li>
          <Trans>
            <strong>Sign in</strong> with an account of your organization that can manage an Azure subscription.
          </Trans>
        </li>
        <li>
          <Trans>
            <strong>Choose a subscription</strong> of your directory and <strong>register</strong> the{' '}
            <code>
              <ConfigText name="providerNamespace" value={config.providerNamespace} />
            </code>{' '}
            resource provider on it. Azure then adds the Azure Digital Twins service principal (an app entry) to your
            directory.
          </Trans>
        </li>
        <li>
          <Trans>
            <strong>Verify</strong> that Microsoft Entra ID now issues Azure Digital Twins tokens, and get a report to
            hand back.
          </Trans>
        </li>
      </ol>
      <div className="card note">
        <h2 className="h3">
          <Trans>What this portal asks for and changes</Trans>
        </h2>
        <ul>
          <li>
            <Trans>
              It signs you in with Microsoft and asks for permission to use <strong>Azure Resource Manager</strong> on
              your behalf (to list your subscriptions and register one resource provider).
            </Trans>
          </li>
          <li>
            <Trans>
              It changes one thing:{' '}
              <code>
                <ConfigText name="providerNamespace" value={config.providerNamespace} />
              </code>{' '}
              becomes registered on the subscription you choose. Registering a provider is free and creates no
              resources.
            </Trans>
          </li>
          <li>
            <Trans>Nothing is stored outside this browser tab; closing it signs you out of the portal.</Trans>
          </li>
        </ul>
      </div>
      {adminApproved && !problem && (
        // Anyone can type `?admin_consent=True` into an address: say whose word it is, and that signing in shows it.
        <p role="status" className="card note">
          <Trans>
            Microsoft Entra ID's answer in this address says that an administrator approved {app} for the organization.
            If so, everyone in it can now sign in here without being asked for that approval.
          </Trans>
        </p>
      )}
      {tenantHint && (
        <p className="card note">
          <Trans>
            This link signs you in to the directory <strong className="wrap">{tenantHint}</strong>.
          </Trans>{' '}
          <button type="button" className="link-button" onClick={signInToOwnDirectory} disabled={busy}>
            <Trans>Sign in to your own directory instead</Trans>
          </button>
        </p>
      )}
      {problem && (
        <ProblemCard
          problem={problem}
          actions={
            <>
              {[
                'aadsts-90094',
                'aadsts-90093',
                'aadsts-90095',
                'aadsts-900941',
                'aadsts-900981',
                'admin-consent-not-admin',
              ].includes(problem.key) && (
                <RequestText label={t`Copy the request for an administrator`} text={adminRequest} />
              )}
              {problem.key === 'aadsts-65004' && (
                // Microsoft answers "return without consent" on its "Need admin approval" page as a plain decline.
                <details className="admin-request">
                  <summary>
                    <Trans>Microsoft said an administrator must approve this app?</Trans>
                  </summary>
                  <RequestText label={t`Copy the request for an administrator`} text={adminRequest} />
                </details>
              )}
              {problem.key === 'aadsts-50020' && tenantHint ? (
                <button type="button" className="button primary" onClick={signInToOwnDirectory} disabled={busy}>
                  <Trans>Sign in to your own directory</Trans>
                </button>
              ) : (
                // A declined approval is the admin's decision, not a sign-in that failed: nothing to try again here.
                problem.key !== 'admin-consent-declined' &&
                problem.key !== 'admin-consent-not-admin' && (
                  <button type="button" className="button" onClick={() => void start(tenantHint)} disabled={busy}>
                    <Trans>Try again</Trans>
                  </button>
                )
              )}
            </>
          }
        />
      )}
      <p className="actions">
        <button type="button" className="button primary" onClick={() => void start(tenantHint)} disabled={busy}>
          {signingIn ? t`Signing in…` : t`Sign in with Microsoft`}
        </button>
        {!demo && (
          <a className="link-button" href="/?demo">
            <Trans>Try the demo instead</Trans>
          </a>
        )}
      </p>
      {demo && (
        // Below the button, so that the page prerendered for live mode keeps its layout when the demo starts.
        <p className="card note">
          <Trans>
            <strong>In this demo</strong> the directory, its people and its subscriptions are made up (Contoso), and
            Microsoft's sign-in and Azure are emulated in your browser: nothing real is signed in to or changed.
          </Trans>
        </p>
      )}
    </>
  );
}
