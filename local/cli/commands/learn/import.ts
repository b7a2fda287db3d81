// `sieve learn import --site SITE FILE`: the history a site brings from another system,
// stored as that site's training labels.

import { noSuchSite } from '../../../../shared/admin/errors.ts';
import { importedComment, IMPORT_LABELS, parseImportLine } from '../../../../shared/labels/import.ts';
import { LABEL_CLASSES, type LabelClass } from '../../../../shared/labels/labels.ts';
import { LabelStore, type ImportResult } from '../../../../shared/store/labels.ts';
import { SiteStore } from '../../../../shared/store/sites.ts';
import { EXIT_FAILURE, EXIT_OK, UsageError } from '../../command.ts';
import { defineCommand, exactly } from '../../define-command.ts';
import { openInput, readLines } from '../../input.ts';
import { formatCount, Progress } from '../../progress.ts';
import { TARGET_HELP, TARGET_OPTIONS, withTarget } from '../../target.ts';

const NAME = 'sieve learn import';
/** Writes in flight at once: enough to hide DynamoDB's round trip, few enough not to throttle an on-demand table's first minutes. */
const IN_FLIGHT = 16;

const help = `Usage: sieve learn import --site SITE FILE [--json] [--stage NAME]

Stores the moderation history a site brings from another system as the site's training
labels, so its learned model starts from its past decisions. FILE holds JSON Lines ("-"
reads stdin), one comment per line:

  {"text": "...", "label": "spam", "id": "wp-1234", "author": "Ada", "postId": "hello-world",
   "createdAt": "2024-03-01T12:00:00Z"}

  text        required, at most 10,000 characters
  label       required: ok, spam, abuse, or an abuse category (${IMPORT_LABELS.filter((l) => !LABEL_CLASSES.includes(l as LabelClass)).join(', ')}), stored as abuse
  id          optional, the comment's id in the other system (or "externalId")
  author      optional, a name or {"name", "id", "email", "url"}
  postId, parentId   optional
  createdAt   optional, ISO-8601 with a zone or epoch milliseconds
  Other fields are ignored.

Each line is checked on its own: a bad line is reported on stderr with its line number
and field and skipped; the good lines are stored. Importing is idempotent: a line with the
same id (or, without an id, the same content) is the same comment, stored once; a changed
text or label replaces the earlier import.

Imported comments are for training only. They are stored as decided (approved for "ok",
rejected otherwise) but never moderated, never listed on a post and never shown in a
moderator's queue. List them with "sieve learn labels --site SITE".

  --site SITE   the site the history belongs to (required)
  --json        print {siteId, lines, created, updated, unchanged, badLines, labels: {ok, spam, abuse}}

Progress goes to stderr for big files.

${TARGET_HELP}
Exit status: 0 every line stored; 1 some lines were bad (the rest are stored), an unknown
site or the target failed; 2 usage error.
`;

interface Tally {
  lines: number;
  badLines: number;
  results: Record<Exclude<ImportResult, 'taken'>, number>;
  labels: Record<LabelClass, number>;
}

export const learnImport = defineCommand({
  name: 'learn import',
  summary: "store a site's past decisions (JSON Lines with a label) as training labels",
  help,
  options: { ...TARGET_OPTIONS, site: { type: 'string' } },
  json: true,
  positionals: exactly(1, 'expected one input FILE (or - for stdin)'),
  async run({ values, positionals: [file], io }) {
    const siteId = values.site;
    if (siteId === undefined || siteId === '') throw new UsageError('--site SITE is required');
    const input = await openInput(file, io);
    const tally: Tally = {
      lines: 0,
      badLines: 0,
      results: { created: 0, updated: 0, unchanged: 0 },
      labels: Object.fromEntries(LABEL_CLASSES.map((l) => [l, 0])) as Record<LabelClass, number>,
    };
    const progress = new Progress(NAME, io.stderr);
    const bad = (problem: string) => {
      tally.badLines++;
      io.stderr.write(`${NAME}: ${problem}\n`);
    };

    await withTarget(values, async (target) => {
      const table = await target.table();
      if (!(await new SiteStore(table.doc, table.tableName).getSite(siteId))) throw noSuchSite(siteId);
      const store = new LabelStore(table.doc, table.tableName);
      // One time for the whole file: its labels were given together.
      const now = new Date();
      const inFlight = new Set<Promise<void>>();
      // A file may name one comment twice: its writes run in file order, so the last line wins.
      const lastWrite = new Map<string, Promise<void>>();
      // The first failed write (not a bad line: DynamoDB refusing) stops the import once the writes in flight settle.
      let failure: { error: unknown } | undefined;

      for await (const { lineNo, raw, problem } of readLines(input)) {
        tally.lines++;
        progress.tick(tally.lines);
        const parsed = raw === undefined ? { ok: false as const, problem } : parseImportLine(raw, lineNo);
        if (!parsed.ok) {
          bad(parsed.problem);
          continue;
        }
        const comment = importedComment(siteId, parsed.line, now);
        const write = (lastWrite.get(comment.id) ?? Promise.resolve()).then(async () => {
          const result = await store.putImported(comment);
          if (result === 'taken') {
            bad(`line ${lineNo}${parsed.line.externalId ? ` (id ${parsed.line.externalId})` : ''}: its id belongs to a comment Sieve moderated, not to imported history; left unchanged`);
            return;
          }
          tally.results[result]++;
          tally.labels[comment.label]++;
        });
        lastWrite.set(comment.id, write);
        const tracked: Promise<void> = write
          .catch((error: unknown) => {
            failure ??= { error };
          })
          .finally(() => {
            inFlight.delete(tracked);
            if (lastWrite.get(comment.id) === write) lastWrite.delete(comment.id);
          });
        inFlight.add(tracked);
        if (inFlight.size >= IN_FLIGHT) await Promise.race(inFlight);
        if (failure) break;
      }
      await Promise.all(inFlight);
      if (failure) throw failure.error;
    });
    progress.done(tally.lines, tally.badLines);

    const stored = tally.results.created + tally.results.updated + tally.results.unchanged;
    const { created, updated, unchanged } = tally.results;
    return {
      json: { siteId, lines: tally.lines, created, updated, unchanged, badLines: tally.badLines, labels: tally.labels },
      text:
        `Imported ${formatCount(stored)} of ${formatCount(tally.lines)} lines into site "${siteId}": ` +
        `${formatCount(created)} new, ${formatCount(updated)} changed, ${formatCount(unchanged)} already there` +
        ` (${LABEL_CLASSES.map((l) => `${formatCount(tally.labels[l])} ${l}`).join(', ')})` +
        `${tally.badLines ? `; ${formatCount(tally.badLines)} bad lines skipped (see above)` : ''}.\n`,
      exitCode: tally.badLines > 0 ? EXIT_FAILURE : EXIT_OK,
    };
  },
});
