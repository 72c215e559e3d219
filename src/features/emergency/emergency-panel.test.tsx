import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { nationalDefaultProfile } from '../../../forms/national-default.profile';
import { ProfileProvider } from '../../profile/profile-context';
import { EmergencyPanel } from './emergency-panel';

const panel = () => screen.getByRole('complementary', { name: 'Urgent help' });

describe('the emergency panel', () => {
  it('shows the national numbers only, with no local heading, under the national default', () => {
    render(<EmergencyPanel />);
    expect(within(panel()).getByRole('link', { name: 'Call 999' })).toHaveAttribute('href', 'tel:999');
    expect(within(panel()).queryByRole('heading', { name: /Local contacts/ })).not.toBeInTheDocument();
  });

  it('adds the profile’s urgent local contacts below the national ones; the extension stays out of the tel: link', () => {
    const profile = {
      ...nationalDefaultProfile,
      name: 'Northshire ICB',
      contacts: {
        outOfHours: { role: 'Emergency Duty Team', phone: '+44 (0)1632 960999', hours: 'Evenings and weekends' },
        safeguardingLead: { phone: '01632 960123', extension: '45', email: 'lead@nhs.net' },
        hr: { role: 'Human Resources', phone: '01632 960555' },
      },
    };
    render(
      <ProfileProvider profile={profile}>
        <EmergencyPanel />
      </ProfileProvider>,
    );
    const local = within(panel()).getByRole('heading', { name: 'Local contacts: Northshire ICB' });
    const items = within(local.nextElementSibling as HTMLElement).getAllByRole('listitem');
    // In the panel's order (safeguarding lead first), named by role or, without one, by the contact's usual name.
    expect(items.map((item) => item.textContent)).toEqual([
      'Safeguarding lead01632 960123, extension 45Email: lead@nhs.net',
      'Emergency Duty Team+44 (0)1632 960999Evenings and weekends',
    ]);
    expect(within(panel()).getByRole('link', { name: '01632 960123' })).toHaveAttribute('href', 'tel:01632960123');
    expect(within(panel()).getByRole('link', { name: '+44 (0)1632 960999' })).toHaveAttribute('href', 'tel:+441632960999');
    // HR is not an urgent contact.
    expect(panel()).not.toHaveTextContent('Human Resources');
  });
});
