/**
 * The task pane's language choice, shared with the page around it: the pane saves its choice through
 * this storage as it does in Excel, and the playground's toolbar, formula bar and function list follow.
 */
import { type LanguageStorage } from "../taskpane/languagePreference";

/** A language storage that tells when something was written. */
export interface ObservedLanguageStorage extends LanguageStorage {
  /** Calls `listener` after every write, even one the storage refused, until the returned function is called. */
  subscribe(listener: (key: string, value: string) => void): () => void;
}

/**
 * Wraps a storage so writes can be watched.
 *
 * @example
 * const storage = observedLanguageStorage(browserLanguageStorage);
 * storage.subscribe((key, value) => key === languageStorageKey && setChoice(value));
 */
export function observedLanguageStorage(base: LanguageStorage): ObservedLanguageStorage {
  const listeners = new Set<(key: string, value: string) => void>();
  return {
    getItem: (key) => base.getItem(key),
    setItem: (key, value) => {
      try {
        base.setItem(key, value);
      } finally {
        // A refused write still changed the pane's language for this session; the page follows it.
        for (const listener of listeners) listener(key, value);
      }
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
