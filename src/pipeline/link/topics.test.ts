import { describe, expect, it } from 'vitest';
import { buildTopics, topicKey } from './topics.ts';
import type { TopicInput } from './topics.ts';

const input = (id: string, section: string, names: string[], text = ''): TopicInput => ({
  id,
  section,
  candidates: names.map((name) => ({ name, kind: name.startsWith('Port') ? 'place' : 'organisation' })),
  text,
});

type Candidate = TopicInput['candidates'][number];
/** Three stories of one text with the same candidates: enough for a name to be a topic. */
const threeStories = (text: string, candidates: Candidate[], section: string | null = null): TopicInput[] =>
  ['a', 'b', 'c'].map((id) => ({ id, section, candidates, text }));

describe('topics', () => {
  it('normalises names so that variants are one topic', () => {
    expect(topicKey('NATO')).toBe(topicKey('Nato'));
    expect(topicKey('the Harbour Board')).toBe(topicKey("Harbour Board's"));
  });

  it('keeps recurring subjects, drops one-offs and junk, and always keeps sections', () => {
    const { topics, topicsFor } = buildTopics([
      input('a', 'Politics', ['Harbour Board', 'Port Ellery', 'the', 'Quill Society']),
      input('b', 'Politics', ['HARBOUR BOARD', 'Port Ellery']),
      input('c', 'Business', ['Harbour Board', '2024']),
    ]);
    const names = topics.map((t) => t.name);
    expect(names).toContain('Harbour Board');
    expect(names).toContain('Port Ellery');
    expect(names).toContain('Business');
    expect(names).not.toContain('Quill Society');
    expect(names).not.toContain('2024');
    expect(names).not.toContain('the');
    const board = topics.find((t) => t.name === 'Harbour Board')!;
    expect(board.articles).toEqual(['a', 'b', 'c']);
    expect(topicsFor('c')).toEqual(['business', 'harbour-board']);
    expect(new Set(topics.map((t) => t.id)).size).toBe(topics.length);
  });

  it('finds recurring two-word themes in the text', () => {
    const text = 'the tidal barrage plan and the tidal barrage cost';
    const { topics } = buildTopics([input('a', 'S', [], text), input('b', 'S', [], text), input('c', 'S', [], 'nothing here')]);
    expect(topics.find((t) => t.kind === 'theme')?.name).toBe('tidal barrage');
  });

  it('completes split place names, drops fragments, demonyms and abbreviations', () => {
    const text = 'Traders in New York and at the Harbour and Quay Commission met. Ostlanders cheered at 10:00 GMT.';
    const stories = threeStories(
      text,
      [
        { name: 'York', kind: 'place' },
        { name: 'Quay Commission', kind: 'organisation' },
        { name: 'Ostlanders', kind: 'place' },
        { name: 'GMT', kind: 'organisation' },
      ],
    );
    const names = buildTopics(stories).topics.map((t) => t.name);
    expect(names).toEqual(['New York']);
  });

  it('does not make themes of names or job titles', () => {
    const text = 'Mara Quill said the prime minister and the prime minister met Mara Quill about harbour dredging and harbour dredging.';
    const stories = threeStories(text, []);
    const names = buildTopics(stories).topics.map((t) => t.name);
    expect(names).toEqual(['harbour dredging']);
  });

  it('files a country the place lexicon knows as a place even when the name-finder says organisation', () => {
    const text = 'Trade talks with France resumed. France said the quota would stay.';
    const stories = threeStories(text, [{ name: 'France', kind: 'organisation' }]);
    expect(buildTopics(stories).topics.map((t) => [t.name, t.kind])).toEqual([['France', 'place']]);
  });

  it('makes a town used as a team a team (an organisation), apart from the town itself', () => {
    const match = 'Marlport beat Tolley 2-1 on Saturday. The Marlport striker scored twice and Marlport have now won four.';
    const town = 'The council in Marlport approved the new ring road. Residents of Marlport objected to the cost.';
    const stories = [
      ...['m1', 'm2', 'm3'].map((id) => ({ id, section: 'Sport', candidates: [{ name: 'Marlport', kind: 'place' as const }], text: match })),
      ...['t1', 't2', 't3'].map((id) => ({ id, section: null, candidates: [{ name: 'Marlport', kind: 'place' as const }], text: town })),
    ];
    const marlport = buildTopics(stories).topics.filter((t) => t.name === 'Marlport');
    expect(marlport.map((t) => [t.kind, t.articles]).sort()).toEqual([
      ['organisation', ['m1', 'm2', 'm3']],
      ['place', ['t1', 't2', 't3']],
    ]);
  });

  it('drops fragments of longer names and ordinary words: a word mostly written inside longer names or in lower case', () => {
    const text =
      'The Glenmoor Holdings and Tavish Holdings deal was signed. Analysts at Brisk Holdings agreed. Their holdings grew, and the holdings of rivals fell. Holdings rose.';
    const stories = threeStories(text, [{ name: 'Holdings', kind: 'organisation' }]);
    expect(buildTopics(stories).topics).toEqual([]);
  });

  it('drops labels in capitals made of ordinary words, but keeps acronyms', () => {
    const text = 'FULL TEXT of the report from the QRBA follows. The full text was long and the text was dull. The QRBA agreed.';
    const stories = threeStories(
      text,
      [
        { name: 'FULL TEXT', kind: 'organisation' },
        { name: 'QRBA', kind: 'organisation' },
      ],
    );
    expect(buildTopics(stories).topics.map((t) => t.name)).toEqual(['QRBA']);
  });

  it('files technology and condition acronyms as subjects, and drops honours and meeting labels', () => {
    const text = 'The SMS service and the AGM.';
    const { topics } = buildTopics([input('a', 'Tech', ['SMS', 'AGM', 'OBE'], text), input('b', 'Tech', ['SMS', 'AGM', 'OBE'], text), input('c', 'Tech', ['SMS', 'AGM', 'OBE'], text)]);
    expect(topics.find((t) => t.name === 'SMS')?.kind).toBe('theme');
    expect(topics.map((t) => t.name)).not.toContain('AGM');
    expect(topics.map((t) => t.name)).not.toContain('OBE');
  });

  it('drops products: names mostly followed by a product noun', () => {
    const text = 'Sales of Zentrix players doubled. The Zentrix player stores music. Critics said the Zentrix handset was slow.';
    const stories = threeStories(text, [{ name: 'Zentrix', kind: 'organisation' }]);
    expect(buildTopics(stories).topics).toEqual([]);
  });

  it('names a theme as the text writes it, never a wrongly singular form', () => {
    const text = 'Campaigners for tenant rights met. They said tenant rights were ignored and tenant rights mattered.';
    const stories = threeStories(text, []);
    expect(buildTopics(stories).topics.map((t) => t.name)).toEqual(['tenant rights']);
  });

  it('never makes someone the people index knows an organisation topic', () => {
    const text = 'Tamsin Vale opened the harbour. Later Tamsin Vale spoke.';
    const stories = threeStories(text, [{ name: 'Tamsin Vale', kind: 'organisation' }]);
    expect(buildTopics(stories).topics.map((t) => t.name)).toEqual(['Tamsin Vale']);
    expect(buildTopics(stories, { people: ['Tamsin Vale'] }).topics).toEqual([]);
  });

  it('drops a person whose surname is a body word when the text uses the name as a person, but keeps a body named after someone', () => {
    const stories = [
      { id: 'a', text: 'The prize went to actor Thomas Orrin Abbey for the role.' },
      { id: 'b', text: 'The film was directed by Thomas Orrin Abbey in the spring.' },
      { id: 'c', text: 'It stars Wenna Tolhurst, Thomas Orrin Abbey and Pell Marsh.' },
    ].map((s) => ({ ...s, section: null, candidates: [{ name: 'Thomas Orrin Abbey', kind: 'organisation' as const }, { name: 'Henry Quayle Foundation', kind: 'organisation' as const }] }));
    for (const s of stories) s.text += ' The Henry Quayle Foundation paid for it.';
    expect(buildTopics(stories, { people: ['Wenna Tolhurst'] }).topics.map((t) => t.name)).toEqual(['Henry Quayle Foundation']);
  });

  it('names the head of a longer name by the whole name ("… School of Music"), never the fragment', () => {
    const text = 'Students at the Kelmar School of Music said the Kelmar School of Music would stay open.';
    const stories = threeStories(text, [{ name: 'Kelmar School', kind: 'organisation' }]);
    expect(buildTopics(stories).topics.map((t) => t.name)).toEqual(['Kelmar School of Music']);
  });

  it('keeps a town where a match was played a place, not a team', () => {
    const text = 'Tolley beat Ardby 2-1 in Kestwick on Saturday. The crowd in Kestwick was large.';
    const stories = threeStories(text, [{ name: 'Kestwick', kind: 'place' }], 'Sport');
    expect(buildTopics(stories).topics.filter((t) => t.kind !== 'section').map((t) => [t.name, t.kind])).toEqual([['Kestwick', 'place']]);
  });

  it('drops the titles of works and games: names after "the programme", "the game", or before "games"', () => {
    const text = 'She told the programme Harbour Talk about it. Fans of Vexa games queued, and the Vexa games sold out. Harbour Talk ends.';
    const stories = threeStories(
      text,
      [
        { name: 'Harbour Talk', kind: 'organisation' },
        { name: 'Vexa', kind: 'organisation' },
      ],
    );
    expect(buildTopics(stories).topics).toEqual([]);
  });

  it('drops role abbreviations (MEP, GP) and files web and radio terms (RSS, FM) as subjects', () => {
    const text = 'The MEP and a GP read the RSS feed on FM radio.';
    const names = ['MEP', 'GP', 'RSS', 'FM'];
    const { topics } = buildTopics([input('a', 'Tech', names, text), input('b', 'Tech', names, text), input('c', 'Tech', names, text)]);
    expect(topics.filter((t) => t.kind !== 'section').map((t) => [t.name, t.kind]).sort()).toEqual([
      ['FM', 'theme'],
      ['RSS', 'theme'],
    ]);
  });
});

describe('topics after an edit, from the last link\u2019s word-case sums', () => {
  // Four stories name "Marrow": in capitals it is a body, mostly in lower case an ordinary word (dropped).
  const capitalised = 'Marrow said the plan was fine. Marrow will vote on it. Marrow met on Monday.';
  const lowerCase = 'The marrow of the plan is fine. It is the marrow of the deal. The marrow, the marrow.';
  const story = (id: string, text: string): TopicInput => ({ id, section: null, candidates: [{ name: 'Marrow', kind: 'organisation' }], text, owner: {} });
  const names = (inputs: TopicInput[], options = {}) => buildTopics(inputs, options).topics.map((t) => t.name);

  it('equal a build from scratch as a word moves between a name and an ordinary word, story by story', () => {
    let stories = ['a', 'b', 'c', 'd'].map((id) => story(id, capitalised));
    let state = buildTopics(stories, { remember: true }).wordCase;
    expect(state).toBeDefined();
    const seen: string[][] = [];
    for (const [at, text] of [[0, lowerCase], [1, lowerCase], [2, lowerCase], [0, capitalised]] as const) {
      // An edited story is a new owner, as the link gives it (the enriched article is a new object).
      stories = stories.map((s, i) => (i === at ? story(s.id, text) : s));
      const again = buildTopics(stories, { remember: true, ...(state ? { wordCase: state } : {}) });
      expect(again.topics.map((t) => t.name)).toEqual(names(stories.map(({ owner: _owner, ...rest }) => rest)));
      seen.push(again.topics.map((t) => t.name));
      state = again.wordCase;
    }
    // Both outcomes occur on the way: the sums really move.
    expect(seen.some((n) => n.includes('Marrow'))).toBe(true);
    expect(seen.some((n) => !n.includes('Marrow'))).toBe(true);
  });

  it('follow a story removed from the collection', () => {
    const stories = ['a', 'b', 'c', 'd', 'e'].map((id, i) => story(id, i < 3 ? lowerCase : capitalised));
    const state = buildTopics(stories, { remember: true }).wordCase!;
    const fewer = stories.slice(0, 4).map((s, i) => (i < 2 ? story(s.id, capitalised) : s));
    expect(names(fewer, { remember: true, wordCase: state })).toEqual(names(fewer.map(({ owner: _owner, ...rest }) => rest)));
  });
});

describe('topics after an edit, reused when nothing they read changed', () => {
  type Built = ReturnType<typeof buildTopics>;
  // Every state a link keeps, handed to the next one as link/index.ts does.
  const relink = (inputs: TopicInput[], last: Built | undefined, people: string[] = []) =>
    buildTopics(inputs, {
      remember: true,
      people,
      ...(last?.wordCase ? { wordCase: last.wordCase } : {}),
      ...(last?.themes ? { themes: last.themes } : {}),
      ...(last?.last ? { last: last.last } : {}),
    });
  const scratch = (inputs: TopicInput[], people: string[] = []) => {
    const built = buildTopics(inputs.map(({ owner: _owner, ...rest }) => rest), { people });
    return { topics: built.topics, lists: inputs.map((i) => built.topicsFor(i.id)) };
  };
  const shown = (built: Built, inputs: TopicInput[]) => ({ topics: built.topics, lists: inputs.map((i) => built.topicsFor(i.id)) });
  const marrow = 'Marrow said the plan was fine. Marrow will vote on it. Marrow met on Monday.';
  const story = (id: string, text: string, names = ['Marrow']): TopicInput => ({
    id,
    section: 'Harbours',
    candidates: names.map((name) => ({ name, kind: 'organisation' as const })),
    text,
    owner: {},
  });

  it('keeps the last topics for an edit naming nothing new, and builds them again when a name, a word\u2019s case, a theme or the people change', () => {
    const quiet = (id: string, text = 'A quiet day at the quay.') => story(id, text, []);
    let stories = [...['a', 'b', 'c', 'd'].map((id) => story(id, marrow)), quiet('e')];
    let built = relink(stories, undefined);
    expect(built.topics.map((t) => t.name)).toContain('Marrow');
    const step = (edit: (list: TopicInput[]) => TopicInput[], people: string[] = []) => {
      stories = edit(stories);
      const before = built;
      built = relink(stories, built, people);
      expect(shown(built, stories)).toEqual(scratch(stories, people));
      return built.topics === before.topics;
    };
    const at = (index: number, made: (id: string) => TopicInput) => (list: TopicInput[]) => list.map((s, i) => (i === index ? made(s.id) : s));
    // A sentence added that names nothing: the same uses, themes and sums. Reused.
    expect(step(at(4, (id) => quiet(id, 'A quiet day at the quay. Nothing else happened.')))).toBe(true);
    // The story names nothing still, but writes "marrow" in lower case again and again: only the word's sums
    // move, and Marrow becomes an ordinary word. Built again.
    expect(step(at(4, (id) => quiet(id, Array.from({ length: 16 }, () => 'the marrow').join(', '))))).toBe(false);
    expect(built.topics.map((t) => t.name)).not.toContain('Marrow');
    expect(step(at(4, (id) => quiet(id)))).toBe(false);
    // A new name in two stories (words no name had before): only the uses change. Built again.
    const docks = (id: string) => story(id, `${marrow} Quillon Docks agreed.`, ['Marrow', 'Quillon Docks']);
    expect(step((list) => list.map((s, i) => (i === 2 || i === 3 ? docks(s.id) : s)))).toBe(false);
    expect(built.topics.map((t) => t.name)).toContain('Quillon Docks');
    // A theme comes with the text alone (the same names, counted the same): built again.
    const themed = (id: string) => story(id, `${marrow} The tidal barrage and the tidal barrage.`);
    expect(step((list) => list.map((s, i) => (i < 2 ? themed(s.id) : s)))).toBe(false);
    expect(built.topics.some((t) => t.kind === 'theme')).toBe(true);
    // The people index now knows Marrow as a person: built again, and Marrow is no organisation.
    expect(step((list) => list, ['Marrow'])).toBe(false);
    // Nothing changed at all: reused.
    expect(step((list) => list, ['Marrow'])).toBe(true);
    // A story moved to another section (topics are counted per section): built again.
    expect(step(at(4, (id) => ({ ...quiet(id), section: 'Ferries' })), ['Marrow'])).toBe(false);
    // A story under another id (its topic list is looked up by id): built again.
    expect(step((list) => list.map((s, i) => (i === 4 ? { ...s, id: 'e-renamed', owner: {} } : s)), ['Marrow'])).toBe(false);
    // The same stories in another order (each keeps its own object; topics list stories in collection order): built again.
    expect(step((list) => [list[1]!, list[0]!, ...list.slice(2)], ['Marrow'])).toBe(false);
    expect(step((list) => list, ['Marrow'])).toBe(true);
    // An organisation named like a person: whether it stays one reads the story's text, so an edit to that text
    // alone, with the same uses, builds them again.
    const shaped = (id: string, text: string) => story(id, text, ['Walter Quillon']);
    expect(step(at(4, (id) => shaped(id, 'Walter Quillon opened a branch. Walter Quillon hired staff.')), ['Marrow'])).toBe(false);
    expect(step(at(4, (id) => shaped(id, 'Walter Quillon opened a branch. Walter Quillon hired more staff.')), ['Marrow'])).toBe(false);
  });
});
