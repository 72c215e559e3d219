/**
 * Optional checklists offered beside the record of concern. They help staff describe behaviour;
 * they are never scored and never a risk calculator: the seeds give no scoring method and say no
 * indicator is conclusive on its own (004 App 2; domain-spec §3.1).
 */
export interface ChecklistItem {
  id: string;
  text: string;
}
export interface ChecklistGroup {
  id: string;
  title: string;
  intro: string;
  source: string;
  items: readonly ChecklistItem[];
}

/**
 * The indicators, reworded from the seed's list (002 "Prevent, Counter-Extremism and Integration")
 * as things the staff member saw or heard, or the person told them: nothing here asks anyone to
 * find out more (legal-and-security §A.1; 004 ¶37). The seed's "changing their style of dress or
 * personal appearance" (EN2) is not offered: a change of religious or cultural dress is never a
 * sign on its own (002 EIA). Its id stays readable in records made before (`retiredIndicators`).
 */
export const indicatorGroups = [
  {
    id: 'engagement',
    title: 'Engagement',
    intro: 'Things you saw or heard, or the person told you, that suggest they are involved with an extremist group, cause or ideology.',
    source: '002 "Prevent, Counter-Extremism and Integration"',
    items: [
      { id: 'EN1', text: 'They told you, or you saw, that they spend more and more of their time with a group that promotes violence.' },
      { id: 'EN3', text: 'What they say and do is more and more centred on an extremist ideology, group or cause.' },
      { id: 'EN4', text: 'They told you they have lost interest in friends and activities that are not connected with the group or cause.' },
      { id: 'EN5', text: 'They showed you, or you saw them with, material or symbols that promote an extremist cause.' },
      { id: 'EN6', text: 'They tried to recruit you or others to a group, cause or ideology.' },
      { id: 'EN7', text: 'They told you, or showed you, messages to others that suggest they identify with a group, cause or ideology.' },
    ],
  },
  {
    id: 'intent',
    title: 'Intent',
    intro: 'Things you heard the person say, or they told you, that suggest an intention to use violence or other illegal means.',
    source: '002 "Prevent, Counter-Extremism and Integration"',
    items: [
      { id: 'IN1', text: 'They spoke of another group as a threat to what they stand for, and blamed that group for all social or political problems.' },
      { id: 'IN2', text: 'They used insulting or derogatory names or labels for another group.' },
      { id: 'IN3', text: 'They spoke about harm coming soon from another group and the need to act now.' },
      { id: 'IN4', text: 'They said things that justify breaking the law for a group, cause or ideology.' },
      { id: 'IN5', text: 'They condoned or supported violence or harm towards others.' },
      { id: 'IN6', text: 'They told you, or you heard them say, that they are plotting or planning with others.' },
      {
        id: 'MV1',
        text: 'They showed a fascination with mass violence or attacks, or with the people who carried them out, even without any clear ideology.',
      },
    ],
  },
  {
    id: 'capability',
    title: 'Capability',
    intro:
      'For the safeguarding lead only. Examples of indicators that an individual is capable of contributing directly or indirectly to an act of terrorism.',
    source: '002 "Prevent, Counter-Extremism and Integration"',
    items: [
      { id: 'CA1', text: 'Having a history of violence.' },
      { id: 'CA2', text: 'Being criminally versatile and using criminal networks to support extremist goals.' },
      { id: 'CA3', text: 'Having occupational skills that can enable acts of terrorism (such as civil engineering, pharmacology, or construction).' },
      { id: 'CA4', text: 'Having technical expertise that can be deployed (e.g., IT skills, knowledge of chemicals, military training, or survival skills).' },
    ],
  },
] as const satisfies readonly ChecklistGroup[];

/**
 * Who sees which group. Capability indicators (skills, history, networks) would have frontline staff
 * weigh up a person's background: they are for the safeguarding lead, and the record page shows them
 * only to someone who said they are the lead. Records keep any ticked, whoever reads them later.
 */
export const leadOnlyIndicatorGroups = ['capability'] as const satisfies readonly (typeof indicatorGroups)[number]['id'][];

export type ChecklistReader = 'staff' | 'manager' | 'lead';

/** The indicator groups a reader is offered on the record of concern. */
export function indicatorGroupsFor(reader: ChecklistReader | null): readonly ChecklistGroup[] {
  if (reader === 'lead') return indicatorGroups;
  return indicatorGroups.filter((group) => !(leadOnlyIndicatorGroups as readonly string[]).includes(group.id));
}

/** Ids no longer offered, still read back from records made before, with the words to show. */
export const retiredIndicators = [
  { id: 'EN2', text: 'A change of dress or appearance (no longer offered: a change of religious or cultural dress is never a sign on its own).' },
] as const satisfies readonly ChecklistItem[];

export const vulnerabilityGroup = {
  id: 'vulnerability',
  title: 'Vulnerability factors',
  intro: 'What factors might make someone vulnerable?',
  source: '004 Appendix 2',
  items: [
    { id: 'VF1', text: 'Identity crisis: distance from family, heritage or their place in society; changes in behaviour, friends or use of time.' },
    { id: 'VF2', text: 'Criminality: involvement in a group that engages in crime, or has links to organised crime.' },
    { id: 'VF3', text: 'Personal grievances, for example provocation and anger, or a sense that policy is discriminatory.' },
    { id: 'VF4', text: 'Personal crisis: significant tensions within the family that produce a sense of isolation.' },
    { id: 'VF5', text: 'Personal circumstances: local tensions or events affecting the family that contribute to alienation. Never an indicator on its own.' },
    { id: 'VF6', text: 'Unemployment or under-employment: hopes for a career or way of life feel undermined.' },
  ],
} as const satisfies ChecklistGroup;

export type IndicatorId = (typeof indicatorGroups)[number]['items'][number]['id'] | (typeof retiredIndicators)[number]['id'];
export type VulnerabilityId = (typeof vulnerabilityGroup)['items'][number]['id'];

export const indicatorIds = [
  ...(indicatorGroups as readonly ChecklistGroup[]).flatMap((g) => g.items.map((i) => i.id)),
  ...retiredIndicators.map((i) => i.id),
] as [IndicatorId, ...IndicatorId[]];
export const vulnerabilityIds = (vulnerabilityGroup as ChecklistGroup).items.map((i) => i.id) as [VulnerabilityId, ...VulnerabilityId[]];

const allGroups: readonly ChecklistGroup[] = [...indicatorGroups, vulnerabilityGroup];
const allItems: readonly ChecklistItem[] = [...allGroups.flatMap((g) => g.items), ...retiredIndicators];

/** The text of a checklist item, for the decision log and exports. */
export function checklistText(id: string): string {
  return allItems.find((item) => item.id === id)?.text ?? id;
}

/** Shown with every checklist (004 App 2; 004 ¶14). */
export const checklistCaution =
  'None of these is conclusive on its own. Consider them only in the context of the circumstances as a whole. There is no single profile of a person who is drawn into terrorism, and no single pathway.';

/** Shown with every checklist: what is never a sign, and that nobody goes looking (002 EIA; 004 ¶37). */
export const checklistLimits =
  'Tick only what you saw or heard, or what the person told you: do not go looking for more. Faith, ethnicity, nationality or a change of religious or cultural dress is never a sign on its own.';
