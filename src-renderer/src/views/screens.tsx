import { Component, lazy, Suspense, type ComponentType, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useFocusOnChange } from '../components/focus.ts';
import type { ViewId } from '../stores/nav.ts';
import { BenchView } from './BenchView.tsx';

/**
 * Every screen but the bench is its own chunk, fetched when first opened: the page the station opens on then
 * compiles and runs the shell and the bench alone (the other screens, and the contract schemas only they use, were
 * most of the code run before the first paint). Once the bench shows the station's state, the rest are fetched
 * while the tech looks at it, so a tab opens as fast as before.
 */
const LOADERS = {
  enroll: () => import('./enroll/EnrollView.tsx').then((m) => m.EnrollView),
  recovery: () => import('./recovery/RecoveryView.tsx').then((m) => m.RecoveryView),
  help: () => import('./help/HelpView.tsx').then((m) => m.HelpView),
  device: () => import('./device/DevicePage.tsx').then((m) => m.DevicePage),
  batch: () => import('./batch/BatchView.tsx').then((m) => m.BatchView),
  autopilot: () => import('./autopilot/AutopilotView.tsx').then((m) => m.AutopilotView),
  packages: () => import('./packages/PackagesView.tsx').then((m) => m.PackagesView),
  doctor: () => import('./doctor/DoctorView.tsx').then((m) => m.DoctorView),
} satisfies Record<Exclude<ViewId, 'bench'>, () => Promise<ComponentType>>;

/**
 * React.lazy, but one a prefetch also fills: once a screen's chunk has arrived (opened before, or fetched after the
 * bench came up), the screen renders at once, with no "opening" frame, and its heading is there to take focus.
 * Until then React.lazy does the waiting (a fresh one after a failed fetch, so the next visit tries again).
 */
export function lazyScreen(load: () => Promise<ComponentType>) {
  let Loaded: ComponentType | null = null;
  let pending: Promise<ComponentType> | null = null;
  const fetch = (): Promise<ComponentType> =>
    (pending ??= load().then(
      (component) => (Loaded = component),
      (error: unknown) => {
        pending = null;
        Waiting = waiting();
        throw error;
      },
    ));
  const waiting = () => lazy(async () => ({ default: await fetch() }));
  let Waiting = waiting();
  function LazyScreen() {
    return Loaded ? <Loaded /> : <Waiting />;
  }
  return { Component: LazyScreen, fetch };
}

type LazyScreenId = keyof typeof LOADERS;
const LAZY = {} as Record<LazyScreenId, ReturnType<typeof lazyScreen>>;
for (const id of Object.keys(LOADERS) as LazyScreenId[]) LAZY[id] = lazyScreen(LOADERS[id]);

const SCREENS: Record<ViewId, ComponentType> = {
  bench: BenchView,
  enroll: LAZY.enroll.Component,
  recovery: LAZY.recovery.Component,
  help: LAZY.help.Component,
  device: LAZY.device.Component,
  batch: LAZY.batch.Component,
  autopilot: LAZY.autopilot.Component,
  packages: LAZY.packages.Component,
  doctor: LAZY.doctor.Component,
};

/** Fetches every other screen's chunk, so later tab changes wait for nothing. A failure waits for the tab itself. */
export function prefetchScreens(): Promise<void> {
  return Promise.allSettled(Object.values(LAZY).map((lazy) => lazy.fetch())).then(() => undefined);
}

function ScreenLoading() {
  const { t } = useTranslation('shell');
  return (
    <p className="muted" role="status">
      {t('screen.loading')}
    </p>
  );
}

interface BoundaryProps {
  view: ViewId;
  children: ReactNode;
  fallback: ReactNode;
}

/**
 * A chunk that cannot be fetched (the station stopped): one plain line in place of that screen, never a blank page.
 * Another tab is tried afresh. Not keyed by the screen: what sits inside must outlive a route change (see below).
 */
class ScreenBoundary extends Component<BoundaryProps, { failed: boolean; view: ViewId }> {
  override state = { failed: false, view: this.props.view };
  static getDerivedStateFromProps(props: BoundaryProps, state: { view: ViewId }) {
    return props.view === state.view ? null : { failed: false, view: props.view };
  }
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

function ScreenFailed() {
  const { t } = useTranslation('shell');
  return (
    <div className="empty" role="alert">
      <h2>{t('screen.failedTitle')}</h2>
      <p>{t('screen.failed')}</p>
    </div>
  );
}

/**
 * Moves focus to the new screen's heading on a route change. It sits inside the Suspense boundary, next to the
 * screen, so its effect runs once the screen's chunk has arrived and its heading is there to take focus.
 */
function FocusOnArrival({ routeKey, region }: { routeKey: string; region: RefObject<HTMLElement | null> }) {
  useFocusOnChange(routeKey, region, 'h2');
  return null;
}

/** The screen the address names, with "opening..." while its chunk is on its way. */
export function Screen({
  view,
  routeKey,
  region,
}: {
  view: ViewId;
  routeKey: string;
  region: RefObject<HTMLElement | null>;
}) {
  const Current = SCREENS[view];
  return (
    <ScreenBoundary view={view} fallback={<ScreenFailed />}>
      <Suspense fallback={<ScreenLoading />}>
        <Current />
        <FocusOnArrival routeKey={routeKey} region={region} />
      </Suspense>
    </ScreenBoundary>
  );
}
