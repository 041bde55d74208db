/**
 * `returnUrl` may name the directory that is ready: `{tenantId}` and `{subscriptionId}` are filled in on
 * "Continue", and `{instanceHostName}` with the Digital Twins instance chosen (with `digitalTwins` configured), so the
 * developer's server can make the first data-plane call itself. The template is kept as written (never normalised by the URL parser, which would turn the
 * braces in a path into %7B…%7D), and a placeholder may only stand after the origin, so no value can move
 * the hand-off to another site.
 */

export interface ReturnUrlValues {
  tenantId: string;
  /** absent when the journey chose no subscription (verification alone): filled in as an empty string */
  subscriptionId: string | undefined;
  /** the chosen instance's host name (`{name}.api.{region}.digitaltwins.azure.net`); empty when none was chosen */
  instanceHostName?: string | undefined;
}

const PLACEHOLDER = /\{([^{}]*)\}/g;
const KNOWN = ['tenantId', 'subscriptionId', 'instanceHostName'] as const;
/** scheme://authority, the part that decides the origin */
const ORIGIN_PART = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i;

/** Why a template cannot be used, or undefined when its placeholders are fine (the URL itself is checked by the caller). */
export function placeholderProblem(template: string): string | undefined {
  const unknown = [...template.matchAll(PLACEHOLDER)]
    .map((m) => m[1]!)
    .filter((name) => !(KNOWN as readonly string[]).includes(name));
  if (unknown.length > 0) return `unknown placeholder {${unknown[0]}}`;
  if (/[{}]/.test(template.replace(PLACEHOLDER, ''))) return 'a stray { or }';
  const origin = ORIGIN_PART.exec(template)?.[0] ?? template;
  if (/[{}]/.test(origin)) return 'a placeholder in the scheme, host or port';
  return undefined;
}

/** The template with every placeholder replaced, each value URL-encoded (so `/?#&@` in a value stay inside it). */
export function fillReturnUrl(template: string, values: ReturnUrlValues): string {
  const value = (name: string) =>
    name === 'tenantId'
      ? values.tenantId
      : name === 'subscriptionId'
        ? (values.subscriptionId ?? '')
        : (values.instanceHostName ?? '');
  return template.replace(PLACEHOLDER, (_, name: string) => encodeURIComponent(value(name)));
}

/** Harmless stand-ins to parse a template with, before any real id is known. */
export function sampleReturnUrl(template: string): string {
  return fillReturnUrl(template, {
    tenantId: '00000000-0000-0000-0000-000000000000',
    subscriptionId: '00000000-0000-0000-0000-000000000000',
    instanceHostName: 'example.api.weu.digitaltwins.azure.net',
  });
}
