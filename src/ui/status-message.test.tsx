import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { StatusMessage } from './status-message';

function Saver({ removesButton }: { removesButton?: boolean }) {
  const [saved, setSaved] = useState(false);
  return (
    <>
      {!(removesButton && saved) && (
        <button type="button" onClick={() => setSaved(true)}>
          Save
        </button>
      )}
      <StatusMessage>{saved ? 'Saved.' : null}</StatusMessage>
    </>
  );
}

describe('a status message', () => {
  it('is a live region in the page before it says anything, and the text is put into it', async () => {
    const user = userEvent.setup();
    render(<Saver />);
    const region = screen.getByRole('status');
    expect(region).toBeEmptyDOMElement();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByRole('status')).toBe(region);
    expect(region).toHaveTextContent('Saved.');
  });

  it('leaves focus on the button that set it', async () => {
    const user = userEvent.setup();
    render(<Saver />);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByRole('button', { name: 'Save' })).toHaveFocus();
  });

  it('takes focus when the action took the button away, so focus never drops to the page body', async () => {
    const user = userEvent.setup();
    render(<Saver removesButton />);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(document.body).not.toHaveFocus();
    expect(screen.getByRole('status')).toHaveFocus();
  });
});
