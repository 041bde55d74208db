import { describe, expect, it } from 'vitest';
import { readableHeaders } from './browser-cors';

describe('readableHeaders', () => {
  it('keeps the safelisted headers and the exposed ones, whatever their case', () => {
    const headers = {
      'Content-Type': 'application/json',
      'cache-control': 'no-cache',
      'access-control-expose-headers': 'X-MS-Request-Id, retry-after',
      'x-ms-request-id': 'r1',
      'Retry-After': '4',
      'x-ms-correlation-request-id': 'c1',
    };
    expect(readableHeaders(headers)).toEqual({
      'Content-Type': 'application/json',
      'cache-control': 'no-cache',
      'x-ms-request-id': 'r1',
      'Retry-After': '4',
    });
  });

  it('without Access-Control-Expose-Headers a script reads only the safelisted headers', () => {
    expect(
      readableHeaders({
        'content-type': 'text/plain',
        'retry-after': '3',
        'x-ms-request-id': 'r1',
        'access-control-allow-origin': '*',
      }),
    ).toEqual({
      'content-type': 'text/plain',
    });
  });

  it("'*' exposes everything but cookies", () => {
    expect(readableHeaders({ 'access-control-expose-headers': '*', 'retry-after': '3', 'set-cookie': 'a=b' })).toEqual({
      'access-control-expose-headers': '*',
      'retry-after': '3',
    });
  });
});
