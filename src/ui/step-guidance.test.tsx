import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { doNotInvestigate } from '../content/concern.content';
import { EmergencyCard, Guidance, splitDonts, StepDonts, StepIntro } from './step-guidance';

describe('the don’ts in a step’s guidance', () => {
  it('are drawn as the NHS.UK Don’t list, every word kept', () => {
    render(<Guidance paragraphs={['Talk to your manager.', doNotInvestigate]} />);
    const list = screen.getByRole('list');
    expect(list).toHaveClass('nhsuk-list--cross');
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['do not ask the person questions to find out more', 'do not look at their phone or search for them online', 'do not challenge their views']);
    expect(screen.getByRole('heading', { name: 'Don’t' })).toBeInTheDocument();
    expect(screen.getByText('Talk to your manager.')).toBeInTheDocument();
  });

  it('keep the words before them as a paragraph, and leave other paragraphs alone', () => {
    expect(splitDonts('Clarifying is not investigating. Do not question the person. Do not look at their phone.')).toEqual({
      before: 'Clarifying is not investigating.',
      donts: ['question the person', 'look at their phone'],
    });
    expect(splitDonts('Keep yourself and others safe. Do not confront the person. Call again if it changes.')).toBeNull();
  });

  it('are never folded into "More about this step"', () => {
    const { container } = render(
      <>
        <StepIntro paragraphs={['Write down what you noticed.', 'Write facts.', doNotInvestigate]} />
        <StepDonts paragraphs={['Write down what you noticed.', 'Write facts.', doNotInvestigate]} />
      </>,
    );
    const details = container.querySelector('details')!;
    expect(within(details).getByText('Write facts.')).toBeInTheDocument();
    expect(details).not.toContainElement(screen.getByRole('list'));
    expect(screen.getByText('Write down what you noticed.')).not.toBe(null);
  });
});

describe('the emergency care card', () => {
  it('is the NHS.UK emergency card, its heading read with "Immediate action required"', () => {
    render(
      <EmergencyCard heading="Who to contact">
        <a href="tel:999">999</a>
      </EmergencyCard>,
    );
    const heading = screen.getByRole('heading', { level: 2 });
    expect(heading).toHaveTextContent('Immediate action required: Who to contact');
    expect(heading.closest('.nhsuk-card')).toHaveClass('nhsuk-card--care', 'nhsuk-card--care--emergency');
  });
});
