import type { ReactNode } from 'react';
import type { StorageError } from '../../storage/storage-error';

/** Something went wrong, said at once to screen readers (role=alert): what happened, then what to do. */
export function Problem({ children }: { children: ReactNode }) {
  return (
    <div className="notification notification--warning" role="alert">
      {children}
    </div>
  );
}

export function StorageProblem({ error, children }: { error: Pick<StorageError, 'message' | 'action'>; children?: ReactNode }) {
  return (
    <Problem>
      <p>{error.message}</p>
      <p>
        {error.action} {children}
      </p>
    </Problem>
  );
}
