export { DataError, NotFoundError, isNotFound } from './errors';
export { fetchJson } from './fetchJson';
export { createQueryClient } from './queryClient';
export {
  isSlug,
  useArticle,
  useCatalog,
  useManifest,
  usePeople,
  usePeopleById,
  usePerson,
  useTopic,
  useTopics,
  useTopicsById,
} from './hooks';
