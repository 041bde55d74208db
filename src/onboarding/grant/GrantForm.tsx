import { useId, useState } from 'react';
import type { AccountInfo } from '@azure/msal-browser';
import { useIsMutating } from '@tanstack/react-query';
import type { MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { useRuntime } from '../../runtime/runtime';
import type { CustomerTwinsConfig } from '../../config/schema';
import { mutationKeys } from '../../azure/query-keys';
import type { DigitalTwinsInstance } from '../../azure/digital-twins-instances';
import type { PrincipalType } from '../../azure/role-assignment';
import { objectIdIn } from '../../auth/principal';
import { ProblemCard } from '../../ui/ProblemCard';
import { type AccessVerdict } from '../data-access';
import { useProblem } from '../../problems/useProblem';
import { principalTypeName } from './principal-words';
import { checkObjectId, type ObjectIdProblem } from './object-id';
import { useAssign, withResume, type Target } from './use-assign';

const ENTRA_OBJECTS = 'https://entra.microsoft.com/#view/Microsoft_AAD_IAM/GroupsManagementMenuBlade/~/AllGroups';

/** Why a typed id cannot be the principal's object id, in words. */
const OBJECT_ID_PROBLEMS: Record<ObjectIdProblem, MessageDescriptor> = {
  empty: msg`Enter the object ID.`,
  shape: msg`An object ID is a GUID: 32 hexadecimal digits in groups of 8-4-4-4-12.`,
  zeros: msg`An object ID of zeros belongs to nobody.`,
  'tenant-id': msg`This is the directory's own ID (tenant ID), not the object ID of a group, user or service principal.`,
  'client-id': msg`This is the app's application (client) ID. Its service principal has another ID, its object ID: copy it from Enterprise applications.`,
};

export function GrantForm({
  account,
  instance,
  verdict,
  onDone,
}: {
  account: AccountInfo;
  instance: DigitalTwinsInstance;
  verdict: AccessVerdict;
  onDone: () => void;
}) {
  const { config } = useRuntime();
  const { i18n } = useLingui();
  const id = useId();
  const tenantId = account.tenantId;
  // The form is on the verdict card, which only the customer's directory has (stepsFor).
  const caller = (config.digitalTwins as CustomerTwinsConfig).caller;
  // The admin's object id in *this* directory (a guest's differs from their home one); none yet: no "me".
  const youId = objectIdIn(account, tenantId);
  const offerYou = youId !== undefined && verdict.you !== 'holds' && verdict.you !== 'given';
  const [who, setWho] = useState<'object' | 'you'>('object');
  const [typed, setTyped] = useState('');
  const [type, setType] = useState<PrincipalType>(caller === 'users' ? 'Group' : 'ServicePrincipal');
  const [shownProblem, setShownProblem] = useState<ObjectIdProblem | undefined>();
  const [target, setTarget] = useState<Target | undefined>();
  const scope = instance.id.toLowerCase();
  const role = verdict.role;
  const pendingElsewhere =
    useIsMutating({ mutationKey: mutationKeys.assignRole(scope, target?.principalId ?? '', role.guid) }) > 0;

  const assign = useAssign(tenantId, scope, role, target?.principalId ?? '', () => {
    setTarget(undefined);
    onDone();
  });
  const problem = withResume(useProblem(assign.mutation.error), assign.sent);
  const busy = assign.mutation.isPending || pendingElsewhere;

  const review = (event: React.FormEvent) => {
    event.preventDefault();
    assign.mutation.reset();
    if (who === 'you' && youId) {
      setTarget({ principalId: youId.toLowerCase(), principalType: 'User', you: true });
      return;
    }
    const checked = checkObjectId(typed, { tenantId, clientId: config.clientId });
    if (!checked.ok) {
      setShownProblem(checked.problem);
      return;
    }
    setShownProblem(undefined);
    const you = youId !== undefined && checked.objectId === youId.toLowerCase();
    setTarget({ principalId: checked.objectId, principalType: you ? 'User' : type, you });
  };

  const typeName = (p: PrincipalType) => principalTypeName(i18n, p);
  const roleName = role.roleName;
  const name = instance.name;

  if (target) {
    const principalType = typeName(target.principalType);
    const objectId = target.principalId;
    return (
      <div className="card note" role="group" aria-labelledby={`${id}-confirm`}>
        <h3 id={`${id}-confirm`} className="h4">
          <Trans>
            Give {roleName} on {name}?
          </Trans>
        </h3>
        <p>
          {target.you ? (
            <Trans>
              To you: {principalType} <span className="mono">{objectId}</span>, your object ID in this directory.
            </Trans>
          ) : (
            <Trans>
              To {principalType} <span className="mono">{objectId}</span>. Azure does not check that this object exists:
              an ID of nothing gives an assignment to "Identity not found" that never works. Compare it with the object
              ID that Microsoft Entra ID shows.
            </Trans>
          )}
        </p>
        {problem && <ProblemCard problem={problem} />}
        <p className="actions">
          <button
            type="button"
            className="button primary"
            disabled={busy}
            onClick={() => assign.mutation.mutate(target)}
          >
            {busy ? <Trans>Giving the role…</Trans> : <Trans>Give the role</Trans>}
          </button>{' '}
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => {
              assign.mutation.reset();
              setTarget(undefined);
            }}
          >
            <Trans>Change</Trans>
          </button>
        </p>
      </div>
    );
  }

  const problemId = `${id}-problem`;
  return (
    <form className="card" onSubmit={review} aria-labelledby={`${id}-title`} noValidate>
      <h3 id={`${id}-title`} className="h4">
        <Trans>Give the role from here</Trans>
      </h3>
      <fieldset className="field">
        <legend>
          <Trans>Give {roleName} to</Trans>
        </legend>
        <label>
          <input type="radio" name={`${id}-who`} checked={who === 'object'} onChange={() => setWho('object')} />{' '}
          {caller === 'users' ? (
            <Trans>A group (recommended), a user or a service principal, by its object ID</Trans>
          ) : (
            <Trans>A service principal, a group or a user, by its object ID</Trans>
          )}
        </label>
        {offerYou && (
          <label>
            <input type="radio" name={`${id}-who`} checked={who === 'you'} onChange={() => setWho('you')} />{' '}
            <Trans>Me ({account.username}): I use the app too</Trans>
          </label>
        )}
      </fieldset>
      {who === 'object' && (
        <>
          <p className="field">
            <label htmlFor={`${id}-type`}>
              <Trans>Type of principal</Trans>
            </label>
            <select id={`${id}-type`} value={type} onChange={(e) => setType(e.target.value as PrincipalType)}>
              <option value="Group">{typeName('Group')}</option>
              <option value="User">{typeName('User')}</option>
              <option value="ServicePrincipal">{typeName('ServicePrincipal')}</option>
            </select>
          </p>
          <p className="field">
            <label htmlFor={`${id}-oid`}>
              <Trans>Object ID</Trans>
            </label>
            <input
              id={`${id}-oid`}
              className="mono"
              value={typed}
              autoComplete="off"
              spellCheck={false}
              onChange={(e) => setTyped(e.target.value)}
              aria-invalid={shownProblem ? true : undefined}
              aria-describedby={shownProblem ? `${problemId} ${id}-where` : `${id}-where`}
            />
            <span id={`${id}-where`} className="muted">
              <Trans>
                In the{' '}
                <a href={ENTRA_OBJECTS} target="_blank" rel="noreferrer noopener">
                  Microsoft Entra admin center
                </a>
                , open the group, user or enterprise application: its Overview shows the Object ID. For an app, that is
                not the application (client) ID.
              </Trans>
            </span>
          </p>
          {shownProblem && (
            <p id={problemId} role="alert" className="card problem">
              {i18n._(OBJECT_ID_PROBLEMS[shownProblem])}
            </p>
          )}
        </>
      )}
      <p className="actions">
        <button type="submit" className="button primary">
          <Trans>Review</Trans>
        </button>
      </p>
    </form>
  );
}
