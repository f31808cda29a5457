/**
 * Sharing a link: the Web Share API where the browser has it (phones), otherwise the clipboard.
 * Returns what happened so the control can say so.
 */
export type ShareOutcome = 'shared' | 'copied' | 'cancelled' | 'failed';

export function absoluteUrl(path: string): string {
  return new URL(path, window.location.origin).toString();
}

export async function shareLink({ url, title }: { url: string; title: string }): Promise<ShareOutcome> {
  if (typeof navigator.share === 'function') {
    try {
      await navigator.share({ url, title });
      return 'shared';
    } catch (error) {
      // The reader closed the share sheet: not a failure, and not a reason to copy behind their back.
      if (error instanceof DOMException && error.name === 'AbortError') return 'cancelled';
    }
  }
  return copyText(url);
}

export async function copyText(text: string): Promise<ShareOutcome> {
  try {
    await navigator.clipboard.writeText(text);
    return 'copied';
  } catch {
    return 'failed';
  }
}
