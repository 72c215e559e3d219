import { describe, expect, it } from 'vitest';
import { frameworkLevels } from '../../content/training-levels.content';
import { roleAliases } from '../../content/training-levels.content';
import { searchRoles } from './level-search';
import { seedRoleExamples } from './seed-role-examples';

const levelsFor = (query: string) => searchRoles(frameworkLevels, query).map((match) => `${match.level.id}: ${match.group}`);

describe('which training level do I need?', () => {
  it('a porter: level 1', () => {
    expect(levelsFor('porter')).toEqual(['1: Porters']);
  });

  it('a midwife: level 3; a named midwife: level 4 (plural and capitals do not matter)', () => {
    expect(levelsFor('Midwife')).toEqual([
      '2: Nursing and midwifery registered and unregistered staff',
      '3: Midwives',
      '4: Named midwives (in organisations delivering maternity services)',
    ]);
    expect(levelsFor('named midwife')).toEqual(['4: Named midwives (in organisations delivering maternity services)']);
  });

  it('a paramedic: level 3, and the level 2 ambulance entry that says so', () => {
    expect(levelsFor('paramedics')).toEqual(['2: Ambulance staff (except paramedics, who require level 3)', '3: Paramedics']);
  });

  it('a dentist is listed at both level 2 and level 3, as the framework lists them', () => {
    expect(levelsFor('dentist').filter((line) => /^\d: Dentists/.test(line))).toEqual([
      '2: Dentists (also listed at level 3)',
      '3: Dentists (also listed at level 2)',
    ]);
  });

  it('the groups holding the most of the words come first: “designated nurse” is level 5 only', () => {
    expect(levelsFor('I am a designated nurse')).toEqual(['5: Designated nurses']);
  });

  it('the Prevent Lead sits at 4/5, with a 100% target', () => {
    const [lead] = searchRoles(frameworkLevels, 'prevent lead');
    expect(lead?.level.id).toBe('4/5');
    expect(lead?.level.compliance).toMatch(/^100%/);
  });

  it('nothing for an empty query or an unknown role', () => {
    expect(levelsFor('  ')).toEqual([]);
    expect(levelsFor('astronaut')).toEqual([]);
  });

  it('every level from 1 to 5 has the 85% target except the Prevent Lead; every level has annual updates and a three-yearly refresher', () => {
    for (const level of frameworkLevels) {
      if (['1', '2', '3', '4', '5'].includes(level.id)) expect(level.compliance, level.id).toBe('85%');
      expect(level.refresher, level.id).toMatch(/[Aa]nnual updates and (a )?three-yearly refresher/);
      expect(level.source, level.id).toMatch(/^000 §/);
    }
  });
});

const levelsOf = (query: string) => [...new Set(searchRoles(frameworkLevels, query).map((match) => match.level.id))];

describe('every role example in the framework is found at its level (a table of seed 000 §4)', () => {
  it.each(seedRoleExamples)('level %s: %s', (level, example) => {
    expect(levelsOf(example)).toContain(level);
  });
});

describe('roles as people type them: any word, and synonyms', () => {
  it.each([
    ['GP receptionist', ['2']],
    ['receptionist', ['1', '2']],
    ['safeguarding lead', ['4', '4/5', '5']],
    ['board member', ['6']],
    ['hospital porter', ['1']],
    ['chief executive', ['6']],
    ['cleaner', ['1']],
    ['health visitor', ['3']],
  ])('“%s” → levels %j', (query, expected) => {
    expect(levelsOf(query)).toEqual(expected);
  });

  it('a GP receptionist finds the GP reception managers first', () => {
    expect(searchRoles(frameworkLevels, 'GP receptionist')[0]?.group).toBe('GP reception managers');
  });

  it('“safeguarding lead” no longer answers with an anaesthetist group', () => {
    expect(
      searchRoles(frameworkLevels, 'safeguarding lead')
        .map((match) => match.group)
        .join(' '),
    ).not.toMatch(/anaesthetist/i);
  });

  it('every group a role phrase stands for is one the framework lists', () => {
    const groups = frameworkLevels.flatMap((level) => level.staffGroups);
    for (const alias of roleAliases) for (const group of alias.groups) expect(groups, alias.phrase).toContain(group);
  });
});
