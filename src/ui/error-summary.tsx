import type { Ref } from 'react';
import { uiText } from '../content/ui.content';
import { fieldId } from './field-ids';

export interface FieldError {
  name: string;
  message: string;
}

/** GOV.UK error summary: a titled list of links to the fields with errors; takes focus on a failed submit. */
export function ErrorSummary({ errors, ref }: { errors: FieldError[]; ref?: Ref<HTMLDivElement> }) {
  return (
    <div className="error-summary" role="alert" aria-labelledby="error-summary-title" tabIndex={-1} ref={ref}>
      <h2 className="error-summary__title" id="error-summary-title">
        {uiText.errorSummaryTitle}
      </h2>
      <ul className="error-summary__list">
        {errors.map((error) => (
          <li key={error.name}>
            <a
              href={`#${fieldId(error.name)}`}
              onClick={(event) => {
                // Move focus to the field itself (a hash link alone scrolls but may not focus).
                const target = document.getElementById(fieldId(error.name));
                if (target) {
                  event.preventDefault();
                  target.focus();
                  target.scrollIntoView?.({ block: 'center' });
                }
              }}
            >
              {error.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
