import { useState } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import type { AccountInfo } from '@azure/msal-browser';
import { useRuntime } from '../runtime/runtime';
import { switchDirectory } from '../auth/directory';
import { tenantsQueryOptions } from '../azure/subscriptions';
import { ProblemCard } from '../ui/ProblemCard';
import { useRecordedProblem } from './journal';

/**
 * For accounts in several directories (a guest somewhere, or a consultant): ARM lists one directory's
 * subscriptions at a time, so the user picks the directory to set up. Hidden for the usual single directory.
 */
export function DirectoryPicker({ account }: { account: AccountInfo }) {
  const { arm, msal, config } = useRuntime();
  const tenants = useQuery(tenantsQueryOptions(arm, account.homeAccountId));
  const [choice, setChoice] = useState(account.tenantId);
  const switching = useMutation({ mutationFn: (tenantId: string) => switchDirectory(msal, config, account, tenantId) });
  const problem = useRecordedProblem(switching.error, account.tenantId);
  const list = tenants.data ?? [];
  if (list.length < 2) return null;
  const current = list.find((t) => t.tenantId === account.tenantId);

  return (
    <section className="directory-picker" aria-labelledby="directory-picker-title">
      <h2 id="directory-picker-title" className="h3">
        Directory: {current?.displayName ?? account.tenantId}
      </h2>
      <p className="muted">
        Your account can use {list.length} directories. The one to set up is the directory whose users will sign in to{' '}
        {config.appName}; its subscriptions are listed below.
      </p>
      <p className="directory-choice">
        <label htmlFor="directory-select">Directory to set up</label>
        <select id="directory-select" value={choice} onChange={(e) => setChoice(e.target.value)} disabled={switching.isPending}>
          {list.map((t) => (
            <option key={t.tenantId} value={t.tenantId}>
              {t.displayName ?? t.tenantId}
              {t.defaultDomain ? ` (${t.defaultDomain})` : ''}
              {t.tenantId === account.tenantId ? ' – current' : ''}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="button"
          disabled={choice === account.tenantId || switching.isPending}
          onClick={() => switching.mutate(choice)}
        >
          {switching.isPending ? 'Switching…' : 'Switch directory'}
        </button>
      </p>
      {problem && <ProblemCard problem={problem} />}
    </section>
  );
}
