/** The process adapter: the bin file calls `run()`. */
import { main } from './main.ts';

export async function run(): Promise<void> {
  // `ciscope … | head` closes stdout early: that is the reader's choice, not a failure of ciscope.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  const code = await main(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    env: process.env,
    cwd: process.cwd(),
    isTTY: process.stdout.isTTY === true,
  });
  process.exitCode = code;
}
