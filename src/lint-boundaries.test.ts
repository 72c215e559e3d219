// @vitest-environment node
// The import boundaries are enforced by lint (eslint.config.js): a forbidden import fails, an allowed one passes.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: new URL('..', import.meta.url).pathname });

async function boundaryErrors(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath });
  return result!.messages.filter((message) => message.ruleId === 'import-x/no-restricted-paths').map((message) => message.message);
}

describe('import boundaries inside src/', () => {
  it('refuses a feature importing another feature', async () => {
    const errors = await boundaryErrors(
      'src/features/training/fixture.tsx',
      "import { ConcernStep } from '../pathway/concern-step';\nexport const x = ConcernStep;\n",
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('A feature does not import another feature');
  });

  it('refuses a feature importing app/, and a shared layer importing a feature', async () => {
    expect(await boundaryErrors('src/features/referral/fixture.ts', "import { routes } from '../../app/routes';\nexport const x = routes;\n")).toHaveLength(1);
    expect(
      await boundaryErrors('src/ui/fixture.ts', "import { ConcernStep } from '../features/pathway/concern-step';\nexport const x = ConcernStep;\n"),
    ).toHaveLength(1);
  });

  it('lets a feature use the shared layers, forms/ and machines/, and app/ compose the features', async () => {
    expect(
      await boundaryErrors(
        'src/features/referral/fixture.ts',
        "import { draftSession } from '../../storage/draft-session';\nimport { citeSource } from '../../../forms/source-citation';\nexport const x = [draftSession, citeSource];\n",
      ),
    ).toEqual([]);
    expect(
      await boundaryErrors('src/app/fixture.tsx', "import { ConcernStep } from '../features/pathway/concern-step';\nexport const x = ConcernStep;\n"),
    ).toEqual([]);
  });
});
