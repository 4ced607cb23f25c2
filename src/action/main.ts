/** The Action's process adapter (action.yml runs `node dist/action/main.js`). */
import { runAction } from './run-action.ts';

runAction({ env: process.env, stdout: (text) => process.stdout.write(text) }).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stdout.write(
      `::error title=ciscope::${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exitCode = 3;
  },
);
