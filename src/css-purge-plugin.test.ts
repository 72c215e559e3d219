// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { purgeUnusedCss } from './css-purge-plugin';

const css = `
.nhsuk-button{color:blue}
.nhsuk-card--feature{color:red}
.nhsuk-pagination{color:green}
.progress__phase--done{font-weight:bold}
.nhsuk-radios__item{display:block}
.nhsuk-button:focus{outline:1px solid}
@media print{.no-print{display:none}.nhsuk-footer{display:none}}
:root{--blue:#005eb8}
.drafts-kept #root[data-prerendered] #main>*{visibility:hidden}
`;

describe('purgeUnusedCss', () => {
  it('keeps the rules whose classes a chunk holds, the built ones, and their states; drops the rest', async () => {
    const chunk =
      'jsx("button",{className:"nhsuk-button"});jsx("li",{className:`progress__phase progress__phase--${state}`});jsx("div",{className:"no-print"});document.getElementById("root");jsx("main",{id:"main"})';
    const out = await purgeUnusedCss(css, [chunk]);
    expect(out).toContain('.nhsuk-button{');
    expect(out).toContain('.nhsuk-button:focus');
    expect(out).toContain('.progress__phase--done');
    expect(out).toContain('.nhsuk-radios__item');
    expect(out).toContain('.no-print');
    expect(out).toContain('--blue:#005eb8');
    // Written by the build into the prerendered pages, not by any chunk.
    expect(out).toContain('.drafts-kept #root[data-prerendered] #main>*');
    expect(out).not.toContain('nhsuk-card--feature');
    expect(out).not.toContain('nhsuk-pagination');
    expect(out).not.toContain('nhsuk-footer');
  });

  it('keeps a class used in any chunk, not only the first', async () => {
    const out = await purgeUnusedCss(css, ['jsx("div",{})', 'className:"nhsuk-card nhsuk-card--feature"']);
    expect(out).toContain('.nhsuk-card--feature');
  });
});
