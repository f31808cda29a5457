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
  const display = useMemo(() => ({ activeSpeaker: speaker, markedQuote, articleId: article.id }), [speaker, markedQuote, article.id]);

  return (
    <div className="article-layout">
      <article className="article" data-speaker-filter={speaker ? 'on' : undefined}>
        <ArticleHeader article={article} />
        <ShareButton path={`/articles/${article.id}`} title={article.headline} label="Share this story" />
        <QuoteDisplayContext value={display}>
          <ArticleBody article={article} />
        </QuoteDisplayContext>
        <TopicChips topics={article.topicNames} />
      </article>
      <div className="article-sidebar">
        {people.length > 0 && (
          <PeopleInStory people={people} activeSpeaker={speaker} onToggle={toggleSpeaker} onClear={clearSpeaker} />
        )}
        <RelatedStories stories={article.related} />
        <MoreLikeThis stories={article.suggested} />
      </div>
    </div>
  );
}
