// @vitest-environment node
import './node-test-env';
import { describe, expect, it } from 'vitest';
import { FONT_IDS, isSplitFont } from './font-files';
import { createBrowserFontLoader, WHOLE_FONT_URLS, FontLoadError } from './fonts';
import { FONT_PIECES } from 'virtual:font-pieces';

describe('browserFontLoader', () => {
  it('has a build URL for every font (Vite ?url imports or the split fonts’ outline-less copies, never woff)', () => {
    for (const id of FONT_IDS) expect(isSplitFont(id) ? FONT_PIECES[id].outline : WHOLE_FONT_URLS[id]).toMatch(/\.ttf$/);
  });

  it('fetches each font once per session and counts the bytes', async () => {
    const calls: string[] = [];
    const fetchFn = (async (url: string) => {
      calls.push(url);
      return new Response(new Uint8Array(1000));
    }) as typeof fetch;
    const load = createBrowserFontLoader(WHOLE_FONT_URLS, fetchFn);
    await Promise.all([load('arabic-regular'), load('arabic-regular'), load('arabic-bold')]);
    await load('arabic-regular');
    expect(calls).toHaveLength(2);
    expect(load.stats()).toEqual({ bytesFetched: 2000, fetched: ['arabic-regular', 'arabic-bold'] });
  });

  it('rejects with a FontLoadError saying what to do, and tries again next time', async () => {
    let fail = true;
    const fetchFn = (async () => (fail ? new Response('gone', { status: 404 }) : new Response(new Uint8Array(10)))) as typeof fetch;
    const load = createBrowserFontLoader(WHOLE_FONT_URLS, fetchFn);
    await expect(load('arabic-regular')).rejects.toBeInstanceOf(FontLoadError);
    fail = false;
    await expect(load('arabic-regular')).resolves.toHaveLength(10);
  });
});
