/** The Action's process adapter (action.yml runs `node dist/action/main.js`). */
import { escapeControls } from '../report/safe-text.ts';
import { runAction } from './run-action.ts';

// The job log is a terminal too: no control character from the repository or the API may act on it (issue 14).
const write = (text: string): boolean => process.stdout.write(escapeControls(text));

runAction({ env: process.env, stdout: write }).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    write(`::error title=ciscope::${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 3;
  },
);
