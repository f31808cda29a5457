import { DataError, NotFoundError } from './errors';

type Fetch = (url: string, init: RequestInit) => Promise<Response>;
let fetchData: Fetch = (url, init) => fetch(url, init);

/**
 * Where the data comes from when there is no network: the build's pre-renderer (`app/renderPage.tsx`)
 * answers from the files the pipeline just wrote, through the same queries the browser uses.
 */
export function setDataFetch(fetcher: Fetch): void {
  fetchData = fetcher;
}

/**
 * Fetch one JSON file and trust its shape: the pipeline validated it against the schema when writing,
 * and the app only imports the schema's types.
 *
 * Static hosts and dev servers often answer an unknown path with the SPA's index.html and a 200; an HTML
 * answer to a JSON request therefore counts as "not found" too.
 */
export async function fetchJson<T>(url: string, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetchData(url, { signal, headers: { Accept: 'application/json' } });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new DataError(url, null, 'The data could not be loaded. Check your connection.');
  }
  if (response.status === 404 || response.status === 410) throw new NotFoundError(url);
  if (!response.ok) {
    throw new DataError(url, response.status, `The data could not be loaded (HTTP ${response.status}).`);
  }
  const type = response.headers.get('content-type') ?? '';
  if (type.includes('text/html')) throw new NotFoundError(url);
  try {
    return (await response.json()) as T;
  } catch {
    throw new DataError(url, response.status, 'The data could not be read.');
  }
}
