import type { I18n } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { BUILT_IN_DATA_ROLES } from './data-access';

/**
 * The request the customer's admin sends the developer when the instance is in the developer's directory: what the
 * developer must do for the customer's people (invite them, give them the data role, let them in), with their sign-in
 * names. Plain text for the copy button, in the page's language; ids, names and codes stay as they are.
 */
export interface GuestRequestInput {
  appName: string;
  /** the instance's directory and host */
  tenantId: string;
  hostName: string;
  dataRole: 'owner' | 'reader';
  /** the customer's own directory */
  customerTenantId: string;
  signInNames: string[];
  /** what Entra ID answered, if it refused (e.g. AADSTS50020) */
  aadsts: string | undefined;
}

export function developerRequest(i18n: I18n, input: GuestRequestInput): string {
  const { appName, tenantId, hostName, customerTenantId } = input;
  const names = input.signInNames.join(', ');
  const role = BUILT_IN_DATA_ROLES[input.dataRole];
  const roleName = role.roleName;
  const roleId = role.guid;
  const code = input.aadsts;
  return [
    i18n._(msg({ message: 'Hello,', comment: 'Greeting of a request an admin sends to a colleague' })),
    ``,
    i18n._(
      msg`To use ${appName}, people of our organization need your Azure Digital Twins instance ${hostName}, which is in your directory (${tenantId}). Microsoft Entra ID issues its tokens only to members and guests of your directory. Could you:`,
    ),
    i18n._(msg`- invite them as guests (B2B collaboration): ${names};`),
    i18n._(
      msg({
        message: `- give them, or a group of them, the role ${roleName} (ID ${roleId}) on the instance;`,
        comment: 'An Azure role name and its GUID',
      }),
    ),
    i18n._(
      msg`- allow B2B collaboration from our directory (${customerTenantId}) in your inbound cross-tenant access settings, and check that your Conditional Access policies for guests are ones we can meet (multifactor authentication, compliant device).`,
    ),
    ...(code
      ? [``, i18n._(msg({ message: `Microsoft Entra ID answered: ${code}.`, comment: 'code is e.g. AADSTS50020' }))]
      : []),
    ``,
    i18n._(msg`Thank you!`),
  ].join('\n');
}
