/**
 * The bullets a word processor writes where Markdown writes `-`. parse/ reads lines starting with
 * one as list items (in a copy of the source of the same length, the bullet swapped for `-`), so a
 * node's value may hold `-` where the source holds one of these.
 */
export const wordProcessorBullets = '•·▪◦●–';
