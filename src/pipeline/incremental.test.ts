/**
 * The dev server's rebuild links and writes incrementally (link/index.ts, link/suggest.ts, write/render.ts):
 * whatever the edits, its output must be exactly what a cold build of the same sources writes. Property-style: a generated archive
 * (scripts/generate, invented text) goes through seeded rounds of random edits, additions, removals,
 * headline changes and person renames; after each round one long-lived Pipeline rebuilds, a fresh Pipeline
 * builds the same sources cold, and the two output folders must hold the same files, byte for byte.
 * The dev server's two phases (devRebuild.ts) too: the first writes the edited story's file alone, and
 * once the second is done the folder is the cold build's, also when an edit arrives during the second.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCollection } from '../../scripts/generate/generate.ts';
import { Rng } from '../../scripts/generate/prng.ts';
import { Pipeline, type IngestResult } from './ingest.ts';
import { DevRebuilder } from './devRebuild.ts';
import { isLockFile } from './write/lock.ts';

const START = 70;
const POOL = 30;

async function filesOf(dir: string): Promise<Map<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = new Map<string, string>();
  for (const e of entries) {
    if (!e.isFile() || isLockFile(e.name)) continue;
    const full = path.join(e.parentPath, e.name);
    files.set(path.relative(dir, full), await readFile(full, 'utf8'));
  }
  return files;
}

/** The paths whose bytes differ between two output folders (missing on either side included). */
function differences(a: Map<string, string>, b: Map<string, string>): string[] {
  const paths = new Set([...a.keys(), ...b.keys()]);
  return [...paths].filter((p) => a.get(p) !== b.get(p)).sort();
}

async function sourcesIn(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.txt'))
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
}

/** Body paragraphs of a generated source: the lines after the headline block that hold a sentence. */
const paragraphs = (text: string) => text.split('\n').filter((line, i) => i > 4 && line.length > 60);

describe('incremental rebuild = cold build', () => {
  let root: string;
  let pool: string;

  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'verbatim-incremental-'));
    pool = path.join(root, 'pool');
    await generateCollection({ articles: START + POOL, outDir: pool, seed: 'incremental-test' });
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  /** `reported`: the live pipeline is told every change through edited(), as the dev server's watcher does. */
  async function setUp(name: string, reported = false): Promise<{ contentDir: string; spare: string[]; coldOut: string; live: Pipeline; liveOut: string }> {
    const contentDir = path.join(root, name, 'content');
    const all = await sourcesIn(pool);
    // The generator numbers its files: the first START go in, the rest wait to be added.
    const byNumber = [...all].sort((x, y) => path.basename(x).localeCompare(path.basename(y)));
    for (const source of byNumber.slice(0, START)) {
      await mkdir(path.dirname(path.join(contentDir, source)), { recursive: true });
      await writeFile(path.join(contentDir, source), await readFile(path.join(pool, source)));
    }
    const liveOut = path.join(root, name, 'live');
    return { contentDir, spare: byNumber.slice(START), coldOut: path.join(root, name, 'cold'), live: new Pipeline({ contentDir, outDir: liveOut, workers: 0, changesReported: reported }), liveOut };
  }

  async function expectSameAsCold(contentDir: string, liveOut: string, coldOut: string): Promise<void> {
    await rm(coldOut, { recursive: true, force: true });
    await new Pipeline({ contentDir, outDir: coldOut, workers: 0 }).run();
    const diff = differences(await filesOf(liveOut), await filesOf(coldOut));
    expect(diff).toEqual([]);
  }

  for (const seed of ['a', 'b']) {
    it(`seed ${seed}: edits, additions, removals, headline changes and renames give the cold build's files`, async () => {
      const { contentDir, spare, coldOut, live, liveOut } = await setUp(`seed-${seed}`);
      let last: IngestResult = await live.run();
      expect(last.link.mode).toBe('full');
      const rng = Rng.for('incremental', seed);
      const modes = new Set<string>();
      for (let round = 0; round < 7; round++) {
        const sources = await sourcesIn(contentDir);
        const pick = () => sources[rng.int(0, sources.length - 1)]!;
        const changes = 1 + rng.int(0, 1);
        for (let c = 0; c < changes; c++) {
          const kind = ['edit', 'edit', 'add', 'remove', 'headline', 'rename'][rng.int(0, 5)]!;
          const source = pick();
          const file = path.join(contentDir, source);
          const text = await readFile(file, 'utf8').catch(() => null);
          if (text === null) continue;
          if (kind === 'edit') {
            // A paragraph from another story: shared terms, people and topics move related stories about.
            const donor = paragraphs(await readFile(path.join(contentDir, pick()), 'utf8'));
            const lines = text.split('\n');
            lines.splice(7, 0, '', donor[rng.int(0, Math.max(0, donor.length - 1))] ?? 'The inquiry will report again next spring.', '');
            await writeFile(file, lines.join('\n'));
          } else if (kind === 'add' && spare.length > 0) {
            const added = spare.shift()!;
            await mkdir(path.dirname(path.join(contentDir, added)), { recursive: true });
            await writeFile(path.join(contentDir, added), await readFile(path.join(pool, added)));
          } else if (kind === 'remove') {
            await rm(file);
          } else if (kind === 'headline') {
            // Another story's headline: a new id, and related-story titles that now resolve differently.
            const other = (await readFile(path.join(contentDir, pick()), 'utf8')).split('\n')[2]!;
            const lines = text.split('\n');
            lines[2] = other;
            await writeFile(file, lines.join('\n'));
          } else if (kind === 'rename') {
            // One story renames one of its people: they leave the person they were merged with.
            const article = last.collection.articles.find((a) => a.source === source);
            const person = last.collection.people.find((p) => article?.people.includes(p.id) && p.name.split(' ').length === 2);
            if (!person) continue;
            const surname = person.name.split(' ')[1]!;
            await writeFile(file, text.replaceAll(surname, `Quenbury${round}`));
          }
        }
        last = await live.run();
        modes.add(last.link.mode);
        await expectSameAsCold(contentDir, liveOut, coldOut);
      }
      // The rounds exercised the incremental path, not only its fallback.
      expect(modes.has('incremental')).toBe(true);
    }, 120_000);
  }

  it('a deleted file and a renamed person, one at a time, give the cold build', async () => {
    const { contentDir, coldOut, live, liveOut } = await setUp('delete-rename');
    const first = await live.run();
    // Someone quoted in two or more stories (a quote makes them a person of the story, not a byline).
    const quotedIn = (id: string) => first.collection.articles.filter((a) => a.quotes.some((q) => q.speaker.type === 'person' && q.speaker.personId === id));
    const shared = first.collection.people.find((p) => p.name.split(' ').length === 2 && quotedIn(p.id).length >= 2)!;
    expect(shared).toBeDefined();
    const [one, two] = quotedIn(shared.id).map((a) => a.source);
    // A removal changes the number of stories, which every term's weight rests on: related stories are
    // all scored again (the rest of the link still reuses each story's cached work).
    await rm(path.join(contentDir, one!));
    expect((await live.run()).link.mode).toBe('full');
    await expectSameAsCold(contentDir, liveOut, coldOut);
    const file = path.join(contentDir, two!);
    const [given, surname] = shared.name.split(' ') as [string, string];
    await writeFile(file, (await readFile(file, 'utf8')).replaceAll(given, 'Odile').replaceAll(surname, 'Quenbury'));
    const renamed = await live.run();
    expect(renamed.link.mode).toBe('incremental');
    expect(renamed.collection.people.some((p) => p.name === 'Odile Quenbury')).toBe(true);
    expect(renamed.collection.people.find((p) => p.name === shared.name)?.articles ?? []).toHaveLength(shared.articles.length - 2);
    await expectSameAsCold(contentDir, liveOut, coldOut);
  }, 60_000);

  it('after a run that failed, the next run links in full and gives the cold build', async () => {
    const { contentDir, coldOut, live, liveOut } = await setUp('failure');
    await live.run();
    const sources = await sourcesIn(contentDir);
    const file = path.join(contentDir, sources[3]!);
    const addParagraph = async (paragraph: string) => {
      const lines = (await readFile(file, 'utf8')).split('\n');
      lines.splice(7, 0, '', paragraph, '');
      await writeFile(file, lines.join('\n'));
    };
    await addParagraph('The committee will sit again in the spring, and the harbour board will report to it.');
    // The articles folder becomes a file: writing the edited article fails, after the link has run.
    const articles = path.join(liveOut, 'articles');
    await rename(articles, `${articles}.away`);
    await writeFile(articles, 'in the way');
    await expect(live.run()).rejects.toThrow();
    await rm(articles);
    await rename(`${articles}.away`, articles);
    const next = await live.run();
    expect(next.link.mode).toBe('full');
    await expectSameAsCold(contentDir, liveOut, coldOut);
    // And with that state rebuilt, the run after is incremental again.
    await addParagraph('A second sitting of the harbour board is planned for the autumn.');
    expect((await live.run()).link.mode).toBe('incremental');
    await expectSameAsCold(contentDir, liveOut, coldOut);
  }, 60_000);
  /** One more paragraph (invented) in the body of a generated source. */
  async function addParagraph(file: string, paragraph: string): Promise<void> {
    const lines = (await readFile(file, 'utf8')).split('\n');
    lines.splice(7, 0, '', paragraph, '');
    await writeFile(file, lines.join('\n'));
  }

  const idOf = (result: IngestResult, source: string) => result.collection.articles.find((a) => a.source === source)!.id;

  it('two phases: the first writes only the edited story\'s file, which shows the edit; after the second the output is the cold build\'s', async () => {
    const { contentDir, coldOut, live, liveOut } = await setUp('two-phase', true);
    const first = await live.run();
    const sources = await sourcesIn(contentDir);
    const before = await filesOf(liveOut);
    const source = sources[5]!;
    const paragraph = 'The lighthouse keepers of Brannock Point will hand over the lamp to the harbour trust in March.';
    await addParagraph(path.join(contentDir, source), paragraph);
    // An editor's swap file beside it: not a story, so it holds up neither phase (the full run lists it as ignored).
    const swap = path.join(contentDir, path.dirname(source), `.${path.basename(source)}.swp`);
    await writeFile(swap, 'editor state');
    const visible = await live.edited([path.join(contentDir, source), swap]);
    if (!visible.done) throw new Error(visible.reason);
    const file = `articles/${idOf(first, source)}.json`;
    expect(visible.written).toEqual([file]);
    const after = await filesOf(liveOut);
    expect(differences(before, after)).toEqual([file]);
    const page = JSON.parse(after.get(file)!) as { blocks: Array<{ text?: string }> };
    expect(page.blocks.some((b) => b.text === paragraph)).toBe(true);
    expect((await live.run()).link.mode).toBe('incremental');
    await expectSameAsCold(contentDir, liveOut, coldOut);

    // An edit shown by the first phase and undone before the second: the second puts the old file back.
    const other = path.join(contentDir, sources[9]!);
    const original = await readFile(other);
    await addParagraph(other, 'A new timetable for the Brannock Point ferry starts on the first of the month.');
    expect((await live.edited([other])).done).toBe(true);
    await writeFile(other, original);
    await live.run();
    await expectSameAsCold(contentDir, liveOut, coldOut);
  }, 60_000);

  it('told every change, a run after edits of published stories reads only those, and lists the folder again after any other change', async () => {
    const { contentDir, spare, coldOut, live, liveOut } = await setUp('reported', true);
    const first = await live.run();
    const sources = await sourcesIn(contentDir);
    const [edited, unreported] = [path.join(contentDir, sources[6]!), path.join(contentDir, sources[8]!)];
    const unreportedFile = `articles/${idOf(first, sources[8]!)}.json`;
    const repainted = 'Volunteers repainted the Brannock Point lamp room over two weekends this spring.';
    const shows = async () => (await readFile(path.join(liveOut, unreportedFile), 'utf8')).includes(repainted);
    await addParagraph(edited, 'The Brannock Point lamp will be lit again for one night in the first week of May.');
    // A change the pipeline is not told of (the watcher's contract says there is none): the run does not list
    // or stat the folder, so it does not see it.
    await addParagraph(unreported, repainted);
    expect((await live.edited([edited])).done).toBe(true);
    await live.run();
    expect(await shows()).toBe(false);
    // An addition is no edit of a published story: the next run lists and stats everything, and finds both.
    const added = path.join(contentDir, spare[0]!);
    await mkdir(path.dirname(added), { recursive: true });
    await writeFile(added, await readFile(path.join(pool, spare[0]!)));
    expect((await live.edited([added])).done).toBe(false);
    await live.run();
    expect(await shows()).toBe(true);
    await expectSameAsCold(contentDir, liveOut, coldOut);
  }, 60_000);

  it('without rebuild caches (the dev server on an archive too large for its heap) an edit is one full run, and gives the cold build', async () => {
    const { contentDir, coldOut, liveOut } = await setUp('no-caches');
    const live = new Pipeline({ contentDir, outDir: liveOut, workers: 0, rebuilds: false });
    const events: string[] = [];
    const rebuilder = new DevRebuilder(live, {
      skipped: (reason) => events.push(`skipped: ${reason}`),
      consistent: (_result, why) => events.push(`consistent: ${why}`),
      failed: (error) => events.push(`failed: ${String(error)}`),
    });
    rebuilder.start();
    await rebuilder.idle();
    const source = (await sourcesIn(contentDir))[3]!;
    await addParagraph(path.join(contentDir, source), 'The Tollervey ferry will run a winter timetable from the first week of November.');
    rebuilder.changed([path.join(contentDir, source)], source);
    await rebuilder.idle();
    expect(events).toEqual([
      'consistent: initial',
      'skipped: no rebuild caches kept (a one-off run, or an archive too large for the heap)',
      `consistent: ${source}`,
    ]);
    await expectSameAsCold(contentDir, liveOut, coldOut);
  }, 60_000);

  it('the first phase writes nothing for an addition, a removal, a new headline, site.json or a rejected file', async () => {
    const { contentDir, spare, live, liveOut } = await setUp('two-phase-fallback');
    await live.run();
    const sources = await sourcesIn(contentDir);
    const before = await filesOf(liveOut);
    const added = path.join(contentDir, spare[0]!);
    await mkdir(path.dirname(added), { recursive: true });
    await writeFile(added, await readFile(path.join(pool, spare[0]!)));
    expect(await live.edited([added])).toMatchObject({ done: false });
    const removed = path.join(contentDir, sources[1]!);
    await rm(removed);
    expect(await live.edited([removed])).toMatchObject({ done: false });
    const retitled = path.join(contentDir, sources[2]!);
    const lines = (await readFile(retitled, 'utf8')).split('\n');
    lines[2] = 'Harbour trust takes over the Brannock Point lamp';
    await writeFile(retitled, lines.join('\n'));
    expect(await live.edited([retitled])).toMatchObject({ done: false });
    await writeFile(path.join(contentDir, 'site.json'), JSON.stringify({ name: 'The Brannock Gazette' }));
    expect(await live.edited([path.join(contentDir, 'site.json')])).toMatchObject({ done: false });
    const emptied = path.join(contentDir, sources[3]!);
    await writeFile(emptied, '');
    expect(await live.edited([emptied])).toMatchObject({ done: false });
    expect(differences(before, await filesOf(liveOut))).toEqual([]);
  }, 60_000);

  for (const checkpoint of [1, 2]) {
    it(`an edit during the second phase (at its ${checkpoint === 1 ? 'first checkpoint, before the link' : 'second, after the link'}) stops it, is shown, and the rebuilt output is the cold build's`, async () => {
      const { contentDir, coldOut, live, liveOut } = await setUp(`two-phase-during-${checkpoint}`, true);
      const sources = await sourcesIn(contentDir);
      const [one, two] = [path.join(contentDir, sources[4]!), path.join(contentDir, sources[11]!)];
      const events: string[] = [];
      let armed = false;
      let calls = 0;
      // The pipeline as the dev server drives it, with a second edit saved and announced while the first edit's
      // full run is under way: from inside the run's own stale check, as the watcher would between two steps.
      const rebuilder: DevRebuilder = new DevRebuilder(
        {
          edited: (paths) => live.edited(paths),
          runUnlessStale: (stale) =>
            live.runUnlessStale(() => {
              if (armed && ++calls === checkpoint) {
                armed = false;
                const lines = readFileSync(two, 'utf8').split('\n');
                lines.splice(7, 0, '', 'Keepers of the Brannock Point lamp met the harbour trust on Monday evening.', '');
                writeFileSync(two, lines.join('\n'));
                rebuilder.changed([two]);
              }
              return stale();
            }),
        },
        {
          visible: (_r, paths) => events.push(`visible ${paths.map((p) => path.relative(contentDir, p)).join('+')}`),
          consistent: () => events.push('consistent'),
          restarted: () => events.push('restarted'),
          skipped: (reason) => events.push(`skipped: ${reason}`),
          failed: (error) => events.push(`failed: ${String(error)}`),
        },
      );
      rebuilder.start();
      await rebuilder.idle();
      await addParagraph(one, 'The harbour trust will open the Brannock Point lamp room to visitors in the summer.');
      armed = true;
      rebuilder.changed([one]);
      await rebuilder.idle();
      const name = (file: string) => path.relative(contentDir, file);
      expect(events).toEqual(['consistent', `visible ${name(one)}`, 'restarted', `visible ${name(two)}`, 'consistent']);
      await expectSameAsCold(contentDir, liveOut, coldOut);
    }, 60_000);
  }
});
