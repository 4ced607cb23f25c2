/**
 * The Docker side of the model, by concern: Dockerfiles (`dockerfile.ts`), `.dockerignore` (`dockerignore.ts`),
 * builds found in steps and scripts (`docker-builds.ts`), compose and bake files (`compose-bake.ts`). This module
 * re-exports them for importers written before the split; new code imports the module it needs.
 */
export * from './compose-bake.ts';
export * from './docker-builds.ts';
export * from './dockerfile.ts';
export * from './dockerignore.ts';
export * from './repo-path.ts';
