/** Types of replay.mjs, for the TypeScript tests that use the demo's recording. */
export declare const RECORDING: string;
/** The JSON files of the recording (runs listings and jobs listings), relative to its directory, sorted. */
export declare function recordingFiles(dir?: string): string[];
/** Copies the recording to `to` with every timestamp moved so that it ends an hour before `now`; returns the shift in ms. */
export declare function copyAsRecent(to: string, now?: number, from?: string): number;
