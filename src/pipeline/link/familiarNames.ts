/**
 * Familiar forms of given names (English, and a few Spanish and Italian ones common in sport copy) and the
 * formal name each shortens ("Ted" and "Edward", "Jim" and "James", "Rafa" and "Rafael"): news copy writes
 * one person both ways ("Sir Edward Heath" in one story, "Ted Heath" in the next). Only forms with one formal name are listed ("Alex" could be Alexander or Alexandra; "Chris",
 * Christopher or Christine: the gender check in people.ts keeps those apart anyway, but a wrong join is worse
 * than a missed one).
 */
const FORMAL_OF: ReadonlyMap<string, string> = new Map(
  Object.entries({
    ted: 'edward', eddie: 'edward', bill: 'william', billy: 'william', bob: 'robert', bobby: 'robert', rob: 'robert',
    tony: 'anthony', jim: 'james', jimmy: 'james', mike: 'michael', mick: 'michael', mickey: 'michael', dave: 'david',
    andy: 'andrew', chris: 'christopher', nick: 'nicholas', tom: 'thomas', tommy: 'thomas', steve: 'stephen',
    ben: 'benjamin', dan: 'daniel', danny: 'daniel', joe: 'joseph', matt: 'matthew', pete: 'peter', phil: 'philip',
    tim: 'timothy', ken: 'kenneth', ron: 'ronald', charlie: 'charles', fred: 'frederick', greg: 'gregory',
    jeff: 'jeffrey', jon: 'jonathan', liz: 'elizabeth', sue: 'susan', jenny: 'jennifer', maggie: 'margaret',
    gerry: 'gerald', larry: 'lawrence', harry: 'henry', rick: 'richard', dick: 'richard', terry: 'terence',
    vince: 'vincent', wally: 'walter', nicky: 'nicholas', alf: 'alfred', bert: 'albert', reg: 'reginald',
    ray: 'raymond', stu: 'stuart', kathy: 'katherine', cathy: 'catherine', meg: 'margaret', nat: 'nathan',
    rafa: 'rafael', pepe: 'jose', paco: 'francisco', nacho: 'ignacio', beppe: 'giuseppe',
    freddie: 'frederick', freddy: 'frederick', johnny: 'john', kostas: 'konstantinos', costas: 'constantinos',
    bernie: 'bernard', ollie: 'oliver', robbie: 'robert', willie: 'william', archie: 'archibald',
    // The Scottish given name and its spellings, and its short form: one player is "Ali" in one report and
    // "Allister" in the next. ("Ali" alone is also a full given name: the evidence rules of a familiar form,
    // a person in common, never the section alone, keep a Muslim "Ali" apart from an "Alistair".)
    ali: 'alistair', allister: 'alistair', alastair: 'alistair', alasdair: 'alistair', alister: 'alistair',
  }),
);

/** The formal given name of a familiar form (lower case), or the word itself. */
export function formalFirstName(word: string): string {
  return FORMAL_OF.get(word) ?? word;
}
