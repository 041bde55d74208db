import { useEffect, useMemo, useState } from 'react';
import type { AccountInfo } from '@azure/msal-browser';
import { Plural, Trans, useLingui } from '@lingui/react/macro';
import { useRuntime } from '../../runtime/runtime';
import { useDigitalTwinsInstances, type DigitalTwinsInstance } from '../../azure/digital-twins-instances';
import { useSubscription } from '../../azure/subscriptions';
import { ProblemCard } from '../../ui/ProblemCard';
import { updateChoices } from '../choices';
import { useProblem } from '../../problems/useProblem';
import { problemMeta } from '../problem-log';

/** Rows shown before "Show more": a directory with hundreds of instances still renders at once. */
const FIRST_ROWS = 25;

/** Where the Azure portal creates an instance. */
export const CREATE_INSTANCE_URL = 'https://portal.azure.com/#create/Microsoft.DigitalTwins';
/** The Azure CLI's line (the azure-iot extension's `az dt`). */
export const CREATE_INSTANCE_COMMAND =
  'az dt create --dt-name <instance-name> --resource-group <resource-group> --location <region>';

/**
 * Step 2 with today's Digital Twins: every instance of the directory the admin can read, found with one Resource
 * Graph query. Picking one is the whole step: an instance proves Microsoft.DigitalTwins is registered on its
 * subscription. None: how to create one, registering as the way out, and "Check again".
 */
export function InstanceStep({ account, registeredOn }: { account: AccountInfo; registeredOn: string | undefined }) {
  const { arm, config } = useRuntime();
  const { t } = useLingui();
  const tenantId = account.tenantId;
  const query = useDigitalTwinsInstances(arm, tenantId, problemMeta(tenantId, config));
  const { hasNextPage, isFetchingNextPage, isFetchNextPageError, fetchNextPage } = query;
  const [limit, setLimit] = useState(FIRST_ROWS);
  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage && !isFetchNextPageError) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, isFetchNextPageError, fetchNextPage]);
  const instances = useMemo(
    () =>
      (query.data?.pages.flatMap((p) => p.instances) ?? []).toSorted(
        (a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id),
      ),
    [query.data],
  );
  const problem = useProblem(query.error);
  const app = config.appName;
  const ns = config.providerNamespace;
  const count = instances.length;

  const pick = (instance: DigitalTwinsInstance) => updateChoices(tenantId, () => ({ instance }));
  const registerFirst = () => updateChoices(tenantId, () => ({ registerWanted: true }));
  const checkAgain = () => void query.refetch();
  const checking = query.isFetching;
  const checkAgainButton = (
    <button type="button" className="button" onClick={checkAgain} disabled={checking}>
      {checking ? t`Checking…` : t`Check again`}
    </button>
  );

  return (
    <>
      <p className="lead">
        <Trans>
          {app} calls an Azure Digital Twins instance in your directory. Choose the one it will use: the portal then
          checks who may call it.
        </Trans>
      </p>

      {query.isPending && (
        <p role="status" className="loading">
          <Trans>Looking for Azure Digital Twins instances in every subscription you can read…</Trans>
        </p>
      )}

      {problem && <ProblemCard problem={problem} actions={checkAgainButton} />}

      {query.isSuccess && count === 0 && !hasNextPage && (
        <section className="card note" aria-labelledby="no-instance-title">
          <h2 id="no-instance-title" className="h3">
            <Trans>No Azure Digital Twins instance found</Trans>
          </h2>
          <p>
            <Trans>
              The portal searched every subscription of this directory that you can read and found no instance. {app}{' '}
              needs one in this directory: create it in the Azure portal or with the Azure CLI, then select "Check
              again". A new instance can take a minute to show up here.
            </Trans>
          </p>
          <p>
            <a href={CREATE_INSTANCE_URL} target="_blank" rel="noreferrer">
              <Trans>Create an Azure Digital Twins instance in the Azure portal</Trans>
            </a>
          </p>
          <p>
            <Trans comment="az dt needs the azure-iot extension of the Azure CLI">
              With the Azure CLI (its azure-iot extension):
            </Trans>{' '}
            <code className="wrap">{CREATE_INSTANCE_COMMAND}</code>
          </p>
          {registeredOn ? (
            <RegisteredOn tenantId={tenantId} subscriptionId={registeredOn} />
          ) : (
            <p>
              <Trans>
                Creating an instance registers <code>{ns}</code> on its subscription. If resource providers are
                registered separately in your organization, register it first:
              </Trans>{' '}
              <button type="button" className="button" onClick={registerFirst}>
                <Trans>Register {ns} on a subscription</Trans>
              </button>
            </p>
          )}
          <p className="actions">{checkAgainButton}</p>
        </section>
      )}

      {count > 0 && (
        <>
          <div className="table-scroll">
            <table className="table">
              <caption className="visually-hidden">
                <Trans>Azure Digital Twins instances of your directory</Trans>
              </caption>
              <thead>
                <tr>
                  <th scope="col">
                    <Trans comment="Column heading">Instance</Trans>
                  </th>
                  <th scope="col">
                    <Trans comment="Column heading: where the instance is (subscription, resource group, Azure region)">
                      Where
                    </Trans>
                  </th>
                  <th scope="col">
                    <Trans comment="Column heading: provisioning state and public network access">State</Trans>
                  </th>
                  <th scope="col">
                    <span className="visually-hidden">
                      <Trans comment="Column heading of the buttons">Action</Trans>
                    </span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {instances.slice(0, limit).map((instance) => (
                  <InstanceRow key={instance.id} instance={instance} tenantId={tenantId} onPick={pick} />
                ))}
              </tbody>
            </table>
          </div>
          <p className="muted" role="status">
            {hasNextPage ? (
              <Trans>Loading more instances…</Trans>
            ) : (
              <Plural value={count} one="# instance." other="# instances." />
            )}
          </p>
          {count > limit && (
            <button type="button" className="button" onClick={() => setLimit((l) => l + FIRST_ROWS)}>
              <Trans>Show more instances</Trans>
            </button>
          )}
          <p className="aside">
            <Trans>Not in the list? A new instance can take a minute to show up.</Trans> {checkAgainButton}
          </p>
        </>
      )}
    </>
  );
}

function RegisteredOn({ tenantId, subscriptionId }: { tenantId: string; subscriptionId: string }) {
  const { arm, config } = useRuntime();
  const name = useSubscription(arm, tenantId, subscriptionId)?.displayName ?? subscriptionId;
  const ns = config.providerNamespace;
  return (
    <p>
      <Trans>
        <code>{ns}</code> is registered on {name}. Create the instance there (or in any subscription), then select
        "Check again".
      </Trans>
    </p>
  );
}

function InstanceRow({
  instance,
  tenantId,
  onPick,
}: {
  instance: DigitalTwinsInstance;
  tenantId: string;
  onPick: (i: DigitalTwinsInstance) => void;
}) {
  const { arm } = useRuntime();
  const { t } = useLingui();
  // The subscription's name when the list has it (the step does not page through thousands of subscriptions for it).
  const subscription = useSubscription(arm, tenantId, instance.subscriptionId)?.displayName;
  const name = instance.name;
  const group = instance.resourceGroup;
  const region = instance.location;
  const provisioning =
    instance.provisioningState ?? t({ message: 'unknown', comment: 'An instance state Azure did not give' });
  return (
    <tr>
      <th scope="row">
        <span className="wrap">{name}</span>
        {instance.hostName && (
          <>
            <br />
            <span className="muted mono wrap">{instance.hostName}</span>
          </>
        )}
      </th>
      <td>
        {subscription && (
          <>
            <span className="wrap">{subscription}</span>
            <br />
          </>
        )}
        <span className="muted mono">{instance.subscriptionId}</span>
        <br />
        <Trans comment="group is an Azure resource group's name, region an Azure region such as westeurope">
          Resource group {group}, region {region}
        </Trans>
      </td>
      <td>
        <span className="badge">{provisioning}</span>
        {instance.publicNetworkAccess === 'Disabled' && (
          <>
            <br />
            <Trans>Public network access disabled</Trans>
          </>
        )}
      </td>
      <td>
        <button
          type="button"
          className="button primary"
          onClick={() => onPick(instance)}
          aria-label={t({
            message: `Use this instance: ${name}`,
            comment: "The button's accessible name: its text, then the instance's name",
          })}
        >
          <Trans comment="Button that picks an Azure Digital Twins instance">Use this instance</Trans>
        </button>
      </td>
    </tr>
  );
}
