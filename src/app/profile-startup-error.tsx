import { useEffect, useRef } from 'react';
import type { ProfileError } from '../../forms/organisation-profile.schema';
import { profileStartupText as text } from '../content/profile.content';
import { uiText } from '../content/ui.content';
import { Frame } from './frame';

/**
 * The page an invalid deployment profile gives instead of a blank screen (issue 6, part 5): each
 * problem with its field, and what to do. Drawn outside the router, so it needs nothing that could
 * have failed; the emergency panel still shows the national numbers, which need no profile.
 */
export function ProfileStartupError({ path, errors }: { path: string; errors: readonly ProfileError[] }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${text.tabTitle} – ${uiText.appName}`;
    heading.current?.focus();
  }, []);
  return (
    <Frame
      home={
        <a className="nhsuk-header__service-name" href="/">
          {uiText.appName}
        </a>
      }
    >
      <h1 className="heading-l" tabIndex={-1} ref={heading}>
        {text.title}
      </h1>
      <p className="body">{text.intro(path)}</p>
      <div className="error-summary" role="region" aria-labelledby="profile-problems-title">
        <h2 className="error-summary__title" id="profile-problems-title">
          {text.problemsHeading(errors.length)}
        </h2>
        <ul className="list profile-problems">
          {errors.map((error, index) => (
            <li key={`${error.path}-${index}`}>
              {error.message}{' '}
              <span className="hint">
                ({text.fieldLabel} <code>{error.path || text.wholeFile}</code>)
              </span>
            </li>
          ))}
        </ul>
      </div>
      <h2 className="heading-m">{text.whatToDoHeading}</h2>
      {text.whatToDo.map((paragraph) => (
        <p className="body" key={paragraph}>
          {paragraph}
        </p>
      ))}
    </Frame>
  );
}
