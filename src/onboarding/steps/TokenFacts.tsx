import type { ReactNode } from 'react';
import { Trans, useLingui } from '@lingui/react/macro';

/** What the portal shows of a Digital Twins token: who issued it, to whom, for what, until when (never the token). */
export interface TokenSummary {
  tenantId: string;
  account: string;
  scopes: string[];
  expiresOn: string | undefined;
}

/** A token's facts; `issuer` labels its directory (the customer's own, or the instance's when that is another). */
export function TokenFacts({ token, issuer }: { token: TokenSummary; issuer: ReactNode }) {
  const { t, i18n } = useLingui();
  return (
    <dl className="facts">
      <div>
        <dt>{issuer}</dt>
        <dd className="mono">{token.tenantId}</dd>
      </div>
      <div>
        <dt>
          <Trans>Account</Trans>
        </dt>
        <dd>{token.account}</dd>
      </div>
      <div>
        <dt>
          <Trans>Scopes granted</Trans>
        </dt>
        <dd className="mono wrap">{token.scopes.join(' ')}</dd>
      </div>
      <div>
        <dt>
          <Trans>Token expires</Trans>
        </dt>
        <dd>
          {token.expiresOn
            ? i18n.date(new Date(token.expiresOn), { dateStyle: 'medium', timeStyle: 'medium' })
            : t({ message: 'not stated', comment: 'The token came without an expiry time' })}
        </dd>
      </div>
    </dl>
  );
}
