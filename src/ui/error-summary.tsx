import { useContext, type Ref } from 'react';
import { createPortal } from 'react-dom';
import { uiText } from '../content/ui.content';
import { fieldId } from './field-ids';
import { ErrorSummarySlot } from './page-heading';

export interface FieldError {
  name: string;
  message: string;
}

/**
 * The design system's error summary: a titled list of links to the fields with errors; takes focus
 * on a failed submit. Drawn first in `main` (the frame's slot), above the back link and any
 * guidance, wherever the form that owns it sits on the page.
 */
export function ErrorSummary({ errors, ref }: { errors: FieldError[]; ref?: Ref<HTMLDivElement> }) {
  const slot = useContext(ErrorSummarySlot);
  const summary = (
    <div className="nhsuk-error-summary error-summary" role="alert" aria-labelledby="error-summary-title" tabIndex={-1} ref={ref}>
      <h2 className="nhsuk-error-summary__title" id="error-summary-title">
        {uiText.errorSummaryTitle}
      </h2>
      <div className="nhsuk-error-summary__body">
        <ul className="nhsuk-list nhsuk-error-summary__list">
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
    </div>
  );
  return slot ? createPortal(summary, slot) : summary;
}
