import { mkdir, rm, statfs, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readEndpoints } from './endpoints-file.ts';

// `npm start` on a data folder it cannot use: said in one line naming the folder and the cause,
// before the emulators meet the problem one by one (LevelDB's "Database is closed", SQLite's
// "disk I/O error", a second stack's lock) and report it in their own words.

export class DataFolderError extends Error {
  override name = 'DataFolderError';
}

/** Less free space than this and the emulators cannot even open their stores. */
export const MIN_FREE_BYTES = 1024 * 1024;

const full = (dataDir: string) => new DataFolderError(`the data folder ${dataDir} is full (no space left on its device); free some space or start with another SIEVE_DATA_DIR`);
const readOnly = (dataDir: string) => new DataFolderError(`the data folder ${dataDir} is read-only; make it writable or start with another SIEVE_DATA_DIR`);

/** A cause in the words of fs, LevelDB or SQLite, as one of ours; undefined when it is none of these. */
const classify = (error: unknown, dataDir: string): DataFolderError | undefined => {
  const code = (error as NodeJS.ErrnoException)?.code;
  const message = String((error as Error)?.message ?? error);
  if (code === 'ENOSPC' || /no space left|disk is full|database or disk is full/i.test(message)) return full(dataDir);
  if (code === 'EROFS' || code === 'EACCES' || code === 'EPERM' || /read-only|readonly|permission denied/i.test(message)) return readOnly(dataDir);
  if (/LOCK: already held|LEVEL_LOCKED|lock .* (held|unavailable)|Resource temporarily unavailable/i.test(message) || (error as { cause?: { code?: string } })?.cause?.code === 'LEVEL_LOCKED') {
    return new DataFolderError(`the data folder ${dataDir} is in use by another process (a running npm start or sieve command); stop it, or start with another SIEVE_DATA_DIR`);
  }
  return undefined;
};

/** Throws a DataFolderError when another stack serves the folder, or it cannot be written. */
export const checkDataFolder = async (dataDir: string): Promise<void> => {
  const running = readEndpoints(dataDir);
  if (running) {
    const port = new URL(running.url).port;
    throw new DataFolderError(
      `the data folder ${dataDir} is in use by another Sieve (pid ${running.pid}, port ${port}: ${running.url}); stop it, or start with another SIEVE_DATA_DIR or PORT`,
    );
  }
  try {
    await mkdir(dataDir, { recursive: true });
    const { bavail, bsize } = await statfs(dataDir);
    if (bavail * bsize < MIN_FREE_BYTES) throw full(dataDir);
    const probe = join(dataDir, `.write-check-${process.pid}`);
    await writeFile(probe, 'ok');
    await rm(probe, { force: true });
  } catch (error) {
    if (error instanceof DataFolderError) throw error;
    throw classify(error, dataDir) ?? new DataFolderError(`the data folder ${dataDir} cannot be used: ${(error as Error).message}`);
  }
};

/** One line for a start that failed anyway: the data folder's cause when it is one, else the error's own message. */
export const describeStartFailure = (error: unknown, dataDir: string): string =>
  (error instanceof DataFolderError ? error : classify(error, dataDir))?.message ?? String((error as Error)?.message ?? error);
