/** Where the static JSON lives: `data/` under the app's base URL (so the app works from a sub-path). */
export const dataRoot = `${import.meta.env.BASE_URL}data/`;

export function dataUrl(path: string): string {
  return `${dataRoot}${path}`;
}
