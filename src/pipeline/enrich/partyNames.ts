/**
 * The UK's main parties under one name each. The news calls the Conservative Party "the Tories", "the
 * Conservatives" or "Tory" in one story and the next; a reader filtering by speaker, and the organisation
 * index, should see one body, under its full name (the name the annotation conventions credit).
 */
const PARTIES: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(?:Tory|Tories|Conservatives?|Conservative party|Tory party)$/i, 'Conservative Party'],
  [/^(?:Labour|Labour party|New Labour)$/i, 'Labour Party'],
  [/^(?:Lib Dems?|Liberal Democrats?|Liberal Democrat party)$/i, 'Liberal Democrats'],
  [/^(?:UKIP|Ukip|UK Independence party)$/, 'UK Independence Party'],
];

/** The party's full name for a short or members' name of it; any other name as it is. */
export function partyName(name: string): string {
  for (const [form, full] of PARTIES) if (form.test(name)) return full;
  return name;
}

/** Whether the name is one of the parties' names or short forms. */
export function isPartyName(name: string): boolean {
  return PARTIES.some(([form]) => form.test(name));
}
