/** Words of the offline app: the notice that a new version is ready (src/pwa/update-notice.tsx). */
export const pwaText = {
  updateReady: 'A new version of Prevent Pathway is ready.',
  // The page never reloads by itself: someone may be in the middle of typing.
  updateHint: 'It starts when you reload the page. Answers not saved on this device are lost on reload, so finish or save your work first.',
  reload: 'Reload to update',
} as const;
