// Word count of a text as a reader sees it: runs of letters or digits, apostrophes and hyphens kept inside.
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}
