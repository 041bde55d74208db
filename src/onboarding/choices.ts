import type { DigitalTwinsInstance } from '../azure/digital-twins-instances';
import { createSessionStore, useSessionStore } from './session-store';

/** What the user chose, per directory. Everything else is derived from Azure's answers. */
export interface Choices {
  subscriptionId?: string;
  /** the user asked to verify now rather than register first */
  verifyRequested?: boolean;
  /** today's Digital Twins: the instance picked, as Resource Graph described it (a reload needs no new search) */
  instance?: DigitalTwinsInstance;
  /** today's Digital Twins: there was no instance and the admin chose to register Microsoft.DigitalTwins */
  registerWanted?: boolean;
}

type AllChoices = Record<string, Choices>;

export const choicesStore = createSessionStore<AllChoices>('twin-onboarding.choices', {});

export function useChoices(tenantId: string): Choices {
  return useSessionStore(choicesStore)[tenantId] ?? {};
}

export function updateChoices(tenantId: string, update: (current: Choices) => Choices): void {
  choicesStore.set((all) => ({ ...all, [tenantId]: update(all[tenantId] ?? {}) }));
}
