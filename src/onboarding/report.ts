import type { AppConfig } from '../config/schema';
import type { Subscription, Tenant } from '../azure/models';
import { answeredId } from '../problems/ids';
import type { Journal } from './journal';
import type { ProviderState } from '../azure/registration-state';

export interface ReportInput {
  config: AppConfig;
  tenant: { id: string; displayName?: string | undefined; defaultDomain?: string | undefined } | Tenant;
  account: string;
  subscription: Subscription | undefined;
  providerState: ProviderState | undefined;
  journal: Journal;
  generatedAt: Date;
}

/** The summary the admin hands back to the developer or support: ids and times, never a token. */
export function buildReport(input: ReportInput) {
  const { config, journal } = input;
  const subscriptionId = input.subscription?.subscriptionId ?? journal.registration?.subscriptionId;
  return {
    report: 'Twin Onboarding',
    generatedAt: input.generatedAt.toISOString(),
    mode: config.mode,
    app: config.appName,
    clientId: config.clientId,
    // Who to contact about this onboarding, as the deployment configured it.
    supportContact: config.supportContact ?? null,
    directory: {
      tenantId: 'tenantId' in input.tenant ? input.tenant.tenantId : input.tenant.id,
      displayName: input.tenant.displayName ?? null,
      defaultDomain: input.tenant.defaultDomain ?? null,
    },
    signedInAs: input.account,
    subscription: subscriptionId
      ? {
          subscriptionId,
          displayName: input.subscription?.displayName ?? null,
          state: input.subscription?.state ?? null,
        }
      : null,
    provider: {
      namespace: config.providerNamespace,
      registrationState: input.providerState ?? null,
      registerRequest: journal.registration
        ? {
            ...journal.registration,
            correlationId: answeredId(journal.registration.correlationId),
            requestId: answeredId(journal.registration.requestId),
          }
        : null,
      registeredSeenAt: subscriptionId ? (journal.registeredSeenAt[subscriptionId] ?? null) : null,
    },
    verification: journal.verification ? { scope: config.digitalTwinsScope, ...journal.verification } : null,
    problems: journal.problems,
    // Only with today's Digital Twins configured: the 2018 report keeps its shape.
    ...(config.digitalTwins ? { digitalTwins: twinsSection(config.digitalTwins, journal, input.account) } : {}),
  };
}

/** Hosting mode, instance, the principals and roles found, and what a browser could not check. */
function twinsSection(settings: NonNullable<AppConfig['digitalTwins']>, journal: Journal, account: string) {
  if (settings.hosting === 'developer') return guestSection(settings, journal, account);
  const found = journal.twins;
  return {
    hosting: settings.hosting,
    caller: settings.caller,
    dataRole: settings.dataRole,
    instance: found?.instance ?? null,
    checkedAt: found?.checkedAt ?? null,
    outcome: found?.outcome ?? null,
    recommendedRole: found?.role ?? null,
    principalsWithSufficientRole: found ? found.principals : null,
    signedInAccountHoldsRole: found?.you ?? null,
    signedInAccountMayAssignRoles: found?.mayAssignRoles ?? null,
    notChecked: found?.notChecked ?? [],
    // Roles this tab gave: when Azure made each assignment and when the portal saw it work (null: not yet).
    roleAssignmentsGiven: Object.values(journal.grants ?? {}).map((g) => ({
      assignmentName: g.name,
      scope: g.scope,
      role: { id: g.roleId, name: g.roleName },
      principal: { objectId: g.principalId, type: g.principalType, signedInAccount: g.you },
      assignedAt: g.assignedAt,
      createdOnInAzure: g.createdOn ?? null,
      sentByThisPortal: g.putByThisTab,
      seenWorkingAt: g.seenAt ?? null,
    })),
  };
}

/** The built-in data roles' names, for the developer's to-do (the developer's directory is not read). */
const DATA_ROLE_NAMES = { owner: 'Azure Digital Twins Data Owner', reader: 'Azure Digital Twins Data Reader' } as const;

/**
 * The instance in the developer's directory: whether that directory issued a Digital Twins token to the signed-in
 * person, who must act if not, and what the developer must do for the customer's people. The data role there cannot
 * be seen by a guest (data roles grant no Microsoft.Authorization/permissions/read), so it is never reported as checked.
 */
function guestSection(
  settings: Extract<NonNullable<AppConfig['digitalTwins']>, { hosting: 'developer' }>,
  journal: Journal,
  account: string,
) {
  const found = journal.guest;
  return {
    hosting: settings.hosting,
    instanceHostName: settings.hostName,
    instanceDirectory: settings.tenantId,
    dataRole: settings.dataRole,
    checkedAt: found?.checkedAt ?? null,
    outcome: found?.outcome ?? null,
    mustAct: found?.actor ?? null,
    problem: found?.problem ?? null,
    aadsts: found?.aadsts ?? null,
    tokenFromInstanceDirectory: found?.token ?? null,
    // Not a subscription or provider of the customer's directory: nothing there serves an instance in another one.
    customerDirectorySteps: "none: the instance is in the developer's directory",
    dataRoleChecked: false,
    notChecked: ['data-role-in-developer-directory', 'data-plane'],
    developerToDo: {
      signInNames: [account],
      invite: `Invite each sign-in name as a B2B guest into the directory ${settings.tenantId}`,
      role: `Assign ${DATA_ROLE_NAMES[settings.dataRole]} on the instance ${settings.hostName} to those guests (or a group of them)`,
      settings: `Allow B2B collaboration from the customer's directory in the inbound cross-tenant access settings of ${settings.tenantId}, and make its Conditional Access for guests something they can meet (MFA, device)`,
    },
  };
}

export type Report = ReturnType<typeof buildReport>;

/** `twin-onboarding-report-<tenant>-<yyyy-mm-dd>.json`, safe as a file name whatever the tenant id holds. */
export function reportFileName(report: Report): string {
  const tenant = report.directory.tenantId.replace(/[^A-Za-z0-9.-]+/g, '-');
  return `twin-onboarding-report-${tenant}-${report.generatedAt.slice(0, 10)}.json`;
}
