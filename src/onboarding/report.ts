import type { AppConfig } from '../config/schema';
import type { Subscription, Tenant } from '../azure/models';
import { answeredId } from '../problems/ids';
import type { Journal } from './journal';

export interface ReportInput {
  config: AppConfig;
  tenant: { id: string; displayName?: string | undefined; defaultDomain?: string | undefined } | Tenant;
  account: string;
  subscription: Subscription | undefined;
  providerState: string | undefined;
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
    directory: {
      tenantId: 'tenantId' in input.tenant ? input.tenant.tenantId : input.tenant.id,
      displayName: input.tenant.displayName ?? null,
      defaultDomain: input.tenant.defaultDomain ?? null,
    },
    signedInAs: input.account,
    subscription: subscriptionId
      ? { subscriptionId, displayName: input.subscription?.displayName ?? null, state: input.subscription?.state ?? null }
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
  };
}
