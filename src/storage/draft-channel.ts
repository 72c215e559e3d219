import { z } from 'zod/mini';
import { draftKinds } from './migrations';

/**
 * Tells other tabs of this app when a draft was saved, deleted or everything wiped, so a tab
 * editing the same draft can warn before its user types over a newer version. Messages carry ids
 * and revision numbers only: nothing personal crosses tabs. The compare-and-set save in
 * encrypted-store.ts is the guarantee; this is the early warning.
 */
export const DRAFT_CHANNEL_NAME = 'prevent-pathway:drafts';

const messageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('saved'), id: z.string(), kind: z.enum(draftKinds), revision: z.int() }),
  z.object({ type: z.literal('deleted'), id: z.string() }),
  z.object({ type: z.literal('wiped') }),
]);
export type DraftChannelMessage = z.infer<typeof messageSchema>;

export interface DraftChannel {
  /** False where BroadcastChannel is missing: the compare-and-set save still catches conflicts. */
  readonly available: boolean;
  announce(message: DraftChannelMessage): void;
  /** Returns the unsubscribe function. */
  subscribe(listener: (message: DraftChannelMessage) => void): () => void;
  close(): void;
}

export function draftChannel(options: { BroadcastChannel?: typeof BroadcastChannel | undefined; name?: string } = {}): DraftChannel {
  const Channel = 'BroadcastChannel' in options ? options.BroadcastChannel : globalThis.BroadcastChannel;
  if (!Channel) return { available: false, announce: () => undefined, subscribe: () => () => undefined, close: () => undefined };
  const channel = new Channel(options.name ?? DRAFT_CHANNEL_NAME);
  const listeners = new Set<(message: DraftChannelMessage) => void>();
  channel.onmessage = (event: MessageEvent<unknown>) => {
    const parsed = messageSchema.safeParse(event.data);
    if (parsed.success) for (const listener of listeners) listener(parsed.data);
  };
  return {
    available: true,
    announce: (message) => channel.postMessage(message),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      listeners.clear();
      channel.close();
    },
  };
}
