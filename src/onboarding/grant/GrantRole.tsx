import { useState } from 'react';
import type { AccountInfo } from '@azure/msal-browser';
import { Trans } from '@lingui/react/macro';
import type { DigitalTwinsInstance } from '../../azure/digital-twins-instances';
// The catalogue's entries for a refused assignment come with this chunk.
import '../../problems/catalogue-roles';
import { type AccessVerdict } from '../data-access';
import { useJournal } from '../journal';
import { GrantForm } from './GrantForm';
import { GrantProgress } from './GrantProgress';
import { ResumeAssignment } from './ResumeAssignment';

/**
 * "Give the role" on the verdict card: to a group, user or service principal by object id, or to the admin. One
 * PUT per principal, role and instance whatever the clicks, reloads and tabs; then reads until it works.
 */
export function GrantRole({
  account,
  instance,
  verdict,
}: {
  account: AccountInfo;
  instance: DigitalTwinsInstance;
  verdict: AccessVerdict;
}) {
  const tenantId = account.tenantId;
  const journal = useJournal(tenantId);
  const scope = instance.id.toLowerCase();
  const roleId = verdict.role.guid;
  // What this tab gave on this instance (the role the verdict recommends), newest first.
  const grants = Object.values(journal.grants ?? {})
    .filter((g) => g.scope === scope && g.roleId === roleId)
    .sort((a, b) => b.assignedAt.localeCompare(a.assignedAt));
  const [another, setAnother] = useState(false);

  const offerForm = verdict.canAssign !== false && (grants.length === 0 ? verdict.outcome !== 'ready' : another);
  return (
    <>
      {verdict.canAssign !== false && (
        <ResumeAssignment tenantId={tenantId} scope={scope} role={{ guid: roleId, roleName: verdict.role.roleName }} />
      )}
      {grants.map((g) => (
        <GrantProgress key={g.name} grant={g} tenantId={tenantId} instance={instance} />
      ))}
      {offerForm && (
        <GrantForm account={account} instance={instance} verdict={verdict} onDone={() => setAnother(false)} />
      )}
      {grants.length > 0 && !another && verdict.canAssign !== false && (
        <p>
          <button type="button" className="link-button" onClick={() => setAnother(true)}>
            <Trans>Give the role to another principal</Trans>
          </button>
        </p>
      )}
    </>
  );
}
