import { create } from 'zustand';
import type {
  ChecklistItem,
  ErrorLookup,
  KnowledgeHit,
  LedPattern,
} from '../../../src-main/shared/contract/enrollment.ts';
import type { GuidanceTopic } from '../../../src-main/shared/contract/knowledge.ts';
import { errorText } from '../api/client.ts';
import { station } from '../api/station.ts';

export interface KnowledgeState {
  query: string;
  hits: KnowledgeHit[];
  /** The error code entry for the query or a picked hit, when the query reads as an error code. */
  errorLookup: ErrorLookup | null;
  checklist: ChecklistItem[];
  ticked: Record<string, boolean>;
  leds: LedPattern[];
  topics: GuidanceTopic[];
  selectedLed: string | null;
  loaded: boolean;
  /** The language the loaded texts are in: the station writes them, in the language of the moment it did. */
  loadedLanguage: string | null;
  error: string | null;
  /** Loads the checklist, lights and topics; again, with the search redone, when the language changed. */
  load: (language?: string) => Promise<void>;
  search: (query: string) => Promise<void>;
  showError: (code: string) => Promise<void>;
  tick: (id: string, done: boolean) => void;
  selectLed: (id: string | null) => void;
  reset: () => void;
}

const initial = {
  query: '',
  hits: [] as KnowledgeHit[],
  errorLookup: null,
  checklist: [] as ChecklistItem[],
  ticked: {},
  leds: [] as LedPattern[],
  topics: [] as GuidanceTopic[],
  selectedLed: null,
  loaded: false,
  loadedLanguage: null as string | null,
  error: null,
};

/** Looks like someone typed an error code (0x8018..., 8018..., a negative number). */
const CODE_LIKE = /^\s*(0x[0-9a-f]{1,8}|[0-9a-f]{8}|-?\d{9,10})\s*$/i;

// Answers arrive out of order when someone types fast: only the latest search may write its results.
let searchSeq = 0;

export const useKnowledge = create<KnowledgeState>()((set, get) => ({
  ...initial,
  load: async (language) => {
    const before = get();
    if (before.loaded && (language === undefined || language === before.loadedLanguage)) return;
    try {
      const [checklist, leds, topics] = await Promise.all([
        station().call('checklist', {}),
        station().call('ledPatterns', {}),
        // Guidance is extra: a station without it still shows the checklist and the lights.
        station()
          .call('guidanceTopics', {})
          .catch(() => [] as GuidanceTopic[]),
      ]);
      set({ checklist, leds, topics, loaded: true, loadedLanguage: language ?? null, error: null });
      // What was already looked up was written in the language before: look it up again.
      const { query, errorLookup } = get();
      if (before.loaded && query.trim() !== '') await get().search(query);
      else if (before.loaded && errorLookup?.code) await get().showError(errorLookup.code);
    } catch (error) {
      set({ error: errorText(error).message, loaded: true });
    }
  },
  search: async (query) => {
    const seq = ++searchSeq;
    set({ query });
    if (query.trim() === '') return set({ hits: [], errorLookup: null });
    try {
      const [hits, errorLookup] = await Promise.all([
        station().call('searchKnowledge', { query: query.slice(0, 200) }),
        CODE_LIKE.test(query) ? station().call('lookupError', { code: query.trim() }) : Promise.resolve(null),
      ]);
      if (seq === searchSeq) set({ hits, errorLookup, error: null });
    } catch (error) {
      if (seq === searchSeq) set({ error: errorText(error).message });
    }
  },
  showError: async (code) => {
    try {
      set({ errorLookup: await station().call('lookupError', { code }) });
    } catch (error) {
      set({ error: errorText(error).message });
    }
  },
  tick: (id, done) => set((s) => ({ ticked: { ...s.ticked, [id]: done } })),
  selectLed: (id) => set({ selectedLed: id }),
  reset: () => {
    searchSeq++;
    set(initial);
  },
}));
