import type { z } from 'zod/mini';

/**
 * Records a problem found while transforming a value, with the message the user sees. The schemas
 * the referral's pages load are written with zod/mini (a third of zod classic's size); its
 * transforms are given the parse payload without classic's `ctx.addIssue`, so this pushes the same
 * custom issue classic's would.
 */
export function addTransformIssue(ctx: z.core.ParsePayload, message: string): void {
  ctx.issues.push({ code: 'custom', message, input: ctx.value });
}
