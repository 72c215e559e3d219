/** How the referral form's "discussed with your Safeguarding / Prevent lead" is prefilled from the MSE liaison step (box 3). */
export const msePrefillText = {
  liaised: (notes: string) => `The Prevent Lead was consulted and advised that a referral should be made${notes ? ` (${notes})` : ''}.`,
} as const;
