import { useState } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import type { AccountInfo } from '@azure/msal-browser';
import { useRuntime } from '../runtime/runtime';
import { switchDirectory } from '../auth/directory';
import { tenantsQueryOptions } from '../azure/subscriptions';
import { ProblemCard } from '../ui/ProblemCard';
import { useRecordedProblem } from './journal';
import { canSignInTo, directoryName } from './directories';

/**
 * For accounts in several directories (a guest somewhere, or a consultant): ARM lists one directory's
 * subscriptions at a time, so the user picks the directory to set up. Hidden for the usual single directory.
 * Directories seen only through Azure Lighthouse (a customer's, projected into a partner's view) are listed but
 * cannot be chosen: the account has no sign-in there, so no token to set them up with.
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
  const signInable = list.filter((t) => canSignInTo(t) || t.tenantId === account.tenantId);
  const projected = list.filter((t) => !signInable.includes(t));

  return (
    <section className="directory-picker" aria-labelledby="directory-picker-title">
      <h2 id="directory-picker-title" className="h3">
        Directory: {current?.displayName ?? account.tenantId}
      </h2>
      <p className="muted">
        Your account can use {signInable.length === 1 ? 'this directory only' : `${signInable.length} directories`}. The one to
        set up is the directory whose users will sign in to {config.appName}; its subscriptions are listed below.
      </p>
      {projected.length > 0 && (
        <p className="muted" id="directory-projected">
          Through Azure Lighthouse you also manage {projected.map((t) => directoryName(t.tenantId, list)).join(', ')}. You
          can't sign in to {projected.length === 1 ? 'that directory' : 'those directories'}, so {config.appName} can't set{' '}
          {projected.length === 1 ? 'it' : 'them'} up from here: one of {projected.length === 1 ? 'its' : 'their'} admins has to, or
          you as a guest there.
        </p>
      )}
      <p className="directory-choice">
        <label htmlFor="directory-select">Directory to set up</label>
        <select
          id="directory-select"
          aria-describedby={projected.length > 0 ? 'directory-projected' : undefined}
          value={choice}
          onChange={(e) => setChoice(e.target.value)}
          disabled={switching.isPending}
        >
          {list.map((t) => (
            <option key={t.tenantId} value={t.tenantId} disabled={!signInable.includes(t)}>
              {t.displayName ?? t.tenantId}
              {t.defaultDomain ? ` (${t.defaultDomain})` : ''}
              {t.tenantId === account.tenantId ? ' – current' : ''}
              {signInable.includes(t) ? '' : ' – Azure Lighthouse, no sign-in'}
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
