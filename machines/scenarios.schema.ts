import { z } from 'zod/mini';
import { consentSubjects, scheduleOneConditionIds, type DecisionRow, type ScheduleOneCondition } from '../forms/consent-record.schema';
import { pathwayModels } from '../forms/organisation-profile.schema';
import { stepIds, type ConcernEvent } from './concern.machine';
import type { PathwayEvent } from './pathway-common';
import { mseStepIds, type MseEvent, type MseStepId } from './mse.machine';
import { consentMachine, consentStepIds, type ConsentEvent, type ConsentStepId } from './consent.machine';
import { requestMachine, requestStepIds, type RequestEvent, type RequestStepId } from './information-request.machine';

/**
 * The training scenarios' data model (domain-spec §7.1), as a zod schema: the scenarios are data,
 * parsed at load, and a scenario whose expected path does not join up fails to load.
 *
 * A scenario runs as stages, in order:
 * - `concern`: the concern pathway, the same pages as real use, on the organisation's own pathway
 *   model: the BSW reporting chart (`concernMachine`; `expected`, `acceptable`) and, where the
 *   scenario has one, the MSE police-portal flowchart (`mseMachine`; `mse.expected`, `mse.acceptable`);
 * - `consent`: the safeguarding lead's consent and lawful-basis decision (`consentMachine`);
 * - `request`: answering a request for information (`requestMachine`), the same steps as real use;
 * - `discussion`: steps the app's machines do not model (the lead's triage, incoming requests,
 *   out-of-hours calls). They are questions for the room, judged against the expected answer, and
 *   never pretend to be machine states.
 */

/** The events every pathway chart shares (`PathwayEvent`, machines/pathway-common.ts). */
const pathwayEventTypes = [
  'BEGIN',
  'ANSWER_YES',
  'ANSWER_NO',
  'SELECT_PATIENT',
  'SELECT_COLLEAGUE',
  'RECORD_SAVED',
  'POLICE_CALLED',
  'LEAD_INFORMED',
  'EMERGENCY_RECORDED',
  'IMMEDIATE_RISK_IDENTIFIED',
  'LEAD_UNREACHABLE',
  'URGENT_CONTACT_MADE',
] as const satisfies readonly PathwayEvent['type'][];

/** The BSW chart's events a scenario's path may take: the shared ones and its discussion of a colleague. */
const concernEventTypes = [...pathwayEventTypes, 'DISCUSSED'] as const satisfies readonly ConcernEvent['type'][];

/** The MSE chart's events a scenario's path may take: the shared ones, its three-way choices before the police review, and its confirmations. */
const mseEventTypes = [
  ...pathwayEventTypes,
  'PROCEED_TO_PREVENT',
  'OTHER_PROCESS',
  'NO_FURTHER_ACTION',
  'REFER_WITH_CONSENT',
  'REFER_WITHOUT_CONSENT',
  'NO_LAWFUL_BASIS',
  'PORTAL_SUBMITTED',
  'NOTIFIED',
] as const satisfies readonly MseEvent['type'][];

const consentEventTypes = [
  'RECORDS_SEARCHED',
  'ANSWER_YES',
  'ANSWER_NO',
  'POLICE_CONTACTED',
  'PRE_CONSENT_SHARED',
  'AGE_GIVEN',
  'FAMILY_IMPLICATED',
  'CAPACITY_ASSESSED',
  'BEST_INTERESTS_DECIDED',
  'CONSENT_GIVEN',
  'CONSENT_REFUSED',
  'SIGNIFICANT_HARM',
  'BASIS_CHOSEN',
  'PUBLIC_INTEREST_DECIDED',
  'NOT_SHARING_CONFIRMED',
  'IG_CONSULTED',
  'DETAILS_RECORDED',
] as const satisfies readonly ConsentEvent['type'][];

const requestEventTypes = [
  'ANSWER_YES',
  'ANSWER_NO',
  'CALL_MADE',
  'URGENT_RECORDED',
  'REQUESTER_GIVEN',
  'PURPOSE_GIVEN',
  'FORMAT_CHECKED',
  'POWERS_GIVEN',
  'REASON_CHECKED',
  'ITEMS_LISTED',
  'COMPETENT_AUTHORITY_CHECKED',
  'CHECKLIST_ANSWERED',
  'CONSULTATION_RECORDED',
  'DECIDED',
  'ITEMS_DECIDED',
  'MISSING_LISTED',
  'DECLINE_REASONS_GIVEN',
  'SIGNED_OFF',
] as const satisfies readonly RequestEvent['type'][];

const text = z.string().check(z.trim()).check(z.minLength(1));
/** A citation in the domain-spec §0.1 style: `004 ¶66`, `000 §7.5`, `002 "Consent"`. */
const sourceRef = z
  .string()
  .check(
    z.regex(
      /^(000|001|002|003|004|NPRF|domain-spec|GMC|Mental Capacity Act|Care Act|DPA|Data Protection Act)\b/,
      'Cite a seed (000–004), the referral form or named guidance',
    ),
  );
const slug = z.string().check(z.regex(/^[a-z][a-z0-9-]*$/, 'Use lower-case kebab-case'));

export const basisCodes = ['CONSENT', 'BEST_INTERESTS', 'PUBLIC_INTEREST', 'SERIOUS_CRIME', 'NOT_APPLICABLE'] as const;
export type BasisCode = (typeof basisCodes)[number];

const moveFields = { why: text, source: sourceRef, notes: z.optional(text) };
const concernMoveSchema = z.object({ from: z.enum(stepIds), event: z.enum(concernEventTypes), to: z.enum(stepIds), ...moveFields });
const consentMoveSchema = z.object({ from: z.enum(consentStepIds), event: z.enum(consentEventTypes), to: z.enum(consentStepIds), ...moveFields });
export type ConcernMove = z.infer<typeof concernMoveSchema>;
const mseMoveSchema = z.object({ from: z.enum(mseStepIds), event: z.enum(mseEventTypes), to: z.enum(mseStepIds), ...moveFields });
export type MseMove = z.infer<typeof mseMoveSchema>;
const requestMoveSchema = z.object({ from: z.enum(requestStepIds), event: z.enum(requestEventTypes), to: z.enum(requestStepIds), ...moveFields });
export type ConsentMove = z.infer<typeof consentMoveSchema>;
export type RequestMove = z.infer<typeof requestMoveSchema>;
export type ScenarioMove = ConcernMove | MseMove | ConsentMove | RequestMove;

/** Consecutive moves join up: each starts where the last one ended. */
function joinsUp(moves: readonly { from: string; to: string }[], start: string, ctx: z.core.$RefinementCtx, path: (string | number)[]) {
  moves.forEach((move, index) => {
    const expectedFrom = index === 0 ? start : moves[index - 1]!.to;
    if (move.from !== expectedFrom)
      ctx.addIssue({ code: 'custom', path: [...path, index, 'from'], message: `Expected the path to continue from ${expectedFrom}` });
  });
}

/** Where every MSE concern starts: the MSE chart's first step (scenarios.test.ts checks it is the machine's). */
export const mseStart: MseStepId = 'mseStart';

const concernStageSchema = z
  .object({
    kind: z.literal('concern'),
    id: slug,
    title: text,
    expected: z.array(concernMoveSchema).check(z.minLength(1)),
    /** Other routes the seeds accept (domain-spec §7.1 `acceptablePaths`), each from the start. */
    acceptable: z._default(z.array(z.array(concernMoveSchema).check(z.minLength(1))), []),
    /** The same concern on the MSE police-portal flowchart (002), for scenarios that run on it: each path from the MSE start. */
    mse: z.optional(
      z.object({
        expected: z.array(mseMoveSchema).check(z.minLength(1)),
        acceptable: z._default(z.array(z.array(mseMoveSchema).check(z.minLength(1))), []),
      }),
    ),
  })
  .check(
    z.superRefine((stage, ctx) => {
      joinsUp(stage.expected, 'start', ctx, ['expected']);
      stage.acceptable.forEach((path, index) => joinsUp(path, 'start', ctx, ['acceptable', index]));
      if (stage.mse) {
        joinsUp(stage.mse.expected, mseStart, ctx, ['mse', 'expected']);
        stage.mse.acceptable.forEach((path, index) => joinsUp(path, mseStart, ctx, ['mse', 'acceptable', index]));
      }
    }),
  );

/** Where every consent decision starts: the machine's initial step (the terrorism-planning question). */
const consentStart = consentMachine.config.initial as ConsentStepId;

/** The Data Protection Act 2018 Schedule 1 conditions the lead chooses from (legal-and-security §A.1 item 4). */
export const scheduleOneConditions = scheduleOneConditionIds;
export type ScheduleOneConditionId = ScheduleOneCondition;

/**
 * The data-protection basis a consent stage should end with (legal-and-security §A.1 items 4–5): the
 * UK GDPR basis is always Article 6(1)(e), so what varies is the Article 9 condition (9(2)(g) with a
 * Schedule 1 paragraph), whether information about alleged offences is involved (Article 10), and
 * whether Schedule 2 Part 1 para 2 applies: only ever because the person is not told.
 */
export const expectedDataProtectionSchema = z.object({
  article9Condition: z.enum(scheduleOneConditions),
  offenceData: z.boolean(),
  /** Para 2 applies: the person is not told, because telling them would prejudice preventing or detecting crime. */
  notToldExemption: z.boolean(),
});
export type ExpectedDataProtection = z.infer<typeof expectedDataProtectionSchema>;

const consentStageSchema = z
  .object({
    kind: z.literal('consent'),
    id: slug,
    title: text,
    /** What the lead knows when the decision starts: the machine's input. */
    input: z.object({ age: z.nullable(z.number().check(z.int(), z.gte(0), z.lte(120))), subject: z.enum(consentSubjects) }),
    expected: z.array(consentMoveSchema).check(z.minLength(1)),
    acceptable: z._default(z.array(z.array(consentMoveSchema).check(z.minLength(1))), []),
    /** The data-protection basis the expected path ends with, judged against the record the machine produces. */
    expectedBasis: expectedDataProtectionSchema,
    /** The basis each accepted path ends with, in the order of `acceptable`. */
    acceptableBases: z._default(z.array(expectedDataProtectionSchema), []),
  })
  .check(
    z.superRefine((stage, ctx) => {
      joinsUp(stage.expected, consentStart, ctx, ['expected']);
      stage.acceptable.forEach((path, index) => joinsUp(path, consentStart, ctx, ['acceptable', index]));
      if (stage.acceptableBases.length !== stage.acceptable.length)
        ctx.addIssue({ code: 'custom', path: ['acceptableBases'], message: 'Give the data-protection basis each accepted path ends with' });
    }),
  );

/** Where every request starts: the machine's initial step (is a life at risk now?). */
const requestStart = requestMachine.config.initial as RequestStepId;

/** A request for information walked on the request machine (S11), judged like the consent stages. */
export const requestStageSchema = z
  .object({
    kind: z.literal('request'),
    id: slug,
    title: text,
    expected: z.array(requestMoveSchema).check(z.minLength(1)),
    acceptable: z._default(z.array(z.array(requestMoveSchema).check(z.minLength(1))), []),
  })
  .check(
    z.superRefine((stage, ctx) => {
      joinsUp(stage.expected, requestStart, ctx, ['expected']);
      stage.acceptable.forEach((path, index) => joinsUp(path, requestStart, ctx, ['acceptable', index]));
    }),
  );

const optionSchema = z.object({ id: slug, label: text, feedback: z.optional(text) });

const discussionStepSchema = z
  .object({
    id: slug,
    /** The spec's name for the step, e.g. `sllTriage`, `req.proforma`: not a state of the app's machines. */
    modelRef: text,
    question: text,
    options: z.array(optionSchema).check(z.minLength(2)),
    /** The answers that match the expected path (more than one where the seeds accept either). */
    expected: z.array(slug).check(z.minLength(1)),
    why: text,
    source: sourceRef,
    /** National contacts to show with the answer (keys of the contacts module). */
    contacts: z._default(z.array(text), []),
  })
  .check(
    z.superRefine((step, ctx) => {
      const ids = step.options.map((option) => option.id);
      step.expected.forEach((id, index) => {
        if (!ids.includes(id)) ctx.addIssue({ code: 'custom', path: ['expected', index], message: `No option ${id}` });
      });
      if (new Set(ids).size !== ids.length) ctx.addIssue({ code: 'custom', path: ['options'], message: 'Option ids must be unique' });
    }),
  );
export type DiscussionStep = z.infer<typeof discussionStepSchema>;
export type DiscussionStepInput = z.input<typeof discussionStepSchema>;

const discussionStageSchema = z.object({
  kind: z.literal('discussion'),
  id: slug,
  title: text,
  /** Why this stage is discussion only: what the machines do not model. */
  note: text,
  steps: z.array(discussionStepSchema).check(z.minLength(1)),
});

export const stageSchema = z.discriminatedUnion('kind', [concernStageSchema, consentStageSchema, requestStageSchema, discussionStageSchema]);
export type Stage = z.infer<typeof stageSchema>;
export type ConcernStage = Extract<Stage, { kind: 'concern' }>;
export type ConsentStage = Extract<Stage, { kind: 'consent' }>;
export type RequestStage = Extract<Stage, { kind: 'request' }>;
export type DiscussionStage = Extract<Stage, { kind: 'discussion' }>;

const sourced = z.object({ text, source: sourceRef });

export const levels = [1, 2, 3, 4, 5, 6] as const;
export const roleTypes = ['EssentialAwareness', 'Alerter', 'Responder', 'DecisionMaker', 'Governance'] as const;
export const ideologies = [
  'NOT_KNOWN',
  'ISLAMIST',
  'EXTREME_RIGHT_WING',
  'LEFT_ANARCHIST_SINGLE_ISSUE',
  'MIXED_UNCLEAR_UNSTABLE',
  'NORTHERN_IRELAND_RELATED',
  'NONE_NOT_PREVENT',
] as const;

const decisionRows = [1, 2, 3, 4, 5, 6, 7, 8, 9] as const satisfies readonly DecisionRow[];

export const scenarioSchema = z
  .object({
    id: z.string().check(z.regex(/^S\d{2}$/)),
    title: text,
    /** What the scenario covers (domain-spec §7 coverage table). */
    coverage: text,
    setting: text,
    levels: z.array(z.union(levels.map((level) => z.literal(level)))).check(z.minLength(1)),
    roleTypes: z.array(z.enum(roleTypes)).check(z.minLength(1)),
    profile: z.enum(['BSW', 'MSE']),
    /** Shown to the room: fictional, no real groups, no identity-based cues (002 EIA). */
    vignette: z.array(text).check(z.minLength(1)),
    /** For the trainer: what the room should notice, with the indicator references. */
    cues: z.array(z.object({ id: text, text, ref: sourceRef })).check(z.minLength(1)),
    ideology: z.enum(ideologies),
    stages: z.array(stageSchema).check(z.minLength(1)),
    expectedBasis: z.object({
      code: z.enum(basisCodes),
      /** The decision-table row the consent stage should settle on (legal-and-security §A). */
      row: z.optional(z.union(decisionRows.map((row) => z.literal(row)))),
      /** Bases the seeds also accept here. */
      alternatives: z._default(z.array(z.enum(basisCodes)), []),
      explanation: text,
      sources: z.array(sourceRef).check(z.minLength(1)),
    }),
    /** The audit items the debrief checks (domain-spec §5.6). */
    requiredAuditItems: z.array(slug).check(z.minLength(1)),
    pitfalls: z.array(sourced).check(z.minLength(1)),
    debrief: z.array(sourced).check(z.minLength(1)),
    /** For the trainer's eyes only; hidden from the projected view until shown. */
    trainerNotes: z._default(z.array(text), []),
    /**
     * The pathway models the scenario runs on (organisation profiles' `pathwayModel`): the first is
     * the one it was written for. A concern stage gives its path on each model listed.
     */
    models: z.array(z.enum(pathwayModels)).check(z.minLength(1)),
    /** Said plainly on the briefing page to an organisation whose model the scenario does not run on: what it teaches instead, and why. */
    modelNote: z.optional(text),
    /** What the MSE flowchart adds, where the MSE path alone does not say it. */
    mseVariant: z.optional(text),
  })
  .check(
    z.superRefine((scenario, ctx) => {
      const ids = scenario.stages.map((stage) => stage.id);
      if (new Set(ids).size !== ids.length) ctx.addIssue({ code: 'custom', path: ['stages'], message: 'Stage ids must be unique' });
      if (scenario.stages.filter((stage) => stage.kind === 'concern').length > 1)
        ctx.addIssue({ code: 'custom', path: ['stages'], message: 'At most one concern stage' });
      if (scenario.stages.filter((stage) => stage.kind === 'consent').length > 1)
        ctx.addIssue({ code: 'custom', path: ['stages'], message: 'At most one consent stage' });
      const concern = scenario.stages.find((stage) => stage.kind === 'concern');
      if (concern && scenario.models.includes('mse-police-portal') !== (concern.mse !== undefined))
        ctx.addIssue({ code: 'custom', path: ['models'], message: 'A scenario runs on the MSE flowchart exactly when its concern stage gives the MSE path' });
      if (scenario.models.length < pathwayModels.length && !scenario.modelNote)
        ctx.addIssue({ code: 'custom', path: ['modelNote'], message: 'Say plainly which model the scenario teaches, for organisations on another' });
      const hasConsent = scenario.stages.some((stage) => stage.kind === 'consent');
      if (hasConsent && scenario.expectedBasis.row === undefined)
        ctx.addIssue({ code: 'custom', path: ['expectedBasis', 'row'], message: 'A consent stage needs the decision-table row it should settle on' });
    }),
  );

export type Scenario = z.infer<typeof scenarioSchema>;
export type ScenarioInput = z.input<typeof scenarioSchema>;

export const scenarioListSchema = z.array(scenarioSchema).check(
  z.superRefine((list, ctx) => {
    const ids = list.map((scenario) => scenario.id);
    if (new Set(ids).size !== ids.length) ctx.addIssue({ code: 'custom', message: 'Scenario ids must be unique' });
  }),
);

/** The URL slug of a scenario: `S02` → `s02`. */
export const scenarioSlug = (scenario: Pick<Scenario, 'id'>) => scenario.id.toLowerCase();
