import { draftsText } from '../content/drafts.content';
import { requestSteps } from '../content/request.content';
import { registerRecordKind } from '../features/drafts/record-kinds';
import { parseStoredRequest, requestJourney } from '../features/request/request-journey';

/**
 * The record kinds the drafts feature keeps without importing their features: composed here, by the
 * app. Imported (for its effect) by the pages that open drafts and hand-over files, and by the pages of
 * each kind.
 */
registerRecordKind('request', {
  isUsable: (data) => parseStoredRequest(data) !== null,
  urlFor(data) {
    const entries = parseStoredRequest(data);
    return requestJourney.urlFor(entries?.at(-1)?.step ?? 'urgent');
  },
  describe(data) {
    const step = parseStoredRequest(data)?.at(-1)?.step;
    return step ? [draftsText.atStep(requestSteps[step].tabTitle)] : [draftsText.unreadableDraft];
  },
});
