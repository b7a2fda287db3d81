import { randomUUID, scrypt, scryptSync, randomBytes, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { ADMIN_GROUP, SITE_GROUP_PREFIX } from '../../shared/review/moderator.ts';

// The local stand-in for a Cognito user pool: moderators with a password hash (scrypt)
// and groups. Kept in a JSON file in the data folder, so `sieve moderators add` and the
// running local stack share it; read on every sign-in, so no restart is needed.

export interface LocalModerator {
  sub: string;
  username: string;
  groups: string[];
  salt: string;
  passwordHash: string;
  createdAt: string;
}

const hash = (password: string, salt: string) => scryptSync(password, Buffer.from(salt, 'base64'), 32).toString('base64');

const scryptAsync = promisify(scrypt) as (password: string, salt: Buffer, length: number) => Promise<Buffer>;

// One hash at a time: the thread pool has four threads, and the same pool resolves host names
// (the SDK's requests to sqs.*.localhost) and reads files; a burst of sign-ins filling all four
// would hold every comment's queue send up behind them.
let hashing: Promise<unknown> = Promise.resolve();
const oneAtATime = <T>(work: () => Promise<T>): Promise<T> => {
  const run = hashing.then(work, work);
  hashing = run.catch(() => undefined);
  return run;
};

/** Compared against for an unknown username, so its answer takes as long as a known one's. */
const UNKNOWN_USER_HASH = hash('x', 'c2FsdA==');

export const groupsFor = (sites: string[], admin: boolean): string[] => [
  ...(admin ? [ADMIN_GROUP] : []),
  ...sites.map((s) => `${SITE_GROUP_PREFIX}${s}`),
];

export class ModeratorDirectory {
  readonly #file: string | undefined;
  #memory: LocalModerator[] = [];

  /** File-backed when `file` is given, in memory otherwise (tests). */
  constructor(file?: string) {
    this.#file = file;
  }

  list(): LocalModerator[] {
    if (!this.#file) return this.#memory;
    return existsSync(this.#file) ? (JSON.parse(readFileSync(this.#file, 'utf8')) as LocalModerator[]) : [];
  }

  add(input: { username: string; password: string; sites: string[]; admin?: boolean }, now = new Date()): LocalModerator {
    if (!/^[A-Za-z0-9._@-]{2,64}$/.test(input.username)) throw new Error('username: use 2-64 letters, digits or . _ @ -');
    if (input.password.length < 8) throw new Error('password: use at least 8 characters');
    const all = this.list();
    if (all.some((m) => m.username === input.username)) throw new Error(`username: ${input.username} already exists`);
    const salt = randomBytes(16).toString('base64');
    const moderator: LocalModerator = {
      sub: randomUUID(),
      username: input.username,
      groups: groupsFor(input.sites, input.admin ?? false),
      salt,
      passwordHash: hash(input.password, salt),
      createdAt: now.toISOString(),
    };
    this.#save([...all, moderator]);
    return moderator;
  }

  remove(username: string): boolean {
    const all = this.list();
    const kept = all.filter((m) => m.username !== username);
    this.#save(kept);
    return kept.length !== all.length;
  }

  /**
   * The moderator these credentials sign in, if any. scrypt runs on libuv's thread pool, not on
   * the event loop: 200 wrong passwords once stalled every request for 8 s.
   */
  async verify(username: string, password: string): Promise<LocalModerator | undefined> {
    const moderator = this.list().find((m) => m.username === username);
    // Hash even for unknown users so timing does not reveal which usernames exist.
    const expected = Buffer.from(moderator?.passwordHash ?? UNKNOWN_USER_HASH, 'base64');
    const actual = await oneAtATime(() => scryptAsync(password, Buffer.from(moderator?.salt ?? 'c2FsdA==', 'base64'), 32));
    return moderator && timingSafeEqual(expected, actual) ? moderator : undefined;
  }

  #save(all: LocalModerator[]) {
    if (!this.#file) {
      this.#memory = all;
      return;
    }
    mkdirSync(dirname(this.#file), { recursive: true });
    const tmp = `${this.#file}.tmp`;
    writeFileSync(tmp, JSON.stringify(all, null, 2), { mode: 0o600 });
    renameSync(tmp, this.#file);
  }
}
