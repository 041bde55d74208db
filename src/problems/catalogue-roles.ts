import type { MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { addCataloguePart, type CatalogueEntry, type ProblemContext } from './catalogue';
import type { RoleCatalogueKey } from './keys';

/**
 * The catalogue's entries for giving a data role on a Digital Twins instance (ARM's role assignment PUT). Importing
 * this module adds them to the catalogue; the wizard's chunk does, so their words stay off the landing page.
 */
export function roleAssignmentEntries(ctx: ProblemContext): Record<RoleCatalogueKey, CatalogueEntry> {
  const _ = (descriptor: MessageDescriptor) => ctx.i18n._(descriptor);
  const roles = {
    label: _(msg`Assign Azure roles (Microsoft Learn)`),
    href: 'https://learn.microsoft.com/azure/role-based-access-control/role-assignments-portal',
  };
  const troubleshoot = {
    label: _(msg`Troubleshoot Azure role assignments (Microsoft Learn)`),
    href: 'https://learn.microsoft.com/azure/role-based-access-control/troubleshooting',
  };
  return {
    'role-assignment-write-denied': {
      title: _(msg`Azure did not let you give the role`),
      explanation: _(
        msg`Azure answered that your account may not assign this role here. Either none of your roles on the instance, its resource group or subscription includes Microsoft.Authorization/roleAssignments/write, or a condition on your role assignment (for example one that limits a Role Based Access Control Administrator to certain roles or principal types) does not allow this one. Conditions are not visible to the portal before it tries.`,
      ),
      remedy: _(
        msg`Ask an Owner, User Access Administrator or Role Based Access Control Administrator of the instance, its resource group or subscription to give the role: the text above has the role, the scope and the command. If you were given or activated such a role a moment ago, sign in again and try once more.`,
      ),
      links: [roles, troubleshoot],
    },
    'arm-RequestDisallowedByPolicy': {
      title: _(msg`An Azure Policy forbids this role assignment`),
      explanation: _(
        msg`Your organization has an Azure Policy on the instance, its resource group or subscription that denies role assignments like this one. Azure refused it before making any change; the details below name the policy assignment.`,
      ),
      remedy: _(
        msg`Ask whoever manages Azure Policy in your organization for an exemption for this instance, or to give the role themselves. Trying again will not help until the policy changes.`,
      ),
      links: [
        {
          label: _(msg`Azure Policy exemptions (Microsoft Learn)`),
          href: 'https://learn.microsoft.com/azure/governance/policy/concepts/exemption-structure',
        },
      ],
    },
    'arm-PrincipalNotFound': {
      title: _(msg`Azure does not know this principal yet`),
      explanation: _(
        msg`Azure could not find the object ID in this directory. A group, user or service principal created a few minutes ago may not have reached every part of Azure yet; or the ID belongs to another directory.`,
      ),
      remedy: _(
        msg`Check that the object ID comes from this directory in the Microsoft Entra admin center. If the principal is new, wait a few minutes and try again.`,
      ),
      links: [troubleshoot],
      transient: true,
    },
    'arm-UnmatchedPrincipalType': {
      title: _(msg`The object ID is of another type`),
      explanation: _(
        msg`The object exists in this directory, but it is not of the type chosen (group, user or service principal). Azure refused the assignment and changed nothing.`,
      ),
      remedy: _(msg`Select "Change", choose the type the Microsoft Entra admin center shows for it, and try again.`),
    },
    'arm-RoleAssignmentUpdateNotPermitted': {
      title: _(msg`A different role assignment already has this name`),
      explanation: _(
        msg`The portal names each assignment after the instance, the principal and the role, so a retry sends the same one. Azure answered that an assignment with this name exists for another principal or role, which it never changes in place.`,
      ),
      remedy: _(
        msg`Look at the instance's Access control (IAM) in the Azure portal for the assignment named in the details below. Give the role there, or send the details to support.`,
      ),
      links: [roles],
    },
    'arm-RoleAssignmentExists': {
      title: _(msg`Azure says the role is already given, but the portal cannot see it`),
      explanation: _(
        msg`Azure answered that this principal already holds this role on the instance, yet the list of role assignments there does not show it. The list may lag behind for a moment.`,
      ),
      remedy: _(
        msg`Try again in a minute. If the assignment still does not appear, check the instance's Access control (IAM) in the Azure portal.`,
      ),
      links: [troubleshoot],
      transient: true,
    },
  };
}

addCataloguePart('roles', roleAssignmentEntries);
