import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jsonSchemaFiles } from './jsonSchemaFiles.ts';

describe('docs/schema', () => {
  it.each(jsonSchemaFiles())('%s is current with src/content/schema.ts (run `npm run schema`)', (name, text) => {
    const onDisk = readFileSync(new URL(`../docs/schema/${name}`, import.meta.url), 'utf8');
    expect(onDisk).toBe(text);
  });

  it('the article schema requires the fields archives must provide', () => {
    const article = JSON.parse(jsonSchemaFiles().find(([n]) => n === 'article.schema.json')![1]);
    expect(article.required).toEqual(
      expect.arrayContaining(['id', 'source', 'headline', 'updated', 'section', 'caption', 'blocks', 'related', 'quotes', 'people', 'topics']),
    );
  });
});
