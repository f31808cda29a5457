import { describe, expect, it } from 'vitest';
import type { FileResult } from '../processFile.ts';
import type { EnrichedArticle } from '../types.ts';
import { rejectDuplicates, storyFingerprint } from './duplicates.ts';

function story(source: string, headline: string, body: string): FileResult {
  const article = {
    source,
    headline,
    blocks: [{ type: 'paragraph', text: body }],
  } as unknown as EnrichedArticle;
  return { kind: 'article', source, article, warnings: [] };
}

describe('duplicate stories', () => {
  it('ignores case, punctuation and spacing in the fingerprint', () => {
    const blocks = (text: string) => [{ type: 'paragraph', text }] as Parameters<typeof storyFingerprint>[1];
    expect(storyFingerprint('Ferry to Wendle resumes', blocks('The ferry sails at noon.'))).toBe(
      storyFingerprint('FERRY TO WENDLE RESUMES', blocks('The  ferry sails, at noon')),
    );
    expect(storyFingerprint('Ferry to Wendle resumes', blocks('The ferry sails at noon.'))).not.toBe(
      storyFingerprint('Ferry to Wendle resumes', blocks('The ferry sails at dawn.')),
    );
  });

  it('keeps the first copy in byte order of the path, whatever the input order, and reports the other', () => {
    const copy = story('zeta/ferry.txt', 'Ferry to Wendle resumes', 'The ferry sails at noon.');
    const original = story('alpha/ferry.txt', 'Ferry to Wendle resumes', 'The ferry sails at noon.');
    const other = story('alpha/mill.txt', 'Mill in Orsby closes', 'The mill shuts on Friday.');
    const out = rejectDuplicates([copy, other, original]);
    expect(out.map((r) => [r.source, r.kind])).toEqual([
      ['zeta/ferry.txt', 'rejected'],
      ['alpha/mill.txt', 'article'],
      ['alpha/ferry.txt', 'article'],
    ]);
    const rejected = out[0]!;
    expect(rejected.kind === 'rejected' && rejected.reason).toContain('duplicate of alpha/ferry.txt');
  });

  it('leaves stories that share a headline but not a body', () => {
    const out = rejectDuplicates([
      story('a.txt', 'Council meets', 'Budget talks in Orsby.'),
      story('b.txt', 'Council meets', 'Road plans in Wendle.'),
    ]);
    expect(out.every((r) => r.kind === 'article')).toBe(true);
  });
});
