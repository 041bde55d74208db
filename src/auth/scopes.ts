import type { AppConfig } from '../config/schema';

/** Sign-in asks for Azure Resource Manager only: Digital Twins cannot be consented before its service principal exists (docs/emulator-contract.md, "Who gets a token"). */
export function armScopes(config: Pick<AppConfig, 'armEndpoint'>): string[] {
  return [`${config.armEndpoint}/user_impersonation`];
}

export function digitalTwinsScopes(config: Pick<AppConfig, 'digitalTwinsScope'>): string[] {
  return [config.digitalTwinsScope];
}

/** The authority for one directory, so tokens are issued by that tenant and not the user's home tenant. */
export function tenantAuthority(config: Pick<AppConfig, 'authority'>, tenantId: string): string {
  const url = new URL(config.authority);
  return `${url.origin}/${tenantId}`;
}
