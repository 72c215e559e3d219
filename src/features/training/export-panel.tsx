import { useState } from 'react';
import type { ReferralDocument } from '../../../forms/document';
import { trainingText } from '../../content/training.content';
import { downloadPdf } from '../../pdf/download-pdf';

const text = trainingText.export;
type BuildState = { kind: 'idle' } | { kind: 'building' } | { kind: 'built'; name: string; pages: number } | { kind: 'failed' };

/** The PDF code (pdf-lib, fontkit, fonts) loads only now, when the trainer exports. */

/** Export the session as a watermarked PDF. There is no email action in trainer mode. */
export function ExportPanel({ document }: { document: () => ReferralDocument }) {
  const [build, setBuild] = useState<BuildState>({ kind: 'idle' });
  const download = async () => {
    setBuild({ kind: 'building' });
    try {
      const { name, pages } = await downloadPdf(document());
      setBuild({ kind: 'built', name, pages });
    } catch {
      setBuild({ kind: 'failed' });
    }
  };
  return (
    <section aria-labelledby="export-title" className="export-panel">
      <h2 className="heading-m" id="export-title">
        {text.heading}
      </h2>
      <p className="body">{text.body}</p>
      <button type="button" className="button" onClick={download} disabled={build.kind === 'building'}>
        {text.button}
      </button>
      <div role="status" aria-live="polite">
        {build.kind === 'building' && <p className="body">{text.building}</p>}
        {build.kind === 'built' && <p className="body">{text.built(build.name, build.pages)}</p>}
        {build.kind === 'failed' && <p className="error-message">{text.failed}</p>}
      </div>
      <p className="hint">{text.emailOff}</p>
    </section>
  );
}
