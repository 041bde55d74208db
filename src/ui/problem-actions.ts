import { createContext, type ReactNode } from 'react';
import type { Problem, ProblemAction } from '../problems/types';

/**
 * Renders a problem's own action (e.g. the "Sign in again" button). ui/ does not sign anyone in: the app provides
 * this; without a provider (the demo's catalogue page) a card shows no such action.
 */
export const ProblemActionContext = createContext<(action: ProblemAction, problem: Problem) => ReactNode>(() => null);
