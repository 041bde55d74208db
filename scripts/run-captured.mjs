// Runs tools side by side without mixing their output: each one's output is kept and handed back whole once it ends.
import { spawn } from 'node:child_process';

/**
 * Starts `command` with `args`; resolves (never rejects) once it ends, with its exit code (1 if it could not start
 * or was killed) and its stdout and stderr, interleaved as written.
 * @param {string} command
 * @param {string[]} args
 * @param {NodeJS.ProcessEnv} [env]
 * @returns {Promise<{ code: number, output: string }>}
 */
export function runCaptured(command, args, env = process.env) {
  return new Promise((resolve) => {
    /** @type {Buffer[]} */
    const chunks = [];
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env });
    child.stdout.on('data', (chunk) => chunks.push(chunk));
    child.stderr.on('data', (chunk) => chunks.push(chunk));
    child.on('error', (error) => resolve({ code: 1, output: `could not start ${command}: ${error.message}\n` }));
    child.on('close', (code) => resolve({ code: code ?? 1, output: Buffer.concat(chunks).toString('utf8') }));
  });
}

/**
 * Writes a tool's output to ours as it came, ending in a newline.
 * @param {string} output
 */
export function writeOutput(output) {
  if (output) process.stdout.write(output.endsWith('\n') ? output : `${output}\n`);
}
