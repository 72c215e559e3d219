import { useEffect, useRef, useState } from 'react';

/**
 * The room view follows the presenter's window through a BroadcastChannel: same browser, same
 * device, nothing sent anywhere. The presenter posts what the room may see (never the trainer's
 * notes or the expected answer before it is revealed); a room window that opens asks for the
 * current screen.
 */

export const ROOM_CHANNEL = 'prevent-pathway-training-room';

/** Only what the projected room view shows. */
export type RoomScreen =
  | {
      kind: 'question';
      title: string;
      caption: string;
      /** The scenario, for scenario steps. */
      vignette?: readonly string[];
      question: string;
      options: readonly string[];
      chosen: string | null;
      /** Present only once the presenter reveals (or when reveal mode is off and the room has chosen). */
      revealed: { answer: string; why: string; source: string } | null;
      /** The live flowchart, for machine stages. */
      chart: { diagram: 'concern' | 'consent' | 'mse' | 'request'; history: readonly string[]; index: number } | null;
    }
  | { kind: 'results'; title: string; line: string }
  | { kind: 'waiting' };

type Message = { type: 'screen'; screen: RoomScreen } | { type: 'hello' };

const channelOf = () => (typeof BroadcastChannel === 'function' ? new BroadcastChannel(ROOM_CHANNEL) : null);

/** Presenter side: posts the screen whenever it changes, and again when a room window says hello. */
export function useRoomBroadcast(screen: RoomScreen | null) {
  const channel = useRef<BroadcastChannel | null>(null);
  const latest = useRef<RoomScreen | null>(screen);
  latest.current = screen;
  useEffect(() => {
    const opened = channelOf();
    channel.current = opened;
    if (!opened) return;
    opened.onmessage = (event: MessageEvent<Message>) => {
      if (event.data?.type === 'hello' && latest.current) opened.postMessage({ type: 'screen', screen: latest.current } satisfies Message);
    };
    return () => {
      opened.close();
      channel.current = null;
    };
  }, []);
  const serialised = screen ? JSON.stringify(screen) : null;
  useEffect(() => {
    if (serialised && channel.current) channel.current.postMessage({ type: 'screen', screen: JSON.parse(serialised) as RoomScreen } satisfies Message);
  }, [serialised]);
}

/** Room side: the latest screen the presenter posted. */
export function useRoomScreen(): RoomScreen {
  const [screen, setScreen] = useState<RoomScreen>({ kind: 'waiting' });
  useEffect(() => {
    const channel = channelOf();
    if (!channel) return;
    channel.onmessage = (event: MessageEvent<Message>) => {
      if (event.data?.type === 'screen') setScreen(event.data.screen);
    };
    channel.postMessage({ type: 'hello' } satisfies Message);
    return () => channel.close();
  }, []);
  return screen;
}

/** Opens the room view in a new window, for the projector. */
export function openRoomView(url: string) {
  window.open(url, 'prevent-pathway-room', 'popup,width=1280,height=720');
}
