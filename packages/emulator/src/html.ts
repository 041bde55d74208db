/**
 * The server-rendered sign-in page of the HTTPS emulator. Deliberately plain and labelled as a demo so
 * nobody mistakes it for Microsoft's page; no script, so it works under any CSP. Every value that comes
 * from a scenario or a request is escaped.
 */
import { demoLabel, pageText, pageTextParts, type PageLanguage, type PageTextKey } from './page-texts';
import { MAX_JUSTIFICATION } from './signin';
import type { SignInStep } from './types';

/** The label every emulated page carries, in English (see demoLabel for the others). */
export const DEMO_LABEL = demoLabel('en');

export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const STYLE = `
  body { font-family: system-ui, sans-serif; background: #f4f1ea; color: #222; margin: 0; }
  .banner { background: #ffd84d; color: #222; padding: .5rem 1rem; font-weight: 600; border-bottom: 2px dashed #222; }
  main { max-width: 34rem; margin: 2rem auto; background: #fff; border: 2px dashed #888; padding: 1.5rem; }
  h1 { font-size: 1.3rem; margin-top: 0; }
  form { margin: .75rem 0; }
  .user { display: flex; align-items: center; gap: .75rem; justify-content: space-between; border: 1px solid #ccc; padding: .5rem .75rem; }
  .user small, .muted { color: #555; }
  .hinted { border-color: #222; }
  button { font: inherit; padding: .4rem .9rem; cursor: pointer; }
  ul.perms li { margin: .3rem 0; }
  .actions { display: flex; gap: .5rem; align-items: center; }
  dl { display: grid; grid-template-columns: max-content 1fr; gap: .25rem .75rem; }
  dt { font-weight: 600; }
  dd { margin: 0; word-break: break-all; }
  :focus-visible { outline: 3px solid #1a5fb4; outline-offset: 2px; }
`;

function page(lang: PageLanguage, title: string, content: string): string {
  const label = demoLabel(lang);
  return (
    `<!doctype html>\n<html lang="${lang}"><head><meta charset="utf-8"><link rel="icon" href="data:,">` +
    '<meta name="viewport" content="width=device-width, initial-scale=1">' +
    `<title>${escapeHtml(title)} — ${escapeHtml(label)}</title><style>${STYLE}</style></head>` +
    `<body><div class="banner" role="note">${escapeHtml(pageText(lang, 'banner.server', { label }))}</div>` +
    `<main>${content}</main></body></html>\n`
  );
}

function hidden(name: string, value: string): string {
  return `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`;
}

/** A text of the page, escaped, its placeholders filled with markup that is already safe. */
function textHtml(lang: PageLanguage, key: PageTextKey, markup: Record<string, string> = {}): string {
  return pageTextParts<{ html: string }>(
    lang,
    key,
    Object.fromEntries(Object.entries(markup).map(([k, html]) => [k, { html }])),
  )
    .map((part) => (typeof part === 'string' ? escapeHtml(part) : part.html))
    .join('');
}

/** Microsoft's page in the step's language (`step.lang`), posting back to `formAction`. */
export function renderSignInPage(step: SignInStep, formAction: string): string {
  const action = escapeHtml(formAction);
  const lang = step.lang;
  const text = (key: PageTextKey, values: Record<string, string | number> = {}) =>
    escapeHtml(pageText(lang, key, values));
  const ids = (rows: Array<[PageTextKey, string]>) =>
    `<dl>${rows.map(([key, value]) => `<dt>${text(key)}</dt><dd>${escapeHtml(value)}</dd>`).join('')}</dl>`;
  switch (step.kind) {
    case 'pick': {
      const users = step.users
        .map((u) => {
          const hinted = u.id === step.hintedUserId;
          return (
            `<form method="post" action="${action}" class="user${hinted ? ' hinted' : ''}">${hidden('user', u.id)}` +
            `<div><strong>${escapeHtml(u.displayName)}</strong><br><small>${escapeHtml(u.upn)} · ${escapeHtml(u.tenantName)}</small></div>` +
            `<button type="submit">${text('pick.signInAs', { name: u.displayName })}</button></form>`
          );
        })
        .join('');
      return page(
        lang,
        pageText(lang, 'pick.title'),
        `<h1>${text('pick.title')}</h1><p>${textHtml(lang, 'pick.continueTo', { app: `<strong>${escapeHtml(step.appName)}</strong>` })}</p>` +
          (users || `<p class="muted">${text('pick.noUsers')}</p>`),
      );
    }
    case 'consent': {
      const perms = step.permissions
        .map(
          (p) =>
            `<li><strong>${escapeHtml(p.description)}</strong><br><small>${escapeHtml(p.resourceName)} · ${escapeHtml(p.scope)}</small></li>`,
        )
        .join('');
      // The checkbox precedes the Accept button, so a checked box posts decision=accept-for-organization first.
      const org = step.canConsentForOrganization
        ? `<p><label><input type="checkbox" name="decision" value="accept-for-organization"> ${text('consent.forOrganization')}</label></p>`
        : '';
      const app =
        `<strong>${escapeHtml(step.appName)}</strong>` +
        (step.publisher ? ` <small>${text('consent.byPublisher', { publisher: step.publisher })}</small>` : '');
      const account = `<small class="muted">(${escapeHtml(step.user.upn)}, ${escapeHtml(step.user.tenantName)})</small>`;
      return page(
        lang,
        pageText(lang, 'consent.title'),
        `<h1>${text('consent.title')}</h1>` +
          `<p>${textHtml(lang, 'consent.asks', { app, user: escapeHtml(step.user.displayName), account })}</p>` +
          `<ul class="perms">${perms}</ul>` +
          `<form method="post" action="${action}">${hidden('user', step.user.id)}${org}` +
          `<div class="actions"><button type="submit" name="decision" value="accept">${text('consent.accept')}</button></div></form>` +
          `<form method="post" action="${action}">${hidden('user', step.user.id)}${hidden('decision', 'decline')}` +
          `<button type="submit">${text('consent.cancel')}</button></form>`,
      );
    }
    case 'admin-approval': {
      const who = `<p>${escapeHtml(step.user.displayName)} <small class="muted">(${escapeHtml(step.user.upn)}, ${escapeHtml(step.user.tenantName)})</small></p>`;
      const back =
        `<form method="post" action="${action}">${hidden('user', step.user.id)}${hidden('approval', 'return')}` +
        `<button type="submit">${text('approval.return')}</button></form>`;
      const other =
        `<form method="post" action="${action}">${hidden('user', step.user.id)}${hidden('approval', 'other-account')}` +
        `<p>${text('approval.haveAdminAccount')} <button type="submit">${text('approval.otherAccount')}</button></p></form>`;
      let request = '';
      if (step.canRequestApproval && step.requested) {
        request = `<p role="status">${text('approval.sent')}</p>`;
      } else if (step.canRequestApproval) {
        request =
          `<form method="post" action="${action}">${hidden('user', step.user.id)}` +
          `<p><label for="justification">${text('approval.justification')}</label><br>` +
          `<textarea id="justification" name="justification" rows="3" cols="40" maxlength="${MAX_JUSTIFICATION}" required` +
          `${step.problem ? ' aria-describedby="justification-problem" aria-invalid="true"' : ''}></textarea></p>` +
          (step.problem ? `<p id="justification-problem" role="alert">${escapeHtml(step.problem)}</p>` : '') +
          `<button type="submit" name="approval" value="request">${text('approval.request')}</button></form>`;
      }
      const title = pageText(lang, step.canRequestApproval ? 'approval.titleWorkflow' : 'approval.title');
      return page(
        lang,
        title,
        `<h1>${escapeHtml(title)}</h1>${who}<p>${escapeHtml(step.message)}</p>${request}${step.requested ? '' : other}${back}` +
          ids([
            ['ids.errorCode', step.code],
            ['ids.correlationId', step.correlationId],
          ]),
      );
    }
    case 'mfa': {
      const who = `<p>${escapeHtml(step.user.displayName)} <small class="muted">(${escapeHtml(step.user.upn)}, ${escapeHtml(step.user.tenantName)})</small></p>`;
      const contexts =
        step.contexts.length > 0
          ? `<p class="muted">${text('mfa.contexts', { contexts: step.contexts.join(', ') })}</p>`
          : '';
      return page(
        lang,
        pageText(lang, 'mfa.title'),
        `<h1>${text('mfa.title')}</h1>${who}<p>${textHtml(lang, 'mfa.lead', { app: `<strong>${escapeHtml(step.appName)}</strong>` })}</p>${contexts}` +
          `<form method="post" action="${action}">${hidden('user', step.user.id)}${hidden('mfa', 'approve')}` +
          `<button type="submit">${text('mfa.approve')}</button></form>`,
      );
    }
    case 'error':
      return page(
        lang,
        step.title,
        `<h1>${escapeHtml(step.title)}</h1><p role="alert">${escapeHtml(step.code)}: ${escapeHtml(step.message)}</p>` +
          ids([
            ['ids.errorCode', step.code],
            ['ids.correlationId', step.correlationId],
            ['ids.traceId', step.traceId],
          ]),
      );
    case 'redirect':
      return page(
        lang,
        pageText(lang, 'redirect.title'),
        `<h1>${text('redirect.heading')}</h1><p><a href="${escapeHtml(step.location)}">${text('redirect.continue')}</a></p>`,
      );
  }
}

/** Entra's signed-out page, for a logout whose post_logout_redirect_uri is missing or not the app's. */
export function renderSignedOutPage(
  lang: PageLanguage,
  unregisteredTarget: string | undefined,
  correlationId: string,
): string {
  const close = unregisteredTarget
    ? pageText(lang, 'signedOut.closeUnregistered', { address: unregisteredTarget })
    : pageText(lang, 'signedOut.close');
  return (
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">` +
    `<title>${escapeHtml(pageText(lang, 'signedOut.title'))} — ${escapeHtml(pageText(lang, 'label.emulated'))}</title></head>` +
    `<body><p>${escapeHtml(demoLabel(lang))}</p><h1>${escapeHtml(pageText(lang, 'signedOut.heading'))}</h1>` +
    `<p>${escapeHtml(close)}</p>` +
    `<p><small>${escapeHtml(pageText(lang, 'ids.correlationId'))}: ${escapeHtml(correlationId)}</small></p></body></html>`
  );
}

/** Entra's "Pick an account to sign out", shown for a logout without a logout_hint that names the session's account. */
export function renderSignOutPickPage(
  lang: PageLanguage,
  formAction: string,
  accounts: Array<{ id: string; upn: string; displayName: string }>,
): string {
  const rows = accounts
    .map(
      (a) =>
        `<form method="post" action="${escapeHtml(formAction)}" class="user">${hidden('account', a.id)}` +
        `<span>${escapeHtml(a.displayName)}<br><small>${escapeHtml(a.upn)}</small></span>` +
        `<button type="submit">${escapeHtml(pageText(lang, 'signOutPick.choose', { name: a.displayName }))}</button></form>`,
    )
    .join('');
  return page(
    lang,
    pageText(lang, 'signOutPick.title'),
    `<h1>${escapeHtml(pageText(lang, 'signOutPick.heading'))}</h1>${rows}`,
  );
}
