/** The time Astro says it spent on each route of a build, read from what `astro build` prints. */

export interface Route {
  path: string;
  ms: number;
}

/** Astro prints each route with its time: "├─ /og/claims/x.png (+36ms)" or "(+1.15s)". */
export function routesIn(output: string): Route[] {
  return [...output.matchAll(/[├└]─ (\S+) \(\+([\d.]+)(ms|s)\)/g)].map(([, path, time, unit]) => ({
    path: path!,
    ms: Number(time) * (unit === 's' ? 1000 : 1),
  }));
}

export const total = (routes: Route[]) => routes.reduce((sum, route) => sum + route.ms, 0);
