/** Who speaks: round 18's classes, from the eighth independent review and review 7's open classes (docs/quotes.md, "Round 18"). Invented stories. */
import { describe, expect, it } from 'vitest';
import { enrichArticle } from './index.ts';
import { makeParsed, speakerNamesBothModes } from './test-utils.ts';

describe('an opening fragment that a later quotation says in full', () => {
  it('is the later speaker\'s when the opening sentence names no one', () => {
    const story = [
      'The harbour at Pellow is "a museum piece" and must be rebuilt, a local councillor has said.',
      'Councillor Hana Vosk told the Pellow Herald the quay had not changed in a century. "Our harbour is a museum piece, and the boats know it," she said.',
    ];
    expect(speakerNamesBothModes(story)).toEqual({ rules: ['Hana Vosk', 'Hana Vosk'], ranker: ['Hana Vosk', 'Hana Vosk'] });
  });
  it('is not the words of someone who repeats what another person put to him', () => {
    const story = [
      'On the recording, Mayor Ivo Brandt is heard asking reporter Tam Ruddock if he is "a hired spy".',
      'Mr Ruddock replies: "No, I am not a hired spy. I resent that."',
    ];
    expect(speakerNamesBothModes(story)).toEqual({ rules: [null, 'Tam Ruddock'], ranker: [null, 'Tam Ruddock'] });
  });
});

describe('a pronoun in the narration after a run of quotations', () => {
  it('means the speaker of the run, not a man his quotation names', () => {
    const story = [
      '"I don\'t read the papers," lock Dan Prys told the Kelso Courier. "We just get on with it."',
      '"The coaches pick the team and we play. Nobody in our dressing room looks past Saturday, and nobody listens to the talk in the pubs either. We have a long season ahead of us and a young squad to look after."',
      '"The visitors are a big side and they have beaten better teams than us this winter, so we will respect them. Their pack is heavy and their backs are quick, and we know all about their kicking game."',
      '"Last season we lost there by a point after leading for an hour, and that still hurts the older players. This time we want to finish the job, keep our heads when it gets tight and make our chances count."',
      '"Their side has two fine wingers in Kevin Tovey and Gareth Penhale." He insisted his own side would not be caught out. "That won\'t happen to us," he said.',
    ];
    const prys = Array<string>(7).fill('Dan Prys');
    expect(speakerNamesBothModes(story)).toEqual({ rules: prys, ranker: prys });
  });
});

describe('words said to the subject, or passed on from someone unnamed', () => {
  it('"she was told:" — the subject heard the words, and the one who spoke them is not named', () => {
    const story = [
      'Councillor Ada Penrose told the inquiry of the abuse she faced: "You should be at home."',
      'Another councillor says she was told: "Nobody here will vote for a woman."',
    ];
    // Both are words the subject heard (round 19: the abuse she faced is someone else's, unnamed).
    expect(speakerNamesBothModes(story)).toEqual({ rules: [null, null], ranker: [null, null] });
  });
  it('"the paper quoted an adviser as saying" — a role the story ties to no one', () => {
    const story = [
      'Analysts say the Tarn exchange wants a deal. Its chief, Ilse Morrow, would not comment.',
      'Shares rose. "We can pay cash for all of it," the Tarn Gazette quoted an adviser to the board as saying.',
    ];
    expect(speakerNamesBothModes(story)).toEqual({ rules: [null], ranker: [null] });
  });
  it('a relative clause that names something in quotation marks has its own subject', () => {
    const story = ['Helen Rusk has apologised to the harbour board.', 'The home secretary confirmed the inquiry followed a report which branded the harbour rules "a shambles".'];
    expect(speakerNamesBothModes(story)).toEqual({ rules: [null], ranker: [null] });
  });
});

describe('the office that opens a story\'s second paragraph', () => {
  it('is the title of the person the first paragraph is about, for the rest of the story', () => {
    const story = [
      'Ferry fares will fall next year, Ida Kask has said.',
      'The prime minister said the cuts were overdue. She told the Ardley Times the ports were "far too dear".',
      'Critics were unconvinced. The prime minister conceded her plan had "some rough edges" in it.',
    ];
    expect(speakerNamesBothModes(story)).toEqual({ rules: ['Ida Kask', 'Ida Kask'], ranker: ['Ida Kask', 'Ida Kask'] });
  });
  it('not when the second paragraph opens with someone belonging to the office holder', () => {
    const story = [
      'Helen Kask has been accused of mocking the navy in a speech.',
      'The prime minister\'s husband was reported to have called the fleet "a row of bathtubs".',
      'Later that day the prime minister told reporters the navy had "his full support".',
    ];
    const { rules, ranker } = speakerNamesBothModes(story);
    expect([rules[1], ranker[1]]).not.toContain('Helen Kask');
  });
  it('a role after "as" in a clause with a pronoun subject is not the name after the comma', () => {
    const story = [
      'Ruritania will take a softer line as he starts a third year as President, Ida Kask has said.',
      'The prime minister said the president "has learned a great deal".',
    ];
    expect(speakerNamesBothModes(story)).toEqual({ rules: ['Ida Kask'], ranker: ['Ida Kask'] });
  });
});

describe('roles from the story\'s opening pair and from "as" phrases', () => {
  const roles = (paragraphs: string[]): Record<string, string[]> =>
    Object.fromEntries(enrichArticle(makeParsed(paragraphs), { speakers: 'rules' }).people.map((p) => [p.name, p.descriptions]));
  it('a title speaking as the second paragraph opens is the first paragraph\'s speaker\'s', () => {
    const story = [
      'Film director Helen Vasko has said a sequel to Harbour Lights is years away.',
      'The Bafta winner told a festival in Ardley there was "real interest" in it. Past winner Kevin Orme said he would star.',
    ];
    expect(speakerNamesBothModes(story)).toEqual({ rules: ['Helen Vasko'], ranker: ['Helen Vasko'] });
    expect(roles(story)['Helen Vasko']).toContain('Bafta winner');
  });
  it('a role after "as" keeps its holder when only a possessive comes before it', () => {
    const story = ['In his new job as Tarnco chief executive, Mr Kevin Orme will split his week between two cities.'];
    expect(roles(story)['Kevin Orme']).toEqual(['Tarnco chief executive']);
  });
});

describe('bodies that speak', () => {
  it('a party called by its members\' name of two words', () => {
    const story = ['Ferry fares are set to rise.', 'The Liberal Democrats have warned ministers they were "asking for trouble".'];
    expect(speakerNamesBothModes(story)).toEqual({ rules: ['Liberal Democrats'], ranker: ['Liberal Democrats'] });
  });
  it('"says the committee" after a committee named in lower case with an adjective before the house', () => {
    const story = [
      'The powerful Commons harbours committee was answering a call for new rules.',
      'For that reason, says the committee, ministers may have to "think again" about ferries.',
    ];
    expect(speakerNamesBothModes(story)).toEqual({ rules: ['Commons harbours committee'], ranker: ['Commons harbours committee'] });
  });
  it('a document\'s words are its owner\'s: "a Kestrel Party members\' newsletter", "the Ardley Trust\'s report"', () => {
    const story = [
      'He quotes a Kestrel Labour Party members\' newsletter on canvassing.',
      'The newsletter says: "We ring every house twice."',
      'The Ardley Trust\'s annual report was published on Monday. "Rents rose again," the report says.',
    ];
    expect(speakerNamesBothModes(story)).toEqual({ rules: ['Kestrel Labour Party', 'Ardley Trust'], ranker: ['Kestrel Labour Party', 'Ardley Trust'] });
  });
});

describe('a source passing on someone else\'s words', () => {
  it('"According to Mr X the minister said:" — the source is not the speaker', () => {
    const story = ['Jo Vale wrote a book about the premier.', 'According to Mr Vale the premier once told friends: "I will go next year."'];
    expect(speakerNamesBothModes(story).rules).toEqual([null]);
  });
});

describe('subjects and pronouns', () => {
  it('"last year" between a subject and its verb of saying', () => {
    const story = ['Tory spokesman Kevin Dunn told the chamber that party chairman Peter Hale last year described the plan as a "dog\'s dinner".'];
    expect(speakerNamesBothModes(story).rules).toEqual(['Peter Hale']);
  });
  it('a "he" that opens the next sentence keeps the earlier subject over a man named since only as an object', () => {
    const story = [
      'Robin Tate beat actors including Kevin Dunn and Peter Hale to the prize. He thanked Hale and called the film "a joy". It was his first award. Afterwards, he said: "I waited a long time."',
    ];
    const { rules, ranker } = speakerNamesBothModes(story);
    expect([rules.at(-1), ranker.at(-1)]).toEqual(['Robin Tate', 'Robin Tate']);
  });
});

describe('who "Mr X" and "his" mean', () => {
  it('"Mr Blair" beside a knight and a plain namesake is the plain one', () => {
    const story = ['Prime Minister Tony Blair replied. Sir Ian Blair, the police chief, spoke first.', 'Mr Blair insisted: "We will not back down."'];
    expect(speakerNamesBothModes(story).rules).toEqual(['Tony Blair']);
  });
  it('"His advice for a singer was to \'…\'": the words are his', () => {
    const story = ['Judge Kelvin Marsh was the star of the talent show.', 'The former editor was scathing about most of the acts. His advice to one nervous singer was to "go home and practise".'];
    expect(speakerNamesBothModes(story).rules).toEqual(['Kelvin Marsh']);
  });
});

describe('names given as examples in a list', () => {
  it('are not whom a later "he" means, even when introduced with a role in the sentence before', () => {
    const story = [
      'Tarnby play Ardley in the cup this weekend, and the Breton coach has had a "hard week" with six men away with the national squad. "It is a big game but we have just the one session," he told the Ardley Courier.',
      'Unless the league agrees to move the game, Henri Lacasse believes the national side will suffer as clubs sign players from abroad. "That is not good for anyone," he argues. It is a point he has made before.',
      'Now he fears for the tie after seven men, including captain Kevin Dunn and fly-half Peter Hale, were called up. "It is hard for everyone," he added.',
    ];
    const { rules, ranker } = speakerNamesBothModes(story);
    expect([rules.at(-1), ranker.at(-1)]).toEqual(['Henri Lacasse', 'Henri Lacasse']);
  });
});

describe('"a spokesman said" with no body named', () => {
  it('is not the body the last sentence named after a preposition', () => {
    const story = ['The offer of troops was made by ministers, and aid could also go to the Tarnian government.', 'However a spokesman said: "The roads there are very poor."'];
    expect(speakerNamesBothModes(story).rules).toEqual([null]);
  });
});

describe('a lone surname no list knows', () => {
  it('an Irish patronymic speaking is no organisation', () => {
    const story = ['The Irish coach knows his side must improve.', '"We are ready for them," said O\'Dowd.'];
    expect(speakerNamesBothModes(story).rules).toEqual([null]);
  });
});

describe('a name with a seat after it', () => {
  it('"Kevin Dunn MP, the party\'s housing spokesman, said:" is a person speaking', () => {
    const story = ['Labour hit back at the plans.', 'Kevin Dunn MP, the party\'s housing spokesman, said: "Their figures make no sense."'];
    expect(speakerNamesBothModes(story)).toEqual({ rules: ['Kevin Dunn'], ranker: ['Kevin Dunn'] });
  });
});

describe('a name inside a show\'s name before a role and the speaker', () => {
  it('"said Tom and Jan producer Helen Vell" is Helen Vell speaking', () => {
    const story = ['Tom Pike and Jan Reeve host the show.', '"The quiz is a huge hit," said Tom and Jan executive producer Helen Vell.'];
    expect(speakerNamesBothModes(story).rules).toEqual(['Helen Vell']);
  });
});
