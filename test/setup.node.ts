// Every test gets an in-memory IndexedDB (Dexie runs on it in Node as in jsdom).
import 'fake-indexeddb/auto';
