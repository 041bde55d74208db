import { createElement, Fragment } from 'react';
import { Trans as LinguiTrans, type TransProps } from '@lingui/react';

/**
 * The `<Trans>` the macros compile to (lingui.config.ts, `runtimeConfigModule`). Lingui puts string values into
 * the message and then reads element tags (`<0>…</0>`, even `<b>`) out of the result, so a name from Azure such as
 * `<0>click</0>` would become one of the message's elements, and other markup would vanish. A value holding `<`
 * or `>` goes in as a React node instead: shown as text, never read as markup.
 */
export function Trans(props: TransProps) {
  if (!props.values) return createElement(LinguiTrans, props);
  const values = Object.fromEntries(
    Object.entries(props.values).map(([name, value]) => [
      name,
      typeof value === 'string' && /[<>]/.test(value) ? createElement(Fragment, null, value) : value,
    ]),
  );
  return createElement(LinguiTrans, { ...props, values });
}
