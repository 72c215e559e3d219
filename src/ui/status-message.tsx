import { useEffect, useRef, type ReactNode } from 'react';

/**
 * A status message in a live region that is in the page from the first render, empty until there
 * is something to say: a screen reader hears text put into a region it already knows, and may miss
 * a region inserted with its text (issue 15). If the action that set the message took the focused
 * control away (a form redrawn, a row removed), the message takes focus, so it never drops to
 * <body>.
 */
export function StatusMessage({ children, className = 'nhsuk-body', box }: { children?: ReactNode; className?: string; box?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const said = Boolean(children);
  useEffect(() => {
    if (!said) return;
    const lost = document.activeElement === null || document.activeElement === document.body;
    if (lost) ref.current?.focus();
  });
  return (
    <div role="status" ref={ref} tabIndex={-1} className={said && box ? box : undefined}>
      {said && (typeof children === 'string' ? <p className={className}>{children}</p> : children)}
    </div>
  );
}
