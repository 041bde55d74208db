/**
 * Azure Policy's deny effect on role assignment writes, as far as the emulator models it: a scenario's policy
 * assignments (`roleAssignmentDenyPolicies`) refuse a new role assignment at or below their scope with 403
 * RequestDisallowedByPolicy, ARM's policy error body with one `PolicyViolation` entry per policy (Learn, "Resolve errors
 * for request disallowed by policy"; docs/emulator-contract.md, "Giving a role").
 */
import { reply, type ArmCall } from './arm-call';
import { scopeCovers, subscriptionOfScope } from './rbac';
import type { EmuResponse, PrincipalType, RoleAssignmentDenyPolicySpec } from './types';

const ROLE_ASSIGNMENTS = 'Microsoft.Authorization/roleAssignments';

function denies(
  policy: RoleAssignmentDenyPolicySpec,
  scope: string,
  request: { roleGuid: string; principalType?: PrincipalType | string },
): boolean {
  if (!scopeCovers(policy.scope, scope)) return false;
  if (policy.roleDefinitionIds && !policy.roleDefinitionIds.some((r) => r.toLowerCase() === request.roleGuid))
    return false;
  if (policy.principalTypes && !policy.principalTypes.some((t) => t === request.principalType)) return false;
  return true;
}

/** A custom definition lives where it was assigned from: the subscription of the policy's scope, here. */
function definitionId(policy: RoleAssignmentDenyPolicySpec): string {
  const sub = subscriptionOfScope(policy.scope);
  const prefix = sub ? `/subscriptions/${sub}` : '';
  return `${prefix}/providers/Microsoft.Authorization/policyDefinitions/${policy.definitionName}`;
}

function assignmentId(policy: RoleAssignmentDenyPolicySpec): string {
  const base = policy.scope === '/' ? '' : policy.scope.replace(/\/+$/, '');
  return `${base}/providers/Microsoft.Authorization/policyAssignments/${policy.assignmentName}`;
}

/** 403 RequestDisallowedByPolicy if a deny policy covers this role assignment; undefined when none does. */
export function policyDenial(
  call: ArmCall,
  scope: string,
  name: string,
  request: { roleGuid: string; principalType?: PrincipalType | string },
): EmuResponse | undefined {
  const policies = (call.ctx.state.scenario.roleAssignmentDenyPolicies ?? []).filter((p) => denies(p, scope, request));
  if (policies.length === 0) return undefined;
  const identifiers = JSON.stringify(
    policies.map((p) => ({
      policyAssignment: { name: p.assignmentDisplayName, id: assignmentId(p) },
      policyDefinition: { name: p.definitionDisplayName, id: definitionId(p) },
    })),
  );
  return reply(call, 403, {
    error: {
      code: 'RequestDisallowedByPolicy',
      target: name,
      message: `Resource '${name}' was disallowed by policy. Policy identifiers: '${identifiers}'.`,
      additionalInfo: policies.map((p) => ({
        type: 'PolicyViolation',
        info: {
          evaluationDetails: {
            evaluatedExpressions: [
              {
                result: 'True',
                expressionKind: 'Field',
                expression: 'type',
                path: 'type',
                expressionValue: ROLE_ASSIGNMENTS,
                targetValue: ROLE_ASSIGNMENTS,
                operator: 'Equals',
              },
            ],
          },
          policyDefinitionId: definitionId(p),
          policyDefinitionName: p.definitionName,
          policyDefinitionDisplayName: p.definitionDisplayName,
          policyDefinitionEffect: 'deny',
          policyAssignmentId: assignmentId(p),
          policyAssignmentName: p.assignmentName,
          policyAssignmentDisplayName: p.assignmentDisplayName,
          policyAssignmentScope: p.scope,
          policyAssignmentParameters: {},
          policyExemptionIds: [],
          policyEnrollmentIds: [],
        },
      })),
    },
  });
}
