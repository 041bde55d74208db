/**
 * Microsoft.DigitalTwins instances on ARM: list by subscription, list by resource group, get
 * (azure-rest-api-specs digitaltwins.json: DigitalTwins_List, DigitalTwins_ListByResourceGroup, DigitalTwins_Get).
 * Behind ARM's own gates: the caller's permission to read, then the subscription's registration of the namespace.
 */
import { denied, fail, pagedReply, reply, resourcePageSize, type ArmCall, type Principal } from './arm-call';
import { missingScope, notFoundResource, resourceGroupExists } from './arm-authz';
import { mayPerform } from './rbac';
import { DIGITAL_TWINS_NAMESPACE, DIGITAL_TWINS_TYPE, instanceId, instanceJson, resourceGroupId } from './twins';
import type { EmuResponse, SubscriptionRecord } from './types';
import { canonicalNamespace, providerState } from './world';

const READ = `${DIGITAL_TWINS_TYPE}/read`;

/** ARM refuses every call to a namespace the subscription has not registered (409, with the namespace as target). */
function registrationGate(call: ArmCall, sub: SubscriptionRecord): EmuResponse | undefined {
  const ns = canonicalNamespace(call.ctx.state.scenario, DIGITAL_TWINS_NAMESPACE);
  if (!ns)
    return fail(
      call,
      404,
      'InvalidResourceNamespace',
      `The resource namespace '${DIGITAL_TWINS_NAMESPACE}' is invalid.`,
    );
  if (providerState(sub, ns) === 'Registered') return undefined;
  const message = `The subscription is not registered to use namespace '${ns}'. See https://aka.ms/rps-not-found for how to register subscriptions.`;
  return reply(call, 409, {
    error: {
      code: 'MissingSubscriptionRegistration',
      message,
      details: [{ code: 'MissingSubscriptionRegistration', target: ns, message }],
    },
  });
}

export function listInstances(
  call: ArmCall,
  principal: Principal,
  sub: SubscriptionRecord,
  resourceGroup?: string,
): EmuResponse {
  const scope = resourceGroup ? resourceGroupId(sub.id, resourceGroup) : `/subscriptions/${sub.id}`;
  if (!mayPerform(call.ctx.state.world, principal.oid, scope, READ, principal.issuedAt))
    return denied(call, principal, READ, scope);
  if (resourceGroup && !resourceGroupExists(call, sub, resourceGroup)) {
    return fail(call, 404, 'ResourceGroupNotFound', `Resource group '${resourceGroup}' could not be found.`);
  }
  const gate = registrationGate(call, sub);
  if (gate) return gate;
  const instances = (call.ctx.state.world.digitalTwinsInstances ?? []).filter(
    (i) =>
      i.subscriptionId === sub.id && (!resourceGroup || i.resourceGroup.toLowerCase() === resourceGroup.toLowerCase()),
  );
  return pagedReply(call, instances, instanceJson, resourcePageSize(call));
}

export function getInstance(
  call: ArmCall,
  principal: Principal,
  sub: SubscriptionRecord,
  resourceGroup: string,
  name: string,
): EmuResponse {
  const scope = `${resourceGroupId(sub.id, resourceGroup)}/providers/${DIGITAL_TWINS_TYPE}/${name}`;
  if (!mayPerform(call.ctx.state.world, principal.oid, scope, READ, principal.issuedAt))
    return denied(call, principal, READ, scope);
  const missing = missingScope(call, sub, { subscriptionId: sub.id, resourceGroup });
  if (missing) return missing;
  const gate = registrationGate(call, sub);
  if (gate) return gate;
  const instance = (call.ctx.state.world.digitalTwinsInstances ?? []).find(
    (i) => instanceId(i).toLowerCase() === scope.toLowerCase(),
  );
  if (!instance) return notFoundResource(call, `${DIGITAL_TWINS_TYPE}/${name}`, resourceGroup);
  return reply(call, 200, instanceJson(instance));
}
