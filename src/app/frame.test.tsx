import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { TextField } from '../ui/fields';
import { Form } from '../ui/form';
import { resetPageFocus, usePageHeading } from '../ui/page-heading';
import { Frame } from './frame';

function Page({ title }: { title: string }) {
  const heading = usePageHeading(title);
  return (
    <>
      <p className="body">Guidance above the form.</p>
      <h1 tabIndex={-1} ref={heading}>
        {title}
      </h1>
      <Form schema={z.object({ name: z.string().min(1, 'Enter a name') })} defaultValues={{ name: '' }} onValid={() => {}}>
        <TextField name="name" label="Name" />
      </Form>
    </>
  );
}

describe('the frame', () => {
  it('puts the error summary first in main, above the guidance, and gives it focus', async () => {
    const user = userEvent.setup();
    render(
      <Frame home="Home">
        <Page title="A page" />
      </Frame>,
    );
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const summary = await screen.findByRole('alert');
    const main = screen.getByRole('main');
    expect(main.firstElementChild).toContainElement(summary);
    expect(summary).toHaveFocus();
  });

  it('leaves focus at the top on the first page, and moves it to the h1 on the next', () => {
    resetPageFocus({ firstLoad: true });
    const { rerender } = render(
      <Frame home="Home">
        <Page key="one" title="First page" />
      </Frame>,
    );
    expect(document.body).toHaveFocus();
    rerender(
      <Frame home="Home">
        <Page key="two" title="Second page" />
      </Frame>,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Second page' })).toHaveFocus();
  });

  it('has "Exit this page", saying what it does', () => {
    render(<Frame home="Home">{null}</Frame>);
    expect(screen.getByRole('button', { name: 'Exit this page' })).toHaveAccessibleDescription(/leaves this app at once/);
  });
});
