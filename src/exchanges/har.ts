import { english } from '../i18n/i18n';
import { messages as englishExtra } from '../i18n/locales/en/extra.po';
import { gloss } from './gloss';
import type { Exchange } from './types';

// The file is for support, so its words stay English whatever the page speaks: the glosses come from `english`,
// which knows only the main catalog's words until it is given those of the lazy parts (where the glosses are).
english.load('en', englishExtra);

/**
 * HAR 1.2 (the format support engineers ask for) from the record of exchanges. It is built from redacted entries
 * only, so unlike a browser's own HAR export it holds no token, code or cookie. MSAL's reports of token requests
 * (live mode) are not HTTP exchanges the page saw, so they are not entries; the log's comment says so.
 */

export interface HarHeader {
  name: string;
  value: string;
}

export interface HarEntry {
  startedDateTime: string;
  time: number;
  request: {
    method: string;
    url: string;
    httpVersion: string;
    cookies: never[];
    headers: HarHeader[];
    queryString: HarHeader[];
    postData?: { mimeType: string; params: HarHeader[]; text: string };
    headersSize: -1;
    bodySize: number;
  };
  response: {
    status: number;
    statusText: string;
    httpVersion: string;
    cookies: never[];
    headers: HarHeader[];
    content: { size: number; mimeType: string; comment?: string };
    redirectURL: string;
    headersSize: -1;
    bodySize: number;
  };
  cache: Record<string, never>;
  timings: { send: number; wait: number; receive: number };
  comment: string;
}

export interface Har {
  log: {
    version: '1.2';
    creator: { name: string; version: string };
    entries: HarEntry[];
    comment: string;
  };
}

const headerList = (headers: Record<string, string>): HarHeader[] =>
  Object.entries(headers).map(([name, value]) => ({ name, value }));

const STATUS_TEXT: Record<number, string> = {
  200: 'OK',
  201: 'Created',
  202: 'Accepted',
  204: 'No Content',
  302: 'Found',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

function toEntry(e: Exchange): HarEntry {
  let queryString: HarHeader[] = [];
  try {
    queryString = [...new URL(e.url).searchParams].map(([name, value]) => ({ name, value }));
  } catch {
    // a relative URL has no query to list
  }
  const request: HarEntry['request'] = {
    method: e.method,
    url: e.url,
    httpVersion: 'HTTP/1.1',
    cookies: [],
    headers: headerList(e.requestHeaders),
    queryString,
    headersSize: -1,
    bodySize: e.requestBodySize,
  };
  if (e.form) {
    const params = e.form.map(([name, value]) => ({ name, value }));
    request.postData = {
      mimeType: 'application/x-www-form-urlencoded',
      params,
      text: new URLSearchParams(e.form).toString().replaceAll('%5Bredacted%5D', '[redacted]'),
    };
  }
  const time = Math.max(0, e.durationMs);
  return {
    startedDateTime: new Date(e.at).toISOString(),
    time,
    request,
    response: {
      status: e.status,
      statusText: STATUS_TEXT[e.status] ?? '',
      httpVersion: 'HTTP/1.1',
      cookies: [],
      headers: headerList(e.responseHeaders),
      content: {
        size: e.responseBodySize,
        mimeType: e.responseType ?? '',
        comment: 'body left out: it can hold tokens',
      },
      redirectURL: e.responseHeaders.location ?? '',
      headersSize: -1,
      bodySize: e.responseBodySize,
    },
    cache: {},
    timings: { send: 0, wait: time, receive: 0 },
    comment: gloss(e, english),
  };
}

export function buildHar(entries: readonly Exchange[], creator: { name: string; version: string }, demo: boolean): Har {
  return {
    log: {
      version: '1.2',
      creator,
      entries: entries.filter((e) => e.kind === 'http').map(toEntry),
      comment:
        `Redacted by ${creator.name}: no tokens, authorization codes, PKCE verifiers, client_info or cookies; only the headers ` +
        `that tell the story; bodies left out.${demo ? ' Demo mode: times are the emulator’s virtual time.' : ' Token requests MSAL made itself are not listed (the page does not see them).'}`,
    },
  };
}
