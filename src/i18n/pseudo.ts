import type { Messages } from '@lingui/core';

const ACCENTED: Record<string, string> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((c, i) => [
    c,
    [...'àƀçđéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÀƁÇĐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ'][i]!,
  ]),
);

/** Every ASCII letter accented: what is left in plain ASCII letters did not come through the message layer. */
export function accent(text: string): string {
  return text.replace(/[A-Za-z]/g, (c) => ACCENTED[c]!);
}

type Compiled = string | Array<string | CompiledPart>;
type CompiledPart = [string, string?, unknown?];

/** The literal text of a compiled message accented; placeholders, plural forms' structure and `<0>` tags kept. */
function accentCompiled(message: Compiled): Compiled {
  if (typeof message === 'string') return accentOutsideTags(message);
  return message.map((part) =>
    typeof part === 'string' ? accentOutsideTags(part) : ([part[0], part[1], choices(part[2])] as CompiledPart),
  );
}

/** A plural or select's forms accented; a number or date format (a string) and the plural offset kept. */
function choices(format: unknown): unknown {
  if (!format || typeof format !== 'object') return format;
  return Object.fromEntries(
    Object.entries(format).map(([k, v]) => [
      k,
      typeof v === 'string' || Array.isArray(v) ? accentCompiled(v as Compiled) : v,
    ]),
  );
}

function accentOutsideTags(text: string): string {
  return text
    .split(/(<\/?\d+\/?>)/)
    .map((piece, i) => (i % 2 ? piece : accent(piece)))
    .join('');
}

function lengthOf(message: Compiled): number {
  if (typeof message === 'string') return message.length;
  return message.reduce<number>((n, part) => n + (typeof part === 'string' ? part.length : 6), 0);
}

/**
 * The pseudo-locale's catalog from English: `⟦` … `⟧` around each message, accented, padded by about 40 % of its
 * length, so truncation, hard-coded text and layouts that cannot grow show up in tests.
 */
export function pseudoLocalize(english: Messages): Messages {
  return Object.fromEntries(
    Object.entries(english).map(([id, message]) => {
      const body = accentCompiled(message as Compiled);
      const padding = '·'.repeat(Math.max(1, Math.round(lengthOf(message as Compiled) * 0.4)));
      return [id, ['⟦', ...(typeof body === 'string' ? [body] : body), ` ${padding}⟧`]];
    }),
  );
}
