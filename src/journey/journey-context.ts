import { createContext, useContext } from 'react';

/**
 * The value a journey's pages read (the step shown, plus what that journey adds), as a context and
 * its hook; the hook throws outside its provider.
 */
export function journeyContext<V>(hook: string, provider: string) {
  const Context = createContext<V | null>(null);
  function useValue(): V {
    const value = useContext(Context);
    if (!value) throw new Error(`${hook} must be used inside <${provider}>`);
    return value;
  }
  return { Provider: Context.Provider, useValue };
}
