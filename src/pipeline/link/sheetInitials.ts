/**
 * A team-sheet initial ("S Roe") that several full names fit ("Sam Roe" a fly-half, "Steve Roe" a hooker
 * named once), whose stories both share team-mates with the sheet, is left undecided by link/people.ts. The
 * same form on a sheet of a related story, where one of them is named in full beside it, says which ("S Roe"
 * of a preview is the "S Roe" its match report names "Sam Roe").
 */
import type { StoryContext } from './namesakes.ts';

/** A sheet form's choice in one story, made because that story names the full name too. */
export interface SameStoryJoin<G> {
  story: string;
  group: G;
}

/**
 * Of `candidates`, the one that the same sheet form joined in a story related to `story` (where the full name
 * stood in the sheet's own story); `candidates` unchanged unless exactly one such group is among them.
 */
export function sameFormPick<G>(candidates: G[], story: string, surname: string, joins: readonly SameStoryJoin<G>[], context: StoryContext): G[] {
  if (candidates.length < 2) return candidates;
  const picked = candidates.filter((g) => joins.some((j) => j.group === g && j.story !== story && context.related(story, [j.story], null, surname)));
  return picked.length === 1 ? picked : candidates;
}
