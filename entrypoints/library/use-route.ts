/** The view in the URL hash (lib/library/route.ts), followed as it changes. */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { formatRoute, parseRoute, type Route } from '../../lib/library/route';

export function useRoute(): { route: Route; go: (r: Route, replace?: boolean) => void } {
  const [route, setRoute] = useState<Route>(() => parseRoute(location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(location.hash));
    addEventListener('hashchange', onChange);
    return () => removeEventListener('hashchange', onChange);
  }, []);
  const go = useCallback((r: Route, replace = false) => {
    const hash = formatRoute(r);
    if (replace) history.replaceState(null, '', hash);
    else if (location.hash !== hash) history.pushState(null, '', hash);
    setRoute(parseRoute(hash));
    scrollTo(0, 0);
  }, []);
  return { route, go };
}
