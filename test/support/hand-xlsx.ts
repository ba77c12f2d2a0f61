/**
 * Hand-made `.xlsx` workbooks for the reader tests: the XML parts are written out here as Excel and WPS write them
 * (shared strings with rich-text runs and phonetic guides, inline strings, merged cells, a formula's cached result,
 * styles with a date format), then zipped with fflate. Nothing here comes from the package's own writer.
 */
import { zipSync } from "fflate";

const enc = new TextEncoder();
const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const REL = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

export interface HandSheet {
  readonly name: string;
  readonly xml: string;
  readonly hidden?: boolean;
}

/** Zip the parts of a workbook; `sheets[i].xml` is the content of `<sheetData>` and what follows it. */
export function handXlsx(
  sheets: readonly HandSheet[],
  options: { sharedStrings?: string; styles?: string; prefix?: string } = {},
): Uint8Array {
  const p = options.prefix === undefined ? "" : `${options.prefix}:`;
  const ns = options.prefix === undefined ? NS : NS.replace("xmlns=", `xmlns:${options.prefix}=`);
  const files: Record<string, Uint8Array> = {
    "[Content_Types].xml": enc.encode(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>',
    ),
    "xl/workbook.xml": enc.encode(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${p}workbook ${ns} ${REL}><${p}sheets>${sheets
        .map(
          (s, i) =>
            `<${p}sheet name="${s.name}" sheetId="${i + 1}"${s.hidden ? ' state="hidden"' : ""} r:id="rId${i + 1}"/>`,
        )
        .join("")}</${p}sheets></${p}workbook>`,
    ),
    "xl/_rels/workbook.xml.rels": enc.encode(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
        .map(
          (_, i) =>
            `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet${i + 1}.xml"/>`,
        )
        .join("")}</Relationships>`,
    ),
  };
  sheets.forEach((s, i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] = enc.encode(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${p}worksheet ${ns} ${REL}>${s.xml}</${p}worksheet>`,
    );
  });
  if (options.sharedStrings !== undefined) {
    files["xl/sharedStrings.xml"] = enc.encode(
      `<?xml version="1.0" encoding="UTF-8"?><${p}sst ${ns}>${options.sharedStrings}</${p}sst>`,
    );
  }
  if (options.styles !== undefined) {
    files["xl/styles.xml"] = enc.encode(
      `<?xml version="1.0" encoding="UTF-8"?><styleSheet ${NS}>${options.styles}</styleSheet>`,
    );
  }
  return zipSync(files);
}
