import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Trans } from '@lingui/react/macro';
import { useRuntime } from '../../runtime/runtime';
import type { DigitalTwinsInstance } from '../../azure/digital-twins-instances';
import { permissionsAtQueryOptions } from '../../azure/permissions';
import type { RoleEligibility } from '../../azure/role-eligibilities';

/**
 * No roleAssignments/write, but a role that has it is eligible in Privileged Identity Management: activate it and
 * check again (with a new token: ARM caches role assignments per token), rather than ask an Owner.
 */
export function ActivateFirst({ instance, eligible }: { instance: DigitalTwinsInstance; eligible: RoleEligibility[] }) {
  const { arm } = useRuntime();
  const queryClient = useQueryClient();
  const [checking, setChecking] = useState(false);
  const roles = [...new Set(eligible.map((e) => e.roleName ?? e.roleGuid))].join(', ');
  const name = instance.name;
  const checkAgain = async () => {
    setChecking(true);
    try {
      await queryClient.fetchQuery({ ...permissionsAtQueryOptions(arm, instance.id, true), staleTime: 0 });
    } catch {
      // The verdict's own read shows what went wrong.
    } finally {
      setChecking(false);
    }
  };
  return (
    <div className="card note" role="note" aria-labelledby="pim-title">
      <h3 id="pim-title" className="h4">
        <Trans>Activate your role first</Trans>
      </h3>
      <p>
        <Trans>
          You are eligible for {roles} on {name} or above it in Privileged Identity Management, but the role is not
          active. Activate it (Microsoft Entra admin center &gt; Privileged Identity Management &gt; My roles &gt; Azure
          resources), then select "Check again": you can then give the role yourself, without asking an Owner.
        </Trans>
      </p>
      <p className="actions">
        <button type="button" className="button" disabled={checking} onClick={() => void checkAgain()}>
          {checking ? <Trans>Checking…</Trans> : <Trans>Check again</Trans>}
        </button>
      </p>
    </div>
  );
}
