import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LiveAnnouncer } from '../layout/announcer';
import { ShareButton } from './ShareButton';

function stubClipboard(writeText: (text: string) => Promise<void>) {
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
}

describe('sharing', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    Reflect.deleteProperty(navigator, 'share');
  });

  it('copies the link when the Web Share API is missing, and confirms it', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    stubClipboard(writeText);
    render(
      <>
        <ShareButton path="/?person=mara-quill" title="Stories" />
        <LiveAnnouncer />
      </>,
    );
    await act(async () => void fireEvent.click(screen.getByRole('button', { name: 'Share' })));
    expect(writeText).toHaveBeenCalledWith(`${window.location.origin}/?person=mara-quill`);
    expect(screen.getAllByText(/copied/i).length).toBeGreaterThan(0);
    // The live region is cleared, then filled on the next frame, so the same words are heard twice in a row.
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/copied/i));
  });

  it('uses the Web Share API where present and does not copy when the reader cancels', async () => {
    const share = vi.fn(() => Promise.reject(new DOMException('closed', 'AbortError')));
    Object.defineProperty(navigator, 'share', { value: share, configurable: true });
    const writeText = vi.fn(() => Promise.resolve());
    stubClipboard(writeText);
    render(<ShareButton path="/articles/a" title="A story" />);
    await act(async () => void fireEvent.click(screen.getByRole('button', { name: 'Share' })));
    expect(share).toHaveBeenCalledWith({ url: `${window.location.origin}/articles/a`, title: 'A story' });
    expect(writeText).not.toHaveBeenCalled();
  });

  it('shows the link to copy by hand when the clipboard refuses', async () => {
    stubClipboard(() => Promise.reject(new Error('denied')));
    render(<ShareButton path="/topics/harbour" title="Harbour" />);
    await act(async () => void fireEvent.click(screen.getByRole('button', { name: 'Share' })));
    expect(screen.getByRole('textbox', { name: 'Link to share' })).toHaveProperty('value', `${window.location.origin}/topics/harbour`);
  });
});
