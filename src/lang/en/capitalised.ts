/** A word or phrase with its first letter capitalised ("gyantse" → "Gyantse", "gdp growth" → "Gdp growth"). */
export function capitalised(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}
