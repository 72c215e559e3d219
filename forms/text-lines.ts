import { z } from 'zod/mini';

/** A box with one item per line: its lines, trimmed, blank ones dropped, then checked by `list`. */
export function textLines<T extends z.ZodMiniType<string[], string[]>>(list: T) {
  return z.pipe(
    z.pipe(
      z.string(),
      z.transform((text) =>
        text
          .split('\n')
          .map((line) => line.trim())
          .filter(Boolean),
      ),
    ),
    list,
  );
}
