import { PassThrough, Readable } from 'node:stream';
import type { CliIo } from '../../src/cli/cli-io.js';

export interface CliRun {
  status: number;
  stdout: string;
  stderr: string;
}

function collected(): { stream: PassThrough; text: () => string } {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
}

/**
 * Runs a command's exported main in this process, as its file's entry point would (a thrown error is
 * exit 1 with the message on stderr), with `input` on stdin; returns what it wrote and its exit code.
 * For tests of what a command prints, where the process boundary is not what is tested.
 */
export async function runCli(name: string, main: (io: CliIo) => Promise<number>, argv: string[], input = ''): Promise<CliRun> {
  const stdout = collected();
  const stderr = collected();
  let status: number;
  try {
    status = await main({ argv, stdin: Readable.from([input]), stdout: stdout.stream, stderr: stderr.stream });
  } catch (error) {
    stderr.stream.write(`${name}: ${error instanceof Error ? error.message : String(error)}\n`);
    status = 1;
  }
  await new Promise((resolve) => setImmediate(resolve));
  return { status, stdout: stdout.text(), stderr: stderr.text() };
}
