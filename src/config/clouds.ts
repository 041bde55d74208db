/**
 * The Azure clouds the portal knows: each one's Entra ID sign-in hosts and its Azure Resource Manager. config.json's
 * `authority` and `armEndpoint` must name one of these pairs, so a typo or a look-alike host (the CSP being the only
 * other stop) is refused at start-up; `"allowCustomCloud": true` lets an operator name another on purpose.
 * Sources: Microsoft Entra "National clouds" (authentication endpoints) and the Azure Resource Manager endpoint of
 * each cloud. scripts/check-deploy.mjs keeps the same list (a unit test holds them equal).
 */
export interface Cloud {
  name: string;
  /** hosts of the sign-in authority (the newer and the older name where a cloud has two) */
  loginHosts: readonly string[];
  armHost: string;
}

export const KNOWN_CLOUDS: readonly Cloud[] = [
  { name: 'Azure', loginHosts: ['login.microsoftonline.com'], armHost: 'management.azure.com' },
  { name: 'Azure Government', loginHosts: ['login.microsoftonline.us'], armHost: 'management.usgovcloudapi.net' },
  {
    name: 'Azure operated by 21Vianet',
    loginHosts: ['login.chinacloudapi.cn', 'login.partner.microsoftonline.cn'],
    armHost: 'management.chinacloudapi.cn',
  },
];

/** The https host of a URL on the default port, or undefined (another port or scheme never matches a cloud). */
function httpsHost(url: URL): string | undefined {
  return url.protocol === 'https:' && url.port === '' ? url.hostname.toLowerCase() : undefined;
}

/**
 * Whether `authority` and `armEndpoint` are a known pair: `ok`, or which of the two is off (the authority when its
 * host is no cloud's, else the ARM endpoint, with the one that cloud uses).
 */
export type CloudCheck =
  { kind: 'ok'; cloud: Cloud } | { kind: 'unknown-authority' } | { kind: 'other-arm'; cloud: Cloud };

export function checkCloudPair(authority: URL, armEndpoint: URL): CloudCheck {
  const loginHost = httpsHost(authority);
  const cloud = KNOWN_CLOUDS.find((c) => loginHost !== undefined && c.loginHosts.includes(loginHost));
  if (!cloud) return { kind: 'unknown-authority' };
  return httpsHost(armEndpoint) === cloud.armHost ? { kind: 'ok', cloud } : { kind: 'other-arm', cloud };
}
