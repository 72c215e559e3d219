import { draftsText } from '../content/drafts.content';
import { requestSteps } from '../content/request.content';
import { registerRecordKind } from '../features/drafts/record-kinds';
import { parseStoredRequest, requestJourney } from '../features/request/request-journey';
import { completionText } from '../content/training-record.content';
import { parseCompletionRecord, ukDate } from '../features/training/completion-record';
import { recordUrl } from '../features/training/training-urls';

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

// The training completion record (issue 16): real staff names, no case. Checked through the record's own
// schema on reopening and on opening a hand-over file; it opens on the record page.
registerRecordKind('training-record', {
  isUsable: (data) => parseCompletionRecord(data) !== null,
  urlFor: () => recordUrl,
  describe(data) {
    const record = parseCompletionRecord(data);
    if (!record) return [draftsText.unreadableDraft];
    return [
      completionText.draft.describe(record.date ? ukDate(record.date) : '', record.attendees.length, record.levels.map(completionText.levelName).join(', ')),
    ];
  },
});
