import type { I18n } from '@lingui/core';
import { msg } from '@lingui/core/macro';

const WORDS = {
  User: msg({ message: 'User', comment: 'A kind of Microsoft Entra principal' }),
  Group: msg({ message: 'Group', comment: 'A kind of Microsoft Entra principal' }),
  ServicePrincipal: msg({ message: 'Service principal (an app)', comment: 'A kind of Microsoft Entra principal' }),
};

/** A principal's type in words (ARM's own word when it is one the portal does not know). */
export function principalTypeName(i18n: I18n, type: string): string {
  const words = WORDS[type as keyof typeof WORDS];
  return words ? i18n._(words) : type;
}
