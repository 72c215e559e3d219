import { describe, expect, it } from 'vitest';
import { frameworkLevels } from '../../content/training-levels.content';
import { searchRoles } from './level-search';

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
    expect(levelsFor('dentist').filter((line) => /^\d: Dentists/.test(line))).toEqual(['2: Dentists (also listed at level 3)', '3: Dentists (also listed at level 2)']);
  });

  it('every word must match: “designated nurse” is level 5 only', () => {
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
