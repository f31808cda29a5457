import type { Speaker } from '../../content/schema';

/**
 * The speaker written into the text, after the sentence that quotes them without naming them ("she said").
 * Hidden from screen readers: the quote's own description already says who spoke, and reading it twice
 * would interrupt the sentence the tag was moved out of.
 */
export function SpeakerTag({ speaker, colourClass }: { speaker: Speaker; colourClass: string }) {
  return (
    <span className={`speaker-tag ${colourClass}`} data-speaker-type={speaker.type} aria-hidden="true">
      {speaker.name}
    </span>
  );
}
