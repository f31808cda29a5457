/** Organisations and places the text names: candidates for topics (normalised by the link stage). */
import type { TopicCandidate } from '../types.ts';
import type { NameScan } from './names.ts';

export function topicCandidates(scan: NameScan, acronyms: Map<string, string>): TopicCandidate[] {
  const seen = new Set<string>();
  const out: TopicCandidate[] = [];
  const add = (name: string, kind: TopicCandidate['kind']): void => {
    const clean = name.replace(/^(?:The|the)\s+/, '').replace(/['\u2019]s$/, '').trim();
    const full = acronyms.get(clean) ?? clean;
    const key = `${kind}:${full.toLowerCase()}`;
    // A real organisation or place name is a few words; anything longer is a run of capitals, not a name.
    if (full.length < 2 || full.length > 80 || full.split(/\s+/).length > 8 || seen.has(key)) return;
    seen.add(key);
    out.push({ name: full, kind });
  };
  for (const o of scan.organisations) add(o.name, 'organisation');
  for (const p of scan.places) add(p.name, 'place');
  return out;
}
