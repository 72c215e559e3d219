import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useFormContext } from 'react-hook-form';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { fieldId } from './field-ids';
import { Form } from './form';

function NameInput() {
  const { register } = useFormContext();
  return <input id={fieldId('name')} aria-label="Name" {...register('name')} />;
}

const syncSchema = z.object({
  name: z
    .string()
    .min(1, 'Enter a name')
    .transform((name) => name.toUpperCase()),
});
// An asynchronous check, as the new passphrase's strength check is: the resolver must fall back to parsing asynchronously.
const asyncSchema = z.object({
  name: z
    .string()
    .min(1, 'Enter a name')
    .superRefine(async (name, context) => {
      await new Promise((resolve) => setTimeout(resolve, 1));
      if (name === 'password') context.addIssue({ code: 'custom', message: 'Too easy to guess' });
    }),
});

describe('Form validation', () => {
  it('parses a synchronous schema: errors shown, then the parsed values handed on', async () => {
    const onValid = vi.fn();
    render(
      <Form schema={syncSchema} defaultValues={{ name: '' }} onValid={onValid}>
        <NameInput />
      </Form>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findAllByText('Enter a name')).not.toHaveLength(0);
    expect(onValid).not.toHaveBeenCalled();
    await userEvent.type(screen.getByLabelText('Name'), 'ada');
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    await vi.waitFor(() => expect(onValid).toHaveBeenCalledWith({ name: 'ADA' }, expect.anything()));
  });

  it('still runs a schema with an asynchronous check, and shows what it finds', async () => {
    const onValid = vi.fn();
    render(
      <Form schema={asyncSchema} defaultValues={{ name: '' }} onValid={onValid}>
        <NameInput />
      </Form>,
    );
    await userEvent.type(screen.getByLabelText('Name'), 'password');
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findAllByText('Too easy to guess')).not.toHaveLength(0);
    expect(onValid).not.toHaveBeenCalled();
    await userEvent.clear(screen.getByLabelText('Name'));
    await userEvent.type(screen.getByLabelText('Name'), 'harbour violet tractor');
    await userEvent.click(screen.getByRole('button', { name: 'Continue' }));
    await vi.waitFor(() => expect(onValid).toHaveBeenCalledWith({ name: 'harbour violet tractor' }, expect.anything()));
  });
});
