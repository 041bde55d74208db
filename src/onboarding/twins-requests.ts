import type { I18n } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import type { TwinsCaller } from '../config/schema';
import type { DigitalTwinsInstance } from '../azure/digital-twins-instances';
import { roleAssignmentCommand, type RoleRef } from './data-access';

/**
 * The words that send a data role to the right principal: a request for someone who may assign roles on the
 * instance, or the admin's own to-do when their roles there include roleAssignments/write. Plain text for the copy
 * buttons, in the page's language; ids, the role's id and the command stay as they are.
 */
export interface RoleRequestInput {
  caller: TwinsCaller;
  appName: string;
  clientId: string;
  instance: Pick<DigitalTwinsInstance, 'id' | 'name'>;
  role: RoleRef;
}

function roleLines(i18n: I18n, input: RoleRequestInput): string[] {
  const { appName, clientId, role, instance } = input;
  const roleName = role.roleName;
  const roleId = role.guid;
  const command = roleAssignmentCommand(input.caller, { roleGuid: role.guid, scope: instance.id, clientId });
  const who =
    input.caller === 'users'
      ? i18n._(
          msg`The role goes to a security group of the people who use ${appName} (a group is easier to keep up than one assignment per person).`,
        )
      : i18n._(
          msg`The role goes to ${appName}'s own service principal in our directory, since the app calls Azure Digital Twins as itself (application (client) ID ${clientId}). A browser cannot see that service principal's object ID; the Azure CLI finds it from the client ID.`,
        );
  const cli =
    input.caller === 'users'
      ? i18n._(
          msg({
            message: `- Azure CLI (put the group's object ID in place of <group-object-id>):`,
            comment: '<group-object-id> stays as it is: it is part of the command',
          }),
        )
      : i18n._(msg`- Azure CLI:`);
  return [
    who,
    ``,
    i18n._(msg({ message: `- Role: ${roleName} (ID ${roleId})`, comment: 'An Azure role name and its GUID' })),
    i18n._(
      msg({ message: `- Scope, the instance's resource ID: ${instance.id}`, comment: 'Scope is the Azure RBAC term' }),
    ),
    i18n._(
      msg({
        message: `- Azure portal: ${instance.name} > Access control (IAM) > Add > Add role assignment > ${roleName}`,
        comment: "A path through the Azure portal's menus: use the names the Azure portal shows in this language",
      }),
    ),
    cli,
    `  ${command}`,
  ];
}

/** For someone else to do: an Owner, User Access Administrator or Role Based Access Control Administrator there. */
export function roleRequest(i18n: I18n, input: RoleRequestInput): string {
  const { appName, instance } = input;
  const name = instance.name;
  return [
    i18n._(msg({ message: 'Hello,', comment: 'Greeting of a request an admin sends to a colleague' })),
    ``,
    i18n._(
      msg`To use ${appName}, our Azure Digital Twins instance ${name} needs a data role assignment that nobody holds yet. Could you add it?`,
    ),
    ``,
    ...roleLines(i18n, input),
    ``,
    i18n._(
      msg({
        message:
          'It needs the Owner, User Access Administrator or Role Based Access Control Administrator role on the instance (or above it).',
        comment: 'Azure role names',
      }),
    ),
    i18n._(msg`Thank you!`),
  ].join('\n');
}

/** For the admin themself, when their roles on the instance include the right to assign roles. */
export function roleToDo(i18n: I18n, input: RoleRequestInput): string {
  const name = input.instance.name;
  return [i18n._(msg`To do on ${name}:`), ``, ...roleLines(i18n, input)].join('\n');
}
