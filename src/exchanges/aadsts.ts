/**
 * Entra ID's error codes (AADSTS650052 and the like), read out of the texts that carry them: an
 * error_description, MSAL's errorMessage, a recorded exchange. The one place that knows their shape.
 */
const CODE = /AADSTS(\d+)(:?)/g;

export interface AadstsOptions {
  /**
   * Only codes written as a label, `AADSTS650052: …`, as Entra prefixes its description; MSAL v5 puts its own
   * words before it, and a description may name other codes in passing.
   */
  labelled?: boolean;
}

/** Every AADSTS code in a text, in the order written, as `AADSTS650052`. */
export function aadstsCodes(text: string | undefined, { labelled = false }: AadstsOptions = {}): string[] {
  const codes: string[] = [];
  for (const match of (text ?? '').matchAll(CODE)) {
    const before = match.index === 0 ? '' : (text ?? '')[match.index - 1]!;
    if (labelled && (match[2] !== ':' || /\w/.test(before))) continue;
    codes.push(`AADSTS${match[1]}`);
  }
  return codes;
}

/** The first AADSTS code in a text, if any. */
export function firstAadsts(text: string | undefined, options?: AadstsOptions): string | undefined {
  return aadstsCodes(text, options)[0];
}

/** Whether a value is exactly one AADSTS code (a field that should hold nothing else). */
export function isAadsts(value: string): boolean {
  return /^AADSTS\d+$/.test(value);
}

/** The code for Entra's numeric error code, as its error_codes array and MSAL's errorNo give it. */
export function aadstsOf(errorNo: number | string): string {
  return `AADSTS${errorNo}`;
}

/** The number of an AADSTS code: `650052` for `AADSTS650052`. */
export function aadstsNumber(code: string): string {
  return code.slice('AADSTS'.length);
}
