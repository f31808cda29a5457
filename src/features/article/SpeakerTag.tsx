import { Link } from 'react-router';
import type { Speaker } from '../../content/schema';
import { VisuallyHidden } from '../layout/VisuallyHidden';

/**
 * Who said it, right after the quote: a link to the person's page, the name of an organisation or group
 * as plain text, or a muted "unknown speaker". The hidden "quote by" makes it read as a sentence.
 */
export function SpeakerTag({ speaker }: { speaker: Speaker }) {
  const name = speaker.name?.trim();
  let who;
  if (speaker.type === 'person' && speaker.personId) {
    who = <Link to={`/people/${speaker.personId}`}>{name || 'person'}</Link>;
  } else if (speaker.type !== 'unknown' && name) {
    who = <span>{name}</span>;
  } else {
    who = <span className="speaker-tag__unknown">unknown speaker</span>;
  }
  return (
    <span className="speaker-tag" data-speaker-type={speaker.type}>
      <VisuallyHidden>, quote by </VisuallyHidden>
      {who}
    </span>
  );
}
