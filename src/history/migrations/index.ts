/**
 * The store's schema, as numbered forward-only migrations. Each `NNN-description.sql` runs once, in order, and is
 * recorded in `schema_migrations`; a shipped migration is never edited, a change is a new file. The SQL is bundled
 * as text (esbuild's `text` loader in scripts/build.mjs, the `sql-text` plugin in vitest.config.ts).
 */
import initialSchema from './001-initial-schema.sql';

export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

export const migrations: readonly Migration[] = [{ version: 1, name: 'initial-schema', sql: initialSchema }];
