/** How many stories a topic needs: small collections need fewer to be useful. */
export function minimumStories(collectionSize: number): number {
  return collectionSize < 200 ? 2 : 3;
}
