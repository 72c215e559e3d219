import { Link } from 'react-router';
import { homeText } from '../content/home.content';
import { settingsLinkText } from '../content/profile.content';
import { usePageHeading } from '../ui/page-heading';
import { urlForStep } from '../journey/urls';

export function HomePage() {
  const heading = usePageHeading(homeText.tabTitle);
  return (
    <>
      <h1 className="heading-xl" tabIndex={-1} ref={heading}>
        {homeText.title}
      </h1>
      {homeText.intro.map((text) => (
        <p className="body-l" key={text}>
          {text}
        </p>
      ))}
      <Link to={urlForStep('start')} className="button button--start" draggable={false}>
        {homeText.start}
      </Link>
      <h2 className="heading-m">{homeText.leadHeading}</h2>
      <p className="body">
        {homeText.leadBody} <Link to="/referral">{homeText.leadLink}</Link>
      </p>
      <p className="body">
        {homeText.requestBody} <Link to="/request/urgent">{homeText.requestLink}</Link>
      </p>
      <p className="body">
        {homeText.handoverBody} <Link to="/drafts/import">{homeText.handoverLink}</Link>
      </p>
      <p className="body">
        {homeText.draftsBody} <Link to="/drafts">{homeText.draftsLink}</Link>
      </p>
      <p className="body">
        {homeText.trainerBody} <Link to="/training">{homeText.trainerLink}</Link>
      </p>
      <p className="body">
        {homeText.settingsBody} <Link to="/settings">{settingsLinkText}</Link>
      </p>
      <h2 className="heading-m">{homeText.whoHeading}</h2>
      <ul className="list">
        {homeText.who.map((text) => (
          <li key={text}>{text}</li>
        ))}
      </ul>
      <h2 className="heading-m">{homeText.privacyHeading}</h2>
      <p className="body">{homeText.privacy}</p>
    </>
  );
}
