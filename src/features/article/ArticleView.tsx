import { useMemo } from 'react';
import type { Article } from '../../content/schema';
import { ArticleBody } from './ArticleBody';
import { ArticleHeader } from './ArticleHeader';
import { PeopleInStory } from './PeopleInStory';
import { peopleInStory } from './peopleInStory';
import { QuoteDisplayContext } from './quoteDisplay';
import { MoreLikeThis, RelatedStories } from './StoryLinks';
import { useQuoteTarget } from './useQuoteTarget';
import { useSpeakerFilter } from './useSpeakerFilter';
import { ShareButton } from '../share/ShareButton';
import { TopicChips } from '../topics/TopicChips';

/** A loaded article: the story itself, and beside it (below it on narrow screens) people and related stories. */
export function ArticleView({ article }: { article: Article }) {
  const people = useMemo(() => peopleInStory(article), [article]);
  const { activeSpeaker, toggleSpeaker, clearSpeaker } = useSpeakerFilter();
  const quoteIds = useMemo(() => article.quotes.map((q) => q.id), [article]);
  const markedQuote = useQuoteTarget(quoteIds);
  // A speaker id from a stale link who has no quotes here would dim everything: ignore it.
  const speaker = people.some((p) => p.id === activeSpeaker && p.quoteCount > 0) ? activeSpeaker : null;
  // Each quoted person's colour slot, in the legend's order (People in this story).
  const colours = useMemo(() => new Map(people.filter((p) => p.quoteCount > 0).map((p, i) => [p.id, i])), [people]);
  const display = useMemo(() => ({ activeSpeaker: speaker, markedQuote, articleId: article.id, colours }), [speaker, markedQuote, article.id, colours]);
  const speakerKinds = useMemo(() => new Set(article.quotes.map((q) => (q.speaker.type === 'unknown' || !q.speaker.name ? 'unknown' : q.speaker.personId && colours.has(q.speaker.personId) ? 'person' : 'other'))), [article, colours]);

  return (
    <div className="article-layout">
      <article className="article" data-speaker-filter={speaker ? 'on' : undefined}>
        <ArticleHeader article={article} actions={<ShareButton path={`/articles/${article.id}`} title={article.headline} label="Share this story" />} />
        <QuoteDisplayContext value={display}>
          <ArticleBody article={article} />
        </QuoteDisplayContext>
        <TopicChips topics={article.topicNames} />
      </article>
      <div className="article-sidebar">
        {people.length > 0 && (
          <PeopleInStory
            people={people}
            colours={colours}
            alsoQuoted={{ other: speakerKinds.has('other'), unknown: speakerKinds.has('unknown') }}
            activeSpeaker={speaker}
            onToggle={toggleSpeaker}
            onClear={clearSpeaker}
          />
        )}
        <RelatedStories stories={article.related} />
        <MoreLikeThis stories={article.suggested} />
      </div>
    </div>
  );
}
