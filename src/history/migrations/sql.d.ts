/** `.sql` files are imported as their text (see migrations/index.ts). */
declare module '*.sql' {
  const text: string;
  export default text;
}
