/**
 * public/boot.js is render-blocking (it must decide what the first paint shows), and public/ files are copied as they
 * are: the build drops its comments, which are most of its bytes, so the first paint waits for less.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import type { Plugin } from 'vite';

/** The script without comments, through TypeScript's parser (a comment-looking string or regex stays as it is). */
export function compactBootScript(source: string): string {
  return ts.transpileModule(source, { compilerOptions: { removeComments: true, target: ts.ScriptTarget.ES5 } })
    .outputText;
}

export function compactBootScriptPlugin(): Plugin {
  let outDir = 'dist';
  return {
    name: 'compact-boot-script',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir.startsWith('/') ? config.build.outDir : join(config.root, config.build.outDir);
    },
    writeBundle() {
      const file = join(outDir, 'boot.js');
      if (existsSync(file)) writeFileSync(file, compactBootScript(readFileSync(file, 'utf8')));
    },
  };
}
