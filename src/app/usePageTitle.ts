/**
 * Pages name themselves for `document.title`: `usePageTitle('Payroll')`. The shell composes
 * the final title (`Payroll · Acme · Wayfinder`) and falls back to the route's own name.
 */
import { useEffect } from 'react';
import { create } from 'zustand';

interface PageTitleState {
  title: string | undefined;
}

export const usePageTitleStore = create<PageTitleState>()(() => ({ title: undefined }));

export const selectPageTitle = (s: PageTitleState) => s.title;

export function usePageTitle(title: string | undefined): void {
  useEffect(() => {
    usePageTitleStore.setState({ title });
    return () => usePageTitleStore.setState({ title: undefined });
  }, [title]);
}
