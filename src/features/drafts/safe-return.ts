/** Where the draft pages send the user back to: a path of this app, never another origin. */
const BASE = 'https://prevent-pathway.invalid';

/**
 * The `from` return address, accepted only as a same-origin path. A leading "/" is not enough:
 * browsers read `/\example.invalid` and `//example.invalid` as another host, and strip tabs and
 * new lines, so anything with a backslash or a control character is refused, and what is left must
 * resolve to this origin.
 */
export function safeReturn(raw: string | null, fallback = '/drafts'): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  if (!raw || !raw.startsWith('/') || raw.startsWith('//') || /[\\\u0000-\u001f\u007f]/.test(raw)) return fallback;
  try {
    const url = new URL(raw, BASE);
    return url.origin === BASE ? `${url.pathname}${url.search}${url.hash}` : fallback;
  } catch {
    return fallback;
  }
}
