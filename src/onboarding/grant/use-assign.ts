import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRuntime } from '../../runtime/runtime';
import { mutationKeys } from '../../azure/query-keys';
import type { AssignmentRequest, PrincipalType } from '../../azure/role-assignment';
import type { ResumableWrite } from '../../azure/claims-challenge';
import type { Problem } from '../../problems/types';
import { roleAssignmentName } from '../../azure/role-assignment-name';
import { updateJournal, type GrantRecord } from '../journal';
import { problemMeta } from '../problem-log';
import { assignOnce } from './assign';

/** Who gets the role: typed by object id, or the signed-in admin (their object id in this directory). */
export interface Target {
  principalId: string;
  principalType: PrincipalType;
  you: boolean;
}

/**
 * The one way to give the role, from a click or on the way back from a step-up: the deterministic name, then
 * assignOnce (a GET by name, the PUT only when it is not there); the tab's journal remembers the grant.
 */
export function useAssign(
  tenantId: string,
  scope: string,
  role: { guid: string; roleName: string },
  principalId: string,
  onDone: () => void,
) {
  const { arm, config } = useRuntime();
  const queryClient = useQueryClient();
  const key = mutationKeys.assignRole(scope, principalId, role.guid);
  // The assignment the last call sent: a claims challenge's step-up resumes exactly this one.
  const [sent, setSent] = useState<ResumableWrite | undefined>();
  const mutation = useMutation({
    mutationKey: key,
    meta: problemMeta(tenantId, config),
    // Two clicks queue behind one another; the second then finds the assignment by its name and sends no PUT.
    scope: { id: `assign-role-${key.join('|')}` },
    mutationFn: async (to: Target) => {
      const name = await roleAssignmentName(scope, to.principalId, role.guid);
      const request: AssignmentRequest = {
        scope,
        name,
        roleGuid: role.guid,
        principalId: to.principalId,
        principalType: to.principalType,
      };
      setSent({ kind: 'assign-role', request, roleName: role.roleName, you: to.you });
      return { request, outcome: await assignOnce(arm, queryClient, request) };
    },
    onSuccess: ({ request, outcome }, to) => {
      const record: GrantRecord = {
        name: request.name,
        scope,
        roleId: role.guid,
        roleName: role.roleName,
        principalId: to.principalId,
        principalType: to.principalType,
        you: to.you,
        assignedAt: new Date().toISOString(),
        createdOn: outcome.assignment.createdOn,
        putByThisTab: outcome.put,
      };
      updateJournal(tenantId, (j) =>
        j.grants?.[request.name] ? j : { ...j, grants: { ...j.grants, [request.name]: record } },
      );
      // The verdict reads again once the role is seen working (GrantProgress), not before: listed is not effective.
      onDone();
    },
  });
  return { mutation, sent };
}

/** A step-up card for the PUT carries the assignment, so the way back gives the same one again by itself. */
export function withResume(problem: Problem | null, sent: ResumableWrite | undefined): Problem | null {
  if (!problem?.stepUp || !sent) return problem;
  return { ...problem, stepUp: { ...problem.stepUp, resume: sent } };
}
