/** opencc-js ships each of OpenCC's dictionaries as a module whose default export is "from to|from to|…". */
declare module 'opencc-js/dict/*' {
  const table: string;
  export default table;
}
