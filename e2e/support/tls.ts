import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A throwaway self-signed certificate for the emulated Microsoft hosts, made once per checkout with the
 * system's openssl (global-setup.ts, before any worker starts). Chromium is started with
 * --ignore-certificate-errors, so it only has to be valid TLS.
 */
export function throwawayCertificate(dir: string): { key: Buffer; cert: Buffer } {
  const keyPath = join(dir, 'emulator-key.pem');
  const certPath = join(dir, 'emulator-cert.pem');
  if (!existsSync(keyPath) || !existsSync(certPath)) {
    mkdirSync(dir, { recursive: true });
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '30',
        '-subj',
        '/CN=Twin Onboarding test emulator',
        '-addext',
        'subjectAltName=DNS:login.microsoftonline.com,DNS:management.azure.com,IP:127.0.0.1',
        '-keyout',
        keyPath,
        '-out',
        certPath,
      ],
      { stdio: 'ignore' },
    );
  }
  return { key: readFileSync(keyPath), cert: readFileSync(certPath) };
}
