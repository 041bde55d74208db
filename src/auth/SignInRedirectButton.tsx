import { useState, type ReactNode } from 'react';
import { useMsal } from '@azure/msal-react';
import { InteractionStatus } from '@azure/msal-browser';
import { Trans } from '@lingui/react/macro';

/**
 * A button that leaves for Microsoft's sign-in page on a click, never by itself (a redirect that failed would loop),
 * and says so when the page could not be opened. Disabled while MSAL is busy with another interaction.
 */
export function SignInRedirectButton({
  go,
  disabled = false,
  children,
}: {
  go: () => Promise<void>;
  disabled?: boolean;
  children: ReactNode;
}) {
  const { inProgress } = useMsal();
  const [failed, setFailed] = useState(false);
  async function click() {
    setFailed(false);
    try {
      await go();
    } catch {
      setFailed(true);
    }
  }
  return (
    <>
      <button
        type="button"
        className="button primary"
        onClick={() => void click()}
        disabled={disabled || inProgress !== InteractionStatus.None}
      >
        {children}
      </button>
      {failed && (
        <span role="alert">
          <Trans>The sign-in page could not be opened. Reload the page and try again.</Trans>
        </span>
      )}
    </>
  );
}
