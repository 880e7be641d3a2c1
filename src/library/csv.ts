/** A small RFC 4180 CSV reader: quoted fields, doubled quotes, CRLF or LF, newlines inside quotes. */

/**
 * Rows of fields; null once `maxRows` is passed (a 100,000-row file is refused, not parsed whole).
 * Jumps from delimiter to delimiter with indexOf/regex rather than char by char: a 50 MB field
 * takes milliseconds, not seconds.
 */
export function parseCsv(text: string, maxRows = Infinity): string[][] | null {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  const n = text.length;
  const delim = /[,\r\n]/g;
  const endRow = () => {
    if (row.length > 1 || row[0] !== '') rows.push(row);
    row = [];
    return rows.length > maxRows;
  };
  while (i < n) {
    let field: string;
    if (text[i] === '"') {
      // Quoted: up to the closing quote, "" standing for one quote.
      let out = '';
      let j = i + 1;
      for (;;) {
        const q = text.indexOf('"', j);
        if (q < 0) {
          out += text.slice(j);
          j = n;
          break;
        }
        out += text.slice(j, q);
        if (text[q + 1] === '"') {
          out += '"';
          j = q + 2;
          continue;
        }
        j = q + 1;
        break;
      }
      // Anything between the closing quote and the delimiter is kept, as lenient readers do.
      delim.lastIndex = j;
      const m = delim.exec(text);
      const end = m ? m.index : n;
      field = out + text.slice(j, end);
      i = end;
    } else {
      delim.lastIndex = i;
      const m = delim.exec(text);
      const end = m ? m.index : n;
      field = text.slice(i, end);
      i = end;
    }
    row.push(field);
    if (i >= n) break;
    const c = text[i];
    i++;
    if (c === ',') {
      if (i >= n) row.push('');
      continue;
    }
    if (c === '\r' && text[i] === '\n') i++;
    if (endRow()) return null;
  }
  if (row.length && endRow()) return null;
  return rows;
}
