import { fileURLToPath } from 'node:url';

/** Absolute path of the repository root; manifest `entry` paths are relative to it. */
export const REPO_ROOT = fileURLToPath(new URL('../', import.meta.url));
