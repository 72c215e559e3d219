import { describe, expect, it } from 'vitest';
import { checklistCaution, checklistLimits, checklistText, indicatorGroups, indicatorGroupsFor, indicatorIds, vulnerabilityGroup } from './indicators';

const offered = (groups: readonly { items: readonly { id: string; text: string }[] }[]) => groups.flatMap((group) => group.items);

describe('indicators offered beside the record of concern', () => {
  it('never offer a change of dress or appearance as a sign on its own, and say so beside the list', () => {
    for (const item of offered([...indicatorGroups, vulnerabilityGroup])) expect(item.text, item.id).not.toMatch(/\b(dress|appearance|clothing)\b/i);
    expect(checklistLimits).toMatch(/change of religious or cultural dress is never a sign on its own/);
  });

  it('describe what staff saw or were told, never who someone associates with or anything to find out', () => {
    for (const item of offered(indicatorGroupsFor('staff'))) {
      expect(item.text, item.id).not.toMatch(/suspected extremists|associates with|associating with|find out|check (their|his|her)|monitor|search/i);
      expect(item.text, item.id).toMatch(/^(They|What they)\b/);
    }
    expect(checklistLimits).toMatch(/do not go looking for more/);
  });

  it('show capability indicators to the safeguarding lead only, and keep the caution that none is conclusive', () => {
    const ids = (reader: Parameters<typeof indicatorGroupsFor>[0]) => indicatorGroupsFor(reader).map((group) => group.id);
    expect(ids('staff')).toEqual(['engagement', 'intent']);
    expect(ids('manager')).toEqual(['engagement', 'intent']);
    expect(ids(null)).toEqual(['engagement', 'intent']);
    expect(ids('lead')).toEqual(['engagement', 'intent', 'capability']);
    expect(checklistCaution).toMatch(/None of these is conclusive on its own/);
  });

  it('still read back records made before: the retired dress indicator and the capability ids keep their words', () => {
    expect(indicatorIds).toEqual(expect.arrayContaining(['EN2', 'CA1', 'CA4', 'MV1']));
    expect(checklistText('EN2')).toMatch(/no longer offered/);
    expect(checklistText('CA1')).toBe('Having a history of violence.');
  });
});
