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

export const indicatorGroups = [
  {
    id: 'engagement',
    title: 'Engagement',
    intro: 'Examples of indicators that an individual is engaged with an extremist group, cause or ideology include:',
    source: '002 "Prevent, Counter-Extremism and Integration"',
    items: [
      { id: 'EN1', text: 'Spending increasing time in the company of other suspected extremists.' },
      { id: 'EN2', text: 'Changing their style of dress or personal appearance to accord with the group.' },
      { id: 'EN3', text: 'Their day-to-day behaviour becoming increasingly centred around an extremist ideology, group or cause.' },
      { id: 'EN4', text: 'Loss of interest in other friends and activities not associated with the extremist ideology, group or cause.' },
      { id: 'EN5', text: 'Possession of material or symbols associated with an extremist cause (e.g., the swastika for far-right groups).' },
      { id: 'EN6', text: 'Attempts to recruit others to the group/cause/ideology.' },
      { id: 'EN7', text: 'Communications with others that suggest identification with a group/cause/ideology.' },
    ],
  },
  {
    id: 'intent',
    title: 'Intent',
    intro: 'Example indicators that an individual has an intention to use violence or other illegal means include:',
    source: '002 "Prevent, Counter-Extremism and Integration"',
    items: [
      { id: 'IN1', text: 'Clearly identifying another group as threatening what they stand for and blaming that group for all social or political ills.' },
      { id: 'IN2', text: 'Using insulting or derogatory names or labels for another group.' },
      { id: 'IN3', text: 'Speaking about the imminence of harm from the other group and the importance of action now.' },
      { id: 'IN4', text: 'Expressing attitudes that justify offending on behalf of the group, cause, or ideology.' },
      { id: 'IN5', text: 'Condoning or supporting violence or harm towards others.' },
      { id: 'IN6', text: 'Plotting or conspiring with others.' },
    ],
  },
  {
    id: 'capability',
    title: 'Capability',
    intro: 'Example indicators that an individual is capable of contributing directly or indirectly to an act of terrorism include:',
    source: '002 "Prevent, Counter-Extremism and Integration"',
    items: [
      { id: 'CA1', text: 'Having a history of violence.' },
      { id: 'CA2', text: 'Being criminally versatile and using criminal networks to support extremist goals.' },
      { id: 'CA3', text: 'Having occupational skills that can enable acts of terrorism (such as civil engineering, pharmacology, or construction).' },
      { id: 'CA4', text: 'Having technical expertise that can be deployed (e.g., IT skills, knowledge of chemicals, military training, or survival skills).' },
    ],
  },
] as const satisfies readonly ChecklistGroup[];

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

export type IndicatorId = (typeof indicatorGroups)[number]['items'][number]['id'];
export type VulnerabilityId = (typeof vulnerabilityGroup)['items'][number]['id'];

export const indicatorIds = (indicatorGroups as readonly ChecklistGroup[]).flatMap((g) => g.items.map((i) => i.id)) as [IndicatorId, ...IndicatorId[]];
export const vulnerabilityIds = (vulnerabilityGroup as ChecklistGroup).items.map((i) => i.id) as [VulnerabilityId, ...VulnerabilityId[]];

const allGroups: readonly ChecklistGroup[] = [...indicatorGroups, vulnerabilityGroup];
const allItems: readonly ChecklistItem[] = allGroups.flatMap((g) => g.items);

/** The text of a checklist item, for the decision log and exports. */
export function checklistText(id: string): string {
  return allItems.find((item) => item.id === id)?.text ?? id;
}

/** Shown with every checklist (004 App 2; 004 ¶14). */
export const checklistCaution =
  'None of these is conclusive on its own. Consider them only in the context of the circumstances as a whole. There is no single profile of a person who is drawn into terrorism, and no single pathway.';
