/** Who speaks: round 20's classes, from the twelfth independent review (docs/quotes.md, "Round 20"). Invented stories. */
import { describe, expect, it } from 'vitest';
import { speakerNamesBothModes } from './test-utils.ts';

/** A paragraph long enough to push the story's first subject out of the pronoun's reach. */
const FILLER =
  'The party chairman said the vote, due in the spring, would be the closest in a generation and would turn on rents, buses and the state of the harbour. He told the rally in Dunmore that a low turnout would hand the town to the opposition. The Greens and the Liberals said voters faced higher rents and fewer buses in the towns of the north coast, and that the harbour plan had stalled for a third year running. A poll last week put the two main parties level, with one voter in five still undecided and most of those in the market towns of the south, where turnout fell sharply last time.';

describe('a subject after a fronted phrase', () => {
  it('"To a big crowd at the hall, Mr X accused Y of …. Laying into …, he said:" — he is X, not the man he accused', () => {
    const story = [
      'Kestrel Labour leader Tom Varley has urged voters to turn out.',
      FILLER,
      'To a big crowd at the Kestrel Hall, Mr Varley accused shadow minister Ian Corby of plotting deep cuts. Laying into the record of the last government he said: "We shall not return to those wasted years of debt."',
    ];
    expect(speakerNamesBothModes(story)).toEqual({ rules: ['Tom Varley'], ranker: ['Tom Varley'] });
  });
  it('"Amid loud cheers, Mr X accused Y …" — the same with another preposition', () => {
    const story = [
      'Kestrel Labour leader Tom Varley has urged voters to turn out.',
      FILLER,
      'Amid loud cheers from the floor, Mr Varley accused shadow minister Ian Corby of plotting deep cuts. Laying into the record of the last government he said: "We shall not return to those wasted years of debt."',
    ];
    expect(speakerNamesBothModes(story)).toEqual({ rules: ['Tom Varley'], ranker: ['Tom Varley'] });
  });
});

describe('a quotation closed after a full stop and a space', () => {
  it('"… to pay. " And X said the figures … — new narration, not the attribution', () => {
    const story = [
      'The Greens set out their plans for the harbour on Friday.',
      'Party chief Ada Lin said: "Our sums add up. "The truth is, the others lack the nerve to make cuts, and the families of the coast would be the ones to pay. " And council leader Tom Varley said the Green sums were wrong.',
    ];
    const { rules, ranker } = speakerNamesBothModes(story);
    expect(rules).toEqual(['Ada Lin', 'Ada Lin']);
    expect(ranker[1]).not.toBe('Tom Varley');
  });
  it('the same with the quotation going on in its own paragraph: "And X said …" is no verb of it', () => {
    const story = [
      'The Greens set out their plans for the harbour on Friday.',
      'Party chief Ada Lin said: "If the council is serious about its budget it should explain how it would fund its pledges.',
      '"The truth is, the others lack the nerve to make cuts, and the families of the coast would be the ones to pay. " And council leader Tom Varley said the Green sums were wrong. He said the party hid its costs.',
    ];
    expect(speakerNamesBothModes(story)).toEqual({ rules: ['Ada Lin', 'Ada Lin'], ranker: ['Ada Lin', 'Ada Lin'] });
  });
});

describe('a firm\'s name with "and" before its man', () => {
  it('"added Barlow and Finch\'s Tomas Brant" — the man, not a body called by the whole phrase', () => {
    const story = ['Analysts welcomed the move. "It is a good day for the carriers," said Kestrel\'s chief analyst Mira Dossel. "The change could lift demand across the whole trade," added Barlow and Finch\'s Tomas Brant.'];
    const { rules, ranker } = speakerNamesBothModes(story);
    expect(rules).toEqual(['Mira Dossel', 'Tomas Brant']);
    expect(ranker[1] === null || ranker[1] === 'Tomas Brant').toBe(true);
  });
});

describe('a fragment in a subordinate clause with a subject of its own', () => {
  it('"Mr X was barred after the ethics panel said his conduct was "…"" — the panel\'s words, not his', () => {
    const story = [
      'Kestrel MP Tom Varley has stood down.',
      'Mr Varley was barred from the chamber for a week in May once the harbour ethics panel said his behaviour had been "far below what voters expect". He had denied any wrongdoing.',
    ];
    expect(speakerNamesBothModes(story)).toEqual({ rules: [null], ranker: [null] });
  });
  it('guard: "after he said the panel was "…"" — a pronoun subject is still the first subject', () => {
    const story = ['Kestrel MP Tom Varley has stood down.', 'Mr Varley was barred from the chamber for a week after he said the panel was "a kangaroo court". He had denied any wrongdoing.'];
    expect(speakerNamesBothModes(story)).toEqual({ rules: ['Tom Varley'], ranker: ['Tom Varley'] });
  });
});

describe('a government called an executive', () => {
  it('"The Kestrel Executive said … "…"" — the body, not the woman named just before', () => {
    const story = [
      'The First Minister wants a review of the leave.',
      'The Harbour Party\'s Ada Lin wants to find out who approved the leave. The Kestrel Executive insisted that officials would be told, though it would "not be usual" for them to approve it.',
    ];
    expect(speakerNamesBothModes(story)).toEqual({ rules: ['Kestrel Executive'], ranker: ['Kestrel Executive'] });
  });
});

describe('continuity and the pronoun of the attribution', () => {
  it('"…," she said is not the man who spoke last', () => {
    const story = [
      'Opposition leader Tom Varley has called the leave a scandal. He said he would raise it in the chamber.',
      'The council spokeswoman said the leave had been agreed by doctors. "Ministers knew of it, but they would not approve it," she said.',
    ];
    expect(speakerNamesBothModes(story)).toEqual({ rules: [null], ranker: [null] });
  });
  it('guard: "…," he said after he spoke is still his', () => {
    const story = ['Opposition leader Tom Varley has called the leave a scandal. He said he would raise it in the chamber.', '"Ministers knew of it, but they did nothing," he said.'];
    expect(speakerNamesBothModes(story)).toEqual({ rules: ['Tom Varley'], ranker: ['Tom Varley'] });
  });
});

describe('a description after the quotation that shares only its head with an earlier person\'s', () => {
  it('"…," said the three-time champion — the woman the sentence before is about, not the "double Olympic champion"', () => {
    const story = [
      'Double Olympic champion Omar Haddi will run the cross country race in Dunmore next month.',
      'Haddi won both titles in the summer and has since rested. "My legs are not there yet, though the work is going well," said Haddi.',
      'Kestrel\'s Jo Pell is also thinking about the cross country race. "I have not made up my mind, but it is a race I love," said the three-time champion.',
    ];
    expect(speakerNamesBothModes(story)).toEqual({ rules: ['Omar Haddi', 'Jo Pell'], ranker: ['Omar Haddi', 'Jo Pell'] });
  });
});

describe('a role over a field before the name', () => {
  it('"Director of rugby X revealed that …. "…," he said" — X is the subject, not the man before', () => {
    const story = [
      'Kestrel beat Dunmore 30-12 at the Quay ground.',
      'Ian Corby, who came on late, kicked the extras to pass 500 points for the club. Kestrel pressed for a fourth try in the closing minutes. Director of rugby Tom Varley revealed that a stern talk in the break had lifted his side. "They got a telling off and came out fighting," he said.',
    ];
    expect(speakerNamesBothModes(story)).toEqual({ rules: ['Tom Varley'], ranker: ['Tom Varley'] });
  });
});

describe('"added:" by someone named there for the first time', () => {
  it('"…." Rovers boss X added: "…" — X is new to the story, so the words before are not his', () => {
    const story = [
      'Kestrel Rovers have signed Dunmore midfielder Tom Varley on a deal to May.',
      '"I did not need long to decide," the 31-year-old told the club website. "What drew me was top-flight football." Rovers boss Ian Corby added: "We are thrilled to have Tom."',
    ];
    const { rules, ranker } = speakerNamesBothModes(story);
    expect(rules[1]).not.toBe('Ian Corby');
    expect(ranker[1]).not.toBe('Ian Corby');
    expect(rules[2]).toBe('Ian Corby');
  });
  it('guard: "…." Mr X added: "…" after X spoke — the words before are still his', () => {
    const story = ['Rovers boss Ian Corby was pleased. "We have our man," he said.', '"He will start on Saturday." Mr Corby added: "We are thrilled to have Tom."'];
    expect(speakerNamesBothModes(story)).toEqual({ rules: ['Ian Corby', 'Ian Corby', 'Ian Corby'], ranker: ['Ian Corby', 'Ian Corby', 'Ian Corby'] });
  });
});

describe('a subordinate clause opening the sentence', () => {
  it('"As Tory leader X opened his campaign, the Green leader Y dismissed …. He added …" — he is Y', () => {
    const story = [
      'The Greens say they, not the Tories, can beat Labour in Kestrel.',
      'As Tory leader Tom Varley opened his campaign in Dunmore, the Green leader Ian Corby dismissed the Tories as a spent force. He added that there was "no ceiling" on what his party could win next spring.',
    ];
    expect(speakerNamesBothModes(story)).toEqual({ rules: ['Ian Corby'], ranker: ['Ian Corby'] });
  });
});

describe('a role made to speak', () => {
  it('"The outcry moved the first minister to promise …. He told members:" — not the man named before; unknown when no one holds the role', () => {
    const story = [
      'Tory leader Ada Lin has attacked the harbour law.',
      'Police chief Sir Ken Dobbs backed a rival plan in March so that only "grossly excessive" force would be tried. The outcry moved the first minister to promise the police a say in any review. He told members: "Should their answer be right, we will back a change."',
    ];
    const { rules, ranker } = speakerNamesBothModes(story);
    expect([rules[1], ranker[1]]).toEqual([null, null]);
  });
  it('the role\'s holder when the story gave someone the role', () => {
    const story = [
      'Tory leader Tom Varley has attacked the first minister, Ian Corby, over the harbour law.',
      'Police chief Sir Ken Dobbs backed a rival plan in March. The outcry moved the first minister to promise the police a say in any review. He told members: "Should their answer be right, we will back a change."',
    ];
    expect(speakerNamesBothModes(story)).toEqual({ rules: ['Ian Corby'], ranker: ['Ian Corby'] });
  });
});
