import { zodResolver } from '@hookform/resolvers/zod';
import { useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { FormProvider, useForm, type DefaultValues, type FieldErrors, type FieldValues, type Path, type UseFormReturn } from 'react-hook-form';
// The core types and error only: pages pass schemas written with zod classic or zod/mini (the
// referral's pages), and this module must not load either whole.
import { $ZodAsyncError, type $ZodType, type input, type output } from 'zod/v4/core';
import { uiText } from '../content/ui.content';
import { ErrorSummary, type FieldError } from './error-summary';
import { fieldId } from './field-ids';
import { FormAutosaveContext } from './form-autosave';
import { takeEarlyInput, useHydrated } from './hydration';

/** Flattens react-hook-form's nested errors into the error summary's list, in field order. */
export function collectErrors(errors: FieldErrors, prefix = ''): FieldError[] {
  const out: FieldError[] = [];
  for (const [key, value] of Object.entries(errors)) {
    if (!value || typeof value !== 'object') continue;
    const name = prefix ? `${prefix}.${key}` : key;
    const message = (value as { message?: unknown }).message;
    if (typeof message === 'string' && message) out.push({ name, message });
    else out.push(...collectErrors(value as FieldErrors, name));
  }
  return out;
}

/** The error summary lists errors in the order the fields appear on the page, not the schema's. */
function inPageOrder(errors: FieldError[]): FieldError[] {
  const position = (error: FieldError) => document.getElementById(fieldId(error.name));
  return [...errors].sort((a, b) => {
    const elementA = position(a);
    const elementB = position(b);
    if (!elementA || !elementB) return 0;
    return elementA.compareDocumentPosition(elementB) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
  });
}

/**
 * The one form wrapper (bulletproof-react's pattern): react-hook-form with the zod resolver,
 * an error summary that links to each field and takes focus when a submit fails, and one
 * primary button. A valid submit hands the parsed values to `onValid`.
 */
export function Form<TSchema extends $ZodType<FieldValues, FieldValues>>({
  schema,
  defaultValues,
  onValid,
  submitLabel = uiText.continue,
  children,
  secondary,
  onValuesChange,
}: {
  schema: TSchema;
  defaultValues: DefaultValues<input<TSchema>>;
  onValid: (values: output<TSchema>) => void;
  submitLabel?: string;
  children: ReactNode | ((form: UseFormReturn<input<TSchema>, unknown, output<TSchema>>) => ReactNode);
  secondary?: ReactNode;
  /** Called with the raw values on every change, valid or not, so nothing typed is lost. */
  onValuesChange?: (values: input<TSchema>) => void;
}) {
  const autosave = useContext(FormAutosaveContext);
  const [typed] = useState(() => autosave?.initial());
  // Parsed synchronously (no awaits inside zod between the click and the next question); a schema
  // with an asynchronous check (the new passphrase's strength) is parsed asynchronously instead.
  const resolver = useMemo(() => {
    const sync = zodResolver(schema, undefined, { mode: 'sync' });
    const async = zodResolver(schema);
    let isAsync = false;
    const resolve: typeof sync = (values, context, options) =>
      isAsync
        ? async(values, context, options)
        : Promise.resolve(sync(values, context, options)).catch((error: unknown) => {
            if (!(error instanceof $ZodAsyncError)) throw error;
            isAsync = true;
            return async(values, context, options);
          });
    return resolve;
  }, [schema]);
  const form = useForm<input<TSchema>, unknown, output<TSchema>>({
    resolver,
    defaultValues: typed ? ({ ...defaultValues, ...typed } as DefaultValues<input<TSchema>>) : defaultValues,
    shouldFocusError: false,
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
  });
  const hydrated = useHydrated();
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const latestOnChange = useRef(onValuesChange);
  latestOnChange.current = onValuesChange;

  useEffect(() => {
    const subscription = form.watch((values) => {
      latestOnChange.current?.(values as input<TSchema>);
      autosave?.save(values);
    });
    return () => subscription.unsubscribe();
  }, [form, autosave]);
  // Typed or ticked in the prerendered page before it was live: put back (registering reset it).
  useEffect(() => {
    for (const [name, value] of takeEarlyInput(formRef.current)) form.setValue(name as Path<input<TSchema>>, value as never, { shouldDirty: true });
  }, [form]);

  const errors = inPageOrder(collectErrors(form.formState.errors));
  const submitCount = form.formState.submitCount;

  useEffect(() => {
    if (submitCount > 0 && errors.length > 0) summaryRef.current?.focus();
    // Focus moves only when a submit fails, not on every re-render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [submitCount]);

  useEffect(() => {
    const base = document.title.replace(/^Error: /, '');
    document.title = errors.length > 0 ? `Error: ${base}` : base;
  }, [errors.length]);

  return (
    <FormProvider {...form}>
      <form ref={formRef} noValidate onSubmit={form.handleSubmit(onValid)}>
        {errors.length > 0 && <ErrorSummary ref={summaryRef} errors={errors} />}
        {typeof children === 'function' ? children(form) : children}
        <div className="nhsuk-button-group">
          <button type="submit" className="nhsuk-button" disabled={!hydrated}>
            {submitLabel}
          </button>
          {secondary}
        </div>
      </form>
    </FormProvider>
  );
}
