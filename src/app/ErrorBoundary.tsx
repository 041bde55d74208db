import { Component, type ReactNode } from 'react';
import { Trans } from '@lingui/react/macro';
import { SupportContactLine } from '../ui/SupportContactLine';

interface State {
  error: Error | null;
}

/** Last line of defence: a render crash becomes a message with a way out, never a blank page. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  render() {
    if (!this.state.error) return this.props.children;
    return (
      <section className="card problem" role="alert" aria-labelledby="crash-title">
        <h2 id="crash-title">
          <Trans>The portal hit an unexpected error</Trans>
        </h2>
        <p>
          <Trans>Your choices are kept in this tab. Reloading the page usually continues where you were.</Trans>
        </p>
        <SupportContactLine />
        <p>
          <button type="button" className="button primary" onClick={() => window.location.reload()}>
            <Trans>Reload the page</Trans>
          </button>
        </p>
        <details>
          <summary>
            <Trans>Technical details</Trans>
          </summary>
          <pre className="pre">{`${this.state.error.name}: ${this.state.error.message}`}</pre>
        </details>
      </section>
    );
  }
}
