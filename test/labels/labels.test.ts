import { describe, expect, it } from 'vitest';
import type { Decision } from '../../shared/engine/types.ts';
import { importedComment, parseImportLine } from '../../shared/labels/import.ts';
import { autoLabelOf, labelOfReview } from '../../shared/labels/labels.ts';

// How decisions and imported lines become labels: the pure half of the label store.

const approval = (scores: Decision['scores'], reasons: Decision['reasons'] = []): Decision => ({ outcome: 'approve', scores, reasons, policyVersion: 'default-1' });

describe('a moderator decision as a label', () => {
  it('labels an approval ok and a reject by its reason, teaching nothing for "other" or no reason', () => {
    expect(labelOfReview('approve')).toBe('ok');
    expect(labelOfReview('reject', 'spam')).toBe('spam');
    expect(labelOfReview('reject', 'abuse')).toBe('abuse');
    expect(labelOfReview('reject', 'other')).toBeUndefined();
    expect(labelOfReview('reject')).toBeUndefined();
  });
});

describe('an engine approval as an auto label', () => {
  it('labels a clean approval ok', () => {
    expect(autoLabelOf(approval({}))).toBe('ok');
    expect(autoLabelOf(approval({ spam: 0.29, profanity: 0.1 }))).toBe('ok');
  });

  it('labels nothing when any category scored 0.3 or more, or the engine did not approve', () => {
    expect(autoLabelOf(approval({ spam: 0.3 }))).toBeUndefined();
    expect(autoLabelOf(approval({ insult: 0.1, profanity: 0.8 }))).toBeUndefined();
    expect(autoLabelOf({ ...approval({}), outcome: 'flag' })).toBeUndefined();
  });

  it('labels nothing the learned model alone cleared, so the model never learns from its own verdicts', () => {
    // Prepare: the rules found 0.9 of spam; the model took 0.8 off.
    const decision = approval({ spam: 0.1 }, [
      { rule: 'spam.links.count', category: 'spam', contribution: 0.9, detail: '3 links', spans: [] },
      { rule: 'learned.spam', category: 'spam', contribution: -0.8, detail: 'learned', spans: [] },
    ]);

    // Act
    const label = autoLabelOf(decision);

    // Assert
    expect(label).toBeUndefined();
  });
});

describe('an import line', () => {
  it('reads a full line, folding abuse categories into "abuse" and an author name into an author', () => {
    // Act
    const parsed = parseImportLine(
      JSON.stringify({ id: 'wp-7', text: 'You are a fool', label: 'insult', author: 'Ada', postId: 'p-1', createdAt: '2024-03-01T12:00:00+01:00', family: 'ignored' }),
      3,
    );

    // Assert
    expect(parsed).toEqual({
      ok: true,
      line: { text: 'You are a fool', label: 'abuse', externalId: 'wp-7', author: { name: 'Ada' }, postId: 'p-1', createdAt: '2024-03-01T11:00:00.000Z' },
    });
  });

  it.each([
    ['not JSON', '{"text":', /^line 4: invalid JSON/],
    ['not an object', '[1,2]', /^line 4: expected a JSON object/],
    ['an unknown label', '{"id":"x1","text":"hi","label":"offtopic"}', /^line 4 \(id x1\): label: expected one of ok, spam, abuse, insult, threat, identity/],
    ['empty text', '{"text":"   ","label":"ok"}', /^line 4: text: must not be empty/],
    ['no label', '{"text":"hi"}', /^line 4: label: /],
    ['a zoneless time', '{"text":"hi","label":"ok","createdAt":"2024-03-01T12:00:00"}', /^line 4: createdAt: /],
    ['two different ids', '{"id":"a","externalId":"b","text":"hi","label":"ok"}', /^line 4 \(id b\): externalId: id and externalId both name/],
    ['a bad author e-mail', '{"text":"hi","label":"ok","author":{"name":"A","email":"nope"}}', /^line 4: author\.email: /],
  ])('reports %s with its line number and field', (_, raw, problem) => {
    // Act
    const parsed = parseImportLine(raw, 4);

    // Assert
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.problem).toMatch(problem);
  });
});

describe('an imported comment', () => {
  const now = new Date('2026-03-10T00:00:00.000Z');
  const line = (extra: object) => {
    const parsed = parseImportLine(JSON.stringify({ text: 'Buy pills', label: 'spam', ...extra }), 1);
    if (!parsed.ok) throw new Error(parsed.problem);
    return parsed.line;
  };

  it('is stored decided, labelled by the import, with an id derived from the site and its own id', () => {
    // Act
    const comment = importedComment('blog', line({ id: 'wp-1' }), now);

    // Assert
    expect(comment).toMatchObject({ siteId: 'blog', status: 'rejected', label: 'spam', labelSource: 'import', labelledAt: now.toISOString(), externalId: 'wp-1', postId: 'imported' });
    expect(importedComment('blog', line({ id: 'wp-1', text: 'changed' }), now).id).toBe(comment.id);
    expect(importedComment('other-site', line({ id: 'wp-1' }), now).id).not.toBe(comment.id);
    expect(importedComment('blog', { ...line({}), label: 'ok' }, now).status).toBe('approved');
  });

  it('takes its id from its content when the line has none, so the same line imported twice is one comment', () => {
    expect(importedComment('blog', line({}), now).id).toBe(importedComment('blog', line({}), new Date()).id);
    expect(importedComment('blog', line({ author: 'Sam' }), now).id).not.toBe(importedComment('blog', line({}), now).id);
  });
});
