import { Link } from 'react-router';
import { uiText } from '../content/ui.content';
import { usePageHeading } from './page-heading';

export function NotFoundPage() {
  const heading = usePageHeading(uiText.notFoundTitle);
  return (
    <>
      <h1 className="heading-l" tabIndex={-1} ref={heading}>
        {uiText.notFoundTitle}
      </h1>
      <p className="body">{uiText.notFoundBody}</p>
      <p className="body">
        <Link to="/">{uiText.home}</Link>
      </p>
    </>
  );
}
