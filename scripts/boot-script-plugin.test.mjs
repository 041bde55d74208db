import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { compactBootScript } from './boot-script-plugin.ts';

describe('compactBootScript', () => {
  it('drops the comments of public/boot.js and keeps a script that parses, with its code intact', () => {
    const source = readFileSync('public/boot.js', 'utf8');
    const compact = compactBootScript(source);
    expect(compact.length).toBeLessThan(source.length * 0.8);
    expect(compact).not.toMatch(/^\s*\/\//m);
    expect(() => new Function(compact)).not.toThrow();
    expect(compact).toContain("var LANGUAGE_KEY = 'twin-onboarding.lang';");
    expect(compact).toContain("getElementById('app-scripts')");
  });

  it('leaves strings and regular expressions that look like comments alone', () => {
    const compact = compactBootScript("var a = 'http://x'; // note\nvar b = /\\/\\*x/; /* gone */");
    expect(compact).toContain("'http://x'");
    expect(compact).toContain('/\\/\\*x/');
    expect(compact).not.toMatch(/note|gone/);
  });
});
