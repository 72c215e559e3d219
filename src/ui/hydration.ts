import { useSyncExternalStore } from 'react';

const never = () => () => undefined;

/**
 * False while the page is the HTML prerendered at build time (src/prerender.tsx) or is being taken
 * over by React (hydration), true from then on. A prerendered submit button stays disabled until
 * then: a native submission would put typed answers in the address, and nothing may leave the device.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    never,
    () => true,
    () => false,
  );
}

type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
const isControl = (target: EventTarget | null): target is Control =>
  target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;

/** What was typed or ticked in the prerendered page before React took it over, by form and field name. */
const early = new Map<HTMLFormElement, Map<string, unknown>>();
let stopWatching: (() => void) | null = null;

function note(control: Control) {
  const form = control.form;
  if (!form || !control.name) return;
  const fields = early.get(form) ?? new Map<string, unknown>();
  early.set(form, fields);
  if (control instanceof HTMLInputElement && control.type === 'radio') {
    if (control.checked) fields.set(control.name, control.value);
  } else if (control instanceof HTMLInputElement && control.type === 'checkbox') {
    const boxes = [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].filter((box) => box.name === control.name);
    fields.set(control.name, boxes.length > 1 ? boxes.filter((box) => box.checked).map((box) => box.value) : control.checked);
  } else {
    fields.set(control.name, control.value);
  }
}

const changed = (control: Control) =>
  control instanceof HTMLInputElement && (control.type === 'radio' || control.type === 'checkbox')
    ? control.checked !== control.defaultChecked
    : control instanceof HTMLSelectElement
      ? [...control.options].some((option) => option.selected !== option.defaultSelected)
      : control.value !== control.defaultValue;

/**
 * Called just before React takes over prerendered HTML (main.tsx): notes what the user has already
 * typed or ticked, and keeps noting it until each form has taken it back (useEarlyInput). React
 * keeps a control's state while hydrating, but react-hook-form sets each field to its default
 * when it registers it, so the form puts these values back once it is live. Returns a function
 * that forgets it all (the page is drawn afresh instead).
 */
export function keepEarlyInput(container: HTMLElement): () => void {
  for (const control of container.querySelectorAll<Control>('input, textarea, select')) if (changed(control)) note(control);
  const listener = (event: Event) => {
    if (isControl(event.target)) note(event.target);
  };
  container.addEventListener('input', listener, true);
  container.addEventListener('change', listener, true);
  stopWatching = () => {
    container.removeEventListener('input', listener, true);
    container.removeEventListener('change', listener, true);
  };
  return () => {
    stopWatching?.();
    stopWatching = null;
    early.clear();
  };
}

/** The values noted for this form before it was live (and forgets them): [] when the page was not prerendered. */
export function takeEarlyInput(form: HTMLFormElement | null): [string, unknown][] {
  if (!form) return [];
  const fields = early.get(form);
  early.delete(form);
  if (early.size === 0) {
    stopWatching?.();
    stopWatching = null;
  }
  return fields ? [...fields] : [];
}
