import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** What a command reads and writes: the process's own streams, or a test's. */
export interface CliIo {
  argv: string[];
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

/** The streams and arguments of this process. */
export function processIo(): CliIo {
  return { argv: process.argv.slice(2), stdin: process.stdin, stdout: process.stdout, stderr: process.stderr };
}

/**
 * Runs a command's main when its file is the one node (or tsx) was started with, setting the exit
 * code it returns; a test that imports the file calls main itself with its own streams.
 */
export function runWhenEntry(moduleUrl: string, name: string, main: (io: CliIo) => Promise<number>): void {
  const entry = process.argv[1];
  if (!entry || pathToFileURL(realpathSync(entry)).href !== moduleUrl) return;
  main(processIo()).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`${name}: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
