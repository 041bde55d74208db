/**
 * The Emulator: one object that answers every request for login.microsoftonline.com and
 * management.azure.com, keeps its whole state as plain JSON (so demo mode can persist it across the
 * full-page redirects of a sign-in), and runs on a virtual clock tests and demos can move forward.
 */
import { armFaultResponse, handleArm, ARM_HOST } from './arm';
import { VirtualClock } from './clock';
import type { EmuContext } from './context';
import { entraCorsHeaders, isPreflight, preflight } from './cors';
import { newGuid } from './encoding';
import { aad, aadErrorBody } from './errors';
import { handleEntra, ENTRA_HOST } from './entra';
import { defaultRetryAfter, takeFault } from './faults';
import { json, notFound } from './http';
import { cloneScenario, findScenario, scenarioNames } from './scenarios';
import { signInApproval, signInConsent, signInMfa, signInPick, signInStart, type SignInBrowser } from './signin';
import { newSecret } from './tokens';
import type {
  AppRegistration,
  ApprovalAction,
  ConsentDecision,
  EmuRequest,
  EmuResponse,
  DigitalTwinsInstanceSpec,
  EmulatorState,
  FaultRule,
  RoleAssignmentSpec,
  LoggedRequest,
  RoleName,
  Scenario,
  SignInStep,
  SubscriptionState,
  WorldView,
} from './types';
import { instanceId, instanceRecord, DIGITAL_TWINS_NAMESPACE } from './twins';
import { DEFAULT_ROLE_DELAY_MS } from './arm-role-assignments';
import { deterministicGuid } from './rbac';
import { assignmentRecord, initialWorld, objectIdIn, registerNow, settle, worldView } from './world';

const MAX_LOG = 1000;

export interface EmulatorCreateOptions {
  scenario: string | Scenario;
  app: AppRegistration;
  /** wall clock the virtual clock is based on; Date.now by default */
  baseNow?: () => number;
}

/** The host registers its redirect URIs as a SPA should; a scenario may have them on the Web platform instead. */
function appAsScenarioRegisters(app: AppRegistration, scenario: Scenario): AppRegistration {
  if (scenario.redirectPlatform !== 'web') return app;
  return { ...app, spaRedirectUris: [], webRedirectUris: [...app.webRedirectUris, ...app.spaRedirectUris] };
}

function deepCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

export class Emulator {
  readonly clock: VirtualClock;
  private readonly st: EmulatorState;
  private readonly ctx: EmuContext;

  private constructor(state: EmulatorState, baseNow: () => number) {
    this.st = state;
    this.clock = new VirtualClock(baseNow, state.clockOffsetMs);
    this.ctx = { state: this.st, now: () => this.clock.now() };
  }

  static create(opts: EmulatorCreateOptions): Emulator {
    let scenario: Scenario;
    if (typeof opts.scenario === 'string') {
      const named = findScenario(opts.scenario);
      if (!named) throw new Error(`Unknown emulator scenario '${opts.scenario}'. Known: ${scenarioNames().join(', ')}`);
      scenario = cloneScenario(named);
    } else {
      scenario = cloneScenario(opts.scenario);
    }
    const app = appAsScenarioRegisters(deepCopy(opts.app), scenario);
    const state: EmulatorState = {
      version: 1,
      scenario,
      app,
      secret: newSecret(),
      clockOffsetMs: 0,
      world: initialWorld(scenario, app.clientId, app.displayName),
      codes: {},
      refreshTokens: {},
      session: null,
      faults: deepCopy(scenario.faults),
      rateBuckets: {},
      log: [],
      nextSeq: 1,
    };
    return new Emulator(state, opts.baseNow ?? (() => Date.now()));
  }

  static restore(state: EmulatorState, opts: { baseNow?: () => number } = {}): Emulator {
    if (
      typeof state !== 'object' ||
      state === null ||
      state.version !== 1 ||
      typeof state.secret !== 'string' ||
      !Array.isArray(state.app?.spaRedirectUris) ||
      !Array.isArray(state.app?.webRedirectUris)
    ) {
      throw new Error('Not an emulator state (expected the output of Emulator.toJSON(), version 1)');
    }
    return new Emulator(deepCopy(state), opts.baseNow ?? (() => Date.now()));
  }

  toJSON(): EmulatorState {
    this.st.clockOffsetMs = this.clock.offsetMs;
    return deepCopy(this.st);
  }

  get requests(): readonly LoggedRequest[] {
    return this.st.log;
  }

  get scenario(): Scenario {
    return this.st.scenario;
  }

  get app(): AppRegistration {
    return this.st.app;
  }

  /** A read-only snapshot of tenants, users and subscriptions as they are now (lazy work settled). */
  world(): WorldView {
    settle(this.st.world, this.st.scenario, this.clock.now());
    return worldView(this.st.world, this.st.app.clientId, this.clock.now());
  }

  /**
   * How long registrations take from now on, the one in flight included (the demo's speed control): work already
   * due completes first, so a registration Azure would have finished stays finished.
   */
  setRegistrationDelay(ms: number): void {
    if (!Number.isFinite(ms) || ms < 0)
      throw new RangeError('setRegistrationDelay() takes a non-negative number of ms');
    settle(this.st.world, this.st.scenario, this.clock.now());
    this.st.scenario.registrationDelayMs = ms;
  }

  /** Add a fault rule after creation (tests, demo controls). */
  addFault(rule: FaultRule): void {
    this.st.faults.push({ ...rule });
  }

  /**
   * Move a subscription to another directory, as "Change directory" in the Azure portal does: from then on ARM
   * answers a token of the old directory with 401 InvalidAuthenticationTokenTenant.
   */
  transferSubscription(subscriptionId: string, tenantId: string): void {
    const sub = this.st.world.subscriptions.find((s) => s.id === subscriptionId);
    if (!sub) throw new Error(`no subscription ${subscriptionId}`);
    if (!this.st.world.tenants.some((t) => t.id === tenantId)) throw new Error(`no tenant ${tenantId}`);
    sub.tenantId = tenantId;
    // Azure deletes every role assignment of a subscription moved to another directory (Learn, "Transfer an Azure
    // subscription to a different Microsoft Entra directory"): the new directory assigns its own principals.
    sub.roles = {};
  }

  /** A role on a subscription for a principal (object id) of the directory that holds it, as its admin would assign it. */
  assignSubscriptionRole(subscriptionId: string, principalId: string, role: RoleName): void {
    const sub = this.st.world.subscriptions.find((s) => s.id === subscriptionId);
    if (!sub) throw new Error(`no subscription ${subscriptionId}`);
    sub.roles[principalId] = role;
  }

  /** A user's object id in a directory: their own at home, their guest object's where they are a guest. */
  objectIdIn(userId: string, tenantId: string): string {
    const user = this.st.world.users.find((u) => u.id === userId);
    if (!user) throw new Error(`no user ${userId}`);
    return objectIdIn(user, tenantId);
  }

  /**
   * Create a Digital Twins instance now, as someone does in the Azure portal (the demo's "create an instance", so that
   * "Check again" finds one). Like the Azure portal, creating it registers Microsoft.DigitalTwins on the subscription
   * if it is not yet. With `provisioningMs` it is `Provisioning` (no host name yet) for that long on the virtual clock.
   * Returns the instance's resource id.
   */
  createDigitalTwinsInstance(spec: DigitalTwinsInstanceSpec, options: { provisioningMs?: number } = {}): string {
    const now = this.clock.now();
    settle(this.st.world, this.st.scenario, now);
    const sub = this.st.world.subscriptions.find((s) => s.id.toLowerCase() === spec.subscriptionId.toLowerCase());
    if (!sub) throw new Error(`no subscription ${spec.subscriptionId}`);
    const instances = (this.st.world.digitalTwinsInstances ??= []);
    const id = instanceId(spec);
    if (instances.some((i) => instanceId(i).toLowerCase() === id.toLowerCase()))
      throw new Error(`instance ${id} exists already`);
    registerNow(this.st.world, this.st.scenario, sub, DIGITAL_TWINS_NAMESPACE, now);
    const record = instanceRecord({ ...spec, subscriptionId: sub.id }, Math.max(now, 1));
    const provisioningMs = options.provisioningMs ?? 0;
    if (!Number.isFinite(provisioningMs) || provisioningMs < 0)
      throw new RangeError('provisioningMs must be a non-negative number of ms');
    if (provisioningMs > 0)
      Object.assign(record, { provisioningState: 'Provisioning', provisionedAt: now + provisioningMs });
    instances.push(record);
    return id;
  }

  /**
   * Give a principal a role at a scope, as if it had always been there (tests, demo controls): it counts at once, for
   * every token. The portal's own grant goes through ARM (`PUT …/roleAssignments/{name}`) and propagates.
   */
  addRoleAssignment(spec: RoleAssignmentSpec): void {
    const record = assignmentRecord(this.st.world, spec, this.clock.now());
    const assignments = (this.st.world.roleAssignments ??= []);
    if (!assignments.some((a) => a.name === record.name)) assignments.push(record);
  }

  /**
   * Activate a principal's PIM eligibility now, as they would in the Azure portal (the demo's stand-in for PIM; the
   * portal itself never activates). Like any new assignment, the active role is listed at once and counts after the
   * scenario's role delay, for tokens issued from then on. Returns the role assignment's name.
   */
  activateEligibleRole(principalId: string, roleDefinitionId?: string): string {
    const now = this.clock.now();
    const eligibility = (this.st.world.roleEligibilities ?? []).find(
      (e) =>
        e.principalId.toLowerCase() === principalId.toLowerCase() &&
        (!roleDefinitionId || e.roleDefinitionId.toLowerCase() === roleDefinitionId.toLowerCase()) &&
        e.activatedAt === undefined &&
        (e.endMs === undefined || e.endMs > now),
    );
    if (!eligibility) throw new Error(`no eligibility to activate for ${principalId}`);
    eligibility.activatedAt = Math.max(now, 1);
    const name = deterministicGuid('activation', eligibility.name);
    (this.st.world.roleAssignments ??= []).push({
      name,
      scope: eligibility.scope,
      roleDefinitionId: eligibility.roleDefinitionId,
      principalId: eligibility.principalId,
      principalType: eligibility.principalType,
      createdAt: Math.max(now, 1),
      effectiveAt: now + (this.st.scenario.roleDelayMs ?? DEFAULT_ROLE_DELAY_MS),
      createdBy: eligibility.principalId,
    });
    return name;
  }

  /** Change a subscription's state (disabled for non-payment, say) after the scenario began. */
  setSubscriptionState(subscriptionId: string, state: SubscriptionState): void {
    const sub = this.st.world.subscriptions.find((s) => s.id === subscriptionId);
    if (!sub) throw new Error(`no subscription ${subscriptionId}`);
    sub.state = state;
  }

  /**
   * The sign-in page for an authorize (or admin consent) URL. `browser.acceptLanguage` is what the browser would
   * send as Accept-Language: the page speaks the URL's `ui_locales`, else that, else English (the step's `lang`).
   */
  signInStart(authorizeUrl: string, browser?: SignInBrowser): Promise<SignInStep> {
    return signInStart(this.ctx, authorizeUrl, browser);
  }

  signInPick(authorizeUrl: string, userId: string, browser?: SignInBrowser): Promise<SignInStep> {
    return signInPick(this.ctx, authorizeUrl, userId, browser);
  }

  /** The MFA page's "Approve sign-in". */
  signInMfa(authorizeUrl: string, userId: string, browser?: SignInBrowser): Promise<SignInStep> {
    return signInMfa(this.ctx, authorizeUrl, userId, browser);
  }

  signInConsent(
    authorizeUrl: string,
    userId: string,
    decision: ConsentDecision,
    browser?: SignInBrowser,
  ): Promise<SignInStep> {
    return signInConsent(this.ctx, authorizeUrl, userId, decision, browser);
  }

  /** An action on the "Need admin approval" page. */
  signInApproval(
    authorizeUrl: string,
    userId: string,
    action: ApprovalAction,
    browser?: SignInBrowser,
  ): Promise<SignInStep> {
    return signInApproval(this.ctx, authorizeUrl, userId, action, browser);
  }

  async handle(req: EmuRequest): Promise<EmuResponse> {
    const at = this.clock.now();
    let url: URL | undefined;
    try {
      url = new URL(req.url);
    } catch {
      url = undefined;
    }
    let res: EmuResponse;
    try {
      res = url
        ? await this.dispatch(req, url)
        : { status: 400, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: 'Bad request URL' };
    } catch (error) {
      // An emulator bug must surface as a response, not take down the HTTPS server or the demo.
      res = json(
        500,
        { error: { code: 'EmulatorError', message: error instanceof Error ? error.message : String(error) } },
        { 'access-control-allow-origin': '*' },
      );
    }
    this.record(req, url, at, res.status);
    return res;
  }

  private record(req: EmuRequest, url: URL | undefined, at: number, status: number): void {
    const entry: LoggedRequest = {
      seq: this.st.nextSeq++,
      at,
      method: req.method.toUpperCase(),
      host: url?.hostname.toLowerCase() ?? '',
      path: url ? url.pathname + url.search : req.url,
      status,
    };
    this.st.log.push(entry);
    if (this.st.log.length > MAX_LOG) this.st.log.splice(0, this.st.log.length - MAX_LOG);
  }

  private async dispatch(req: EmuRequest, url: URL): Promise<EmuResponse> {
    const host = url.hostname.toLowerCase();
    if (host !== ENTRA_HOST && host !== ARM_HOST) return notFound();
    const fault = takeFault(this.st.faults, req, url, this.clock.now());
    if (fault) return this.faultResponse(req, url, fault);
    if (isPreflight(req)) return preflight(req, host === ARM_HOST ? 'arm' : 'entra');
    return host === ARM_HOST ? handleArm(this.ctx, req, url) : handleEntra(this.ctx, req, url);
  }

  private faultResponse(req: EmuRequest, url: URL, rule: FaultRule): EmuResponse {
    if (rule.body !== undefined) {
      const cors =
        url.hostname.toLowerCase() === ARM_HOST
          ? armFaultResponse(this.ctx, req, url, rule).headers
          : entraCorsHeaders();
      return {
        status: rule.status,
        headers: { ...cors, 'content-type': 'application/json; charset=utf-8' },
        body: rule.body,
      };
    }
    if (url.hostname.toLowerCase() === ARM_HOST) return armFaultResponse(this.ctx, req, url, rule);
    const retryAfter = defaultRetryAfter(rule);
    const body = aadErrorBody(aad.temporarilyUnavailable(rule.status), this.clock.now(), newGuid());
    return json(rule.status, body, {
      ...entraCorsHeaders(),
      ...(retryAfter !== undefined ? { 'retry-after': String(retryAfter) } : {}),
    });
  }
}
