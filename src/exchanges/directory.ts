/**
 * The demo directory as the "What changed in the directory" picture shows it. Demo mode builds it from the
 * emulator's world; live mode has none (the portal has no permission to read a real directory).
 */

/** virtual ms since the epoch; 0 means "already there when the demo began" */
export type Since = number;

export interface DirectoryTenant {
  id: string;
  displayName: string;
  defaultDomain: string;
  /** enterprise applications (service principals) the story is about */
  servicePrincipals: Array<{
    appId: string;
    name: string;
    since: Since;
    /** the developer's app, not Microsoft's */ ownApp?: boolean;
  }>;
  /** delegated permission grants (oauth2PermissionGrants) of the developer's app */
  grants: Array<{ resource: string; scope: string; consentedBy: string; since: Since }>;
  /** the configured namespace on the tenant's subscriptions that are not simply NotRegistered */
  providers: Array<{ subscription: string; namespace: string; state: string; since: Since }>;
  /** subscriptions of the tenant where the namespace is NotRegistered and never failed */
  untouchedSubscriptions: number;
  /**
   * Azure role assignments the story is about: those on the tenant's Digital Twins instances, and any made since the
   * demo began (a data role given, a PIM role activated); absent or empty with no instance, nothing to show
   */
  roleAssignments?: DirectoryRoleAssignment[];
  /** the tenant's subscriptions hold a Digital Twins instance (the role assignments section is shown) */
  hasInstances?: boolean;
}

export interface DirectoryRoleAssignment {
  /** the assignment's name (a GUID) */
  name: string;
  /** the principal's display name; absent when the directory has no such object ("Identity not found") */
  principal?: string;
  principalId: string;
  principalType: 'User' | 'Group' | 'ServicePrincipal' | string;
  /** the role's name, e.g. Azure Digital Twins Data Owner */
  role: string;
  /** where: the instance's, resource group's or subscription's name */
  scope: string;
  since: Since;
  /** Azure lists it but does not yet let it count (propagation) */
  pending: boolean;
}

/** B2B collaboration in one direction, as a directory's cross-tenant access settings decide it for the other. */
export interface B2bSetting {
  allowed: boolean;
  /** 'default': the default settings decide; 'organization': an entry for the other directory does */
  by: 'default' | 'organization';
}

/**
 * The developer's directory, when the Digital Twins instance lives there: whether the customer's people are guests
 * in it, and what the cross-tenant access settings, its Conditional Access for guests and the customer's network say.
 */
export interface DeveloperDirectory {
  displayName: string;
  defaultDomain: string;
  /** the customer's directory the settings below are about */
  customer: string;
  /** the customer's people: a guest there (with the guest object's id, another object than their own) or not */
  people: Array<{ name: string; upn: string; guestObjectId?: string }>;
  /** the customer's outbound settings towards the developer's directory */
  outbound: B2bSetting;
  /** the developer's inbound settings for the customer's directory */
  inbound: B2bSetting;
  guestsNeedMfa: boolean;
  /** MFA done in the customer's directory counts there (inbound trust) */
  trustsCustomerMfa: boolean;
  guestsNeedCompliantDevice: boolean;
  /** tenant restrictions of the customer's network: absent when it sets none */
  networkAllows?: boolean;
}

export interface DirectorySnapshot {
  /** virtual time of the snapshot */
  now: number;
  tenants: DirectoryTenant[];
  /** when the Digital Twins instance is in the developer's directory */
  developer?: DeveloperDirectory;
}

/** What the demo runtime offers the picture: a snapshot and a signal when it may have changed. */
export interface DirectoryFeed {
  snapshot(): DirectorySnapshot;
  subscribe(listener: () => void): () => void;
}
