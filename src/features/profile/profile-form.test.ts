import { describe, expect, it } from 'vitest';
import bswIcb from '../../../public/profiles/bsw-icb.json';
import mseIcb from '../../../public/profiles/mse-icb.json';
import nationalDefault from '../../../public/profiles/national-default.json';
import { parseProfile } from '../../../forms/organisation-profile.schema';
import { errorsByField, fieldForPath, fromFormValues, GENERAL_FIELD, toFormValues } from './profile-form';

const full = {
  ...bswIcb,
  id: 'northshire',
  recipients: [
    { label: 'Northshire MASH', email: 'mash@nhs.net' },
    { label: 'Police portal', url: 'https://police.example.org/prevent' },
  ],
  contacts: {
    safeguardingLead: {
      role: 'Designated Nurse',
      name: 'Sam Lee',
      phone: '01632 960123',
      extension: '45',
      email: 'sam.lee@nhs.net',
      url: 'https://example.nhs.uk/safeguarding',
      hours: '9 to 5',
    },
  },
  markingDescriptor: 'PERSONAL DATA',
  rationaleOverrides: { publicInterest: { text: 'Approved wording.', approvedBy: 'A Person, IG Lead', approvedOn: '2025-03-01' } },
  notes: 'Notes.',
};

describe('the profile form', () => {
  it.each([
    ['bsw-icb', bswIcb],
    ['mse-icb', mseIcb],
    ['national-default', nationalDefault],
    ['every field filled', full],
  ])('round-trips %s: form values back to JSON give the same profile', (_, json) => {
    const parsed = parseProfile(json);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parseProfile(fromFormValues(toFormValues(parsed.profile)))).toEqual(parsed);
  });

  it('leaves out blank contacts, overrides and MSE settings, as a deployer’s JSON would', () => {
    const json = fromFormValues(toFormValues(nationalDefault));
    expect(json.contacts).toEqual({});
    expect(json).not.toHaveProperty('rationaleOverrides');
    expect(json).not.toHaveProperty('mse');
    expect(json).not.toHaveProperty('markingDescriptor');
  });

  it('reads a file of the wrong shapes loosely, showing wrong values as their JSON rather than losing them', () => {
    const values = toFormValues({ name: 42, recipients: 'MASH', contacts: { hr: { phone: 1632960123 } }, staffRouteRoles: ['A', 'B'] });
    expect(values.name).toBe('42');
    expect(values.recipients).toEqual([]);
    expect(values.contacts.hr.phone).toBe('1632960123');
    expect(values.staffRouteRoles).toBe('A\nB');
    expect(toFormValues(null).name).toBe('');
  });

  it('keeps a blank recipient row, so each error’s index is the form’s own row', () => {
    const values = toFormValues(full);
    values.recipients = [
      { label: '', email: '', url: '' },
      { label: 'MASH', email: 'not an address', url: '' },
    ];
    const result = parseProfile(fromFormValues(values));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect([...errorsByField(result.errors, values).keys()]).toEqual(['recipients.0.label', 'recipients.1.email']);
  });
});

describe('which field an error belongs to', () => {
  const values = { recipients: [{ label: '', email: '', url: '' }] };
  it.each([
    ['name', 'name'],
    ['contacts.safeguardingLead.phone', 'contacts.safeguardingLead.phone'],
    ['contacts.hr', 'contacts.hr.role'],
    ['contacts.hr.phon', 'contacts.hr.role'],
    ['recipients.0.email', 'recipients.0.email'],
    ['recipients.0', 'recipients.0.label'],
    ['recipients.7.email', 'recipients'],
    ['recipients', 'recipients'],
    ['staffRouteRoles.2', 'staffRouteRoles'],
    ['mse', 'mse.policePortalName'],
    ['rationaleOverrides.consent.approvedOn', 'rationaleOverrides.consent.approvedOn'],
    ['rationaleOverrides.consent', 'rationaleOverrides.consent.text'],
    ['', GENERAL_FIELD],
    ['schemaVersion', GENERAL_FIELD],
    ['colour', GENERAL_FIELD],
    ['contacts.pager', GENERAL_FIELD],
  ])('%s → %s', (path, field) => {
    expect(fieldForPath(path, values)).toBe(field);
  });

  it('joins several problems with one field', () => {
    const byField = errorsByField(
      [
        { path: 'staffRouteRoles.0', message: 'First' },
        { path: 'staffRouteRoles.3', message: 'Second' },
      ],
      values,
    );
    expect(byField.get('staffRouteRoles')).toBe('First. Second');
  });
});
