import './record-kinds';

/** The drafts pages, with every record kind the app keeps registered first (src/app/record-kinds.ts). */
export { DraftsRoute } from '../features/drafts/drafts-route';
