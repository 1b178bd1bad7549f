/** `carecap size`: see issue 5. Placeholder until the sizing search lands. */
export async function sizeCommand(file: string, o: Record<string, unknown>, print: (s: string) => void): Promise<number> {
  void file; void o; void print;
  throw new Error('carecap size is not built yet');
}
