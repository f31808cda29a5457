/**
 * "Walter van der Vellen … Mr Van de Vellen": a titled surname that opens with a particle is the person the
 * story names in full with that surname, whatever the case of the particle ("Van"/"van") and whichever form
 * of it the writer chose ("de"/"der"/"den"). Only particles and the same last word: "Mr Van Vellen" and
 * "Piet Vellen" are not joined by this (a titled bare surname is resolveShort's job).
 */
const PARTICLE_FORMS: ReadonlyMap<string, string> = new Map([
  ['van', 'van'], ['von', 'van'],
  ['de', 'de'], ['der', 'de'], ['den', 'de'], ['del', 'de'], ['della', 'de'], ['di', 'de'], ['da', 'de'], ['dos', 'de'], ['du', 'de'],
  ['la', 'la'], ['le', 'la'], ['ter', 'ter'], ['ten', 'ter'],
]);

function particleForm(word: string): string | undefined {
  return PARTICLE_FORMS.get(word.toLowerCase());
}

/** The particles before the last word, as forms ("van der" → ["van", "de"]), or null when a non-particle stands there. */
function particleChain(tokens: readonly string[], from: number): string[] | null {
  const chain: string[] = [];
  for (let k = from; k < tokens.length - 1; k++) {
    const form = particleForm(tokens[k]!);
    if (form === undefined) return null;
    chain.push(form);
  }
  return chain;
}

/**
 * True when `short` (a titled mention's name words, "Van de Vellen") is a particled surname of `full`
 * ("Walter van der Vellen"): the same last word, the same chain of particle forms before it, and at least
 * one given name before the chain in `full`.
 */
export function particledSurnameOf(full: readonly string[], short: readonly string[]): boolean {
  if (short.length < 2 || full.length < short.length + 1) return false;
  if (full[full.length - 1] !== short[short.length - 1]) return false;
  const shortChain = particleChain(short, 0);
  if (shortChain === null || shortChain.length === 0) return false;
  const fullChain = particleChain(full, full.length - short.length);
  if (fullChain === null || particleForm(full[full.length - short.length - 1]!) !== undefined) return false;
  return shortChain.every((form, k) => fullChain[k] === form);
}
