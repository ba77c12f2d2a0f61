import type { PlanInput } from "../../model/schema.js";

/** Document metadata of 武政办发〔2022〕9号. Lines refer to `data/wuwei14.txt` (see `data/README.md`). */
export const meta = {
  id: "wuwei-14",
  title: {
    zh: "武威市“十四五”科技创新规划",
    en: "Wuwei City 14th Five-Year Plan for Science and Technology Innovation",
  },
  document: {
    number: "武政办发〔2022〕9号",
    indexNumber: "11622300013930944B/2022-00562",
    issuer: { zh: "武威市人民政府办公室", en: "General Office of the Wuwei Municipal People's Government" },
    written: "2022-01-05",
    issued: "2022-01-05",
    published: "2022-01-12T10:25:00+08:00",
    text: "data/wuwei14.txt",
    sha256: "7d15cd0a7e04e1be1610392b95fa00508da760dcd9838e81b34d7b6d2909edac",
    url: "https://www.gswuwei.gov.cn/art/2022/1/12/art_76_476820.html",
    source: { line: 10, quote: "武政办发〔2022〕9号" },
  },
  period: { start: 2021, end: 2025 },
  baselineYear: 2020,
  basedOn: [
    {
      title: {
        zh: "甘肃省“十四五”科技创新规划",
        en: "Gansu Province 14th Five-Year Plan for Science and Technology Innovation",
      },
      number: "甘政办发〔2021〕90号",
      source: { line: 28, quote: "《甘肃省“十四五”科技创新规划》(甘政办发〔2021〕90号)" },
    },
    {
      title: {
        zh: "武威市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要",
        en: "Outline of the 14th Five-Year Plan for Economic and Social Development of Wuwei City and Long-Range Objectives Through 2035",
      },
      number: "武政发〔2021〕17号",
      source: {
        line: 28,
        quote: "《武威市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》(武政发〔2021〕17号)",
      },
    },
  ],
} as const satisfies Partial<PlanInput>;
