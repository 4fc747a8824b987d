/** Passive leak channel, `I = gL·(V − EL)`: no state. */
export const leak = {
  name: 'leak',
  states: [] as const,
  current: (g: number, v: number, e: number): number => g * (v - e),
};
