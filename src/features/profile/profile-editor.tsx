import { useEffect, useRef, type ReactNode } from 'react';
import { FormProvider, get, useFieldArray, useForm, useFormContext, type FieldErrors, type Resolver } from 'react-hook-form';
import { contactKeys, parseProfile, rationaleRoutes, type OrganisationProfile, type ProfileError } from '../../../forms/organisation-profile.schema';
import { contactLabels } from '../../content/profile.content';
import { settingsText } from '../../content/settings.content';
import { uiText } from '../../content/ui.content';
import { ErrorSummary } from '../../ui/error-summary';
import { errorId, fieldId } from '../../ui/field-ids';
import { Choices, TextArea, TextField } from '../../ui/fields';
import { collectErrors } from '../../ui/form';
import { contactFields, emptyRecipient, errorsByField, fromFormValues, GENERAL_FIELD, overrideFields, type ProfileFormValues } from './profile-form';

const text = settingsText.form;

/** react-hook-form's nested errors from the schema's errors, each under the field it names. */
function toFieldErrors(errors: readonly ProfileError[], values: ProfileFormValues): FieldErrors<ProfileFormValues> {
  const out: Record<string, unknown> = {};
  for (const [field, message] of errorsByField(errors, values)) {
    const keys = field.split('.');
    let node = out;
    keys.slice(0, -1).forEach((key) => {
      node[key] ??= {};
      node = node[key] as Record<string, unknown>;
    });
    node[keys[keys.length - 1]!] = { type: 'profile', message };
  }
  return out as FieldErrors<ProfileFormValues>;
}

/** The schema is the one judge: the form's values become profile JSON, and parseProfile checks it. */
const profileResolver: Resolver<ProfileFormValues, unknown, OrganisationProfile> = async (values) => {
  const result = parseProfile(fromFormValues(values));
  return result.ok ? { values: result.profile, errors: {} } : { values: {}, errors: toFieldErrors(result.errors, values) };
};

function GroupError({ name }: { name: string }) {
  const {
    formState: { errors },
  } = useFormContext<ProfileFormValues>();
  const message = (errors as Record<string, { message?: string } | undefined>)[name]?.message;
  return message ? (
    <p className="error-message" id={errorId(name)}>
      <span className="visually-hidden">{uiText.errorPrefix}</span> {message}
    </p>
  ) : null;
}

/**
 * A group of optional fields, folded away until wanted: open when it holds anything or has an
 * error (so the error summary's links always land on a visible field).
 */
function Group({ name, title, filled, children }: { name: string; title: string; filled: boolean; children: ReactNode }) {
  const {
    formState: { errors },
  } = useFormContext<ProfileFormValues>();
  const hasError = get(errors, name) !== undefined;
  return (
    <details className="details profile-details" open={filled || hasError || undefined}>
      <summary className="details__summary">{title}</summary>
      <fieldset className="fieldset">
        <legend className="visually-hidden">{title}</legend>
        {children}
      </fieldset>
    </details>
  );
}

const anyText = (group: Record<string, string>) => Object.values(group).some((value) => value.trim() !== '');

function Recipients() {
  const { control } = useFormContext<ProfileFormValues>();
  const { fields, append, remove } = useFieldArray({ control, name: 'recipients' });
  return (
    <fieldset className="fieldset profile-group" id={fieldId('recipients')} tabIndex={-1} aria-describedby="recipients-hint">
      <legend className="fieldset__legend profile-group__legend">{text.recipients.legend}</legend>
      <div className="hint" id="recipients-hint">
        {text.recipients.hint}
      </div>
      <GroupError name="recipients" />
      {fields.length === 0 && <p className="body">{text.recipients.none}</p>}
      {fields.map((field, index) => (
        <fieldset className="fieldset repeat__item" key={field.id}>
          <legend className="fieldset__legend repeat__title">{text.recipients.item(index + 1)}</legend>
          <TextField name={`recipients.${index}.label`} label={text.recipients.label.label} hint={text.recipients.label.hint} />
          <TextField name={`recipients.${index}.email`} label={text.recipients.email.label} inputMode="email" optional />
          <TextField name={`recipients.${index}.url`} label={text.recipients.url.label} hint={text.recipients.url.hint} optional />
          <button type="button" className="button button--secondary button--small" onClick={() => remove(index)}>
            {text.recipients.remove(index + 1)}
          </button>
        </fieldset>
      ))}
      <button type="button" className="button button--secondary" onClick={() => append(emptyRecipient())}>
        {text.recipients.add}
      </button>
    </fieldset>
  );
}

/**
 * The profile as a form: every field of the schema, checked by parseProfile on save with each
 * problem shown against its field and listed in the error summary. `seedErrors` shows the problems
 * of a file that was not imported, against the fields the file's contents were loaded into.
 */
export function ProfileEditor({
  initial,
  seedErrors,
  onSaved,
}: {
  initial: ProfileFormValues;
  seedErrors?: readonly ProfileError[];
  onSaved: (profile: OrganisationProfile) => void;
}) {
  const form = useForm<ProfileFormValues, unknown, OrganisationProfile>({
    resolver: profileResolver,
    defaultValues: initial,
    shouldFocusError: false,
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
  });
  const summaryRef = useRef<HTMLDivElement>(null);
  const errors = collectErrors(form.formState.errors);
  const submitCount = form.formState.submitCount;
  const readingApplies = form.watch('pathwayModel') !== 'mse-police-portal';

  useEffect(() => {
    if (!seedErrors || seedErrors.length === 0) return;
    for (const [field, message] of errorsByField(seedErrors, initial)) {
      form.setError(field as keyof ProfileFormValues, { type: 'profile', message });
    }
    summaryRef.current?.focus();
    // Once, when a rejected file's contents are loaded (the editor is keyed by each import).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    if (submitCount > 0 && collectErrors(form.formState.errors).length > 0) summaryRef.current?.focus();
    // Focus moves only when a save fails, not on every re-render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [submitCount]);

  const general = (form.formState.errors as Record<string, { message?: string } | undefined>)[GENERAL_FIELD]?.message;

  return (
    <FormProvider {...form}>
      <form noValidate onSubmit={form.handleSubmit(onSaved)} aria-labelledby="profile-form-title">
        <h2 className="heading-m" id="profile-form-title">
          {text.heading}
        </h2>
        <p className="body">{text.intro}</p>
        {errors.length > 0 && <ErrorSummary ref={summaryRef} errors={errors} />}
        {general && (
          <div className="form-group form-group--error" id={fieldId(GENERAL_FIELD)} tabIndex={-1}>
            <h3 className="heading-s">{text.generalHeading}</h3>
            <p className="error-message">
              <span className="visually-hidden">{uiText.errorPrefix}</span> {general}
            </p>
          </div>
        )}

        <h3 className="heading-s">{text.organisation}</h3>
        <TextField name="name" label={text.name.label} hint={text.name.hint} />
        <TextField name="policyTitle" label={text.policyTitle.label} hint={text.policyTitle.hint} optional />
        <TextField name="id" label={text.id.label} hint={text.id.hint} width="half" />
        <Choices type="radio" name="pathwayModel" legend={text.pathwayModel.legend} options={text.pathwayModel.options} />
        {readingApplies && (
          <Choices
            type="radio"
            name="readingVariant"
            legend={text.readingVariant.legend}
            hint={text.readingVariant.hint}
            options={text.readingVariant.options}
          />
        )}
        <Choices type="radio" name="referralCompletedBy" legend={text.referralCompletedBy.legend} options={text.referralCompletedBy.options} />
        <Choices
          type="radio"
          name="markingDescriptor"
          legend={text.markingDescriptor.legend}
          hint={text.markingDescriptor.hint}
          options={text.markingDescriptor.options}
        />

        <Recipients />

        <h3 className="heading-s">{text.contactsHeading}</h3>
        <p className="hint">{text.contactsHint}</p>
        {contactKeys.map((key) => (
          <Group key={key} name={`contacts.${key}`} title={contactLabels[key]} filled={anyText(initial.contacts[key])}>
            {contactFields.map((field) => {
              const words = text.contact[field] as { label: string; hint?: string };
              return (
                <TextField
                  key={field}
                  name={`contacts.${key}.${field}`}
                  label={words.label}
                  hint={words.hint}
                  optional
                  width={field === 'extension' ? 'quarter' : 'full'}
                  inputMode={field === 'phone' ? 'tel' : field === 'email' ? 'email' : field === 'extension' ? 'numeric' : undefined}
                />
              );
            })}
          </Group>
        ))}

        <TextArea name="staffRouteRoles" label={text.staffRouteRoles.label} hint={text.staffRouteRoles.hint} rows={3} optional />
        <TextArea name="notifyOnReferral" label={text.notifyOnReferral.label} hint={text.notifyOnReferral.hint} rows={3} optional />

        <Group name="mse" title={text.mse.legend} filled={anyText(initial.mse)}>
          <div className="hint">{text.mse.hint}</div>
          <TextField name="mse.policePortalName" label={text.mse.policePortalName.label} hint={text.mse.policePortalName.hint} optional />
          <TextField name="mse.policePortalUrl" label={text.mse.policePortalUrl.label} optional />
          <TextField name="mse.preventLeadEmail" label={text.mse.preventLeadEmail.label} inputMode="email" optional />
        </Group>

        <h3 className="heading-s">{text.overridesHeading}</h3>
        <p className="hint">{text.overridesHint}</p>
        {rationaleRoutes.map((route) => (
          <Group key={route} name={`rationaleOverrides.${route}`} title={text.overrideRoutes[route]} filled={anyText(initial.rationaleOverrides[route])}>
            {overrideFields.map((field) =>
              field === 'text' ? (
                <TextArea key={field} name={`rationaleOverrides.${route}.text`} label={text.override.text.label} rows={4} optional />
              ) : (
                <TextField
                  key={field}
                  name={`rationaleOverrides.${route}.${field}`}
                  label={text.override[field].label}
                  hint={text.override[field].hint}
                  optional
                  width={field === 'approvedOn' ? 'quarter' : 'full'}
                />
              ),
            )}
          </Group>
        ))}

        <TextArea name="sources" label={text.sources.label} hint={text.sources.hint} rows={4} optional />
        <TextArea name="notes" label={text.notes.label} hint={text.notes.hint} rows={4} optional />

        <div className="button-group">
          <button type="submit" className="button">
            {text.submit}
          </button>
        </div>
      </form>
    </FormProvider>
  );
}
