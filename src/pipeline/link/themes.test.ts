import { describe, expect, it } from 'vitest';
import { findThemes, repeatedPhrases, themePhrases, type ThemeForms, type ThemeSource, type ThemeState } from './themes.ts';

// Twenty invented stories; a few speak of a harbour's "tidal barrage". With twenty stories a theme needs two
// stories where it is among the strongest phrases, and may be held by three at most.
const filler = (i: number) => `Story ${i} is about nothing much at all.`;
const barrage = (form: string, times: number) => Array.from({ length: times }, () => `the ${form}`).join(' and ');

describe('themes after an edit, from the last link\u2019s phrase counts', () => {
  const formsByOwner = new Map<object, ThemeForms>();
  const source = (id: string, text: string): ThemeSource => {
    const owner = {};
    const forms = themePhrases(text);
    formsByOwner.set(owner, forms);
    return { id, owner, forms: () => forms, repeated: () => repeatedPhrases(forms) };
  };
  const fresh = (sources: ThemeSource[]) =>
    findThemes(sources.map(({ owner: _owner, ...rest }) => rest), { remember: false }).themes;

  it('equal a count from scratch as a theme gains stories, is renamed, is dropped and a story leaves', () => {
    let stories = Array.from({ length: 20 }, (_, i) => source(`s${i}`, i < 2 ? `${filler(i)} ${barrage('tidal barrage', 2)}` : filler(i)));
    let state: ThemeState | undefined = findThemes(stories, { remember: true, formsOf: (o) => formsByOwner.get(o) }).state;
    expect(state?.df).toBeDefined();
    const seen: string[] = [];
    const edits: Array<(list: ThemeSource[]) => ThemeSource[]> = [
      // Another story writes the plural more often than the others write the singular: the name follows.
      (list) => list.map((s, i) => (i === 2 ? source(s.id, `${filler(i)} ${barrage('tidal barrages', 9)}`) : s)),
      // That story back to the singular: the plural's count is taken away with its old text.
      (list) => list.map((s, i) => (i === 2 ? source(s.id, `${filler(i)} ${barrage('tidal barrage', 2)}`) : s)),
      // A fourth story: the phrase is now too common to be a theme.
      (list) => list.map((s, i) => (i === 3 ? source(s.id, `${filler(i)} ${barrage('tidal barrage', 2)}`) : s)),
      // A story leaves the collection: back to three.
      (list) => list.filter((s) => s.id !== 's3'),
      // An edit that touches no theme.
      (list) => list.map((s, i) => (i === 7 ? source(s.id, `${filler(i)} A sentence was added here.`) : s)),
    ];
    for (const edit of edits) {
      stories = edit(stories);
      const lastCounts = state?.df;
      const again = findThemes(stories, { remember: true, ...(state ? { previous: state } : {}), formsOf: (o) => formsByOwner.get(o) });
      // Last link's counts, changed by the edited stories (the same map), not counted again from every story.
      expect(again.state?.df).toBe(lastCounts);
      expect(again.themes).toEqual(fresh(stories));
      seen.push([...again.themes.values()].map((t) => `${t.name}: ${t.articles.join(' ')}`).join('; '));
      state = again.state;
    }
    // The themes really move on the way: renamed, dropped, back.
    expect(seen).toEqual(['tidal barrages: s0 s1 s2', 'tidal barrage: s0 s1 s2', '', 'tidal barrage: s0 s1 s2', 'tidal barrage: s0 s1 s2']);
  });

  it('counts afresh when the last link stopped after taking the counts', () => {
    const stories = Array.from({ length: 20 }, (_, i) => source(`s${i}`, i < 3 ? barrage('tidal barrage', 2) : filler(i)));
    const state = findThemes(stories, { remember: true, formsOf: (o) => formsByOwner.get(o) }).state!;
    const edited = stories.map((s, i) => (i === 0 ? source(s.id, filler(0)) : s));
    // A link that took the counts and never handed on its state: the next one starts from the same old state.
    findThemes(edited, { remember: true, previous: state, formsOf: (o) => formsByOwner.get(o) });
    expect(state.df).toBeUndefined();
    const again = findThemes(edited, { remember: true, previous: state, formsOf: (o) => formsByOwner.get(o) });
    expect(again.themes).toEqual(fresh(edited));
    expect(again.themes.size).toBe(1);
  });
});
