import { useState } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import type { AccountInfo } from '@azure/msal-browser';
import { Plural, Trans, useLingui } from '@lingui/react/macro';
import { useRuntime } from '../runtime/runtime';
import { switchDirectory } from '../auth/directory';
import { tenantsQueryOptions } from '../azure/subscriptions';
import { ProblemCard } from '../ui/ProblemCard';
import { useProblem } from '../problems/useProblem';
import { problemMeta } from './problem-log';
import { canSignInTo, directoryName } from './directories';

/**
 * For accounts in several directories (a guest somewhere, or a consultant): ARM lists one directory's
 * subscriptions at a time, so the user picks the directory to set up. Hidden for the usual single directory.
 * Directories seen only through Azure Lighthouse (a customer's, projected into a partner's view) are listed but
 * cannot be chosen: the account has no sign-in there, so no token to set them up with.
 */
export function DirectoryPicker({ account }: { account: AccountInfo }) {
  const { arm, msal, config } = useRuntime();
  const { t, i18n } = useLingui();
  const tenants = useQuery(tenantsQueryOptions(arm, account.homeAccountId));
  const [choice, setChoice] = useState(account.tenantId);
  const switching = useMutation({
    mutationFn: (tenantId: string) => switchDirectory(msal, config, account, tenantId),
    meta: problemMeta(account.tenantId, config),
  });
  const problem = useProblem(switching.error);
  const list = tenants.data ?? [];
  if (list.length < 2) return null;
  const current = list.find((t) => t.tenantId === account.tenantId);
  const signInable = list.filter((t) => canSignInTo(t) || t.tenantId === account.tenantId);
  const projected = list.filter((t) => !signInable.includes(t));

  const optionName = (tenant: (typeof list)[number]) => {
    const name = tenant.defaultDomain
      ? `${tenant.displayName ?? tenant.tenantId} (${tenant.defaultDomain})`
      : (tenant.displayName ?? tenant.tenantId);
    if (!signInable.includes(tenant))
      return t({
        message: `${name} – Azure Lighthouse, no sign-in`,
        comment: 'A directory in the list that cannot be chosen',
      });
    if (tenant.tenantId === account.tenantId)
      return t({ message: `${name} – current`, comment: 'The directory signed in to now, in the list' });
    return name;
  };
  const app = config.appName;
  const directory = current?.displayName ?? account.tenantId;
  const usable = signInable.length;
  const count = projected.length;
  // "A, B" in the page's language (a list of names, not a sentence with "and").
  const names = new Intl.ListFormat(i18n.locale, { type: 'unit', style: 'short' }).format(
    projected.map((t) => directoryName(t.tenantId, list, i18n)),
  );

  return (
    <section className="directory-picker" aria-labelledby="directory-picker-title">
      <h2 id="directory-picker-title" className="h3">
        <Trans>Directory: {directory}</Trans>
      </h2>
      <p className="muted">
        <Plural
          value={usable}
          one="Your account can use this directory only."
          other="Your account can use # directories."
        />{' '}
        <Trans>
          The one to set up is the directory whose users will sign in to {app}; its subscriptions are listed below.
        </Trans>
      </p>
      {count > 0 && (
        <p className="muted" id="directory-projected">
          <Trans>Through Azure Lighthouse you also manage {names}.</Trans>{' '}
          <Plural
            value={count}
            one={`You can't sign in to that directory, so ${app} can't set it up from here: one of its admins has to, or you as a guest there.`}
            other={`You can't sign in to those directories, so ${app} can't set them up from here: one of their admins has to, or you as a guest there.`}
          />
        </p>
      )}
      <p className="directory-choice">
        <label htmlFor="directory-select">
          <Trans>Directory to set up</Trans>
        </label>
        <select
          id="directory-select"
          aria-describedby={projected.length > 0 ? 'directory-projected' : undefined}
          value={choice}
          onChange={(e) => setChoice(e.target.value)}
          disabled={switching.isPending}
        >
          {list.map((tenant) => (
            <option key={tenant.tenantId} value={tenant.tenantId} disabled={!signInable.includes(tenant)}>
              {optionName(tenant)}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="button"
          disabled={choice === account.tenantId || switching.isPending}
          onClick={() => switching.mutate(choice)}
        >
          {switching.isPending ? t`Switching…` : t`Switch directory`}
        </button>
      </p>
      {problem && <ProblemCard problem={problem} />}
    </section>
  );
}
