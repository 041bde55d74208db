/**
 * The server-rendered sign-in page of the HTTPS emulator. Deliberately plain and labelled as a demo so
 * nobody mistakes it for Microsoft's page; no script, so it works under any CSP. Every value that comes
 * from a scenario or a request is escaped.
 */
import { MAX_JUSTIFICATION } from './signin';
import type { SignInStep } from './types';

export const DEMO_LABEL = 'Demo sign-in — emulated Microsoft Entra ID';

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

function page(title: string, content: string): string {
  return (
    '<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">' +
    '<meta name="viewport" content="width=device-width, initial-scale=1">' +
    `<title>${escapeHtml(title)} — ${escapeHtml(DEMO_LABEL)}</title><style>${STYLE}</style></head>` +
    `<body><div class="banner" role="note">${escapeHtml(DEMO_LABEL)}. Not a Microsoft page; no real account is used.</div>` +
    `<main>${content}</main></body></html>\n`
  );
}

function hidden(name: string, value: string): string {
  return `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`;
}

export function renderSignInPage(step: SignInStep, formAction: string): string {
  const action = escapeHtml(formAction);
  switch (step.kind) {
    case 'pick': {
      const users = step.users
        .map((u) => {
          const hinted = u.id === step.hintedUserId;
          return (
            `<form method="post" action="${action}" class="user${hinted ? ' hinted' : ''}">${hidden('user', u.id)}` +
            `<div><strong>${escapeHtml(u.displayName)}</strong><br><small>${escapeHtml(u.upn)} · ${escapeHtml(u.tenantName)}</small></div>` +
            `<button type="submit">Sign in as ${escapeHtml(u.displayName)}</button></form>`
          );
        })
        .join('');
      return page(
        'Pick an account',
        `<h1>Pick an account</h1><p>to continue to <strong>${escapeHtml(step.appName)}</strong></p>` +
          (users || '<p class="muted">This scenario has no users.</p>'),
      );
    }
    case 'consent': {
      const perms = step.permissions
        .map((p) => `<li><strong>${escapeHtml(p.description)}</strong><br><small>${escapeHtml(p.resourceName)} · ${escapeHtml(p.scope)}</small></li>`)
        .join('');
      // The checkbox precedes the Accept button, so a checked box posts decision=accept-for-organization first.
      const org = step.canConsentForOrganization
        ? `<p><label><input type="checkbox" name="decision" value="accept-for-organization"> Consent on behalf of your organization</label></p>`
        : '';
      return page(
        'Permissions requested',
        `<h1>Permissions requested</h1>` +
          `<p><strong>${escapeHtml(step.appName)}</strong>${step.publisher ? ` <small>by ${escapeHtml(step.publisher)}</small>` : ''} asks ${escapeHtml(step.user.displayName)} ` +
          `<small class="muted">(${escapeHtml(step.user.upn)}, ${escapeHtml(step.user.tenantName)})</small> for:</p>` +
          `<ul class="perms">${perms}</ul>` +
          `<form method="post" action="${action}">${hidden('user', step.user.id)}${org}` +
          `<div class="actions"><button type="submit" name="decision" value="accept">Accept</button></div></form>` +
          `<form method="post" action="${action}">${hidden('user', step.user.id)}${hidden('decision', 'decline')}` +
          `<button type="submit">Cancel</button></form>`,
      );
    }
    case 'admin-approval': {
      const who = `<p>${escapeHtml(step.user.displayName)} <small class="muted">(${escapeHtml(step.user.upn)}, ${escapeHtml(step.user.tenantName)})</small></p>`;
      const back =
        `<form method="post" action="${action}">${hidden('user', step.user.id)}${hidden('approval', 'return')}` +
        `<button type="submit">Return to the application without granting consent</button></form>`;
      const other =
        `<form method="post" action="${action}">${hidden('user', step.user.id)}${hidden('approval', 'other-account')}` +
        `<p>Have an admin account? <button type="submit">Sign in with an admin account</button></p></form>`;
      let request = '';
      if (step.canRequestApproval && step.requested) {
        request = `<p role="status">Request sent. The administrators who review app requests will see it; you will be told when it is approved.</p>`;
      } else if (step.canRequestApproval) {
        request =
          `<form method="post" action="${action}">${hidden('user', step.user.id)}` +
          `<p><label for="justification">Justification for requesting this app</label><br>` +
          `<textarea id="justification" name="justification" rows="3" cols="40" maxlength="${MAX_JUSTIFICATION}" required` +
          `${step.problem ? ' aria-describedby="justification-problem" aria-invalid="true"' : ''}></textarea></p>` +
          (step.problem ? `<p id="justification-problem" role="alert">${escapeHtml(step.problem)}</p>` : '') +
          `<button type="submit" name="approval" value="request">Request approval</button></form>`;
      }
      const title = step.canRequestApproval ? 'Approval required' : 'Need admin approval';
      return page(
        title,
        `<h1>${escapeHtml(title)}</h1>${who}<p>${escapeHtml(step.message)}</p>${request}${step.requested ? '' : other}${back}` +
          `<dl><dt>Error code</dt><dd>${escapeHtml(step.code)}</dd><dt>Correlation ID</dt><dd>${escapeHtml(step.correlationId)}</dd></dl>`,
      );
    }
    case 'error':
      return page(
        step.title,
        `<h1>${escapeHtml(step.title)}</h1><p role="alert">${escapeHtml(step.code)}: ${escapeHtml(step.message)}</p>` +
          `<dl><dt>Error code</dt><dd>${escapeHtml(step.code)}</dd>` +
          `<dt>Correlation ID</dt><dd>${escapeHtml(step.correlationId)}</dd>` +
          `<dt>Trace ID</dt><dd>${escapeHtml(step.traceId)}</dd></dl>`,
      );
    case 'redirect':
      return page('Continue', `<h1>Signing you in…</h1><p><a href="${escapeHtml(step.location)}">Continue to the application</a></p>`);
  }
}
