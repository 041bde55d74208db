import type { DigitalTwinsInstance } from '../azure/digital-twins-instances';
import { createStore, isObject, useStore } from '../storage/store';

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

export const choicesStore = createStore<AllChoices>('choices', 1, {}, isObject);

export function useChoices(tenantId: string): Choices {
  return useStore(choicesStore)[tenantId] ?? {};
}

export function updateChoices(tenantId: string, update: (current: Choices) => Choices): void {
  const all = choicesStore.get();
  choicesStore.set({ ...all, [tenantId]: update(all[tenantId] ?? {}) });
}
