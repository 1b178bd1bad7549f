/** `carecap compare`: see issue 5. Placeholder until the comparison lands. */
export async function compareCommand(baseline: string | undefined, options: string[], o: Record<string, unknown>, print: (s: string) => void): Promise<number> {
  void baseline; void options; void o; void print;
  throw new Error('carecap compare is not built yet');
}
