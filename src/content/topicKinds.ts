import type { TopicKind } from './schema';

export const TOPIC_KIND_LABELS: Record<TopicKind, { one: string; many: string }> = {
  section: { one: 'Section', many: 'Sections' },
  organisation: { one: 'Organisation', many: 'Organisations' },
  place: { one: 'Place', many: 'Places' },
  theme: { one: 'Theme', many: 'Themes' },
};

export const TOPIC_KIND_ORDER: TopicKind[] = ['section', 'theme', 'place', 'organisation'];
