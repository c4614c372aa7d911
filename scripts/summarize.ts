/**
 * The Kootniti CLI: summarise a saved page or a text file with the extension's engine.
 *
 *   npm run summarize -- <file.html | file.txt | -> [--json | --markdown] [--per-section N]
 *
 * With no file it summarises the bundled sample. Errors are one line on stderr and a non-zero exit
 * (2 for usage errors, 1 for the rest). The logic is `runCli` in lib/cli.ts; this only wires it to the process.
 */
import { runCli } from './lib/cli';

process.exitCode = await runCli(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env });
