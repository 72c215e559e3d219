import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useEffect, type ReactNode } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import { Field } from './field-renderer';

function WithForm({
  children,
  defaultValues = {},
  error,
}: {
  children: ReactNode;
  defaultValues?: Record<string, unknown>;
  error?: { name: string; message: string };
}) {
  const form = useForm({ defaultValues });
  useEffect(() => {
    if (error) form.setError(error.name, { message: error.message });
  }, [form, error]);
  return <FormProvider {...form}>{children}</FormProvider>;
}

const group = (id: string, title: string, first: boolean) =>
  ({
    kind: 'checkboxes',
    name: 'indicators',
    idBase: first ? undefined : `indicators-${id}`,
    label: title,
    hint: `${title} hint`,
    optional: true,
    options: [
      { value: `${id}-a`, label: `${title} A` },
      { value: `${id}-b`, label: `${title} B` },
    ],
  }) as const;

describe('checklists that share one field name', () => {
  it('each label ticks its own box, every id is unique, and each group is described by its own hint', async () => {
    const user = userEvent.setup();
    const { container } = render(
      <WithForm defaultValues={{ indicators: [] }}>
        <Field field={group('engagement', 'Engagement', true)} />
        <Field field={group('intent', 'Intent', false)} />
        <Field field={group('capability', 'Capability', false)} />
      </WithForm>,
    );
    await user.click(screen.getByText('Intent A'));
    expect(screen.getByRole('checkbox', { name: 'Intent A' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Engagement A' })).not.toBeChecked();
    const ids = [...container.querySelectorAll('[id]')].map((element) => element.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const title of ['Engagement', 'Intent', 'Capability']) {
      const fieldset = screen.getByRole('group', { name: `${title} (optional)` });
      expect(fieldset).toHaveAccessibleDescription(`${title} hint`);
    }
  });

  it('with an error, each group’s error message has its own id and describes its own group', async () => {
    const { container } = render(
      <WithForm defaultValues={{ indicators: [] }} error={{ name: 'indicators', message: 'Choose one' }}>
        <Field field={group('engagement', 'Engagement', true)} />
        <Field field={group('intent', 'Intent', false)} />
      </WithForm>,
    );
    await screen.findAllByText('Choose one');
    const ids = [...container.querySelectorAll('[id]')].map((element) => element.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(screen.getByRole('group', { name: 'Intent (optional)' })).toHaveAccessibleDescription('Intent hint Error: Choose one');
  });
});

describe('a radio that reveals fields', () => {
  it('names what it reveals with aria-controls, and the revealed fields exist while it is chosen', async () => {
    const user = userEvent.setup();
    render(
      <WithForm>
        <Field
          field={{
            kind: 'choice',
            name: 'told',
            label: 'Have you told anyone?',
            options: [
              { value: 'yes', label: 'Yes', reveal: [{ kind: 'text', name: 'who', label: 'Who?' }] },
              { value: 'no', label: 'No' },
            ],
          }}
        />
      </WithForm>,
    );
    const yes = screen.getByRole('radio', { name: 'Yes' });
    const controls = yes.getAttribute('aria-controls');
    expect(controls).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'No' })).not.toHaveAttribute('aria-controls');
    // What it controls is in the page before it is chosen (hidden), so aria-controls never names nothing.
    expect(document.getElementById(controls!)).not.toBeNull();
    expect(document.getElementById(controls!)).not.toBeVisible();
    await user.click(yes);
    expect(document.getElementById(controls!)).toBeVisible();
    expect(document.getElementById(controls!)).toContainElement(screen.getByRole('textbox', { name: 'Who?' }));
  });
});

describe('the current residence', () => {
  it('is a choice that can be changed: ticked, moved to another address, and unticked', async () => {
    const user = userEvent.setup();
    render(
      <WithForm
        defaultValues={{
          addresses: [
            { address: 'One', postcode: '', current: false },
            { address: 'Two', postcode: '', current: false },
          ],
        }}
      >
        <Field field={{ kind: 'repeat', name: 'addresses', item: 'address', label: 'Addresses', addLabel: 'Add an address' }} />
      </WithForm>,
    );
    const [first, second] = screen.getAllByRole('checkbox', { name: 'This is the individual’s current residence' }) as [HTMLElement, HTMLElement];
    await user.click(first);
    expect(first).toBeChecked();
    await user.click(second);
    expect(first).not.toBeChecked();
    expect(second).toBeChecked();
    await user.click(second);
    expect(second).not.toBeChecked();
    expect(within(document.body).queryAllByRole('radio')).toHaveLength(0);
  });
});
