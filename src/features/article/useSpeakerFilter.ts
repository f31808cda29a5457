import { useCallback } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';

export const SPEAKER_PARAM = 'speaker';

/**
 * Which person's quotes are singled out in an article, kept in the URL (`?speaker=<id>`) so the view can be
 * shared and survives reload. Toggling keeps the hash (a `#q3` link stays valid) and does not scroll.
 */
export function useSpeakerFilter(): {
  activeSpeaker: string | null;
  toggleSpeaker: (personId: string) => void;
  clearSpeaker: () => void;
} {
  const [searchParams] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const activeSpeaker = searchParams.get(SPEAKER_PARAM) || null;

  const setSpeaker = useCallback(
    (personId: string | null) => {
      const next = new URLSearchParams(searchParams);
      if (personId) next.set(SPEAKER_PARAM, personId);
      else next.delete(SPEAKER_PARAM);
      const search = next.toString();
      navigate(
        { pathname: location.pathname, search: search ? `?${search}` : '', hash: location.hash },
        { replace: true, preventScrollReset: true },
      );
    },
    [searchParams, location.pathname, location.hash, navigate],
  );

  return {
    activeSpeaker,
    toggleSpeaker: (personId) => setSpeaker(activeSpeaker === personId ? null : personId),
    clearSpeaker: () => setSpeaker(null),
  };
}
