// A build plugin for the benchmark: records which source modules went into which output chunk, so the bench can
// count the bytes of src/demo/ that a live-mode page downloads (the budget is zero). Written beside the build
// output, never into it: nothing of this ships.
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';

/** @returns {import('vite').Plugin} */
export function moduleMap(file) {
  return {
    name: 'module-map',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = {};
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        const modules = {};
        for (const [id, info] of Object.entries(output.modules)) {
          // Virtual modules start with \0; keep real files, relative to the project.
          const name = id.startsWith('\0') ? id.slice(1) : relative(process.cwd(), id.split('?')[0]);
          modules[name] = info.renderedLength;
        }
        chunks[output.fileName] = modules;
      }
      writeFileSync(file, JSON.stringify(chunks, null, 1));
    },
  };
}
