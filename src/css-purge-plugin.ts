import { PurgeCSS, type UserDefinedSafelist } from 'purgecss';
import type { Plugin } from 'vite';

/**
 * Classes the app builds from pieces (a template string), which no chunk holds whole. Each comes
 * from one place: add a line here when a new one is written.
 */
export const BUILT_CLASSES: UserDefinedSafelist = {
  standard: [
    // src/ui/fields.tsx: `${kind}__item` and the rest, for radios and checkboxes; `input--${width}`.
    /^nhsuk-(radios|checkboxes)__/,
    /^input--/,
    // src/features/pathway/progress.tsx: `progress__phase--${state}`.
    /^progress__phase--/,
    // The referral's task list and Check your answers: `tag--${status}`.
    /^tag--/,
    // Trainer mode: verdicts, feedback, the end of a stage, the flowchart's nodes, edges and arrows.
    /^(verdict|feedback|stage-end)--/,
    /^flowchart__\w+--/,
    // Set on <html> by drafts-kept.js (src/prerender-plugin.ts), before any chunk has run.
    'drafts-kept',
  ],
};

/** Attributes written into the prerendered pages at build time (src/prerender-plugin.ts), which no chunk names whole. */
export const BUILT_ATTRIBUTES = ['data-prerendered'];

/**
 * The main stylesheet without the design system's rules the app never uses (PurgeCSS): a rule
 * stays when a class, id or element it names appears in a chunk the build ships (or in
 * `BUILT_CLASSES` and `BUILT_ATTRIBUTES`). nhsuk-frontend's stylesheet holds every component's rules; the app uses a
 * fraction, and the first page paints only once the whole stylesheet is fetched and parsed.
 */
export async function purgeUnusedCss(css: string, chunks: readonly string[]): Promise<string> {
  const [result] = await new PurgeCSS().purge({
    content: chunks.map((raw) => ({ raw, extension: 'js' })),
    css: [{ raw: css }],
    safelist: BUILT_CLASSES,
    dynamicAttributes: BUILT_ATTRIBUTES,
    // Custom properties, keyframes and font faces are kept whole: cheap, and used from other files.
    variables: false,
    keyframes: false,
    fontFace: false,
  });
  return result?.css ?? css;
}

/** Runs `purgeUnusedCss` on every stylesheet of a build, against every chunk of that build. */
export function purgeCss(): Plugin {
  return {
    name: 'prevent-pathway:purge-css',
    apply: 'build',
    enforce: 'post',
    async generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).flatMap((file) => (file.type === 'chunk' ? [file.code] : []));
      for (const file of Object.values(bundle)) {
        if (file.type !== 'asset' || !file.fileName.endsWith('.css')) continue;
        file.source = await purgeUnusedCss(String(file.source), chunks);
      }
    },
  };
}
