/** What the endpoint modules need from the Emulator: its persisted state and its virtual clock. */
import type { EmulatorState } from './types';

export interface EmuContext {
  readonly state: EmulatorState;
  now(): number;
}
